// Activities, decisions about them, the priority of results and the portfolio analysis, as the
// HTTP handlers call them (blocks 3B and 4; docs/dev/api.md). Access as in collaborations.hpp: a
// caller who is not a partner gets kNotFound; a viewer may read but not change (kForbidden, audited
// as denied). Coordinators and partners add activities; the coordinator and the partner that
// recorded an activity change it; decisions and priorities are the coordinator's. Every change is
// audited in the same transaction (object types "activity", "activity_decision",
// "result_priority"); a portfolio export is audited as an export.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/activity.hpp"
#include "core/error.hpp"
#include "core/portfolio.hpp"
#include "store/store.hpp"

namespace kompas {

// By name, id.
Result<std::vector<Activity>> ListActivities(Store& store, const Caller& caller, std::string_view id);
// Coordinator or partner. kInvalidArgument (field) for a missing or long name, ages outside 0–27 or
// reversed, unknown regions, bad or reversed dates, a year outside 1990–2100 or given twice,
// negative figures, a monitoring agreement without what or a review date, an actor partner or
// result of another collaboration.
Result<Activity> CreateActivity(Store& store, const Caller& caller, std::string_view id, const NewActivity& input,
                                TimePoint now);
Result<Activity> GetActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id);
// The coordinator or the partner that recorded it; validation as CreateActivity.
Result<Activity> UpdateActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id,
                                const NewActivity& input, TimePoint now);
Result<void> DeleteActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id,
                            TimePoint now);

// POST .../activities/{activity_id}/decisions. JSON: { "decision", "decided_on", "reason" }
struct NewActivityDecision {
    ActivityDecisionKind decision = ActivityDecisionKind::kContinue;
    std::string decided_on;
    std::string reason;
};
// Coordinator only. kInvalidArgument for a bad date or a missing reason.
Result<ActivityDecision> DecideOnActivity(Store& store, const Caller& caller, std::string_view id,
                                          std::string_view activity_id, const NewActivityDecision& input,
                                          TimePoint now);

// Coordinator only.
Result<ResultPriority> SetResultPriority(Store& store, const Caller& caller, std::string_view id,
                                         std::string_view result_id, Level priority, Level urgency, TimePoint now);

// The portfolio of one year (the latest with figures when absent).
Result<Portfolio> GetPortfolio(Store& store, const Caller& caller, std::string_view id, std::optional<int> year);
// The same, with an audit record of the export.
Result<Portfolio> ExportPortfolio(Store& store, const Caller& caller, std::string_view id, std::optional<int> year,
                                  TimePoint now);

}  // namespace kompas
