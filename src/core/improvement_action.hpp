// Improvement actions (verbeteracties, block 6): what partners agree to improve after a quality
// dialogue, with an owner who has the mandate (the aanspreekpunt), a due date, a status and the
// history of its status. Plain values; access rules live in store/ and service/. JSON shapes: the
// schemas ImprovementAction, NewImprovementAction and ActionStatusInput of docs/api/openapi.yaml.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompas {

enum class ActionStatus { kOpen, kInProgress, kDone, kDropped };
const char* ActionStatusName(ActionStatus status);  // "open", "in_progress", "done", "dropped"
std::optional<ActionStatus> ParseActionStatus(std::string_view name);
// Open and in progress: still to be done.
bool IsPending(ActionStatus status);

// What the action is about; each part optional. JSON: "result_id", "activity_id", "indicator",
// "region", "organisation_id" (each string | null). A figure is an indicator with a region.
struct ActionSubject {
    std::optional<std::string> result_id;        // a societal result of the collaboration
    std::optional<std::string> activity_id;      // an activity of the collaboration
    std::optional<std::string> indicator;        // an indicator key, with `region`
    std::optional<std::string> region;           // a CBS region code, with `indicator`
    std::optional<std::string> organisation_id;  // a provider (or other organisation)
};

// What POST and PUT .../actions accept.
struct NewImprovementAction {
    std::string title;
    std::string description;
    std::string owner_person_id;  // a person of a partner organisation, or a person partner
    std::string due_on;           // YYYY-MM-DD
    ActionSubject about;
};

// One status change. JSON: { "status", "note", "changed_by", "changed_at" }
struct ActionStatusChange {
    ActionStatus status = ActionStatus::kOpen;
    std::string note;
    std::string changed_by;  // in the store the person id; read back as the person's name
    std::string changed_at;  // timestamp
};

// JSON: the NewImprovementAction's fields plus "id", "collaboration_id", "collaboration_name",
// "created_by_partner_id", "owner_name", "owner_organisation", "status", "overdue", "history",
// "created_at", "updated_at".
struct ImprovementAction {
    std::string id;  // "acn_" + 16 hex characters
    std::string collaboration_id;
    std::string collaboration_name;
    std::optional<std::string> created_by_partner_id;  // the partner that recorded it
    NewImprovementAction fields;
    std::string owner_name;
    std::string owner_organisation;  // the name of the owner's organisation
    ActionStatus status = ActionStatus::kOpen;
    std::vector<ActionStatusChange> history;  // oldest first; the first is the creation ("open")
    std::string created_at;
    std::string updated_at;
};

// A person who may own an action. JSON: { "person_id", "name", "organisation_id", "organisation_name" }
struct ActionOwnerCandidate {
    std::string person_id;
    std::string name;
    std::string organisation_id;
    std::string organisation_name;
};

// Due before `today` (YYYY-MM-DD) and still open or in progress.
bool IsOverdue(const ImprovementAction& action, std::string_view today);

}  // namespace kompas
