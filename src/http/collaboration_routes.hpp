// The API of collaborations (block 0): the workspace, its agreements and partners, and the
// periodic evaluation of the collaboration itself.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddCollaborationRoutes(Router& router, StorePool& pool);

}  // namespace kompas
