// Block 4 on the provider side: a provider's quality conditions (who reads, who changes, the
// evidence checks), contract lots and their overview (missing and out-of-date evidence, providers
// by name), and the effectiveness questions; access, validation and audit, on SQLite and
// PostgreSQL.
#include "service/quality.hpp"

#include <algorithm>

#include "account_fixture.hpp"

namespace kompas::testing {
namespace {

class QualityTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        municipality_org_ = MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, {}, "GM0034");
        // Named so that the overview's order by name differs from the order of creation.
        provider_org_ = MakeOrganisation("Zorg Zuid", OrganisationKind::kProvider, "12345678");
        other_provider_org_ = MakeOrganisation("Aanbieder Anders", OrganisationKind::kProvider, "87654321");
        viewer_org_ = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        outsider_org_ = MakeOrganisation("Buitenstaander", OrganisationKind::kProvider, "11112222");
        platform_org_ = MakeOrganisation("Beheer", OrganisationKind::kPlatform);
        coordinator_ = CallerOf(MakePerson("coord@example.nl", municipality_org_));
        provider_ = CallerOf(MakePerson("zorg@example.nl", provider_org_));
        other_provider_ = CallerOf(MakePerson("anders@example.nl", other_provider_org_));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer_org_));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider_org_));
        admin_ = CallerOf(MakePerson("admin@example.nl", platform_org_, true));
        auto created = CreateCollaboration(
            *store_, coordinator_, NewCollaboration{"Inkoop jeugdhulp", "Jeugd", {"WK003401"}, "2026-01-01", {}, ""},
            T0());
        ASSERT_TRUE(created.has_value()) << created.error().message;
        id_ = created->collaboration.id;
        for (const auto& [org, role] : {std::pair{provider_org_.id, CollaborationRole::kPartner},
                                        std::pair{other_provider_org_.id, CollaborationRole::kPartner},
                                        std::pair{viewer_org_.id, CollaborationRole::kViewer}}) {
            auto partner = AddPartner(*store_, coordinator_, id_, NewPartner{org, {}, {}, role}, T0());
            ASSERT_TRUE(partner.has_value()) << partner.error().message;
        }
    }

    static ConditionUpdate Met(std::string note, std::optional<std::string> confirmed_on = std::nullopt) {
        return ConditionUpdate{ConditionStatus::kMet, std::move(note), std::nullopt, std::nullopt,
                               std::move(confirmed_on)};
    }

    NewContractLot Lot1() const {
        return NewContractLot{"Perceel ambulante jeugdhulp",
                              "Ambulante hulp in de wijk",
                              {QualityCondition::kReportingCode, QualityCondition::kRegisteredProfessionals,
                               QualityCondition::kClientCouncil},
                              {provider_org_.id, other_provider_org_.id}};
    }

    std::vector<std::string> AuditTrail() {
        std::vector<std::string> trail;
        EXPECT_TRUE(store_->ForEachAuditRecord([&trail](const AuditRecord& record) -> Result<void> {
            if (record.object_type == "provider_condition" || record.object_type == "contract_lot" ||
                record.object_type == "effectiveness_answer") {
                trail.push_back(record.object_type + " " + record.action + " " + record.result);
            }
            return {};
        }));
        return trail;
    }

    Organisation municipality_org_, provider_org_, other_provider_org_, viewer_org_, outsider_org_, platform_org_;
    Caller coordinator_, provider_, other_provider_, viewer_, outsider_, admin_;
    std::string id_;
};

