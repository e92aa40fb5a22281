// Activities, decisions, result priorities and the portfolio: access (coordinator, owning partner,
// viewer, outsider), validation, audit, and that a partner cannot reach into another collaboration,
// on SQLite and PostgreSQL.
#include "service/activities.hpp"

#include "account_fixture.hpp"
#include "service/ambitions.hpp"

namespace kompas::testing {
namespace {

class ActivityTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        const auto imported = store_->Import({"long-csv", "test.csv", "activities"}, [](ObservationSink& sink) {
            for (const Region& region : {Region{"NL01", "Nederland", RegionLevel::kCountry, ""},
                                         Region{"GM0034", "Almere", RegionLevel::kMunicipality, "NL01"}}) {
                if (auto put = sink.PutRegion(region); !put) return put;
            }
            return sink.PutIndicator(
                Indicator{"Jeugdzorg", "Jongeren met jeugdzorg", "%", 1, Direction::kLowerIsBetter, "CBS", ""});
        });
        ASSERT_TRUE(imported.has_value()) << imported.error().message;
        const Organisation municipality = MakeOrganisation("Gemeente Almere");
        const Organisation provider = MakeOrganisation("Zorgaanbieder", OrganisationKind::kProvider);
        const Organisation school = MakeOrganisation("School", OrganisationKind::kCivicPartner);
        const Organisation viewer = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        const Organisation outsider = MakeOrganisation("Buitenstaander");
        coordinator_ = CallerOf(MakePerson("coord@example.nl", municipality));
        partner_ = CallerOf(MakePerson("partner@example.nl", provider));
        other_partner_ = CallerOf(MakePerson("school@example.nl", school));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider));
        id_ = MakeCollaboration(coordinator_, "Samen sterk");
        partner_id_ = Join(id_, provider, CollaborationRole::kPartner);
        Join(id_, school, CollaborationRole::kPartner);
        Join(id_, viewer, CollaborationRole::kViewer);
        result_id_ = MakeResult(coordinator_, id_);
        // The outsider coordinates a collaboration of its own, with a result of its own.
        other_id_ = MakeCollaboration(outsider_, "Elders");
        other_result_id_ = MakeResult(outsider_, other_id_);
    }

    std::string MakeCollaboration(const Caller& caller, const std::string& name) {
        auto created = CreateCollaboration(*store_, caller,
                                           NewCollaboration{name, "Jeugd", {"GM0034"}, "2026-01-01", {}, ""}, T0());
        EXPECT_TRUE(created.has_value()) << created.error().message;
        return created ? created->collaboration.id : "";
    }

    std::string Join(const std::string& id, const Organisation& organisation, CollaborationRole role) {
        auto partner = AddPartner(*store_, coordinator_, id, NewPartner{organisation.id, {}, {}, role}, T0());
        EXPECT_TRUE(partner.has_value()) << partner.error().message;
        return partner ? partner->id : "";
    }

    std::string MakeResult(const Caller& caller, const std::string& id) {
        auto ambition =
            CreateAmbition(*store_, caller, id, NewAmbition{"Gezond opgroeien", "", "2026-02-01", {}, {}, {}}, T0());
        EXPECT_TRUE(ambition.has_value()) << ambition.error().message;
        auto result = CreateSocietalResult(
            *store_, caller, id, ambition->id,
            NewSocietalResult{
                "Minder jeugdzorg", "Jeugdzorg", {"GM0034"}, {12.0, "2022JJ00"}, {10.0, 2028}, {}, "2026-02-01"},
            T0());
        EXPECT_TRUE(result.has_value()) << result.error().message;
        return result ? result->id : "";
    }

    static NewActivity Minimal(std::string name) {
        NewActivity input;
        input.name = std::move(name);
        input.echelon = Echelon::kPrevention;
        return input;
    }

    std::vector<std::string> AuditTrail() {
        std::vector<std::string> trail;
        EXPECT_TRUE(store_->ForEachAuditRecord([&trail](const AuditRecord& record) -> Result<void> {
            if (record.object_type.starts_with("activity") || record.object_type == "result_priority" ||
                record.object_type == "portfolio") {
                trail.push_back(record.object_type + " " + record.action + " " + record.result);
            }
            return {};
        }));
        return trail;
    }

    Caller coordinator_, partner_, other_partner_, viewer_, outsider_;
    std::string id_, partner_id_, result_id_, other_id_, other_result_id_;
};

