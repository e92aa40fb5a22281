// The API of the theory of change (block 3A), as docs/api/openapi.yaml describes it (tag theory).
// Every route needs a session.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddTheoryRoutes(Router& router, StorePool& pool);

}  // namespace kompas
