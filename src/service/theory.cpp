#include "service/theory.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "core/text.hpp"
#include "privacy/secrets.hpp"
#include "service/access.hpp"
#include "service/ambitions.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTextLength = 10000;
constexpr std::size_t kMaxSourceLength = 2000;

// The figures of an intermediate outcome's indicator for its region (nearest level with data),
// as the results page follows a result's indicator; nullopt without an indicator.
Result<std::optional<IntermediateFigures>> FiguresOf(Store& store, const IntermediateOutcome& outcome) {
    if (!outcome.indicator || !outcome.region) return std::optional<IntermediateFigures>();
    SocietalResult followed;  // no baseline or target: only the series and its change are used
    followed.indicator = *outcome.indicator;
    auto progress = ProgressOf(store, followed, *outcome.region);
    if (!progress) return std::unexpected(std::move(progress.error()));
    IntermediateFigures figures;
    figures.indicator = std::move(progress->indicator);
    figures.region = std::move(progress->region);
    figures.data_region = std::move(progress->data_region);
    figures.level_note = std::move(progress->level_note);
    figures.series = std::move(progress->series);
    for (auto it = figures.series.rbegin(); it != figures.series.rend(); ++it) {
        if (it->value) {
            figures.latest = *it;
            break;
        }
    }
    figures.change = std::move(progress->change);
    return std::optional<IntermediateFigures>(std::move(figures));
}

bool MayRecord(const TheoryRecords& records) {
    return records.my_role == CollaborationRole::kCoordinator || records.my_role == CollaborationRole::kPartner;
}

// Fills what the reader sees of an assumption: the verdict on its outcome's figures, and whether
// the reader may change it.
void Complete(Assumption& assumption, const TheoryRecords& records,
              const std::map<std::string, std::optional<IntermediateFigures>>& figures) {
    const auto found = figures.find(assumption.intermediate_outcome_id);
    assumption.verdict =
        JudgeFigure(assumption.expected_direction, found == figures.end() ? std::nullopt : found->second);
    assumption.can_edit = records.my_role == CollaborationRole::kCoordinator ||
                          (MayRecord(records) && assumption.holder_partner_id == records.my_partner_id);
}

Result<Assumption> FindAssumption(Store& store, const Caller& caller, std::string_view id,
                                  std::string_view assumption_id) {
    auto records = store.LoadTheory(caller, id);
    if (!records) return std::unexpected(std::move(records.error()));
    for (auto& assumption : records->assumptions) {
        if (assumption.id != assumption_id) continue;
        std::map<std::string, std::optional<IntermediateFigures>> figures;
        for (const auto& outcome : records->intermediate_outcomes) {
            if (outcome.id != assumption.intermediate_outcome_id) continue;
            auto found = FiguresOf(store, outcome);
            if (!found) return std::unexpected(std::move(found.error()));
            figures[outcome.id] = std::move(*found);
        }
        Complete(assumption, *records, figures);
        return std::move(assumption);
    }
    return Fail(ErrorCode::kNotFound, "Veronderstelling niet gevonden");
}

Result<void> ValidateAssumption(const NewAssumption& input) {
    if (input.explanation.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De toelichting is te lang", "explanation");
    }
    if (input.evidence.source.size() > kMaxSourceLength) {
        return Fail(ErrorCode::kInvalidArgument, "De bron van de onderbouwing is te lang", "evidence");
    }
    if (input.open_questions.size() > kMaxTextLength) {
        return Fail(ErrorCode::kInvalidArgument, "De open vragen zijn te lang", "open_questions");
    }
    if (Trim(input.intermediate_outcome_id).empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Kies een tussenresultaat", "intermediate_outcome_id");
    }
    if (Trim(input.result_id).empty()) return Fail(ErrorCode::kInvalidArgument, "Kies een resultaat", "result_id");
    return {};
}

Assumption AssumptionFrom(std::string assumption_id, std::string_view id, const NewAssumption& input) {
    Assumption assumption;
    assumption.id = std::move(assumption_id);
    assumption.collaboration_id = std::string(id);
    assumption.holder_partner_id = input.holder_partner_id.value_or("");
    assumption.activity_id = input.activity_id;
    assumption.intermediate_outcome_id = input.intermediate_outcome_id;
    assumption.result_id = input.result_id;
    assumption.explanation = std::string(Trim(input.explanation));
    assumption.evidence = Evidence{input.evidence.strength, std::string(Trim(input.evidence.source))};
    assumption.open_questions = std::string(Trim(input.open_questions));
    assumption.expected_direction = input.expected_direction;
    return assumption;
}

}  // namespace

