// The API of ambitions, societal results, signals and progress (blocks 1B and 2), as
// docs/api/openapi.yaml describes it (tag results). Every route needs a session.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"
#include "service/outcomes.hpp"

namespace kompas {

// `outcomes` (may be null): for results whose indicator is an outcome of block 5.
void AddAmbitionRoutes(Router& router, StorePool& pool, OutcomeServices* outcomes);

}  // namespace kompas
