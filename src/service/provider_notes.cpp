#include "service/provider_notes.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/actions.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::string_view kNotFoundProvider = "Aanbieder niet gevonden";

// The notes without an access check: for the provider itself and for a municipality that may see them.
Result<ProviderNotes> Load(Store& store, const Caller& caller, const Organisation& organisation, TimePoint now) {
    ProviderNotes notes;
    notes.organisation_id = organisation.id;
    notes.organisation_name = organisation.name;
    notes.agb = organisation.agb;
    notes.can_edit = caller.platform_admin || caller.organisation_id == organisation.id;
    auto contact = store.OutcomeContactOf(organisation.id);
    if (!contact) return std::unexpected(std::move(contact.error()));
    notes.contact = std::move(*contact);
    auto actions = store.ProviderActionsOf(organisation.id);
    if (!actions) return std::unexpected(std::move(actions.error()));
    const std::string today = TodayUtc(now);
    for (auto& action : *actions) {
        const bool overdue = IsPending(action.fields.status) && action.fields.due_on < today;
        notes.actions.push_back(ProviderActionView{std::move(action), overdue});
    }
    return notes;
}

// The provider, for its own people and administrators; kNotFound for anyone else and for an
// organisation that is not a provider.
Result<Organisation> RequireOwn(Store& store, const Caller& caller, std::string_view organisation_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (!caller.platform_admin && caller.organisation_id != organisation_id) {
        return Fail(ErrorCode::kNotFound, std::string(kNotFoundProvider));
    }
    auto organisation = store.FindOrganisation(organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (!*organisation || (*organisation)->kind != OrganisationKind::kProvider) {
        return Fail(ErrorCode::kNotFound, std::string(kNotFoundProvider));
    }
    return **organisation;
}

void Clean(NewProviderAction& input) {
    input.title = std::string(Trim(input.title));
    input.description = std::string(Trim(input.description));
    if (input.help_form) {
        input.help_form = std::string(Trim(*input.help_form));
        if (input.help_form->empty()) input.help_form.reset();
    }
}

}  // namespace

Result<ProviderNotes> GetProviderNotes(Store& store, const Caller& caller, std::string_view organisation_id,
                                       TimePoint now) {
    auto organisation = RequireOwn(store, caller, organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    return Load(store, caller, *organisation, now);
}

Result<ProviderNotes> PutProviderContact(Store& store, const Caller& caller, std::string_view organisation_id,
                                         OutcomeContact contact, TimePoint now) {
    auto organisation = RequireOwn(store, caller, organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    for (auto* text : {&contact.name, &contact.role, &contact.email, &contact.phone}) *text = std::string(Trim(*text));
    if (auto valid = ValidateOutcomeContact(contact); !valid) return std::unexpected(valid.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "outcome_contact", organisation->id);
    auto put = Checked(store, entry, store.PutOutcomeContact(caller, organisation->id, contact, entry));
    if (!put) return std::unexpected(std::move(put.error()));
    return Load(store, caller, *organisation, now);
}

Result<ProviderNotes> AddProviderAction(Store& store, const Caller& caller, std::string_view organisation_id,
                                        NewProviderAction input, TimePoint now) {
    auto organisation = RequireOwn(store, caller, organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    Clean(input);
    input.status = ActionStatus::kOpen;
    if (auto valid = ValidateProviderAction(input); !valid) return std::unexpected(valid.error());
    ProviderAction action{NewId("pac"), organisation->id, std::move(input), {}, {}};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "provider_action", action.id);
    auto created = Checked(store, entry, store.CreateProviderAction(caller, action, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return Load(store, caller, *organisation, now);
}

Result<ProviderNotes> ChangeProviderAction(Store& store, const Caller& caller, std::string_view organisation_id,
                                           std::string_view action_id, NewProviderAction input, TimePoint now) {
    auto organisation = RequireOwn(store, caller, organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    Clean(input);
    if (auto valid = ValidateProviderAction(input); !valid) return std::unexpected(valid.error());
    ProviderAction action{std::string(action_id), organisation->id, std::move(input), {}, {}};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "provider_action", action.id);
    auto updated = Checked(store, entry, store.UpdateProviderAction(caller, action, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return Load(store, caller, *organisation, now);
}

Result<MunicipalityProviderNotes> ProviderNotesForMunicipality(Store& store, OutcomeServices& services,
                                                               const Caller& caller, std::string_view code,
                                                               TimePoint now) {
    // The same checks and the same report as the page: only the providers it names.
    auto view = MunicipalityOutcomes(store, services, caller, code, engine::Granularity::kYear, DayOf(now));
    if (!view) return std::unexpected(std::move(view.error()));
    MunicipalityProviderNotes out;
    out.code = std::string(code);
    out.name = view->name;
    out.other_provider_count = view->report.other_provider_count;
    std::set<std::string> named;
    for (const auto& row : view->report.providers) named.insert(row.provider);
    for (const auto& agb : named) {
        NamedProviderNotes entry;
        entry.agb = agb;
        const auto known = view->provider_names.find(agb);
        entry.name = known != view->provider_names.end() ? known->second : "Aanbieder " + agb;
        auto organisation = store.FindOrganisationByAgb(agb);
        if (!organisation) return std::unexpected(std::move(organisation.error()));
        if (*organisation) {
            auto notes = Load(store, Caller{}, **organisation, now);
            if (!notes) return std::unexpected(std::move(notes.error()));
            entry.notes = std::move(*notes);
        }
        out.providers.push_back(std::move(entry));
    }
    std::sort(out.providers.begin(), out.providers.end(),
              [](const auto& a, const auto& b) { return std::tie(a.name, a.agb) < std::tie(b.name, b.agb); });
    return out;
}

}  // namespace kompas
