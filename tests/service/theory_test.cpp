// The theory of change (block 3A): partners' assumptions side by side per result, common ground,
// who may record and change what, links that must stay inside the collaboration (an activity is
// inserted into the activities table directly: its API is not in this tree yet), the figure
// verdicts and the audit trail, on SQLite and PostgreSQL.
#include "service/theory.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>

#include "account_fixture.hpp"
#include "service/ambitions.hpp"

namespace kompas::testing {
namespace {

constexpr std::string_view kFalling = "TheorieDalend";      // %, counts: 120/1000 → 60/1000, a real fall
constexpr std::string_view kFlat = "TheorieVlak";           // %, counts: 100/1000 → 102/1000, normal variation
constexpr std::string_view kNoCounts = "TheorieZonderTal";  // %, values only: 12 → 6, uncertainty unknown
constexpr std::string_view kResultIndicator = "TheorieResultaat";

// Changes the database behind the store's back (here: an activity, whose API comes with block 3B).
void RawExec(const TestDatabase& database, const std::string& sql) {
    const std::string& url = database.url();
    if (url.starts_with("sqlite:")) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(url.substr(7).c_str(), &db), SQLITE_OK);
        char* message = nullptr;
        // As the store's own connections do, so that ON DELETE SET NULL applies.
        const int rc = sqlite3_exec(db, ("PRAGMA foreign_keys = ON; " + sql).c_str(), nullptr, nullptr, &message);
        EXPECT_EQ(rc, SQLITE_OK) << (message != nullptr ? message : "");
        sqlite3_free(message);
        sqlite3_close(db);
        return;
    }
    std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url.c_str()), &PQfinish);
    ASSERT_EQ(PQstatus(connection.get()), CONNECTION_OK);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection.get(), sql.c_str()), &PQclear);
    EXPECT_EQ(PQresultStatus(result.get()), PGRES_COMMAND_OK) << PQerrorMessage(connection.get());
}

Observation Counted(std::string_view indicator, std::string_view period, double numerator, double denominator) {
    Observation observation;
    observation.indicator = std::string(indicator);
    observation.region = "GM0034";
    observation.period = std::string(period);
    observation.numerator = numerator;
    observation.denominator = denominator;
    observation.status = ObservationStatus::kKnown;
    return observation;
}

class TheoryTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        const auto imported = store_->Import({"long-csv", "theory.csv", "theory"}, [](ObservationSink& sink) {
            for (const Region& region : {Region{"NL01", "Nederland", RegionLevel::kCountry, ""},
                                         Region{"GM0034", "Almere", RegionLevel::kMunicipality, "NL01"},
                                         Region{"WK003401", "Wijk 01", RegionLevel::kDistrict, "GM0034"}}) {
                if (auto put = sink.PutRegion(region); !put) return put;
            }
            for (const auto key : {kFalling, kFlat, kNoCounts, kResultIndicator}) {
                Indicator indicator{std::string(key), "Theorie", "%", 1, Direction::kLowerIsBetter, "CBS", ""};
                if (auto put = sink.PutIndicator(indicator); !put) return put;
            }
            Observation six = Counted(kNoCounts, "2024JJ00", 0, 0), twelve = Counted(kNoCounts, "2022JJ00", 0, 0);
            six.numerator = twelve.numerator = six.denominator = twelve.denominator = std::nullopt;
            six.value = 6.0;
            twelve.value = 12.0;
            for (const auto& observation :
                 {Counted(kFalling, "2022JJ00", 120, 1000), Counted(kFalling, "2024JJ00", 60, 1000),
                  Counted(kFlat, "2022JJ00", 100, 1000), Counted(kFlat, "2024JJ00", 102, 1000), six, twelve}) {
                if (auto put = sink.PutObservation(observation); !put) return put;
            }
            return Result<void>{};
        });
        ASSERT_TRUE(imported.has_value()) << imported.error().message;

        const Organisation coordinator_org = MakeOrganisation("Gemeente Almere");
        const Organisation partner_org = MakeOrganisation("GGD Flevoland", OrganisationKind::kProvider);
        const Organisation viewer_org = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        const Organisation outsider_org = MakeOrganisation("Buitenstaander");
        coordinator_ = CallerOf(MakePerson("coord@example.nl", coordinator_org));
        partner_ = CallerOf(MakePerson("partner@example.nl", partner_org));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer_org));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider_org));
        auto created = CreateCollaboration(
            *store_, coordinator_, NewCollaboration{"Samen sterk", "Jeugd", {"GM0034"}, "2026-01-01", {}, ""}, T0());
        ASSERT_TRUE(created.has_value()) << created.error().message;
        id_ = created->collaboration.id;
        coordinator_partner_id_ = created->partners.front().id;
        auto partner = AddPartner(*store_, coordinator_, id_,
                                  NewPartner{partner_org.id, {}, {}, CollaborationRole::kPartner}, T0());
        ASSERT_TRUE(partner.has_value()) << partner.error().message;
        partner_id_ = partner->id;
        ASSERT_TRUE(AddPartner(*store_, coordinator_, id_,
                               NewPartner{viewer_org.id, {}, {}, CollaborationRole::kViewer}, T0()));
        result_id_ = MakeResult(coordinator_, id_);

        // The outsider's own collaboration Y, with a result and an intermediate outcome of its own.
        auto other = CreateCollaboration(*store_, outsider_,
                                         NewCollaboration{"Eigen Y", "Jeugd", {"GM0034"}, "2026-01-01", {}, ""}, T0());
        ASSERT_TRUE(other.has_value()) << other.error().message;
        other_id_ = other->collaboration.id;
        other_result_id_ = MakeResult(outsider_, other_id_);
    }

    std::string MakeResult(const Caller& caller, const std::string& id) {
        auto ambition =
            CreateAmbition(*store_, caller, id, NewAmbition{"Gezond opgroeien", "", "2026-02-01", {}, {}, {}}, T0());
        EXPECT_TRUE(ambition.has_value()) << ambition.error().message;
        auto result = CreateSocietalResult(*store_, caller, id, ambition.value_or(Ambition{}).id,
                                           NewSocietalResult{"Minder jongeren in de jeugdzorg",
                                                             std::string(kResultIndicator),
                                                             {"GM0034"},
                                                             Baseline{12.0, "2022JJ00"},
                                                             Target{10.0, 2028},
                                                             {},
                                                             "2026-02-01"},
                                           T0());
        EXPECT_TRUE(result.has_value()) << result.error().message;
        return result.value_or(SocietalResult{}).id;
    }

    IntermediateOutcome MakeOutcome(const Caller& caller, const std::string& name,
                                    std::optional<std::string_view> indicator = std::nullopt,
                                    const std::string* id = nullptr) {
        NewIntermediateOutcome input{name, {}, {}};
        if (indicator) input.indicator = std::string(*indicator);
        auto outcome = CreateIntermediateOutcome(*store_, caller, id ? *id : id_, input, T0());
        EXPECT_TRUE(outcome.has_value()) << outcome.error().message;
        return outcome.value_or(IntermediateOutcome{});
    }

    NewAssumption Input(const std::string& outcome_id,
                        std::optional<ExpectedDirection> direction = std::nullopt) const {
        NewAssumption input;
        input.intermediate_outcome_id = outcome_id;
        input.result_id = result_id_;
        input.explanation = "Ouders die zich gesteund voelen, vragen minder snel zware hulp";
        input.evidence = Evidence{EvidenceStrength::kPracticeBased, "Ervaring van het wijkteam, 2025"};
        input.open_questions = "Geldt dit ook voor tieners?";
        input.expected_direction = direction;
        return input;
    }

    Assumption Record(const Caller& caller, const NewAssumption& input) {
        auto assumption = CreateAssumption(*store_, caller, id_, input, T0());
        EXPECT_TRUE(assumption.has_value()) << assumption.error().message;
        return assumption.value_or(Assumption{});
    }

    TheoryOfChange Theory(const Caller& caller) {
        auto theory = GetTheory(*store_, caller, id_);
        EXPECT_TRUE(theory.has_value()) << theory.error().message;
        return theory.value_or(TheoryOfChange{});
    }

    Caller coordinator_, partner_, viewer_, outsider_;
    std::string id_, coordinator_partner_id_, partner_id_, result_id_, other_id_, other_result_id_;
};

