#include "service/indicator_editor.hpp"

#include <fmt/format.h>

#include "core/indicator_edit.hpp"
#include "core/text.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

Result<bool> IsMunicipality(Store& store, const Caller& caller) {
    auto organisation = store.FindOrganisation(caller.organisation_id);
    if (!organisation) return std::unexpected(organisation.error());
    return *organisation && (*organisation)->kind == OrganisationKind::kMunicipality;
}

}  // namespace

Result<IndicatorForEditing> GetIndicatorForEditing(Store& store, const Caller& caller, std::string_view key) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto indicator = store.FindIndicator(key);
    if (!indicator) return std::unexpected(indicator.error());
    if (!*indicator) return Fail(ErrorCode::kNotFound, "Indicator niet gevonden");
    auto owner = store.IndicatorOwner(key);
    if (!owner) return std::unexpected(owner.error());
    auto notes = store.IndicatorNotes();
    if (!notes) return std::unexpected(notes.error());
    auto municipality = IsMunicipality(store, caller);
    if (!municipality) return std::unexpected(municipality.error());
    IndicatorForEditing out;
    out.indicator = std::move(**indicator);
    out.owner_organisation_id = *owner;
    out.built_in = IsBuiltInIndicator(out.indicator, owner->has_value());
    for (auto& note : *notes) {
        if (note.indicator == key) out.note = std::move(note);
    }
    out.can_edit = !out.built_in && (caller.platform_admin || (*owner && **owner == caller.organisation_id));
    out.can_note = caller.platform_admin || *municipality;
    return out;
}

Result<IndicatorForEditing> EditIndicator(Store& store, const Caller& caller, const Indicator& changes, TimePoint now) {
    auto current = GetIndicatorForEditing(store, caller, changes.key);
    if (!current) return current;
    const AuditEntry audit = EntryFor(caller, now, AuditAction::kUpdate, "indicator", changes.key);
    if (current->built_in) {
        return Checked(
            store, audit,
            Result<IndicatorForEditing>(Fail(
                ErrorCode::kConflict,
                "De definitie van een CBS-indicator ligt vast; voeg er een lokale toelichting aan toe", "definition")));
    }
    if (!current->can_edit) {
        return Checked(store, audit,
                       Result<IndicatorForEditing>(
                           Fail(ErrorCode::kForbidden,
                                "Alleen de organisatie die deze indicator heeft geladen, of een beheerder, mag hem "
                                "beschrijven")));
    }
    Indicator updated = changes;
    updated.title = std::string(Trim(updated.title));
    updated.unit = std::string(Trim(updated.unit));
    if (auto valid = ValidateIndicatorDescription(updated); !valid) return std::unexpected(valid.error());
    if (auto saved = store.UpdateIndicator(updated, caller.organisation_id, audit); !saved) {
        return std::unexpected(saved.error());
    }
    return GetIndicatorForEditing(store, caller, changes.key);
}

Result<IndicatorForEditing> SetIndicatorNote(Store& store, const Caller& caller, std::string_view key,
                                             std::string_view note, TimePoint now) {
    auto current = GetIndicatorForEditing(store, caller, key);
    if (!current) return current;
    const AuditEntry audit = EntryFor(caller, now, AuditAction::kUpdate, "indicator_note", std::string(key));
    if (!current->can_note) {
        return Checked(
            store, audit,
            Result<IndicatorForEditing>(
                Fail(ErrorCode::kForbidden, "Alleen een gemeente of een beheerder mag een lokale toelichting geven")));
    }
    const std::string_view text = Trim(note);
    if (text.size() > kMaxIndicatorText) {
        return Fail(ErrorCode::kInvalidArgument,
                    fmt::format("De toelichting is langer dan {} tekens", kMaxIndicatorText), "note");
    }
    if (auto saved =
            store.PutIndicatorNote({std::string(key), std::string(text), caller.person_id, FormatUtc(now)}, audit);
        !saved) {
        return std::unexpected(saved.error());
    }
    return GetIndicatorForEditing(store, caller, key);
}

}  // namespace kompas
