// The API of the youth profile (block 1A): each handler parses, calls a service, serialises.
#pragma once

#include <string>

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

// `database` names the backend for /api/health ("sqlite" or "postgresql"). The pool must
// outlive the router.
void AddYouthProfileRoutes(Router& router, StorePool& pool, std::string database);

}  // namespace kompas