TEST_P(TheoryTest, PartnersAssumptionsStandSideBySideWithTheirCommonGround) {
    const IntermediateOutcome support = MakeOutcome(partner_, "Ouders voelen zich gesteund");
    const IntermediateOutcome school = MakeOutcome(coordinator_, "Jongeren blijven op school");
    const Assumption ggd = Record(partner_, Input(support.id));
    EXPECT_EQ(ggd.holder_partner_id, partner_id_) << "the holder is the caller's own partnership";
    EXPECT_EQ(ggd.holder_name, "GGD Flevoland");
    EXPECT_EQ(ggd.evidence.strength, EvidenceStrength::kPracticeBased);
    EXPECT_TRUE(ggd.can_edit);
    EXPECT_TRUE(ggd.id.starts_with("asm_"));
    const Assumption municipality = Record(coordinator_, Input(support.id));
    Record(coordinator_, Input(school.id));

    const TheoryOfChange theory = Theory(viewer_);
    EXPECT_FALSE(theory.can_record) << "a viewer reads only";
    ASSERT_EQ(theory.results.size(), 1u);
    EXPECT_EQ(theory.results[0].result.id, result_id_);
    ASSERT_EQ(theory.results[0].assumptions.size(), 3u);
    // By holder name: GGD before Gemeente.
    EXPECT_EQ(theory.results[0].assumptions[0].holder_name, "GGD Flevoland");
    EXPECT_EQ(theory.results[0].assumptions[1].holder_name, "Gemeente Almere");
    for (const auto& assumption : theory.results[0].assumptions) EXPECT_FALSE(assumption.can_edit);
    ASSERT_EQ(theory.intermediate_outcomes.size(), 2u);
    EXPECT_EQ(theory.intermediate_outcomes[0].name, "Jongeren blijven op school");  // by name
    // Both partners name "Ouders voelen zich gesteund" and the result; the school outcome only one.
    ASSERT_EQ(theory.shared_outcomes.size(), 1u);
    EXPECT_EQ(theory.shared_outcomes[0].id, support.id);
    ASSERT_EQ(theory.shared_outcomes[0].partners.size(), 2u);
    EXPECT_EQ(theory.shared_outcomes[0].partners[0].name, "GGD Flevoland");
    ASSERT_EQ(theory.shared_results.size(), 1u);
    EXPECT_EQ(theory.shared_results[0].id, result_id_);
    EXPECT_EQ(theory.shared_results[0].name, "Minder jongeren in de jeugdzorg");

    // One partner alone is no common ground.
    ASSERT_TRUE(DeleteAssumption(*store_, partner_, id_, ggd.id, T0()));
    const TheoryOfChange after = Theory(partner_);
    EXPECT_TRUE(after.shared_outcomes.empty());
    EXPECT_TRUE(after.shared_results.empty());
    EXPECT_TRUE(after.can_record);
    for (const auto& assumption : after.results[0].assumptions) {
        EXPECT_FALSE(assumption.can_edit) << "the partner may not change the municipality's assumption";
    }
    const auto left = Theory(coordinator_).results[0].assumptions;
    EXPECT_TRUE(std::any_of(left.begin(), left.end(), [&](const Assumption& a) { return a.id == municipality.id; }));
}

