#include "service/actions.hpp"

#include <algorithm>
#include <chrono>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxTitleLength = 200;
constexpr std::size_t kMaxTextLength = 10000;
constexpr std::size_t kMaxNoteLength = 2000;
constexpr std::string_view kNotFoundAction = "Verbeteractie niet gevonden";

// An optional id or code: trimmed, empty is none.
void Clean(std::optional<std::string>& value) {
    if (!value) return;
    value = std::string(Trim(*value));
    if (value->empty()) value.reset();
}

// Checks `input` and returns it cleaned. The result, activity and owner are checked in the store.
Result<NewImprovementAction> Validated(Store& store, NewImprovementAction input) {
    input.title = std::string(Trim(input.title));
    if (input.title.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de verbeteractie een titel", "title");
    if (input.title.size() > kMaxTitleLength) return Fail(ErrorCode::kInvalidArgument, "De titel is te lang", "title");
    input.description = std::string(Trim(input.description));
    if (input.description.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De omschrijving is te lang", "description");
    }
    input.owner_person_id = std::string(Trim(input.owner_person_id));
    if (input.owner_person_id.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Kies een aanspreekpunt", "owner_person_id");
    }
    if (!IsDate(input.due_on)) {
        return Fail(ErrorCode::kInvalidArgument, "Geef de streefdatum als JJJJ-MM-DD", "due_on");
    }
    ActionSubject& about = input.about;
    for (auto* value :
         {&about.result_id, &about.activity_id, &about.indicator, &about.region, &about.organisation_id}) {
        Clean(*value);
    }
    if (about.indicator) {
        auto indicator = store.FindIndicator(*about.indicator);
        if (!indicator) return std::unexpected(std::move(indicator.error()));
        if (!*indicator) return Fail(ErrorCode::kInvalidArgument, "Deze indicator bestaat niet", "indicator");
        if (!about.region) return Fail(ErrorCode::kInvalidArgument, "Kies bij een indicator ook een gebied", "region");
    }
    if (about.region) {
        if (!about.indicator) {
            return Fail(ErrorCode::kInvalidArgument, "Een gebied hoort bij een indicator: kies ook de indicator",
                        "indicator");
        }
        auto region = RequireRegion(store, *about.region, "region");
        if (!region) return std::unexpected(std::move(region.error()));
        about.region = region->code;
    }
    if (about.organisation_id) {
        auto organisation = store.FindOrganisation(*about.organisation_id);
        if (!organisation) return std::unexpected(std::move(organisation.error()));
        if (!*organisation) {
            return Fail(ErrorCode::kInvalidArgument, "Deze organisatie bestaat niet", "organisation_id");
        }
    }
    return input;
}

ActionView ViewOf(ImprovementAction action, std::string_view today) {
    const bool overdue = IsOverdue(action, today);
    return ActionView{std::move(action), overdue};
}

Result<ActionView> FindAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                              TimePoint now) {
    auto actions = store.ImprovementActions(caller, id);
    if (!actions) return std::unexpected(std::move(actions.error()));
    for (auto& action : *actions) {
        if (action.id == action_id) return ViewOf(std::move(action), TodayUtc(now));
    }
    return Fail(ErrorCode::kNotFound, std::string(kNotFoundAction));
}

}  // namespace

std::string TodayUtc(TimePoint now) { return FormatUtc(now).substr(0, 10); }

Result<std::vector<ActionView>> ListActions(Store& store, const Caller& caller, std::string_view id,
                                            std::optional<ActionStatus> status, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto actions = store.ImprovementActions(caller, id);
    if (!actions) return std::unexpected(std::move(actions.error()));
    const std::string today = TodayUtc(now);
    std::vector<ActionView> views;
    for (auto& action : *actions) {
        if (status && action.status != *status) continue;
        views.push_back(ViewOf(std::move(action), today));
    }
    return views;
}

Result<std::vector<ActionView>> ListOwnActions(Store& store, const Caller& caller, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto actions = store.OwnImprovementActions(caller);
    if (!actions) return std::unexpected(std::move(actions.error()));
    const std::string today = TodayUtc(now);
    std::vector<ActionView> views;
    for (auto& action : *actions) views.push_back(ViewOf(std::move(action), today));
    // The store gives them by due date, id: keep that order within each group.
    std::stable_sort(views.begin(), views.end(), [](const ActionView& a, const ActionView& b) {
        const auto rank = [](const ActionView& view) {
            if (view.overdue) return 0;
            return IsPending(view.action.status) ? 1 : 2;
        };
        return rank(a) < rank(b);
    });
    return views;
}

Result<ActionView> CreateAction(Store& store, const Caller& caller, std::string_view id,
                                const NewImprovementAction& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = Validated(store, input);
    if (!valid) return std::unexpected(std::move(valid.error()));
    ImprovementAction action;
    action.id = NewId("acn");
    action.collaboration_id = std::string(id);
    action.fields = std::move(*valid);
    action.status = ActionStatus::kOpen;
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "improvement_action", action.id);
    action.history.push_back(ActionStatusChange{ActionStatus::kOpen, "", caller.person_id, entry.at});
    auto created = Checked(store, entry, store.CreateImprovementAction(caller, action, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return FindAction(store, caller, id, action.id, now);
}

Result<ActionView> GetAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                             TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return FindAction(store, caller, id, action_id, now);
}

Result<ActionView> UpdateAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                                const NewImprovementAction& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = Validated(store, input);
    if (!valid) return std::unexpected(std::move(valid.error()));
    ImprovementAction action;
    action.id = std::string(action_id);
    action.collaboration_id = std::string(id);
    action.fields = std::move(*valid);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "improvement_action", action.id);
    auto updated = Checked(store, entry, store.UpdateImprovementAction(caller, action, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return FindAction(store, caller, id, action.id, now);
}

Result<void> DeleteAction(Store& store, const Caller& caller, std::string_view id, std::string_view action_id,
                          TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kDelete, "improvement_action", std::string(action_id));
    return Checked(store, entry, store.DeleteImprovementAction(caller, id, action_id, entry));
}

Result<ActionView> ChangeActionStatus(Store& store, const Caller& caller, std::string_view id,
                                      std::string_view action_id, ActionStatus status, std::string_view note,
                                      TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const std::string text(Trim(note));
    if (text.size() > kMaxNoteLength) return Fail(ErrorCode::kInvalidArgument, "De toelichting is te lang", "note");
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "action_status", std::string(action_id));
    const ActionStatusChange change{status, text, caller.person_id, entry.at};
    auto changed = Checked(store, entry, store.ChangeActionStatus(caller, id, action_id, change, entry));
    if (!changed) return std::unexpected(std::move(changed.error()));
    return FindAction(store, caller, id, action_id, now);
}

Result<std::vector<ActionOwnerCandidate>> ListActionOwnerCandidates(Store& store, const Caller& caller,
                                                                    std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.ActionOwnerCandidates(caller, id);
}

}  // namespace kompas
