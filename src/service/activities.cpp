#include "service/activities.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTextLength = 10000;
constexpr std::size_t kMaxReasonLength = 2000;
constexpr int kMaxAge = 27;  // youth policy reaches young adults up to 27
constexpr std::int64_t kMaxFigure = 1'000'000'000'000;

Result<void> CheckFigure(const std::optional<std::int64_t>& value, const char* field) {
    if (value && (*value < 0 || *value > kMaxFigure)) {
        return Fail(ErrorCode::kInvalidArgument, "Bereik en budget zijn gehele getallen van 0 of meer", field);
    }
    return {};
}

// Checks `input` and returns it cleaned: names trimmed, regions normalised and unique.
Result<NewActivity> Validated(Store& store, NewActivity input) {
    input.name = std::string(Trim(input.name));
    if (input.name.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de activiteit een naam", "name");
    if (input.name.size() > kMaxNameLength) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    if (input.description.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De omschrijving is te lang", "description");
    }
    input.actor_name = std::string(Trim(input.actor_name));
    if (input.actor_name.size() > kMaxNameLength) {
        return Fail(ErrorCode::kInvalidArgument, "De naam van wie het uitvoert is te lang", "actor_name");
    }
    for (const auto& [age, field] : {std::pair{input.age_from, "age_from"}, std::pair{input.age_to, "age_to"}}) {
        if (age && (*age < 0 || *age > kMaxAge)) {
            return Fail(ErrorCode::kInvalidArgument, "Een leeftijd ligt tussen 0 en 27 jaar", field);
        }
    }
    if (input.age_from && input.age_to && *input.age_from > *input.age_to) {
        return Fail(ErrorCode::kInvalidArgument, "De leeftijd 'van' ligt na de leeftijd 'tot'", "age_to");
    }
    std::vector<std::string> regions;
    for (const auto& raw : input.regions) {
        auto region = RequireRegion(store, raw, "regions");
        if (!region) return std::unexpected(std::move(region.error()));
        if (std::find(regions.begin(), regions.end(), region->code) == regions.end()) regions.push_back(region->code);
    }
    input.regions = std::move(regions);
    for (const auto& [date, field] :
         {std::pair{&input.period_start, "period_start"}, std::pair{&input.period_end, "period_end"}}) {
        if (*date && !IsDate(**date)) return Fail(ErrorCode::kInvalidArgument, "Een datum is JJJJ-MM-DD", field);
    }
    if (input.period_start && input.period_end && *input.period_end < *input.period_start) {
        return Fail(ErrorCode::kInvalidArgument, "De einddatum ligt voor de begindatum", "period_end");
    }
    std::set<int> years;
    for (const auto& year : input.years) {
        if (year.year < 1990 || year.year > 2100) {
            return Fail(ErrorCode::kInvalidArgument, "Een jaar ligt tussen 1990 en 2100", "years");
        }
        if (!years.insert(year.year).second) {
            return Fail(ErrorCode::kInvalidArgument, "Elk jaar komt maar één keer voor", "years");
        }
        for (const auto* value : {&year.reach_planned, &year.reach_actual, &year.budget_planned, &year.budget_spent}) {
            if (auto ok = CheckFigure(*value, "years"); !ok) return std::unexpected(ok.error());
        }
    }
    std::sort(input.years.begin(), input.years.end(),
              [](const ActivityYear& a, const ActivityYear& b) { return a.year < b.year; });
    for (auto& link : input.results) {
        link.reason = std::string(Trim(link.reason));
        if (link.reason.size() > kMaxReasonLength) {
            return Fail(ErrorCode::kInvalidArgument, "De toelichting bij een resultaat is te lang", "results");
        }
    }
    if (input.monitoring) {
        if (Trim(input.monitoring->what).empty()) {
            return Fail(ErrorCode::kInvalidArgument, "Zeg wat er gemonitord wordt", "monitoring");
        }
        if (!IsDate(input.monitoring->review_on)) {
            return Fail(ErrorCode::kInvalidArgument, "Geef de datum van de evaluatie als JJJJ-MM-DD", "monitoring");
        }
        if (input.monitoring->what.size() > kMaxTextLength || input.monitoring->who.size() > kMaxNameLength) {
            return Fail(ErrorCode::kInvalidArgument, "De monitoringsafspraak is te lang", "monitoring");
        }
    }
    return input;
}

Result<Activity> FindActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id) {
    auto activities = store.Activities(caller, id);
    if (!activities) return std::unexpected(std::move(activities.error()));
    for (auto& activity : *activities) {
        if (activity.id == activity_id) return std::move(activity);
    }
    return Fail(ErrorCode::kNotFound, "Activiteit niet gevonden");
}

}  // namespace