TEST_P(TheoryTest, OnlyTheHolderOrTheCoordinatorChangesAnAssumption) {
    const IntermediateOutcome support = MakeOutcome(partner_, "Ouders voelen zich gesteund");
    const Assumption mine = Record(partner_, Input(support.id));
    const Assumption theirs = Record(coordinator_, Input(support.id));

    NewAssumption changed = Input(support.id);
    changed.open_questions = "Wat vinden jongeren zelf?";
    auto refused = UpdateAssumption(*store_, partner_, id_, theirs.id, changed, T0());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
    auto not_deleted = DeleteAssumption(*store_, partner_, id_, theirs.id, T0());
    ASSERT_FALSE(not_deleted.has_value());
    EXPECT_EQ(not_deleted.error().code, ErrorCode::kForbidden);

    auto own = UpdateAssumption(*store_, partner_, id_, mine.id, changed, T0());
    ASSERT_TRUE(own.has_value()) << own.error().message;
    EXPECT_EQ(own->open_questions, "Wat vinden jongeren zelf?");
    EXPECT_EQ(own->holder_partner_id, partner_id_) << "an update without holder keeps it";

    // A partner cannot give its assumption to someone else, nor record one in another's name.
    NewAssumption handed = changed;
    handed.holder_partner_id = coordinator_partner_id_;
    auto handed_over = UpdateAssumption(*store_, partner_, id_, mine.id, handed, T0());
    ASSERT_FALSE(handed_over.has_value());
    EXPECT_EQ(handed_over.error().code, ErrorCode::kForbidden);
    auto in_name = CreateAssumption(*store_, partner_, id_, handed, T0());
    ASSERT_FALSE(in_name.has_value());
    EXPECT_EQ(in_name.error().code, ErrorCode::kForbidden);

    // The coordinator records for the partner and edits any assumption.
    NewAssumption for_partner = Input(support.id);
    for_partner.holder_partner_id = partner_id_;
    const Assumption recorded = Record(coordinator_, for_partner);
    EXPECT_EQ(recorded.holder_partner_id, partner_id_);
    EXPECT_EQ(recorded.holder_name, "GGD Flevoland");
    auto by_coordinator = UpdateAssumption(*store_, coordinator_, id_, mine.id, Input(support.id), T0());
    ASSERT_TRUE(by_coordinator.has_value()) << by_coordinator.error().message;
    ASSERT_TRUE(DeleteAssumption(*store_, coordinator_, id_, mine.id, T0()));
    auto gone = DeleteAssumption(*store_, coordinator_, id_, mine.id, T0());
    ASSERT_FALSE(gone.has_value());
    EXPECT_EQ(gone.error().code, ErrorCode::kNotFound);

    // Viewers read only; outsiders find nothing.
    auto by_viewer = CreateAssumption(*store_, viewer_, id_, Input(support.id), T0());
    ASSERT_FALSE(by_viewer.has_value());
    EXPECT_EQ(by_viewer.error().code, ErrorCode::kForbidden);
    auto outcome_by_viewer =
        CreateIntermediateOutcome(*store_, viewer_, id_, NewIntermediateOutcome{"Kijker", {}, {}}, T0());
    ASSERT_FALSE(outcome_by_viewer.has_value());
    EXPECT_EQ(outcome_by_viewer.error().code, ErrorCode::kForbidden);
    for (auto code : {GetTheory(*store_, outsider_, id_).error().code,
                      CreateAssumption(*store_, outsider_, id_, Input(support.id), T0()).error().code,
                      DeleteAssumption(*store_, outsider_, id_, theirs.id, T0()).error().code}) {
        EXPECT_EQ(code, ErrorCode::kNotFound);
    }
}

