// The API of accounts: signing in and out, organisations, people and the audit trail.
#pragma once

#include <string>

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

struct CookiePolicy {
    bool secure = false;  // served over TLS (directly or behind a proxy): __Host- prefix and Secure
};

void AddAccountRoutes(Router& router, StorePool& pool, CookiePolicy cookies);

}  // namespace kompas
