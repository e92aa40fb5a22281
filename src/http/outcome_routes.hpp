// The API of outcomes of youth care (block 5), as docs/dev/api-outcomes.md describes it: uploads
// and records for providers, suppressed outcomes and funnel plots for everyone signed in.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"
#include "service/outcomes.hpp"

namespace kompas {

void AddOutcomeRoutes(Router& router, StorePool& pool, OutcomeServices& services);

}  // namespace kompas