Result<std::vector<Activity>> ListActivities(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return store.Activities(caller, id);
}

Result<Activity> CreateActivity(Store& store, const Caller& caller, std::string_view id, const NewActivity& input,
                                TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = Validated(store, input);
    if (!valid) return std::unexpected(std::move(valid.error()));
    Activity activity;
    activity.id = NewId("act");
    activity.collaboration_id = std::string(id);
    activity.fields = std::move(*valid);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "activity", activity.id);
    auto created = Checked(store, entry, store.CreateActivity(caller, activity, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return FindActivity(store, caller, id, activity.id);
}

Result<Activity> GetActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    return FindActivity(store, caller, id, activity_id);
}

Result<Activity> UpdateActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id,
                                const NewActivity& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto valid = Validated(store, input);
    if (!valid) return std::unexpected(std::move(valid.error()));
    Activity activity;
    activity.id = std::string(activity_id);
    activity.collaboration_id = std::string(id);
    activity.fields = std::move(*valid);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "activity", activity.id);
    auto updated = Checked(store, entry, store.UpdateActivity(caller, activity, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return FindActivity(store, caller, id, activity.id);
}

Result<void> DeleteActivity(Store& store, const Caller& caller, std::string_view id, std::string_view activity_id,
                            TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kDelete, "activity", std::string(activity_id));
    return Checked(store, entry, store.DeleteActivity(caller, id, activity_id, entry));
}

Result<ActivityDecision> DecideOnActivity(Store& store, const Caller& caller, std::string_view id,
                                          std::string_view activity_id, const NewActivityDecision& input,
                                          TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (!IsDate(input.decided_on)) {
        return Fail(ErrorCode::kInvalidArgument, "De datum van het besluit is JJJJ-MM-DD", "decided_on");
    }
    const std::string reason(Trim(input.reason));
    if (reason.empty()) return Fail(ErrorCode::kInvalidArgument, "Leg uit waarom", "reason");
    if (reason.size() > kMaxTextLength) return Fail(ErrorCode::kInvalidArgument, "De uitleg is te lang", "reason");
    ActivityDecision decision{NewId("dec"), std::string(activity_id), input.decision, input.decided_on,
                              reason,       caller.person_id};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "activity_decision", decision.id);
    auto created = Checked(store, entry, store.CreateActivityDecision(caller, id, decision, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    auto decisions = store.ActivityDecisions(caller, id);
    if (!decisions) return std::unexpected(std::move(decisions.error()));
    for (auto& stored : *decisions) {
        if (stored.id == decision.id) return std::move(stored);
    }
    return Fail(ErrorCode::kInternal, "Het besluit is opgeslagen maar niet teruggevonden");
}

Result<ResultPriority> SetResultPriority(Store& store, const Caller& caller, std::string_view id,
                                         std::string_view result_id, Level priority, Level urgency, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const ResultPriority value{std::string(result_id), priority, urgency};
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "result_priority", value.result_id);
    auto set = Checked(store, entry, store.SetResultPriority(caller, id, value, entry));
    if (!set) return std::unexpected(std::move(set.error()));
    return value;
}

Result<Portfolio> GetPortfolio(Store& store, const Caller& caller, std::string_view id, std::optional<int> year) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto results = store.SocietalResults(caller, id);
    if (!results) return std::unexpected(std::move(results.error()));
    auto ambitions = store.Ambitions(caller, id);
    if (!ambitions) return std::unexpected(std::move(ambitions.error()));
    auto activities = store.Activities(caller, id);
    if (!activities) return std::unexpected(std::move(activities.error()));
    auto priorities = store.ResultPriorities(caller, id);
    if (!priorities) return std::unexpected(std::move(priorities.error()));
    auto decisions = store.ActivityDecisions(caller, id);
    if (!decisions) return std::unexpected(std::move(decisions.error()));
    return BuildPortfolio(*results, *ambitions, *activities, *priorities, std::move(*decisions), year);
}

Result<Portfolio> ExportPortfolio(Store& store, const Caller& caller, std::string_view id, std::optional<int> year,
                                  TimePoint now) {
    auto portfolio = GetPortfolio(store, caller, id, year);
    if (!portfolio) return portfolio;
    if (auto audited = RecordExport(store, caller, now, "portfolio", std::string(id)); !audited) {
        return std::unexpected(std::move(audited.error()));
    }
    return portfolio;
}

}  // namespace kompas