TEST_P(TheoryTest, LinksStayInsideTheCollaboration) {
    RawExec(*database_,
            "INSERT INTO activities (id, collaboration_id, name, description, actor_name, echelon, status, "
            "created_by, created_at, updated_at) VALUES ('act_x', '" +
                id_ +
                "', 'Opvoedcursus', '', "
                "'wijkteam', 'prevention', 'running', '" +
                coordinator_.person_id + "', '2026-11-24T10:00:00Z', '2026-11-24T10:00:00Z')");
    const IntermediateOutcome support = MakeOutcome(partner_, "Ouders voelen zich gesteund");
    NewAssumption with_activity = Input(support.id);
    with_activity.activity_id = "act_x";
    const Assumption linked = Record(partner_, with_activity);
    EXPECT_EQ(linked.activity_id, std::optional<std::string>("act_x"));
    EXPECT_EQ(linked.activity_name, std::optional<std::string>("Opvoedcursus"));
    const TheoryOfChange theory = Theory(partner_);
    ASSERT_EQ(theory.activities.size(), 1u);
    EXPECT_EQ(theory.activities[0].name, "Opvoedcursus");

    // The outsider, coordinator of Y, tries to link X's activity, outcome and result into Y.
    const IntermediateOutcome own = MakeOutcome(outsider_, "Eigen tussenresultaat", std::nullopt, &other_id_);
    NewAssumption attack = Input(own.id);
    attack.result_id = other_result_id_;
    for (auto [field, change] : std::initializer_list<std::pair<const char*, std::function<void(NewAssumption&)>>>{
             {"activity_id", [](NewAssumption& input) { input.activity_id = "act_x"; }},
             {"intermediate_outcome_id", [&](NewAssumption& input) { input.intermediate_outcome_id = support.id; }},
             {"result_id", [&](NewAssumption& input) { input.result_id = result_id_; }},
             {"holder_partner_id", [&](NewAssumption& input) { input.holder_partner_id = partner_id_; }}}) {
        NewAssumption input = attack;
        change(input);
        auto refused = CreateAssumption(*store_, outsider_, other_id_, input, T0());
        ASSERT_FALSE(refused.has_value()) << field;
        EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument) << field;
        EXPECT_EQ(refused.error().field, field);
    }
    // And a partner of X cannot link Y's result into X.
    NewAssumption foreign = Input(support.id);
    foreign.result_id = other_result_id_;
    auto refused = CreateAssumption(*store_, partner_, id_, foreign, T0());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().field, "result_id");

    // A deleted activity leaves the assumption without one.
    RawExec(*database_, "DELETE FROM activities WHERE id = 'act_x'");
    const TheoryOfChange after = Theory(partner_);
    ASSERT_EQ(after.results[0].assumptions.size(), 1u);
    EXPECT_FALSE(after.results[0].assumptions[0].activity_id.has_value());
}

TEST_P(TheoryTest, IntermediateOutcomesAreNamedOnceAndValidated) {
    const IntermediateOutcome with_figure = MakeOutcome(partner_, "Minder schooluitval", kFalling);
    EXPECT_EQ(with_figure.region, std::optional<std::string>("GM0034")) << "the collaboration's first region";
    ASSERT_TRUE(with_figure.figures.has_value());
    EXPECT_EQ(with_figure.figures->series.size(), 2u);
    ASSERT_TRUE(with_figure.figures->latest.has_value());
    EXPECT_EQ(with_figure.figures->latest->period, "2024JJ00");
    ASSERT_TRUE(with_figure.figures->latest->interval.has_value()) << "counts give an interval";

    const auto refused = [&](NewIntermediateOutcome input) {
        auto outcome = CreateIntermediateOutcome(*store_, partner_, id_, std::move(input), T0());
        EXPECT_FALSE(outcome.has_value());
        return outcome.has_value() ? Error{} : outcome.error();
    };
    const Error duplicate = refused({"minder SCHOOLUITVAL", {}, {}});
    EXPECT_EQ(duplicate.code, ErrorCode::kConflict);
    EXPECT_EQ(refused({"  ", {}, {}}).field, "name");
    EXPECT_EQ(refused({"Onbekend", std::string("BestaatNiet"), {}}).field, "indicator");
    EXPECT_EQ(refused({"Alleen regio", {}, std::string("GM0034")}).field, "region");
    EXPECT_EQ(refused({"Verkeerde regio", std::string(kFalling), std::string("GM9999")}).field, "region");
    // Another collaboration may use the same name.
    MakeOutcome(outsider_, "Minder schooluitval", std::nullopt, &other_id_);
}

