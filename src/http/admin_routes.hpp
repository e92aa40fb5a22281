// The API of administration in the browser (issue 15): people with their organisation, role and
// state, editing organisations, and the one-time links with which a person sets a password.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddAdminRoutes(Router& router, StorePool& pool);

}  // namespace kompas
