// The theory of change (veranderverhaal, block 3A): the assumptions (veronderstellingen) each
// partner holds about how an activity leads, through an intermediate outcome, to a societal
// result; the evidence for each and the open questions; the common ground where partners'
// assumptions meet; and a plain verdict whether an intermediate outcome's figure moves the way an
// assumption expects. Plain values and pure helpers; access rules live in store/ and service/.
// JSON shapes: the schemas IntermediateOutcome, Assumption and TheoryOfChange of
// docs/api/openapi.yaml.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/ambition.hpp"

namespace kompas {

enum class EvidenceStrength { kNone, kPracticeBased, kResearchBased };
const char* EvidenceStrengthName(EvidenceStrength strength);  // "none", "practice_based", "research_based"
// Dutch: "geen onderbouwing", "praktijkkennis", "onderzoek".
const char* EvidenceStrengthLabel(EvidenceStrength strength);
std::optional<EvidenceStrength> ParseEvidenceStrength(std::string_view name);

// Which way an assumption expects the intermediate outcome's figure to go.
enum class ExpectedDirection { kIncrease, kDecrease };
const char* ExpectedDirectionName(ExpectedDirection direction);  // "increase", "decrease"
std::optional<ExpectedDirection> ParseExpectedDirection(std::string_view name);

enum class FigureVerdict { kAsExpected, kAgainst, kCannotSay };
const char* FigureVerdictName(FigureVerdict verdict);  // "as_expected", "against", "cannot_say"
// Dutch: "beweegt zoals verwacht", "beweegt tegen de verwachting in", "niet te zeggen".
const char* FigureVerdictLabel(FigureVerdict verdict);

// What the figure of an intermediate outcome shows: the series of its indicator for its region
// (or the nearest level with data), the latest value and the change between the last two points
// with counts. JSON: { "indicator", "region", "data_region", "level_note", "series", "latest",
// "change" }
struct IntermediateFigures {
    Indicator indicator;
    Region region;
    Region data_region;
    std::optional<std::string> level_note;
    std::vector<ProgressPoint> series;
    std::optional<ProgressPoint> latest;
    std::optional<ProgressChange> change;
};

// A named step between an activity and a result that partners can share, e.g. "ouders voelen zich
// zekerder in de opvoeding". JSON: { "id", "collaboration_id", "name", "indicator", "region",
// "figures" }
struct IntermediateOutcome {
    std::string id;  // "ioc_" + 16 hex characters
    std::string collaboration_id;
    std::string name;
    std::optional<std::string> indicator;  // key of a Kompas indicator
    std::optional<std::string> region;     // set when indicator is
    std::optional<IntermediateFigures> figures;
};

// POST .../intermediate-outcomes.
struct NewIntermediateOutcome {
    std::string name;
    std::optional<std::string> indicator;
    std::optional<std::string> region;  // the collaboration's first region when an indicator is given without
};

// JSON: { "strength", "source" }
struct Evidence {
    EvidenceStrength strength = EvidenceStrength::kNone;
    std::string source;  // free text, may hold a link
};

// JSON: { "verdict", "text" }
struct AssumptionVerdict {
    FigureVerdict verdict = FigureVerdict::kCannotSay;
    std::string text;  // Dutch, says why
};

// One link in the theory of change: activity → intermediate outcome → societal result, held by
// one partner. JSON: { "id", "collaboration_id", "holder_partner_id", "holder_name", "activity_id",
// "activity_name", "intermediate_outcome_id", "result_id", "explanation", "evidence",
// "open_questions", "expected_direction", "verdict", "can_edit", "created_at", "updated_at" }
struct Assumption {
    std::string id;  // "asm_" + 16 hex characters
    std::string collaboration_id;
    std::string holder_partner_id;  // empty in a new assumption: the caller's own partnership
    std::string holder_name;        // read back
    std::optional<std::string> activity_id;
    std::optional<std::string> activity_name;  // read back
    std::string intermediate_outcome_id;
    std::string result_id;
    std::string explanation;  // why the partner thinks so
    Evidence evidence;
    std::string open_questions;
    std::optional<ExpectedDirection> expected_direction;
    AssumptionVerdict verdict;  // computed for the reader
    bool can_edit = false;      // for the reader: the holder and the coordinator
    std::string created_by;     // person id
    std::string created_at;
    std::string updated_at;
};

// POST/PUT .../assumptions.
struct NewAssumption {
    std::optional<std::string> holder_partner_id;  // coordinator only, for another partner
    std::optional<std::string> activity_id;
    std::string intermediate_outcome_id;
    std::string result_id;
    std::string explanation;
    Evidence evidence;
    std::string open_questions;
    std::optional<ExpectedDirection> expected_direction;
};

// JSON: { "partner_id", "name" }
struct PartnerName {
    std::string partner_id;
    std::string name;
};

// An intermediate outcome or result named by more than one partner. JSON: { "id", "name",
// "partners" }
struct SharedGround {
    std::string id;
    std::string name;
    std::vector<PartnerName> partners;  // by name
};

// JSON: { "id", "name" }
struct ActivityName {
    std::string id;
    std::string name;
};

// The assumptions about one result, side by side. JSON: { "result", "assumptions" }
struct ResultAssumptions {
    SocietalResult result;
    std::vector<Assumption> assumptions;  // by holder name, created_at
};

// JSON: { "collaboration_id", "intermediate_outcomes", "results", "common_ground": {
// "intermediate_outcomes", "results" }, "activities", "can_record" }
struct TheoryOfChange {
    std::string collaboration_id;
    std::vector<IntermediateOutcome> intermediate_outcomes;  // by name
    std::vector<ResultAssumptions> results;                  // every result of the collaboration
    std::vector<SharedGround> shared_outcomes;
    std::vector<SharedGround> shared_results;
    std::vector<ActivityName> activities;  // of the collaboration, by name: for the form
    bool can_record = false;               // coordinator or partner
};

// The verdict of an assumption on its intermediate outcome's figures: "cannot say" without an
// expected direction, without figures, without two comparable points with counts, or when the
// change is within normal variation; otherwise as expected or against it.
AssumptionVerdict JudgeFigure(const std::optional<ExpectedDirection>& expected,
                              const std::optional<IntermediateFigures>& figures);

// Common ground: the items (intermediate outcome or result ids) that more than one partner's
// assumptions name, each with the partners, in the order of `names` (id → display name).
std::vector<SharedGround> CommonGround(const std::vector<Assumption>& assumptions, bool by_outcome,
                                       const std::vector<std::pair<std::string, std::string>>& names);

}  // namespace kompas
