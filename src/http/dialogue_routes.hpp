// The routes of the quality dialogue (block 6): /api/collaborations/{id}/dialogues... and
// /api/collaborations/{id}/questions. All for signed-in callers; access in service/dialogues.hpp.
// `outcomes` may be null (a server without outcome services): outcome agenda items then say so.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"

namespace kompas {

struct OutcomeServices;

void AddDialogueRoutes(Router& router, StorePool& pool, OutcomeServices* outcomes);

}  // namespace kompas
