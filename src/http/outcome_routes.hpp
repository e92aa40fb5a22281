// The API of outcomes of youth care (block 5; tag outcomes in docs/api/openapi.yaml): uploads and
// records for providers, suppressed outcomes and funnel plots for the municipality itself and
// administrators (who may see what, and why: docs/dev/api.md).
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"
#include "service/outcomes.hpp"

namespace kompas {

void AddOutcomeRoutes(Router& router, StorePool& pool, OutcomeServices& services);

}  // namespace kompas
