// Improvement actions (block 6), as the HTTP handlers call them (docs/dev/api.md). Access as in
// collaborations.hpp: a caller who is not a partner gets kNotFound; a viewer may read but not
// change (kForbidden, audited as denied). Coordinators and partners add actions; the coordinator
// changes and deletes them; the coordinator, the owner and the partner that recorded an action
// change its status. Every change is audited in the same transaction (object types
// "improvement_action" and "action_status").
//
// "Today", for overdue, is the server's date in UTC (the caller passes `now`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/error.hpp"
#include "core/improvement_action.hpp"
#include "store/store.hpp"

namespace kompas {

// An action as the views show it.
struct ActionView {
    ImprovementAction action;
    bool overdue = false;
};

// The date of `now` in UTC, YYYY-MM-DD.
std::string TodayUtc(TimePoint now);

// By due date, id; only those with `status` when set.
Result<std::vector<ActionView>> ListActions(Store& store, const Caller& caller, std::string_view id,
                                            std::optional<ActionStatus> status, TimePoint now);
// The caller's own actions (as owner) in every collaboration the caller can see: open and in
// progress first (overdue first among them, then by due date), then done and dropped.
Result<std::vector<ActionView>> ListOwnActions(Store& store, const Caller& caller, TimePoint now);
// Coordinator or partner. kInvalidArgument (field) for a missing or long title, a long
// description, a missing owner or one who is not at a partner, a bad due date, a result or
// activity of another collaboration, an unknown indicator, region or organisation, an indicator
// without a region or a region without an indicator. The action starts "open".
Result<ActionView> CreateAction(Store& store, const Caller& caller, std::string_view id,
                                const NewImprovementAction& input, TimePoint now);
Result<ActionView> GetAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                             TimePoint now);
// Coordinator only; validation as CreateAction. The status stays.
Result<ActionView> UpdateAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                                const NewImprovementAction& input, TimePoint now);
// Coordinator only.
Result<void> DeleteAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                          TimePoint now);
// The coordinator, the owner or the partner that recorded it. kInvalidArgument ("note") for a
// note that is too long.
Result<ActionView> ChangeActionStatus(Store& store, const Caller& caller, std::string_view id,
                                      std::string_view action_id, ActionStatus status, std::string_view note,
                                      TimePoint now);
// Who may own an action of the collaboration (members only).
Result<std::vector<ActionOwnerCandidate>> ListActionOwnerCandidates(Store& store, const Caller& caller,
                                                                    std::string_view id);

}  // namespace kompas
