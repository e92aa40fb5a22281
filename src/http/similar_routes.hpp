// Issue 15, the youth profile answers what the seeds ask: the comparison with similar
// municipalities (open data, like the profile) and the signals on an area's profile (signed in).
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

// The pool must outlive the router.
void AddSimilarRoutes(Router& router, StorePool& pool);

}  // namespace kompas
