// What a provider does with its own outcome figures (seed 002: "welke acties voor
// kwaliteitsverbetering jullie inzetten"; seed 004: an aanspreekpunt per provider for the outcome
// conversation). Plain values and their checks; access rules live in store/ and service/. JSON
// shapes: the schemas OutcomeContact, ProviderOutcomeAction and ProviderNotes of
// docs/api/openapi.yaml.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/improvement_action.hpp"

namespace kompas {

// JSON: { "name", "role", "email", "phone", "updated_by", "updated_at" }; email and phone may be "".
struct OutcomeContact {
    std::string name;
    std::string role;
    std::string email;
    std::string phone;
    std::string updated_by;  // in the store the person id; read back as the person's name
    std::string updated_at;
};

// What POST and PUT .../outcome-actions accept. JSON: { "title", "description", "help_form",
// "due_on", "status" } (help_form string | null; status only on PUT, default "open").
struct NewProviderAction {
    std::string title;
    std::string description;
    std::optional<std::string> help_form;  // IsHelpForm: "01".."04", "11".."14" or "00"
    std::string due_on;                    // YYYY-MM-DD
    ActionStatus status = ActionStatus::kOpen;
};

// JSON: the NewProviderAction's fields plus "id", "organisation_id", "overdue", "created_at", "updated_at".
struct ProviderAction {
    std::string id;  // "pac_" + 16 hex characters
    std::string organisation_id;
    NewProviderAction fields;
    std::string created_at;
    std::string updated_at;
};

// kInvalidArgument naming the field: a name missing or over 200 characters ("name"), a role over
// 200 ("role"), an e-mail address without "@" or over 200 ("email"), a phone number over 40 ("phone").
Result<void> ValidateOutcomeContact(const OutcomeContact& contact);
// kInvalidArgument naming the field: a title missing or over 300 ("title"), a description over
// 4000 ("description"), a help form that is not one of the protocol's (IsHelpForm, core/trajectory:
// 01–04, 11–14, 00) ("help_form"), a due date that is not
// YYYY-MM-DD ("due_on").
Result<void> ValidateProviderAction(const NewProviderAction& action);

}  // namespace kompas
