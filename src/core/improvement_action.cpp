#include "core/improvement_action.hpp"

#include <utility>

#include "core/enum_names.hpp"

namespace kompas {
namespace {

constexpr std::pair<ActionStatus, const char*> kStatusNames[] = {{ActionStatus::kOpen, "open"},
                                                                 {ActionStatus::kInProgress, "in_progress"},
                                                                 {ActionStatus::kDone, "done"},
                                                                 {ActionStatus::kDropped, "dropped"}};

}  // namespace

const char* ActionStatusName(ActionStatus status) { return NameIn(kStatusNames, status); }
std::optional<ActionStatus> ParseActionStatus(std::string_view name) { return ParseIn(kStatusNames, name); }

bool IsPending(ActionStatus status) { return status == ActionStatus::kOpen || status == ActionStatus::kInProgress; }

bool IsOverdue(const ImprovementAction& action, std::string_view today) {
    return IsPending(action.status) && action.fields.due_on < today;
}

}  // namespace kompas
