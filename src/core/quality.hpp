// The quality of activities on the provider side (block 4): the conditions a municipality may
// require of a provider when it buys care (seed 003), each with a status and its evidence; contract
// lots (percelen) that name the conditions they require and the providers contracted in them; and
// the four questions about effectiveness, held as a recorded conversation with a provider. Plain
// values and the pure rules of the lot overview (missing and out-of-date evidence); access rules
// live in store/ and service/. JSON shapes: the schemas ProviderQuality, ConditionRecord,
// ContractLot, LotOverview and EffectivenessConversation of docs/api/openapi.yaml.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kompas {

// Each its own condition, in the order of seed 003's list.
enum class QualityCondition {
    kGuidelines,               // werken met richtlijnen
    kRegisteredProfessionals,  // geregistreerde professionals (with the share registered, in %)
    kReflection,               // ruimte voor reflectie: scholing, supervisie, intervisie
    kEffectiveInterventions,   // effectieve interventies of bekende werkzame elementen
    kSharedDecisions,          // samen met gezinnen beslissen
    kClientCouncil,            // cliëntenraad
    kConfidentialAdviser,      // vertrouwenspersoon
    kComplaintsProcedure,      // klachtenregeling
    kReportingCode,            // meldcode huiselijk geweld en kindermishandeling
    kQualitySystem,            // kwaliteitssysteem
};
inline constexpr std::array<QualityCondition, 10> kQualityConditions = {
    QualityCondition::kGuidelines,          QualityCondition::kRegisteredProfessionals,
    QualityCondition::kReflection,          QualityCondition::kEffectiveInterventions,
    QualityCondition::kSharedDecisions,     QualityCondition::kClientCouncil,
    QualityCondition::kConfidentialAdviser, QualityCondition::kComplaintsProcedure,
    QualityCondition::kReportingCode,       QualityCondition::kQualitySystem};

// "guidelines", "registered_professionals", "reflection", "effective_interventions",
// "shared_decisions", "client_council", "confidential_adviser", "complaints_procedure",
// "reporting_code", "quality_system".
const char* QualityConditionName(QualityCondition condition);
std::optional<QualityCondition> ParseQualityCondition(std::string_view name);
// Dutch, for messages: "werken met richtlijnen", ...
const char* QualityConditionLabel(QualityCondition condition);

enum class ConditionStatus { kMet, kPartly, kNot, kUnknown };
// "met", "partly", "not", "unknown".
const char* ConditionStatusName(ConditionStatus status);
// Dutch: "voldoet", "voldoet deels", "voldoet niet", "onbekend".
const char* ConditionStatusLabel(ConditionStatus status);
std::optional<ConditionStatus> ParseConditionStatus(std::string_view name);

// Evidence that is a number: "87 %", "4 sessies per jaar". JSON: { "value", "unit" }
struct QualityFigure {
    double value = 0.0;
    std::string unit;
};

// One condition of one provider. Never recorded: status unknown and no evidence.
// JSON: { "condition", "status", "note", "link", "figure", "confirmed_by", "confirmed_on" }
struct ConditionRecord {
    QualityCondition condition = QualityCondition::kGuidelines;
    ConditionStatus status = ConditionStatus::kUnknown;
    std::string note;                         // qualitative evidence, "" when none
    std::optional<std::string> link;          // where the evidence is (a URL)
    std::optional<QualityFigure> figure;      // quantitative evidence
    std::optional<std::string> confirmed_by;  // in the store the person id; read back as the name
    std::optional<std::string> confirmed_on;  // YYYY-MM-DD
};

// PUT /api/organisations/{org_id}/quality/{condition}.
struct ConditionUpdate {
    ConditionStatus status = ConditionStatus::kUnknown;
    std::string note;
    std::optional<std::string> link;
    std::optional<QualityFigure> figure;
    std::optional<std::string> confirmed_on;  // defaults to today
};

// A provider's whole record: every condition, in kQualityConditions order.
// JSON: { "organisation_id", "organisation_name", "can_edit", "conditions" }
struct ProviderQuality {
    std::string organisation_id;
    std::string organisation_name;
    bool can_edit = false;  // the caller belongs to the provider or is a platform administrator
    std::vector<ConditionRecord> conditions;
};

