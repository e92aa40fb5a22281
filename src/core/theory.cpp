#include "core/theory.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <utility>

#include "core/enum_names.hpp"

namespace kompas {
namespace {

constexpr std::pair<EvidenceStrength, const char*> kStrengthNames[] = {
    {EvidenceStrength::kNone, "none"},
    {EvidenceStrength::kPracticeBased, "practice_based"},
    {EvidenceStrength::kResearchBased, "research_based"},
};
constexpr std::pair<EvidenceStrength, const char*> kStrengthLabels[] = {
    {EvidenceStrength::kNone, "geen onderbouwing"},
    {EvidenceStrength::kPracticeBased, "praktijkkennis"},
    {EvidenceStrength::kResearchBased, "onderzoek"},
};
constexpr std::pair<ExpectedDirection, const char*> kDirectionNames[] = {
    {ExpectedDirection::kIncrease, "increase"},
    {ExpectedDirection::kDecrease, "decrease"},
};
constexpr std::pair<FigureVerdict, const char*> kVerdictNames[] = {
    {FigureVerdict::kAsExpected, "as_expected"},
    {FigureVerdict::kAgainst, "against"},
    {FigureVerdict::kCannotSay, "cannot_say"},
};
constexpr std::pair<FigureVerdict, const char*> kVerdictLabels[] = {
    {FigureVerdict::kAsExpected, "beweegt zoals verwacht"},
    {FigureVerdict::kAgainst, "beweegt tegen de verwachting in"},
    {FigureVerdict::kCannotSay, "niet te zeggen"},
};

}  // namespace

const char* EvidenceStrengthName(EvidenceStrength strength) { return NameIn(kStrengthNames, strength); }
const char* EvidenceStrengthLabel(EvidenceStrength strength) { return NameIn(kStrengthLabels, strength); }
std::optional<EvidenceStrength> ParseEvidenceStrength(std::string_view name) { return ParseIn(kStrengthNames, name); }
const char* ExpectedDirectionName(ExpectedDirection direction) { return NameIn(kDirectionNames, direction); }
std::optional<ExpectedDirection> ParseExpectedDirection(std::string_view name) {
    return ParseIn(kDirectionNames, name);
}
const char* FigureVerdictName(FigureVerdict verdict) { return NameIn(kVerdictNames, verdict); }
const char* FigureVerdictLabel(FigureVerdict verdict) { return NameIn(kVerdictLabels, verdict); }

AssumptionVerdict JudgeFigure(const std::optional<ExpectedDirection>& expected,
                              const std::optional<IntermediateFigures>& figures) {
    if (!figures) return {FigureVerdict::kCannotSay, "Dit tussenresultaat heeft geen cijfer in Kompas."};
    if (!expected) {
        return {FigureVerdict::kCannotSay,
                "Bij deze veronderstelling is niet vastgelegd of het cijfer moet stijgen of dalen."};
    }
    if (!figures->change) {
        // The change is only judged between two figures whose counts are known: a value without
        // its counts has no known uncertainty, and two points make no trend of their own.
        return {FigureVerdict::kCannotSay,
                "Er zijn geen twee vergelijkbare cijfers met bekende aantallen; of het cijfer beweegt is niet te "
                "zeggen."};
    }
    const std::string& moved = figures->change->verdict;
    if (moved != "increase" && moved != "decrease") {
        return {FigureVerdict::kCannotSay, figures->change->text + " Of het cijfer beweegt is dus niet te zeggen."};
    }
    const bool up = moved == "increase";
    if (up == (*expected == ExpectedDirection::kIncrease)) {
        return {FigureVerdict::kAsExpected,
                figures->change->text + " Dat is de richting die deze veronderstelling verwacht."};
    }
    return {FigureVerdict::kAgainst, figures->change->text + " Deze veronderstelling verwacht de andere richting."};
}

std::vector<SharedGround> CommonGround(const std::vector<Assumption>& assumptions, bool by_outcome,
                                       const std::vector<std::pair<std::string, std::string>>& names) {
    std::map<std::string, std::map<std::string, std::string>> holders;  // item → partner id → name
    for (const auto& assumption : assumptions) {
        const std::string& item = by_outcome ? assumption.intermediate_outcome_id : assumption.result_id;
        holders[item][assumption.holder_partner_id] = assumption.holder_name;
    }
    std::vector<SharedGround> shared;
    for (const auto& [id, name] : names) {
        const auto found = holders.find(id);
        if (found == holders.end() || found->second.size() < 2) continue;
        SharedGround ground{id, name, {}};
        for (const auto& [partner_id, partner_name] : found->second)
            ground.partners.push_back({partner_id, partner_name});
        std::stable_sort(ground.partners.begin(), ground.partners.end(),
                         [](const PartnerName& a, const PartnerName& b) { return a.name < b.name; });
        shared.push_back(std::move(ground));
    }
    return shared;
}

}  // namespace kompas
