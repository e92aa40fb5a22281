// The indicator editor (issue 15). Who may do what (docs/handleiding.md, "Eigen cijfers"):
// - describe an own indicator (title, unit, decimals, direction, definition, source): the people of
//   the organisation that uploaded it, and platform administrators; an own indicator that nobody
//   uploaded through the browser (`kompas import csv`) only administrators;
// - a built-in CBS indicator keeps its definition: nobody edits it;
// - a local note on any indicator, shown with its definition: people of a municipality
//   organisation and platform administrators. One note per indicator for the whole installation.
// Every change is audited.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/account.hpp"
#include "core/indicator.hpp"
#include "store/store.hpp"

namespace kompas {

struct IndicatorForEditing {
    Indicator indicator;
    bool built_in = false;
    std::optional<std::string> owner_organisation_id;
    std::optional<IndicatorNote> note;
    bool can_edit = false;  // the description
    bool can_note = false;  // the local note
};

Result<IndicatorForEditing> GetIndicatorForEditing(Store& store, const Caller& caller, std::string_view key);
// `changes.key` names the indicator. kConflict for a built-in one; kForbidden for another's.
Result<IndicatorForEditing> EditIndicator(Store& store, const Caller& caller, const Indicator& changes, TimePoint now);
// An empty (or blank) note removes it.
Result<IndicatorForEditing> SetIndicatorNote(Store& store, const Caller& caller, std::string_view key,
                                             std::string_view note, TimePoint now);

}  // namespace kompas
