// The API of block 4 on the provider side: a provider's quality conditions, contract lots and the
// effectiveness questions, as docs/api/openapi.yaml describes them (tag quality). Every route
// needs a session.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

void AddQualityRoutes(Router& router, StorePool& pool);

}  // namespace kompas
