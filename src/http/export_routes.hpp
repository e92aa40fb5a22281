// Downloads of the tables of Kompas as CSV or .xlsx (?format=csv|xlsx): the youth profile of a
// region (open data, public), a collaboration's results and its improvement actions (signed in,
// same access as the screens, audited). Registered before the routes whose {…_id} would otherwise
// take "export" as an id. The outcome report and the portfolio have their exports in their own
// route files.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"
#include "service/outcomes.hpp"

namespace kompas {

void AddExportRoutes(Router& router, StorePool& pool, OutcomeServices* outcomes);

}  // namespace kompas
