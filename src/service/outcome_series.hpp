// Outcome figures of block 5 as series of observations, for a societal result (block 2) that uses
// an outcome indicator, such as the share of planned ends for a municipality. The series comes from
// the municipality's outcome report for the caller (MunicipalityOutcomes), so its access rule and
// its suppression hold: a suppressed share is confidential, never a value.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/error.hpp"
#include "core/indicator.hpp"
#include "engine/outcome_indicators.hpp"
#include "service/outcomes.hpp"
#include "store/store.hpp"

namespace kompas {

// The outcome indicators (keys of the indicators table, migration "outcome_indicators") and the
// share of the report each one is: "planned", "without_help" or "no_reentry". nullopt for any other key.
std::optional<std::string_view> OutcomeShareOf(std::string_view indicator_key);

// The share of a report row by name ("planned", "without_help", "no_reentry"); null for another name.
const engine::ShareFigure* ShareOf(const engine::OutcomeFigures& figures, std::string_view name);

// The yearly series of an outcome indicator for all help forms of municipality `code`, in percent
// with numerator and denominator. kForbidden or kInvalidArgument as MunicipalityOutcomes.
Result<std::vector<Observation>> MunicipalityShareSeries(Store& store, OutcomeServices& services, const Caller& caller,
                                                         std::string_view code, std::string_view indicator_key,
                                                         TimePoint now);

}  // namespace kompas
