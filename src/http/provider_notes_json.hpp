// JSON of a provider's notes on its outcomes (schemas OutcomeContact, ProviderAction,
// ProviderNotes and MunicipalityProviderNotes of docs/api/openapi.yaml), and reading the bodies of
// their routes (types and lengths here, with errors naming the field; the rules in core/provider_notes).
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "service/provider_notes.hpp"

namespace kompas {

nlohmann::json ToJson(const ProviderNotes& notes);
nlohmann::json ToJson(const MunicipalityProviderNotes& notes);

// { "name", "role", "email", "phone" }: all text; an empty name is refused by ValidateOutcomeContact.
Result<OutcomeContact> ReadOutcomeContact(const nlohmann::json& body);
// { "title", "description", "help_form", "due_on", "status" }: title and due_on required; status
// (default "open") counts only when an action is changed.
Result<NewProviderAction> ReadProviderAction(const nlohmann::json& body);

}  // namespace kompas
