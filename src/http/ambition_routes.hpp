// The API of ambitions, societal results, signals and progress (blocks 1B and 2), as
// docs/api/openapi.yaml describes it (tag results). Every route needs a session.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddAmbitionRoutes(Router& router, StorePool& pool);

}  // namespace kompas
