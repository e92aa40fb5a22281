// Ambitions, societal results, signals and the honest progress of a result, as the HTTP handlers
// call them (blocks 1B and 2; docs/dev/api.md). Access as in collaborations.hpp: a caller
// who is not a partner gets kNotFound; a viewer may read but not change (kForbidden, audited as
// denied). Coordinators change ambitions and results; coordinators and partners add signals.
// Every change is audited in the same transaction (object types "ambition", "societal_result",
// "signal"). Changes of ambitions and results are also kept as their history (issue 12).
#pragma once

#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/ambition.hpp"
#include "core/error.hpp"
#include "core/history.hpp"
#include "store/store.hpp"

namespace kompas {

struct OutcomeServices;

// What a result with an outcome indicator needs to read a municipality's outcomes as its reader.
struct OutcomeReader {
    OutcomeServices* services = nullptr;
    const Caller* caller = nullptr;
    TimePoint now{};
};

// By agreed_on, id.
Result<std::vector<Ambition>> ListAmbitions(Store& store, const Caller& caller, std::string_view id);
// Coordinator only. kInvalidArgument (field) for a missing title or statement, a bad agreed_on,
// unknown indicators, agreed_by that are not partners, or signals of another collaboration.
Result<Ambition> CreateAmbition(Store& store, const Caller& caller, std::string_view id, const NewAmbition& input,
                                TimePoint now);
// The ambition with its results and the signals linked to it (by its list or their ambition_id).
Result<AmbitionDetail> GetAmbition(Store& store, const Caller& caller, std::string_view id,
                                   std::string_view ambition_id);
// Coordinator only; validation as CreateAmbition. The fields that differ are recorded in the
// ambition's history with `reason` (optional for an ambition).
Result<Ambition> UpdateAmbition(Store& store, const Caller& caller, std::string_view id, std::string_view ambition_id,
                                const NewAmbition& input, TimePoint now, std::string_view reason = {});
// Coordinator only; kConflict while it has results.
Result<void> DeleteAmbition(Store& store, const Caller& caller, std::string_view id, std::string_view ambition_id,
                            TimePoint now);

// Coordinator only. kInvalidArgument (field) for an unknown indicator ("indicator") or region
// ("regions"), no regions, a baseline period that does not parse ("baseline"), a target year not
// after the baseline's year ("target"), non-finite values, agreed_by that are not partners, or a
// bad agreed_on.
Result<SocietalResult> CreateSocietalResult(Store& store, const Caller& caller, std::string_view id,
                                            std::string_view ambition_id, const NewSocietalResult& input,
                                            TimePoint now);
// One row per result of the collaboration, each measured on its first region.
Result<std::vector<DashboardRow>> ListResults(Store& store, const Caller& caller, std::string_view id,
                                              OutcomeServices* outcomes = nullptr, TimePoint now = {});
// The progress of one result for `region` (its first region when empty).
Result<ResultProgress> GetProgress(Store& store, const Caller& caller, std::string_view id, std::string_view result_id,
                                   std::string_view region, OutcomeServices* outcomes = nullptr, TimePoint now = {});
// The progress of `result` for `region_code`, walking up to the nearest level with data, without an
// access check: for services that checked access themselves (the theory of change follows an
// intermediate outcome's indicator with it).
//
// A result whose indicator is an outcome indicator of block 5 (OutcomeShareOf) follows the
// municipality's outcome report as `outcomes.caller` may see it, with its suppression; without
// `outcomes` (or for a caller who may not see that report, or a region that is not a
// municipality) its progress cannot be said, and the reason says why.
Result<ResultProgress> ProgressOf(Store& store, const SocietalResult& result, std::string_view region_code,
                                  const OutcomeReader& outcomes = {});
// Coordinator only; validation as CreateSocietalResult; the result stays under its ambition.
// kInvalidArgument "reason" when its indicator, baseline or target changes without a reason. The
// fields that differ are recorded in its history with the reason, who and when.
Result<SocietalResult> UpdateSocietalResult(Store& store, const Caller& caller, std::string_view id,
                                            std::string_view result_id, const NewSocietalResult& input,
                                            std::string_view reason, TimePoint now);
// Every change of a result or an ambition, oldest first; every member reads (kNotFound otherwise).
Result<std::vector<HistoryEntry>> ResultHistory(Store& store, const Caller& caller, std::string_view id,
                                                std::string_view result_id);
Result<std::vector<HistoryEntry>> AmbitionHistory(Store& store, const Caller& caller, std::string_view id,
                                                  std::string_view ambition_id);
// Coordinator only.
Result<void> DeleteSocietalResult(Store& store, const Caller& caller, std::string_view id, std::string_view result_id,
                                  TimePoint now);

// Newest first.
Result<std::vector<Signal>> ListSignals(Store& store, const Caller& caller, std::string_view id);
// Coordinator or partner. kInvalidArgument for missing text, a bad date, an unknown region, or an
// ambition or result of another collaboration.
Result<Signal> AddSignal(Store& store, const Caller& caller, std::string_view id, const NewSignal& input,
                         TimePoint now);

}  // namespace kompas