TEST_P(ActivityTest, APartnerRecordsAnActivityWithOnlyANameAndAnEchelon) {
    auto created = CreateActivity(*store_, partner_, id_, Minimal("Huiswerkbegeleiding"), T0());
    ASSERT_TRUE(created.has_value()) << created.error().message;
    EXPECT_TRUE(created->id.starts_with("act_"));
    EXPECT_EQ(created->owner_partner_id, partner_id_);
    EXPECT_EQ(created->fields.status, ActivityStatus::kPlanned);
    EXPECT_TRUE(created->fields.results.empty());

    auto portfolio = GetPortfolio(*store_, viewer_, id_, std::nullopt);
    ASSERT_TRUE(portfolio.has_value()) << portfolio.error().message;
    EXPECT_EQ(portfolio->activities_without_result, std::vector<std::string>{created->id});
    EXPECT_EQ(portfolio->results_without_activity, std::vector<std::string>{result_id_});
}

TEST_P(ActivityTest, EveryFieldIsKeptAndReadBack) {
    NewActivity input = Minimal("  Buurtsportcoach  ");
    input.description = "Sport na school";
    input.actor_partner_id = partner_id_;
    input.actor_kind = ActorKind::kServices;
    input.kind = ActivityKind::kGroupActivity;
    input.status = ActivityStatus::kRunning;
    input.age_from = 4;
    input.age_to = 12;
    input.regions = {"gm0034"};
    input.period_start = "2025-01-01";
    input.period_end = "2027-12-31";
    input.years = {ActivityYear{2026, 200, std::nullopt, 50000, std::nullopt},
                   ActivityYear{2025, 150, 140, 40000, 39000}};
    input.results = {ResultLink{result_id_, "Bewegen voorkomt problemen"}};
    input.recognition = Recognition::kWellDescribed;
    input.checks = QualityChecks{true, false, std::nullopt};
    input.monitoring = MonitoringAgreement{"Deelname en tevredenheid", "Sportbedrijf", "2026-06-30"};
    auto created = CreateActivity(*store_, coordinator_, id_, input, T0());
    ASSERT_TRUE(created.has_value()) << created.error().message;
    auto read = GetActivity(*store_, viewer_, id_, created->id);
    ASSERT_TRUE(read.has_value());
    const NewActivity& f = read->fields;
    EXPECT_EQ(f.name, "Buurtsportcoach");
    EXPECT_EQ(read->actor, "Zorgaanbieder");
    EXPECT_EQ(f.actor_kind, ActorKind::kServices);
    EXPECT_EQ(f.kind, ActivityKind::kGroupActivity);
    EXPECT_EQ(f.status, ActivityStatus::kRunning);
    EXPECT_EQ(f.age_to, 12);
    EXPECT_EQ(f.regions, std::vector<std::string>{"GM0034"});
    ASSERT_EQ(f.years.size(), 2u);
    EXPECT_EQ(f.years[0].year, 2025);  // by year
    EXPECT_EQ(f.years[1].reach_planned, 200);
    EXPECT_FALSE(f.years[1].reach_actual.has_value());
    ASSERT_EQ(f.results.size(), 1u);
    EXPECT_EQ(f.results[0].reason, "Bewegen voorkomt problemen");
    EXPECT_EQ(f.recognition, Recognition::kWellDescribed);
    EXPECT_FALSE(f.effect_ladder.has_value());
    EXPECT_EQ(f.checks.target_group_described, true);
    EXPECT_EQ(f.checks.goals_described, false);
    EXPECT_FALSE(f.checks.approach_described.has_value());
    ASSERT_TRUE(f.monitoring.has_value());
    EXPECT_EQ(f.monitoring->review_on, "2026-06-30");
    EXPECT_FALSE(QualityKnown(f));

    auto portfolio = GetPortfolio(*store_, viewer_, id_, std::nullopt);
    ASSERT_TRUE(portfolio.has_value());
    EXPECT_EQ(portfolio->year, 2026);
    EXPECT_TRUE(portfolio->results_without_activity.empty());
    EXPECT_EQ(portfolio->results[0].figures.budget_planned, 50000);
}

