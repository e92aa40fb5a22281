#include "core/quality.hpp"

#include <fmt/format.h>

#include <charconv>

namespace kompas {
namespace {

struct ConditionNames {
    QualityCondition condition;
    const char* name;
    const char* label;
};

constexpr ConditionNames kConditionNames[] = {
    {QualityCondition::kGuidelines, "guidelines", "werken met richtlijnen"},
    {QualityCondition::kRegisteredProfessionals, "registered_professionals", "geregistreerde professionals"},
    {QualityCondition::kReflection, "reflection", "ruimte voor reflectie"},
    {QualityCondition::kEffectiveInterventions, "effective_interventions",
     "effectieve interventies of werkzame elementen"},
    {QualityCondition::kSharedDecisions, "shared_decisions", "samen beslissen met gezinnen"},
    {QualityCondition::kClientCouncil, "client_council", "cliëntenraad"},
    {QualityCondition::kConfidentialAdviser, "confidential_adviser", "vertrouwenspersoon"},
    {QualityCondition::kComplaintsProcedure, "complaints_procedure", "klachtenregeling"},
    {QualityCondition::kReportingCode, "reporting_code", "meldcode huiselijk geweld en kindermishandeling"},
    {QualityCondition::kQualitySystem, "quality_system", "kwaliteitssysteem"},
};

constexpr std::pair<ConditionStatus, const char*> kStatusNames[] = {{ConditionStatus::kMet, "met"},
                                                                    {ConditionStatus::kPartly, "partly"},
                                                                    {ConditionStatus::kNot, "not"},
                                                                    {ConditionStatus::kUnknown, "unknown"}};

constexpr std::pair<EffectivenessQuestion, const char*> kQuestionNames[] = {
    {EffectivenessQuestion::kContribution, "contribution"},
    {EffectivenessQuestion::kMonitoring, "monitoring"},
    {EffectivenessQuestion::kImprovement, "improvement"},
    {EffectivenessQuestion::kKnowledgeSharing, "knowledge_sharing"}};

int Number(std::string_view text) {
    int value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

}  // namespace

const char* QualityConditionName(QualityCondition condition) {
    for (const auto& entry : kConditionNames) {
        if (entry.condition == condition) return entry.name;
    }
    return "guidelines";
}

std::optional<QualityCondition> ParseQualityCondition(std::string_view name) {
    for (const auto& entry : kConditionNames) {
        if (name == entry.name) return entry.condition;
    }
    return std::nullopt;
}

const char* QualityConditionLabel(QualityCondition condition) {
    for (const auto& entry : kConditionNames) {
        if (entry.condition == condition) return entry.label;
    }
    return "";
}

const char* ConditionStatusName(ConditionStatus status) {
    for (const auto& [value, name] : kStatusNames) {
        if (value == status) return name;
    }
    return "unknown";
}

std::optional<ConditionStatus> ParseConditionStatus(std::string_view name) {
    for (const auto& [value, text] : kStatusNames) {
        if (name == text) return value;
    }
    return std::nullopt;
}

const char* EffectivenessQuestionName(EffectivenessQuestion question) {
    for (const auto& [value, name] : kQuestionNames) {
        if (value == question) return name;
    }
    return "contribution";
}

std::optional<EffectivenessQuestion> ParseEffectivenessQuestion(std::string_view name) {
    for (const auto& [value, text] : kQuestionNames) {
        if (name == text) return value;
    }
    return std::nullopt;
}

std::string MonthsBefore(std::string_view date, int months) {
    if (date.size() < 10) return std::string(date);
    const int total = Number(date.substr(0, 4)) * 12 + (Number(date.substr(5, 2)) - 1) - months;
    return fmt::format("{:04d}-{:02d}-{}", total / 12, total % 12 + 1, date.substr(8, 2));
}

LotCell AssessCell(const ConditionRecord& record, std::string_view horizon_date) {
    LotCell cell;
    cell.condition = record.condition;
    cell.status = record.status;
    cell.confirmed_on = record.confirmed_on;
    cell.evidence_missing = record.note.empty() && !record.link && !record.figure;
    // Never confirmed counts as missing, not as out of date.
    cell.out_of_date = record.confirmed_on && *record.confirmed_on < horizon_date;
    return cell;
}

const char* ConditionStatusLabel(ConditionStatus status) {
    switch (status) {
        case ConditionStatus::kMet:
            return "voldoet";
        case ConditionStatus::kPartly:
            return "voldoet deels";
        case ConditionStatus::kNot:
            return "voldoet niet";
        case ConditionStatus::kUnknown:
            break;
    }
    return "onbekend";
}

}  // namespace kompas