Result<TheoryOfChange> GetTheory(Store& store, const Caller& caller, std::string_view id) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    auto records = store.LoadTheory(caller, id);
    if (!records) return std::unexpected(std::move(records.error()));
    auto results = store.SocietalResults(caller, id);
    if (!results) return std::unexpected(std::move(results.error()));
    TheoryOfChange theory;
    theory.collaboration_id = std::string(id);
    theory.can_record = MayRecord(*records);
    theory.activities = records->activities;
    std::map<std::string, std::optional<IntermediateFigures>> figures;
    std::vector<std::pair<std::string, std::string>> outcome_names, result_names;
    for (auto& outcome : records->intermediate_outcomes) {
        auto found = FiguresOf(store, outcome);
        if (!found) return std::unexpected(std::move(found.error()));
        outcome.figures = *found;
        figures[outcome.id] = std::move(*found);
        outcome_names.emplace_back(outcome.id, outcome.name);
    }
    for (auto& assumption : records->assumptions) Complete(assumption, *records, figures);
    for (auto& result : *results) {
        result_names.emplace_back(result.id, result.title);
        ResultAssumptions group{std::move(result), {}};
        for (const auto& assumption : records->assumptions) {
            if (assumption.result_id == group.result.id) group.assumptions.push_back(assumption);
        }
        // Side by side: each holder's assumptions together, in the order they were recorded.
        std::stable_sort(group.assumptions.begin(), group.assumptions.end(),
                         [](const Assumption& a, const Assumption& b) { return a.holder_name < b.holder_name; });
        theory.results.push_back(std::move(group));
    }
    theory.shared_outcomes = CommonGround(records->assumptions, true, outcome_names);
    theory.shared_results = CommonGround(records->assumptions, false, result_names);
    theory.intermediate_outcomes = std::move(records->intermediate_outcomes);
    return theory;
}

Result<IntermediateOutcome> CreateIntermediateOutcome(Store& store, const Caller& caller, std::string_view id,
                                                      const NewIntermediateOutcome& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    IntermediateOutcome outcome;
    outcome.id = NewId("ioc");
    outcome.collaboration_id = std::string(id);
    outcome.name = std::string(Trim(input.name));
    if (outcome.name.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef het tussenresultaat een naam", "name");
    if (outcome.name.size() > kMaxNameLength) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    if (input.region && !input.indicator) {
        return Fail(ErrorCode::kInvalidArgument, "Een regio hoort bij een indicator; kies ook de indicator", "region");
    }
    if (input.indicator) {
        auto indicator = store.FindIndicator(*input.indicator);
        if (!indicator) return std::unexpected(std::move(indicator.error()));
        if (!indicator->has_value()) {
            return Fail(ErrorCode::kInvalidArgument, "Onbekende indicator '" + *input.indicator + "'", "indicator");
        }
        outcome.indicator = input.indicator;
        std::string region_code;
        if (input.region) {
            region_code = *input.region;
        } else {
            auto collaboration = store.FindCollaboration(caller, id);
            if (!collaboration) return std::unexpected(std::move(collaboration.error()));
            if (!*collaboration) return Fail(ErrorCode::kNotFound, "Samenwerking niet gevonden");
            if ((*collaboration)->collaboration.regions.empty()) {
                return Fail(ErrorCode::kInvalidArgument, "Kies de regio waarvan het cijfer gevolgd wordt", "region");
            }
            region_code = (*collaboration)->collaboration.regions.front();
        }
        auto region = RequireRegion(store, region_code, "region");
        if (!region) return std::unexpected(std::move(region.error()));
        outcome.region = region->code;
    }
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "intermediate_outcome", outcome.id);
    auto created = Checked(store, entry, store.CreateIntermediateOutcome(caller, outcome, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    auto figures = FiguresOf(store, outcome);
    if (!figures) return std::unexpected(std::move(figures.error()));
    outcome.figures = std::move(*figures);
    return outcome;
}

Result<Assumption> CreateAssumption(Store& store, const Caller& caller, std::string_view id, const NewAssumption& input,
                                    TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateAssumption(input); !valid) return std::unexpected(valid.error());
    const Assumption assumption = AssumptionFrom(NewId("asm"), id, input);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kCreate, "assumption", assumption.id);
    auto created = Checked(store, entry, store.CreateAssumption(caller, assumption, entry));
    if (!created) return std::unexpected(std::move(created.error()));
    return FindAssumption(store, caller, id, assumption.id);
}

Result<Assumption> UpdateAssumption(Store& store, const Caller& caller, std::string_view id,
                                    std::string_view assumption_id, const NewAssumption& input, TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    if (auto valid = ValidateAssumption(input); !valid) return std::unexpected(valid.error());
    const Assumption assumption = AssumptionFrom(std::string(assumption_id), id, input);
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kUpdate, "assumption", assumption.id);
    auto updated = Checked(store, entry, store.UpdateAssumption(caller, assumption, entry));
    if (!updated) return std::unexpected(std::move(updated.error()));
    return FindAssumption(store, caller, id, assumption.id);
}

Result<void> DeleteAssumption(Store& store, const Caller& caller, std::string_view id, std::string_view assumption_id,
                              TimePoint now) {
    if (auto signed_in = RequireSignedIn(caller); !signed_in) return std::unexpected(signed_in.error());
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kDelete, "assumption", std::string(assumption_id));
    return Checked(store, entry, store.DeleteAssumption(caller, id, assumption_id, entry));
}

}  // namespace kompas