TEST_P(ActivityTest, OnlyTheCoordinatorAndTheOwnerChangeAnActivity) {
    auto created = CreateActivity(*store_, partner_, id_, Minimal("Huiswerkbegeleiding"), T0());
    ASSERT_TRUE(created.has_value());
    NewActivity changed = Minimal("Huiswerkklas");
    EXPECT_EQ(UpdateActivity(*store_, other_partner_, id_, created->id, changed, T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(UpdateActivity(*store_, viewer_, id_, created->id, changed, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(UpdateActivity(*store_, outsider_, id_, created->id, changed, T0()).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(DeleteActivity(*store_, other_partner_, id_, created->id, T0()).error().code, ErrorCode::kForbidden);
    auto updated = UpdateActivity(*store_, partner_, id_, created->id, changed, T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    EXPECT_EQ(updated->fields.name, "Huiswerkklas");
    changed.name = "Huiswerkklas plus";
    EXPECT_TRUE(UpdateActivity(*store_, coordinator_, id_, created->id, changed, T0()).has_value());
    EXPECT_EQ(CreateActivity(*store_, viewer_, id_, Minimal("Kijken"), T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(CreateActivity(*store_, outsider_, id_, Minimal("Inbreken"), T0()).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ListActivities(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(GetPortfolio(*store_, outsider_, id_, std::nullopt).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(UpdateActivity(*store_, coordinator_, id_, "act_0000000000000000", changed, T0()).error().code,
              ErrorCode::kNotFound);
    EXPECT_TRUE(DeleteActivity(*store_, partner_, id_, created->id, T0()).has_value());
    EXPECT_TRUE(ListActivities(*store_, viewer_, id_)->empty());
    EXPECT_EQ(AuditTrail(),
              (std::vector<std::string>{"activity create ok", "activity update denied", "activity update denied",
                                        "activity delete denied", "activity update ok", "activity update ok",
                                        "activity create denied", "activity delete ok"}));
}

TEST_P(ActivityTest, NothingOfAnotherCollaborationCanBeLinked) {
    NewActivity input = Minimal("Inbraak");
    input.results = {ResultLink{other_result_id_, ""}};
    auto refused = CreateActivity(*store_, partner_, id_, input, T0());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(refused.error().field, "result_ids");
    // The outsider, coordinator elsewhere, cannot hang this collaboration's result on its activity.
    NewActivity reverse = Minimal("Omgekeerd");
    reverse.results = {ResultLink{result_id_, ""}};
    EXPECT_EQ(CreateActivity(*store_, outsider_, other_id_, reverse, T0()).error().field, "result_ids");
    auto other_partners = GetCollaboration(*store_, outsider_, other_id_);
    ASSERT_TRUE(other_partners.has_value());
    NewActivity actor = Minimal("Vreemde uitvoerder");
    actor.actor_partner_id = other_partners->partners.front().id;
    EXPECT_EQ(CreateActivity(*store_, partner_, id_, actor, T0()).error().field, "actor_partner_id");
    EXPECT_TRUE(ListActivities(*store_, coordinator_, id_)->empty());  // nothing half-written
}

TEST_P(ActivityTest, BadInputNamesTheField) {
    const auto field_of = [&](NewActivity input) {
        auto created = CreateActivity(*store_, partner_, id_, input, T0());
        EXPECT_FALSE(created.has_value());
        return created ? std::string("(created)") : created.error().field;
    };
    EXPECT_EQ(field_of(Minimal("   ")), "name");
    NewActivity input = Minimal("Iets");
    input.age_from = 30;
    EXPECT_EQ(field_of(input), "age_from");
    input = Minimal("Iets");
    input.age_from = 12;
    input.age_to = 4;
    EXPECT_EQ(field_of(input), "age_to");
    input = Minimal("Iets");
    input.regions = {"GM9999"};
    EXPECT_EQ(field_of(input), "regions");
    input = Minimal("Iets");
    input.period_start = "2026-13-01";
    EXPECT_EQ(field_of(input), "period_start");
    input = Minimal("Iets");
    input.period_start = "2026-02-01";
    input.period_end = "2026-01-01";
    EXPECT_EQ(field_of(input), "period_end");
    input = Minimal("Iets");
    input.years = {ActivityYear{2025, -1, {}, {}, {}}};
    EXPECT_EQ(field_of(input), "years");
    input.years = {ActivityYear{2025, 1, {}, {}, {}}, ActivityYear{2025, 2, {}, {}, {}}};
    EXPECT_EQ(field_of(input), "years");
    input = Minimal("Iets");
    input.monitoring = MonitoringAgreement{"", "wie", "2026-01-01"};
    EXPECT_EQ(field_of(input), "monitoring");
    input.monitoring = MonitoringAgreement{"wat", "wie", "later"};
    EXPECT_EQ(field_of(input), "monitoring");
}

TEST_P(ActivityTest, DecisionsAndPrioritiesAreTheCoordinators) {
    auto created = CreateActivity(*store_, partner_, id_, Minimal("Oud project"), T0());
    ASSERT_TRUE(created.has_value());
    const NewActivityDecision wind_down{ActivityDecisionKind::kWindDown, "2026-11-30", "Draagt aan geen resultaat bij"};
    EXPECT_EQ(DecideOnActivity(*store_, partner_, id_, created->id, wind_down, T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(DecideOnActivity(*store_, coordinator_, id_, created->id,
                               {ActivityDecisionKind::kRebuild, "2026-11-30", " "}, T0())
                  .error()
                  .field,
              "reason");
    auto decision = DecideOnActivity(*store_, coordinator_, id_, created->id, wind_down, T0());
    ASSERT_TRUE(decision.has_value()) << decision.error().message;
    EXPECT_EQ(decision->decided_by, "Naam coord@example.nl");
    EXPECT_EQ(GetActivity(*store_, viewer_, id_, created->id)->fields.status, ActivityStatus::kWindingDown);

    EXPECT_EQ(SetResultPriority(*store_, partner_, id_, result_id_, Level::kHigh, Level::kHigh, T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(
        SetResultPriority(*store_, coordinator_, id_, other_result_id_, Level::kHigh, Level::kHigh, T0()).error().code,
        ErrorCode::kNotFound);
    ASSERT_TRUE(SetResultPriority(*store_, coordinator_, id_, result_id_, Level::kHigh, Level::kLow, T0()));
    ASSERT_TRUE(SetResultPriority(*store_, coordinator_, id_, result_id_, Level::kHigh, Level::kHigh, T0()));
    auto portfolio = ExportPortfolio(*store_, viewer_, id_, std::nullopt, T0());
    ASSERT_TRUE(portfolio.has_value());
    EXPECT_EQ(portfolio->results[0].urgency, Level::kHigh);
    EXPECT_EQ(portfolio->results[0].attention, PortfolioAttention::kImportantWithoutActivity);
    ASSERT_EQ(portfolio->decisions.size(), 1u);
    EXPECT_EQ(portfolio->decisions[0].reason, "Draagt aan geen resultaat bij");
    EXPECT_EQ(AuditTrail(), (std::vector<std::string>{"activity create ok", "activity_decision create denied",
                                                      "activity_decision create ok", "result_priority update denied",
                                                      "result_priority update ok", "result_priority update ok",
                                                      "portfolio export ok"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, ActivityTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
