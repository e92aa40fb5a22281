// What a provider does with its own outcome figures, as the HTTP handlers call it: its aanspreekpunt
// for the outcome conversation (seed 004) and its own improvement actions (seed 002), and what a
// municipality sees of both. Access: a provider's own people and platform administrators read and
// change its notes (others kNotFound). A municipality reads the notes of exactly the providers its
// outcome report names (RequireCommissioner, as the report): providers folded into "overige
// aanbieders" are not named, so neither are their notes (docs/privacy.md). Every change is audited
// in the same transaction (object types "outcome_contact" and "provider_action").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/error.hpp"
#include "core/provider_notes.hpp"
#include "service/outcomes.hpp"
#include "store/store.hpp"

namespace kompas {

// JSON: ProviderAction plus "overdue" (due before today, still open or in progress).
struct ProviderActionView {
    ProviderAction action;
    bool overdue = false;
};

// JSON: { "organisation_id", "organisation_name", "agb", "can_edit", "contact", "actions" }.
struct ProviderNotes {
    std::string organisation_id;
    std::string organisation_name;
    std::optional<std::string> agb;
    bool can_edit = false;
    std::optional<OutcomeContact> contact;
    std::vector<ProviderActionView> actions;  // by due date
};

Result<ProviderNotes> GetProviderNotes(Store& store, const Caller& caller, std::string_view organisation_id,
                                       TimePoint now);
// The fields of ValidateOutcomeContact; updated_by and updated_at are set here.
Result<ProviderNotes> PutProviderContact(Store& store, const Caller& caller, std::string_view organisation_id,
                                         OutcomeContact contact, TimePoint now);
Result<ProviderNotes> AddProviderAction(Store& store, const Caller& caller, std::string_view organisation_id,
                                        NewProviderAction input, TimePoint now);
// kNotFound for an action not of this provider.
Result<ProviderNotes> ChangeProviderAction(Store& store, const Caller& caller, std::string_view organisation_id,
                                           std::string_view action_id, NewProviderAction input, TimePoint now);

// One provider named in a municipality's outcome report. JSON: { "agb", "name", "notes" } where
// notes is null when no organisation in Kompas carries the AGB code.
struct NamedProviderNotes {
    std::string agb;
    std::string name;
    std::optional<ProviderNotes> notes;
};

// JSON: { "code", "name", "providers", "other_provider_count" }.
struct MunicipalityProviderNotes {
    std::string code;
    std::optional<std::string> name;
    std::vector<NamedProviderNotes> providers;  // by name, AGB code
    std::size_t other_provider_count = 0;       // folded into "overige aanbieders": not named
};

Result<MunicipalityProviderNotes> ProviderNotesForMunicipality(Store& store, OutcomeServices& services,
                                                               const Caller& caller, std::string_view code,
                                                               TimePoint now);

}  // namespace kompas