TEST_P(QualityTest, AProviderRecordsItsOwnConditions) {
    auto quality = GetProviderQuality(*store_, provider_, provider_org_.id);
    ASSERT_TRUE(quality.has_value()) << quality.error().message;
    ASSERT_EQ(quality->conditions.size(), kQualityConditions.size());
    EXPECT_TRUE(quality->can_edit);
    EXPECT_EQ(quality->organisation_name, "Zorg Zuid");
    EXPECT_TRUE(std::all_of(quality->conditions.begin(), quality->conditions.end(),
                            [](const ConditionRecord& r) { return r.status == ConditionStatus::kUnknown; }));

    ConditionUpdate share{ConditionStatus::kPartly, "Twee nieuwe collega's nog niet in het SKJ-register",
                          std::string("https://example.nl/skj"), QualityFigure{87.5, " % "}, std::nullopt};
    auto updated =
        UpdateProviderCondition(*store_, provider_, provider_org_.id, "registered_professionals", share, T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    const ConditionRecord& record = updated->conditions[1];
    EXPECT_EQ(record.condition, QualityCondition::kRegisteredProfessionals);
    EXPECT_EQ(record.status, ConditionStatus::kPartly);
    EXPECT_EQ(record.link, std::optional<std::string>("https://example.nl/skj"));
    ASSERT_TRUE(record.figure.has_value());
    EXPECT_DOUBLE_EQ(record.figure->value, 87.5);
    EXPECT_EQ(record.figure->unit, "%");
    EXPECT_EQ(record.confirmed_by, std::optional<std::string>("Naam zorg@example.nl"));  // filled by the server
    EXPECT_EQ(record.confirmed_on, std::optional<std::string>("2026-11-24"));            // today by default

    // A second change replaces the first; an administrator may change it too.
    ASSERT_TRUE(UpdateProviderCondition(*store_, admin_, provider_org_.id, "registered_professionals",
                                        Met("Iedereen geregistreerd", "2026-01-05"), T0()));
    auto read = GetProviderQuality(*store_, coordinator_, provider_org_.id);
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_FALSE(read->can_edit);
    EXPECT_EQ(read->conditions[1].status, ConditionStatus::kMet);
    EXPECT_EQ(read->conditions[1].note, "Iedereen geregistreerd");
    EXPECT_FALSE(read->conditions[1].figure.has_value());
    EXPECT_EQ(read->conditions[1].confirmed_by, std::optional<std::string>("Naam admin@example.nl"));
    EXPECT_EQ(read->conditions[1].confirmed_on, std::optional<std::string>("2026-01-05"));
}

TEST_P(QualityTest, OnlyTheProviderChangesAndOnlyThoseWhoShareACollaborationRead) {
    // Readers: the provider, an administrator, the coordinator, another provider and a viewer of a
    // shared collaboration. The outsider shares none: not found, as for a provider that does not exist.
    for (const Caller* reader : {&provider_, &admin_, &coordinator_, &other_provider_, &viewer_}) {
        EXPECT_TRUE(GetProviderQuality(*store_, *reader, provider_org_.id).has_value()) << reader->email;
    }
    EXPECT_EQ(GetProviderQuality(*store_, outsider_, provider_org_.id).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(GetProviderQuality(*store_, outsider_, "org_onbekend").error().code, ErrorCode::kNotFound);
    // An organisation that is not a provider has no quality record.
    EXPECT_EQ(GetProviderQuality(*store_, admin_, municipality_org_.id).error().code, ErrorCode::kNotFound);

    const ConditionUpdate met = Met("Meldcode vastgesteld in 2025");
    for (const Caller* reader : {&coordinator_, &other_provider_, &viewer_}) {
        EXPECT_EQ(UpdateProviderCondition(*store_, *reader, provider_org_.id, "reporting_code", met, T0()).error().code,
                  ErrorCode::kForbidden)
            << reader->email;
    }
    EXPECT_EQ(UpdateProviderCondition(*store_, outsider_, provider_org_.id, "reporting_code", met, T0()).error().code,
              ErrorCode::kNotFound);
    auto after = GetProviderQuality(*store_, provider_, provider_org_.id);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->conditions[8].status, ConditionStatus::kUnknown) << "a refused change was written";
    ASSERT_TRUE(UpdateProviderCondition(*store_, provider_, provider_org_.id, "reporting_code", met, T0()));
    EXPECT_EQ(AuditTrail(),
              (std::vector<std::string>{"provider_condition update denied", "provider_condition update denied",
                                        "provider_condition update denied", "provider_condition update ok"}));
}

TEST_P(QualityTest, ValidatesTheEvidence) {
    const auto field_of = [](const auto& result) { return result ? std::string("ok") : result.error().field; };
    const auto put = [this](std::string_view condition, const ConditionUpdate& input) {
        return UpdateProviderCondition(*store_, provider_, provider_org_.id, condition, input, T0());
    };
    EXPECT_EQ(field_of(put("bestaat_niet", Met("x"))), "condition");
    EXPECT_EQ(field_of(put("reporting_code", Met("x", "2026-11-25"))), "confirmed_on");  // tomorrow
    EXPECT_EQ(field_of(put("reporting_code", Met("x", "2026-02-30"))), "confirmed_on");
    ConditionUpdate input = Met("x");
    input.link = "javascript:alert(1)";
    EXPECT_EQ(field_of(put("reporting_code", input)), "link");
    input = Met("x");
    input.figure = QualityFigure{4, ""};
    EXPECT_EQ(field_of(put("reflection", input)), "figure");
    input.figure = QualityFigure{120, "%"};
    EXPECT_EQ(field_of(put("registered_professionals", input)), "figure");
    input.figure = QualityFigure{80, "mensen"};
    EXPECT_EQ(field_of(put("registered_professionals", input)), "figure");
    input.figure = QualityFigure{4, "intervisies per jaar"};
    EXPECT_EQ(field_of(put("reflection", input)), "ok");
}

TEST_P(QualityTest, TheLotOverviewMarksMissingAndOutOfDateEvidenceByName) {
    // Zorg Zuid: meldcode confirmed 13 months ago (out of date), registered professionals with a
    // figure only, client council never recorded. Aanbieder Anders: meldcode confirmed this month.
    ASSERT_TRUE(UpdateProviderCondition(*store_, provider_, provider_org_.id, "reporting_code",
                                        Met("Meldcode vastgesteld", "2025-10-24"), T0()));
    ConditionUpdate figure_only{ConditionStatus::kMet, "", std::nullopt, QualityFigure{92, "%"}, std::nullopt};
    ASSERT_TRUE(
        UpdateProviderCondition(*store_, provider_, provider_org_.id, "registered_professionals", figure_only, T0()));
    ASSERT_TRUE(UpdateProviderCondition(*store_, other_provider_, other_provider_org_.id, "reporting_code",
                                        Met("Meldcode herzien", "2025-11-24"), T0()));
    ConditionUpdate no_evidence{ConditionStatus::kNot, "", std::nullopt, std::nullopt, std::nullopt};
    ASSERT_TRUE(
        UpdateProviderCondition(*store_, other_provider_, other_provider_org_.id, "client_council", no_evidence, T0()));

    EXPECT_EQ(CreateContractLot(*store_, other_provider_, id_, Lot1(), T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(CreateContractLot(*store_, outsider_, id_, Lot1(), T0()).error().code, ErrorCode::kNotFound);
    auto lot = CreateContractLot(*store_, coordinator_, id_, Lot1(), T0());
    ASSERT_TRUE(lot.has_value()) << lot.error().message;
    EXPECT_TRUE(lot->id.starts_with("lot_"));
    EXPECT_EQ(lot->providers, (std::vector<std::string>{provider_org_.id, other_provider_org_.id}));

    auto overview = GetLotOverview(*store_, viewer_, id_, lot->id, T0());
    ASSERT_TRUE(overview.has_value()) << overview.error().message;
    EXPECT_EQ(overview->as_of, "2026-11-24");
    EXPECT_EQ(overview->horizon_date, "2025-11-24");
    ASSERT_EQ(overview->providers.size(), 2u);
    EXPECT_EQ(overview->providers[0].name, "Aanbieder Anders");  // by name, not by order or score
    EXPECT_EQ(overview->providers[1].name, "Zorg Zuid");
    const auto& anders = overview->providers[0].cells;
    const auto& zuid = overview->providers[1].cells;
    ASSERT_EQ(zuid.size(), 3u);
    EXPECT_EQ(zuid[0].condition, QualityCondition::kReportingCode);  // in the lot's order
    EXPECT_EQ(zuid[0].status, ConditionStatus::kMet);
    EXPECT_TRUE(zuid[0].out_of_date);
    EXPECT_FALSE(zuid[0].evidence_missing);
    EXPECT_FALSE(zuid[1].evidence_missing) << "a figure is evidence";
    EXPECT_FALSE(zuid[1].out_of_date);
    EXPECT_EQ(zuid[2].status, ConditionStatus::kUnknown);
    EXPECT_TRUE(zuid[2].evidence_missing);
    EXPECT_FALSE(zuid[2].out_of_date) << "never confirmed is missing, not out of date";
    EXPECT_FALSE(anders[0].out_of_date) << "confirmed exactly on the horizon is still in date";
    EXPECT_EQ(anders[2].status, ConditionStatus::kNot);
    EXPECT_TRUE(anders[2].evidence_missing);

    // Changes: coordinator only; providers must be provider partners; at least one condition.
    const auto field_of = [](const auto& result) { return result ? std::string("ok") : result.error().field; };
    NewContractLot changed = Lot1();
    changed.providers = {municipality_org_.id};
    EXPECT_EQ(field_of(UpdateContractLot(*store_, coordinator_, id_, lot->id, changed, T0())), "providers");
    changed.providers = {outsider_org_.id};
    EXPECT_EQ(field_of(UpdateContractLot(*store_, coordinator_, id_, lot->id, changed, T0())), "providers");
    changed = Lot1();
    changed.required = {};
    EXPECT_EQ(field_of(UpdateContractLot(*store_, coordinator_, id_, lot->id, changed, T0())), "required");
    changed = Lot1();
    changed.name = " ";
    EXPECT_EQ(field_of(UpdateContractLot(*store_, coordinator_, id_, lot->id, changed, T0())), "name");
    changed = Lot1();
    changed.providers = {provider_org_.id};
    changed.required = {QualityCondition::kQualitySystem};
    EXPECT_EQ(UpdateContractLot(*store_, viewer_, id_, lot->id, changed, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(UpdateContractLot(*store_, coordinator_, id_, "lot_onbekend", changed, T0()).error().code,
              ErrorCode::kNotFound);
    auto updated = UpdateContractLot(*store_, coordinator_, id_, lot->id, changed, T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    EXPECT_EQ(updated->required, std::vector<QualityCondition>{QualityCondition::kQualitySystem});
    auto lots = ListContractLots(*store_, other_provider_, id_);
    ASSERT_TRUE(lots.has_value());
    ASSERT_EQ(lots->size(), 1u);
    EXPECT_EQ(lots->front().providers, std::vector<std::string>{provider_org_.id});
    EXPECT_EQ(ListContractLots(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(GetLotOverview(*store_, outsider_, id_, lot->id, T0()).error().code, ErrorCode::kNotFound);
}

TEST_P(QualityTest, TheFourQuestionsAreRecordedPerProvider) {
    auto list = ListEffectivenessConversations(*store_, viewer_, id_);
    ASSERT_TRUE(list.has_value()) << list.error().message;
    ASSERT_EQ(list->size(), 2u);  // the two providers, by name; the municipality and the institute are no provider
    EXPECT_EQ(list->at(0).name, "Aanbieder Anders");
    EXPECT_EQ(list->at(1).name, "Zorg Zuid");
    EXPECT_EQ(list->at(1).agb, std::optional<std::string>("12345678"));
    EXPECT_EQ(list->at(1).municipalities, std::vector<std::string>{"GM0034"});  // from the district WK003401
    ASSERT_EQ(list->at(1).answers.size(), 4u);
    EXPECT_FALSE(list->at(1).answers[1].answered_on.has_value());

    const EffectivenessAnswerInput monitoring{"We meten uitval en doelrealisatie per product", "Jaarverslag 2025",
                                              std::string("2026-10-01")};
    auto recorded =
        RecordEffectivenessAnswer(*store_, coordinator_, id_, provider_org_.id, "monitoring", monitoring, T0());
    ASSERT_TRUE(recorded.has_value()) << recorded.error().message;
    EXPECT_EQ(recorded->answers[1].question, EffectivenessQuestion::kMonitoring);
    EXPECT_EQ(recorded->answers[1].answer, "We meten uitval en doelrealisatie per product");
    EXPECT_EQ(recorded->answers[1].recorded_by, std::optional<std::string>("Naam coord@example.nl"));
    EXPECT_EQ(recorded->answers[1].answered_on, std::optional<std::string>("2026-10-01"));
    ASSERT_TRUE(RecordEffectivenessAnswer(*store_, provider_, id_, provider_org_.id, "knowledge_sharing",
                                          EffectivenessAnswerInput{"In de regionale werkplaats", "", {}}, T0()));

    const EffectivenessAnswerInput answer{"Antwoord", "", {}};
    EXPECT_EQ(
        RecordEffectivenessAnswer(*store_, viewer_, id_, provider_org_.id, "monitoring", answer, T0()).error().code,
        ErrorCode::kForbidden);
    EXPECT_EQ(
        RecordEffectivenessAnswer(*store_, outsider_, id_, provider_org_.id, "monitoring", answer, T0()).error().code,
        ErrorCode::kNotFound);
    // Only a provider partner of the collaboration has a conversation.
    EXPECT_EQ(RecordEffectivenessAnswer(*store_, coordinator_, id_, outsider_org_.id, "monitoring", answer, T0())
                  .error()
                  .code,
              ErrorCode::kNotFound);
    EXPECT_EQ(
        RecordEffectivenessAnswer(*store_, coordinator_, id_, viewer_org_.id, "monitoring", answer, T0()).error().code,
        ErrorCode::kNotFound);
    const auto field_of = [](const auto& result) { return result ? std::string("ok") : result.error().field; };
    EXPECT_EQ(field_of(RecordEffectivenessAnswer(*store_, coordinator_, id_, provider_org_.id, "vijfde", answer, T0())),
              "question");
    EXPECT_EQ(field_of(RecordEffectivenessAnswer(*store_, coordinator_, id_, provider_org_.id, "monitoring",
                                                 EffectivenessAnswerInput{" ", "", {}}, T0())),
              "answer");
    EXPECT_EQ(field_of(RecordEffectivenessAnswer(*store_, coordinator_, id_, provider_org_.id, "monitoring",
                                                 EffectivenessAnswerInput{"x", "", std::string("2027-01-01")}, T0())),
              "answered_on");

    auto conversation = GetEffectivenessConversation(*store_, viewer_, id_, provider_org_.id);
    ASSERT_TRUE(conversation.has_value());
    EXPECT_EQ(conversation->answers[1].evidence, "Jaarverslag 2025");
    EXPECT_EQ(conversation->answers[3].recorded_by, std::optional<std::string>("Naam zorg@example.nl"));
    EXPECT_EQ(conversation->answers[3].answered_on, std::optional<std::string>("2026-11-24"));
    EXPECT_EQ(GetEffectivenessConversation(*store_, outsider_, id_, provider_org_.id).error().code,
              ErrorCode::kNotFound);
    EXPECT_EQ(AuditTrail(),
              (std::vector<std::string>{"effectiveness_answer update ok", "effectiveness_answer update ok",
                                        "effectiveness_answer update denied"}));
}

TEST(QualityRules, MonthsBeforeAndTheCell) {
    EXPECT_EQ(MonthsBefore("2026-11-24", 12), "2025-11-24");
    EXPECT_EQ(MonthsBefore("2026-01-31", 1), "2025-12-31");
    EXPECT_EQ(MonthsBefore("2026-03-31", 14), "2025-01-31");
    ConditionRecord record;
    record.condition = QualityCondition::kQualitySystem;
    record.status = ConditionStatus::kMet;
    record.link = "https://example.nl/iso";
    record.confirmed_on = "2025-11-23";
    const LotCell cell = AssessCell(record, "2025-11-24");
    EXPECT_TRUE(cell.out_of_date);
    EXPECT_FALSE(cell.evidence_missing);
    EXPECT_EQ(ParseQualityCondition("client_council"), QualityCondition::kClientCouncil);
    EXPECT_EQ(std::string(QualityConditionName(QualityCondition::kComplaintsProcedure)), "complaints_procedure");
    EXPECT_FALSE(ParseConditionStatus("ja").has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, QualityTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