TEST_P(TheoryTest, TheVerdictSaysHonestlyWhetherTheFigureMovesAsExpected) {
    const auto verdict = [&](std::optional<std::string_view> indicator, std::optional<ExpectedDirection> direction,
                             const std::string& name) {
        const IntermediateOutcome outcome = MakeOutcome(partner_, name, indicator);
        return Record(partner_, Input(outcome.id, direction)).verdict;
    };
    // 12 % → 6 % with counts of 1000: a fall beyond chance.
    const AssumptionVerdict expected_fall = verdict(kFalling, ExpectedDirection::kDecrease, "Dalend, verwacht");
    EXPECT_EQ(expected_fall.verdict, FigureVerdict::kAsExpected) << expected_fall.text;
    EXPECT_NE(expected_fall.text.find("gedaald"), std::string::npos) << expected_fall.text;
    const AssumptionVerdict expected_rise =
        verdict(kFalling, ExpectedDirection::kIncrease, "Dalend, stijging verwacht");
    EXPECT_EQ(expected_rise.verdict, FigureVerdict::kAgainst) << expected_rise.text;
    // 10,0 % → 10,2 %: within normal variation, whichever way was expected.
    const AssumptionVerdict flat = verdict(kFlat, ExpectedDirection::kIncrease, "Vlak");
    EXPECT_EQ(flat.verdict, FigureVerdict::kCannotSay) << flat.text;
    EXPECT_NE(flat.text.find("normale variatie"), std::string::npos) << flat.text;
    // Values without counts: their uncertainty is unknown, so no verdict even for 12 → 6.
    const AssumptionVerdict no_counts = verdict(kNoCounts, ExpectedDirection::kDecrease, "Zonder aantallen");
    EXPECT_EQ(no_counts.verdict, FigureVerdict::kCannotSay) << no_counts.text;
    EXPECT_NE(no_counts.text.find("aantallen"), std::string::npos) << no_counts.text;
    // No direction stated, or no indicator at all.
    EXPECT_EQ(verdict(kFalling, std::nullopt, "Geen richting").verdict, FigureVerdict::kCannotSay);
    const AssumptionVerdict no_figure = verdict(std::nullopt, ExpectedDirection::kDecrease, "Geen cijfer");
    EXPECT_EQ(no_figure.verdict, FigureVerdict::kCannotSay);
    EXPECT_NE(no_figure.text.find("geen cijfer"), std::string::npos) << no_figure.text;
    // The same verdicts in the whole theory.
    const TheoryOfChange theory = Theory(viewer_);
    ASSERT_EQ(theory.results[0].assumptions.size(), 6u);
    EXPECT_EQ(std::count_if(theory.results[0].assumptions.begin(), theory.results[0].assumptions.end(),
                            [](const Assumption& a) { return a.verdict.verdict == FigureVerdict::kAsExpected; }),
              1);
}

TEST_P(TheoryTest, ChangesAreAudited) {
    const IntermediateOutcome support = MakeOutcome(partner_, "Ouders voelen zich gesteund");
    const Assumption mine = Record(partner_, Input(support.id));
    const Assumption theirs = Record(coordinator_, Input(support.id));
    ASSERT_TRUE(UpdateAssumption(*store_, partner_, id_, mine.id, Input(support.id), T0()));
    (void)UpdateAssumption(*store_, partner_, id_, theirs.id, Input(support.id), T0());
    (void)CreateAssumption(*store_, viewer_, id_, Input(support.id), T0());
    ASSERT_TRUE(DeleteAssumption(*store_, coordinator_, id_, mine.id, T0()));
    std::vector<std::string> trail;
    ASSERT_TRUE(store_->ForEachAuditRecord([&trail](const AuditRecord& record) -> Result<void> {
        if (record.object_type == "assumption" || record.object_type == "intermediate_outcome") {
            trail.push_back(record.object_type + " " + record.action + " " + record.result);
        }
        return {};
    }));
    EXPECT_EQ(trail,
              (std::vector<std::string>{"intermediate_outcome create ok", "assumption create ok",
                                        "assumption create ok", "assumption update ok", "assumption update denied",
                                        "assumption create denied", "assumption delete ok"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, TheoryTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
