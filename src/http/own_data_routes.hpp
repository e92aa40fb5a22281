// The API of own data (issue 15; tag own-data in docs/api/openapi.yaml): uploads of a KWB CSV,
// a zip of OData sets or the long CSV, and the area the caller may upload into.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddOwnDataRoutes(Router& router, StorePool& pool);

}  // namespace kompas
