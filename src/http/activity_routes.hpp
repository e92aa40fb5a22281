// The routes of activities, their decisions, result priorities and the portfolio analysis
// (blocks 3B and 4): /api/collaborations/{id}/activities..., .../portfolio, .../portfolio/export
// and .../results/{result_id}/priority. All for signed-in callers; access in service/activities.hpp.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddActivityRoutes(Router& router, StorePool& pool);

}  // namespace kompas
