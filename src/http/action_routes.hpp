// The routes of improvement actions (block 6): /api/collaborations/{id}/actions...,
// /api/collaborations/{id}/action-owners and /api/actions/mine. All for signed-in callers; access
// in service/actions.hpp.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddActionRoutes(Router& router, StorePool& pool);

}  // namespace kompas
