// The routes of a provider's notes on its outcomes: /api/organisations/{org_id}/outcome-notes,
// .../outcome-contact, .../outcome-actions[/{action_id}] for the provider itself, and
// /api/outcomes/municipality/{code}/provider-notes for the municipality. All for signed-in
// callers; access in service/provider_notes.hpp.
#pragma once

#include "http/router.hpp"
#include "http/store_pool.hpp"
#include "service/outcomes.hpp"

namespace kompas {

void AddProviderNotesRoutes(Router& router, StorePool& pool, OutcomeServices* services);

}  // namespace kompas