// JSON: { "id", "collaboration_id", "name", "description", "required", "providers" }
struct ContractLot {
    std::string id;  // "lot_" + 16 hex characters
    std::string collaboration_id;
    std::string name;
    std::string description;
    std::vector<QualityCondition> required;
    std::vector<std::string> providers;  // organisation ids, partners of the collaboration
};

// POST/PUT .../lots.
struct NewContractLot {
    std::string name;
    std::string description;
    std::vector<QualityCondition> required;
    std::vector<std::string> providers;
};

// Evidence confirmed longer ago than this counts as out of date in a lot's overview.
inline constexpr int kEvidenceHorizonMonths = 12;

// One provider × required condition. JSON: { "condition", "status", "confirmed_on",
// "evidence_missing", "out_of_date" }
struct LotCell {
    QualityCondition condition = QualityCondition::kGuidelines;
    ConditionStatus status = ConditionStatus::kUnknown;
    std::optional<std::string> confirmed_on;
    bool evidence_missing = false;  // no note, link or figure (or never recorded)
    bool out_of_date = false;       // confirmed before the horizon
};

// JSON: { "organisation_id", "name", "cells" }
struct LotProviderRow {
    std::string organisation_id;
    std::string name;
    std::vector<LotCell> cells;  // in the lot's required order
};

// JSON: { "lot", "as_of", "horizon_months", "horizon_date", "providers" } (providers by name: not a ranking)
struct LotOverview {
    ContractLot lot;
    std::string as_of;         // YYYY-MM-DD, today
    std::string horizon_date;  // evidence confirmed before this date is out of date
    std::vector<LotProviderRow> providers;
};

// The cell of `record` for a lot, seen on `as_of` with horizon `horizon_date`.
LotCell AssessCell(const ConditionRecord& record, std::string_view horizon_date);

// The date `months` months before `date` (YYYY-MM-DD); the day is kept (a string that compares
// correctly even when the month is shorter).
std::string MonthsBefore(std::string_view date, int months);

// The four questions a municipality asks a provider about effectiveness (seed 003), in order.
enum class EffectivenessQuestion {
    kContribution,      // onderbouwing: draagt het aanbod bij aan wat de gemeente wil bereiken?
    kMonitoring,        // monitoren: uitval, cliënttevredenheid, doelrealisatie
    kImprovement,       // verbeteren: hoe worden de uitkomsten gebruikt?
    kKnowledgeSharing,  // kennis delen: lokaal, regionaal, landelijk
};
inline constexpr std::array<EffectivenessQuestion, 4> kEffectivenessQuestions = {
    EffectivenessQuestion::kContribution, EffectivenessQuestion::kMonitoring, EffectivenessQuestion::kImprovement,
    EffectivenessQuestion::kKnowledgeSharing};

// "contribution", "monitoring", "improvement", "knowledge_sharing".
const char* EffectivenessQuestionName(EffectivenessQuestion question);
std::optional<EffectivenessQuestion> ParseEffectivenessQuestion(std::string_view name);

// JSON: { "question", "answer", "evidence", "answered_on", "recorded_by" }
struct EffectivenessAnswer {
    EffectivenessQuestion question = EffectivenessQuestion::kContribution;
    std::string answer;                      // "" when not yet discussed
    std::string evidence;                    // "" when none
    std::optional<std::string> answered_on;  // YYYY-MM-DD
    std::optional<std::string> recorded_by;  // in the store the person id; read back as the name
};

// PUT .../effectiveness/{org_id}/{question}.
struct EffectivenessAnswerInput {
    std::string answer;
    std::string evidence;
    std::optional<std::string> answered_on;  // defaults to today
};

// JSON: { "collaboration_id", "organisation_id", "name", "agb", "municipalities", "answers" }
struct EffectivenessConversation {
    std::string collaboration_id;
    std::string organisation_id;
    std::string name;
    std::optional<std::string> agb;            // for the link to the outcome report (question 2)
    std::vector<std::string> municipalities;   // GM codes of the collaboration's regions
    std::vector<EffectivenessAnswer> answers;  // every question, in order
};

}  // namespace kompas
