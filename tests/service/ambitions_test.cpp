// Ambitions, societal results and signals: access, validation, audit, and honest progress
// (nearest level with data, cannot-say cases, status edges), on SQLite and PostgreSQL.
#include "service/ambitions.hpp"

#include <algorithm>
#include <cmath>

#include "account_fixture.hpp"

namespace kompas::testing {
namespace {

constexpr std::string_view kYouthCare = "PercentageJongerenMetJeugdzorg";  // %, lower is better
constexpr std::string_view kCounted = "JongerenMetJeugdzorgTelling";       // %, counts, lower is better
constexpr std::string_view kEmpty = "GeenCijfers";                         // no observations at all

Observation Value(std::string_view indicator, std::string_view region, std::string_view period,
                  std::optional<double> value) {
    Observation observation;
    observation.indicator = std::string(indicator);
    observation.region = std::string(region);
    observation.period = std::string(period);
    observation.value = value;
    observation.status = value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
    return observation;
}

Observation Counts(std::string_view period, std::optional<double> numerator, std::optional<double> denominator) {
    Observation observation = Value(kCounted, "GM0034", period, std::nullopt);
    observation.numerator = numerator;
    observation.denominator = denominator;
    observation.status = ObservationStatus::kKnown;
    return observation;
}

class AmbitionTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        const auto imported = store_->Import({"long-csv", "test.csv", "ambitions"}, [](ObservationSink& sink) {
            for (const Region& region : {Region{"NL01", "Nederland", RegionLevel::kCountry, ""},
                                         Region{"GM0034", "Almere", RegionLevel::kMunicipality, "NL01"},
                                         Region{"WK003401", "Wijk 01", RegionLevel::kDistrict, "GM0034"}}) {
                if (auto put = sink.PutRegion(region); !put) return put;
            }
            for (const auto key : {kYouthCare, kCounted, kEmpty}) {
                Indicator indicator{
                    std::string(key), "Jongeren met jeugdzorg", "%", 1, Direction::kLowerIsBetter, "CBS", ""};
                if (auto put = sink.PutIndicator(indicator); !put) return put;
            }
            // Only the municipality has figures on youth care: 12 → 11 → 10 (lower is better).
            for (const auto& observation :
                 {Value(kYouthCare, "GM0034", "2022JJ00", 12.0), Value(kYouthCare, "GM0034", "2023JJ00", 11.0),
                  Value(kYouthCare, "GM0034", "2024JJ00", 10.0),
                  Value(kYouthCare, "WK003401", "2024JJ00", std::nullopt), Counts("2022JJ00", 120, 1000),
                  Counts("2023JJ00", 0, 0), Counts("2024JJ00", std::nullopt, 1000)}) {
                if (auto put = sink.PutObservation(observation); !put) return put;
            }
            return Result<void>{};
        });
        ASSERT_TRUE(imported.has_value()) << imported.error().message;

        coordinator_org_ = MakeOrganisation("Gemeente Almere");
        partner_org_ = MakeOrganisation("Zorgaanbieder", OrganisationKind::kProvider);
        viewer_org_ = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        outsider_org_ = MakeOrganisation("Buitenstaander");
        coordinator_ = CallerOf(MakePerson("coord@example.nl", coordinator_org_));
        partner_ = CallerOf(MakePerson("partner@example.nl", partner_org_));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer_org_));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider_org_));
        auto created = CreateCollaboration(
            *store_, coordinator_, NewCollaboration{"Samen sterk", "Jeugd", {"GM0034"}, "2026-01-01", {}, ""}, T0());
        ASSERT_TRUE(created.has_value()) << created.error().message;
        id_ = created->collaboration.id;
        auto partner = AddPartner(*store_, coordinator_, id_,
                                  NewPartner{partner_org_.id, {}, {}, CollaborationRole::kPartner}, T0());
        ASSERT_TRUE(partner.has_value()) << partner.error().message;
        partner_id_ = partner->id;
        ASSERT_TRUE(AddPartner(*store_, coordinator_, id_,
                               NewPartner{viewer_org_.id, {}, {}, CollaborationRole::kViewer}, T0()));
        auto ambition = CreateAmbition(*store_, coordinator_, id_, Ambition1(), T0());
        ASSERT_TRUE(ambition.has_value()) << ambition.error().message;
        ambition_id_ = ambition->id;
    }

    NewAmbition Ambition1() const {
        return NewAmbition{"Minder jeugdzorg", "Jongeren groeien gezond op", "2026-02-01",
                           {partner_id_},      {std::string(kYouthCare)},    {}};
    }

    static NewSocietalResult Result1(std::string_view indicator = kYouthCare, std::string region = "GM0034",
                                     double target = 10.0) {
        return NewSocietalResult{"In 2028 krijgt hooguit 10 % van de jongeren jeugdzorg",
                                 std::string(indicator),
                                 {std::move(region)},
                                 Baseline{12.0, "2022JJ00"},
                                 Target{target, 2028},
                                 {},
                                 "2026-02-01"};
    }

    SocietalResult MakeResult(const NewSocietalResult& input) {
        auto result = CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0());
        EXPECT_TRUE(result.has_value()) << result.error().message;
        return result.value_or(SocietalResult{});
    }

    ResultProgress ProgressOf(const SocietalResult& result, std::string_view region = {}) {
        auto progress = GetProgress(*store_, viewer_, id_, result.id, region);
        EXPECT_TRUE(progress.has_value()) << progress.error().message;
        return progress.value_or(ResultProgress{});
    }

    // (object_type, action, result) of every audit record, in order.
    std::vector<std::string> AuditTrail() {
        std::vector<std::string> trail;
        EXPECT_TRUE(store_->ForEachAuditRecord([&trail](const AuditRecord& record) -> Result<void> {
            trail.push_back(record.object_type + " " + record.action + " " + record.result);
            return {};
        }));
        return trail;
    }

    Organisation coordinator_org_, partner_org_, viewer_org_, outsider_org_;
    Caller coordinator_, partner_, viewer_, outsider_;
    std::string id_, partner_id_, ambition_id_;
};

TEST_P(AmbitionTest, CoordinatorManagesAmbitions) {
    auto list = ListAmbitions(*store_, viewer_, id_);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().title, "Minder jeugdzorg");
    EXPECT_EQ(list->front().agreed_by, std::vector<std::string>{partner_id_});
    EXPECT_EQ(list->front().indicators, std::vector<std::string>{std::string(kYouthCare)});
    EXPECT_TRUE(list->front().id.starts_with("amb_"));

    auto signal = AddSignal(*store_, partner_, id_,
                            NewSignal{"Wachtlijsten worden langer",
                                      SignalSource::kProfessional,
                                      "wijkteam",
                                      "2026-03-01",
                                      std::string("gm0034"),
                                      "jeugdzorg",
                                      ambition_id_,
                                      {}},
                            T0());
    ASSERT_TRUE(signal.has_value()) << signal.error().message;
    EXPECT_EQ(signal->created_by, "Naam partner@example.nl");
    EXPECT_EQ(signal->region, std::optional<std::string>("GM0034"));

    NewAmbition changed = Ambition1();
    changed.title = "Veel minder jeugdzorg";
    changed.signals = {signal->id};
    changed.agreed_by = {};
    auto updated = UpdateAmbition(*store_, coordinator_, id_, ambition_id_, changed, T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    EXPECT_EQ(updated->title, "Veel minder jeugdzorg");
    EXPECT_TRUE(updated->agreed_by.empty());
    EXPECT_EQ(updated->signals, std::vector<std::string>{signal->id});

    const SocietalResult result = MakeResult(Result1());
    EXPECT_TRUE(result.id.starts_with("res_"));
    auto detail = GetAmbition(*store_, viewer_, id_, ambition_id_);
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->ambition.results, 1);
    ASSERT_EQ(detail->results.size(), 1u);
    EXPECT_EQ(detail->results.front().regions, std::vector<std::string>{"GM0034"});
    ASSERT_EQ(detail->signals.size(), 1u);

    EXPECT_EQ(DeleteAmbition(*store_, coordinator_, id_, ambition_id_, T0()).error().code, ErrorCode::kConflict);
    EXPECT_TRUE(DeleteSocietalResult(*store_, coordinator_, id_, result.id, T0()).has_value());
    EXPECT_TRUE(DeleteAmbition(*store_, coordinator_, id_, ambition_id_, T0()).has_value());
    EXPECT_TRUE(ListAmbitions(*store_, coordinator_, id_)->empty());
    ASSERT_EQ(ListSignals(*store_, viewer_, id_)->size(), 1u);
    EXPECT_FALSE(ListSignals(*store_, viewer_, id_)->front().ambition_id.has_value());
}

TEST_P(AmbitionTest, AccessFollowsTheCollaborationRoles) {
    EXPECT_EQ(ListAmbitions(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ListResults(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ListSignals(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(GetAmbition(*store_, outsider_, id_, ambition_id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(CreateAmbition(*store_, outsider_, id_, Ambition1(), T0()).error().code, ErrorCode::kNotFound);

    EXPECT_EQ(CreateAmbition(*store_, partner_, id_, Ambition1(), T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(CreateAmbition(*store_, viewer_, id_, Ambition1(), T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(UpdateAmbition(*store_, viewer_, id_, ambition_id_, Ambition1(), T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(DeleteAmbition(*store_, partner_, id_, ambition_id_, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(CreateSocietalResult(*store_, partner_, id_, ambition_id_, Result1(), T0()).error().code,
              ErrorCode::kForbidden);
    const NewSignal signal{"Signaal", SignalSource::kParent, "", "2026-03-01", {}, "", {}, {}};
    EXPECT_EQ(AddSignal(*store_, viewer_, id_, signal, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(AddSignal(*store_, outsider_, id_, signal, T0()).error().code, ErrorCode::kNotFound);
    EXPECT_TRUE(AddSignal(*store_, partner_, id_, signal, T0()).has_value());
    EXPECT_TRUE(AddSignal(*store_, coordinator_, id_, signal, T0()).has_value());
    EXPECT_EQ(ListSignals(*store_, viewer_, id_)->size(), 2u);
}

TEST_P(AmbitionTest, ValidatesInput) {
    const auto field_of = [](const auto& result) { return result ? std::string("ok") : result.error().field; };
    NewSocietalResult input = Result1();
    input.indicator = "Onbekend";
    EXPECT_EQ(field_of(CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0())), "indicator");
    input = Result1(kYouthCare, "GM9999");
    EXPECT_EQ(field_of(CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0())), "regions");
    input = Result1();
    input.target.year = 2022;
    EXPECT_EQ(field_of(CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0())), "target");
    input = Result1();
    input.baseline.period = "2022XX00";
    EXPECT_EQ(field_of(CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0())), "baseline");
    input = Result1();
    input.agreed_by = {"prt_onbekend"};
    EXPECT_EQ(field_of(CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0())), "agreed_by");
    input = Result1();
    input.agreed_on = "2026-02-30";
    EXPECT_EQ(field_of(CreateSocietalResult(*store_, coordinator_, id_, ambition_id_, input, T0())), "agreed_on");
    EXPECT_EQ(CreateSocietalResult(*store_, coordinator_, id_, "amb_onbekend", Result1(), T0()).error().code,
              ErrorCode::kNotFound);

    NewAmbition ambition = Ambition1();
    ambition.agreed_by = {"prt_onbekend"};
    EXPECT_EQ(field_of(CreateAmbition(*store_, coordinator_, id_, ambition, T0())), "agreed_by");
    ambition = Ambition1();
    ambition.signals = {"sig_onbekend"};
    EXPECT_EQ(field_of(CreateAmbition(*store_, coordinator_, id_, ambition, T0())), "signals");
    ambition = Ambition1();
    ambition.indicators = {"Onbekend"};
    EXPECT_EQ(field_of(CreateAmbition(*store_, coordinator_, id_, ambition, T0())), "indicators");
    ambition = Ambition1();
    ambition.agreed_on = "1899-12-31";
    EXPECT_EQ(field_of(CreateAmbition(*store_, coordinator_, id_, ambition, T0())), "agreed_on");
    EXPECT_EQ(ListAmbitions(*store_, coordinator_, id_)->size(), 1u);  // nothing half-written

    NewSignal signal{"Signaal", SignalSource::kOther, "", "2026-13-01", {}, "", {}, {}};
    EXPECT_EQ(field_of(AddSignal(*store_, partner_, id_, signal, T0())), "date");
    signal.date = "2026-03-01";
    signal.result_id = "res_onbekend";
    EXPECT_EQ(field_of(AddSignal(*store_, partner_, id_, signal, T0())), "result_id");
}

TEST_P(AmbitionTest, DistrictFollowsTheMunicipalitysFigure) {
    const SocietalResult result = MakeResult(Result1(kYouthCare, "WK003401"));
    const ResultProgress progress = ProgressOf(result);
    EXPECT_EQ(progress.region.code, "WK003401");
    EXPECT_EQ(progress.data_region.code, "GM0034");
    ASSERT_TRUE(progress.level_note.has_value());
    EXPECT_EQ(*progress.level_note,
              "Voor Wijk 01 zijn geen cijfers over dit onderwerp; we volgen het cijfer van Almere.");
    ASSERT_EQ(progress.series.size(), 3u);
    EXPECT_DOUBLE_EQ(progress.series[0].year, 2022.5);
    EXPECT_EQ(progress.series[2].period, "2024JJ00");
    // Path 12 (2022.5) → 10 (2028.5): 2024.5 is at 11.33; 10 is beyond it, and is the target.
    ASSERT_EQ(progress.path.size(), 7u);
    EXPECT_DOUBLE_EQ(progress.path.front().year, 2022.5);
    EXPECT_DOUBLE_EQ(progress.path.back().year, 2028.5);
    EXPECT_DOUBLE_EQ(progress.path.back().value, 10.0);
    EXPECT_EQ(progress.status, ProgressStatus::kTargetReached);  // exactly on target counts

    const ResultProgress own = ProgressOf(result, "GM0034");
    EXPECT_EQ(own.data_region.code, "GM0034");
    EXPECT_FALSE(own.level_note.has_value());
}

TEST_P(AmbitionTest, WithoutFiguresProgressCannotBeSaid) {
    const SocietalResult result = MakeResult(Result1(kEmpty));
    const ResultProgress progress = ProgressOf(result);
    EXPECT_TRUE(progress.series.empty());
    EXPECT_EQ(progress.status, ProgressStatus::kCannotSay);
    EXPECT_NE(progress.status_reason.find("geen cijfers"), std::string::npos) << progress.status_reason;
    EXPECT_FALSE(progress.level_note.has_value());

    auto rows = ListResults(*store_, viewer_, id_);
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().ambition_title, "Minder jeugdzorg");
    EXPECT_EQ(rows->front().status, ProgressStatus::kCannotSay);
    EXPECT_FALSE(rows->front().latest.has_value());
}

TEST_P(AmbitionTest, StatusFollowsThePath) {
    // Target 9 in 2028: 10 in 2024.5 is beyond the path (11.33) but not the target.
    auto on_course = ProgressOf(MakeResult(Result1(kYouthCare, "GM0034", 9.0)));
    EXPECT_EQ(on_course.status, ProgressStatus::kOnCourse) << on_course.status_reason;
    EXPECT_FALSE(on_course.change.has_value());  // no counts: no interval, no verdict

    auto rows = ListResults(*store_, viewer_, id_);
    ASSERT_TRUE(rows.has_value());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().sparkline.size(), 3u);
    ASSERT_TRUE(rows->front().latest.has_value());
    EXPECT_EQ(rows->front().latest->period, "2024JJ00");
}

TEST_P(AmbitionTest, ZeroDenominatorsAndUnknownValuesAreSkipped) {
    // 2022 has 120/1000; 2023 has 0/0; 2024 has an unknown numerator: nothing after the baseline.
    const ResultProgress progress = ProgressOf(MakeResult(Result1(kCounted)));
    ASSERT_EQ(progress.series.size(), 3u);
    ASSERT_TRUE(progress.series[0].interval.has_value());
    EXPECT_NEAR(*progress.series[0].value, 12.0, 1e-9);
    EXPECT_LT(progress.series[0].interval->lower, 12.0);
    EXPECT_GT(progress.series[0].interval->upper, 12.0);
    EXPECT_FALSE(progress.series[1].value.has_value());
    EXPECT_FALSE(progress.series[1].interval.has_value());
    EXPECT_FALSE(progress.series[2].value.has_value());
    EXPECT_EQ(progress.status, ProgressStatus::kCannotSay);
    EXPECT_NE(progress.status_reason.find("nulmeting"), std::string::npos) << progress.status_reason;
    for (const auto& point : progress.path) EXPECT_TRUE(std::isfinite(point.value));
}

TEST_P(AmbitionTest, ChangesAreAudited) {
    const SocietalResult result = MakeResult(Result1());
    ASSERT_TRUE(AddSignal(*store_, partner_, id_,
                          NewSignal{"Signaal", SignalSource::kYoungPerson, "", "2026-03-01", {}, "", {}, result.id},
                          T0()));
    ASSERT_TRUE(UpdateAmbition(*store_, coordinator_, id_, ambition_id_, Ambition1(), T0()));
    (void)CreateAmbition(*store_, viewer_, id_, Ambition1(), T0());
    ASSERT_TRUE(DeleteSocietalResult(*store_, coordinator_, id_, result.id, T0()));
    ASSERT_TRUE(DeleteAmbition(*store_, coordinator_, id_, ambition_id_, T0()));
    std::vector<std::string> trail = AuditTrail();
    std::erase_if(trail, [](const std::string& entry) {
        return !entry.starts_with("ambition") && !entry.starts_with("societal_result") && !entry.starts_with("signal");
    });
    EXPECT_EQ(trail, (std::vector<std::string>{"ambition create ok", "societal_result create ok", "signal create ok",
                                               "ambition update ok", "ambition create denied",
                                               "societal_result delete ok", "ambition delete ok"}));
}

// Issue 12: a result is edited by the coordinator; a change of what was agreed to measure needs a
// reason; every change is kept with who, when, why and the old and new values.
TEST_P(AmbitionTest, ResultChangesKeepTheirHistory) {
    const SocietalResult result = MakeResult(Result1());
    NewSocietalResult changed = Result1();
    changed.target.value = 9.5;
    auto refused = UpdateSocietalResult(*store_, coordinator_, id_, result.id, changed, "  ", T0());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(refused.error().field, "reason");
    for (auto change : {+[](NewSocietalResult& input) { input.indicator = std::string(kCounted); },
                        +[](NewSocietalResult& input) { input.baseline.period = "2023JJ00"; },
                        +[](NewSocietalResult& input) { input.baseline.value = 13.0; },
                        +[](NewSocietalResult& input) { input.target.year = 2029; }}) {
        NewSocietalResult input = Result1();
        change(input);
        auto denied = UpdateSocietalResult(*store_, coordinator_, id_, result.id, input, "", T0());
        ASSERT_FALSE(denied.has_value());
        EXPECT_EQ(denied.error().field, "reason");
    }
    EXPECT_TRUE(ResultHistory(*store_, viewer_, id_, result.id)->empty());
    EXPECT_EQ(GetProgress(*store_, viewer_, id_, result.id, "")->result.target.value, 10.0);

    auto updated = UpdateSocietalResult(*store_, coordinator_, id_, result.id, changed, "Nieuwe afspraak", T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    EXPECT_EQ(updated->target.value, 9.5);
    EXPECT_EQ(updated->ambition_id, ambition_id_);

    NewSocietalResult retitled = changed;
    retitled.title = "Minder jongeren in de jeugdzorg";
    retitled.agreed_by = {partner_id_, partner_id_};
    ASSERT_TRUE(UpdateSocietalResult(*store_, coordinator_, id_, result.id, retitled, "", T0()));
    ASSERT_TRUE(UpdateSocietalResult(*store_, coordinator_, id_, result.id, retitled, "", T0()));  // nothing differs

    for (const Caller* reader : {&viewer_, &partner_, &coordinator_}) {
        auto history = ResultHistory(*store_, *reader, id_, result.id);
        ASSERT_TRUE(history.has_value()) << history.error().message;
        ASSERT_EQ(history->size(), 2u);
        const HistoryEntry& first = history->front();
        EXPECT_EQ(first.seq, 1);
        EXPECT_EQ(first.object_type, "societal_result");
        EXPECT_EQ(first.reason, "Nieuwe afspraak");
        EXPECT_EQ(first.changed_by, "Naam coord@example.nl");
        EXPECT_FALSE(first.changed_at.empty());
        ASSERT_EQ(first.changes.size(), 1u);
        EXPECT_EQ(first.changes.front().field, "target.value");
        EXPECT_EQ(first.changes.front().old_value, "10");
        EXPECT_EQ(first.changes.front().new_value, "9.5");
        const HistoryEntry& second = history->back();
        EXPECT_EQ(second.seq, 2);
        EXPECT_EQ(second.reason, "");
        ASSERT_EQ(second.changes.size(), 2u);
        EXPECT_EQ(second.changes[0].field, "title");
        EXPECT_EQ(second.changes[0].new_value, "Minder jongeren in de jeugdzorg");
        EXPECT_EQ(second.changes[1].field, "agreed_by");
        EXPECT_EQ(second.changes[1].old_value, "");
        EXPECT_EQ(second.changes[1].new_value, partner_id_);
    }
    EXPECT_EQ(ResultHistory(*store_, outsider_, id_, result.id).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ResultHistory(*store_, viewer_, id_, "res_0000000000000000").error().code, ErrorCode::kNotFound);
    EXPECT_EQ(AmbitionHistory(*store_, viewer_, id_, result.id).error().code, ErrorCode::kNotFound);
}

TEST_P(AmbitionTest, OnlyTheCoordinatorEditsAResult) {
    const SocietalResult result = MakeResult(Result1());
    NewSocietalResult changed = Result1();
    changed.title = "Anders";
    EXPECT_EQ(UpdateSocietalResult(*store_, partner_, id_, result.id, changed, "x", T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(UpdateSocietalResult(*store_, viewer_, id_, result.id, changed, "x", T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(UpdateSocietalResult(*store_, outsider_, id_, result.id, changed, "x", T0()).error().code,
              ErrorCode::kNotFound);
    EXPECT_EQ(UpdateSocietalResult(*store_, coordinator_, id_, "res_0000000000000000", changed, "x", T0()).error().code,
              ErrorCode::kNotFound);
    NewSocietalResult bad = Result1();
    bad.agreed_by = {"ptn_unknown"};
    EXPECT_EQ(UpdateSocietalResult(*store_, coordinator_, id_, result.id, bad, "x", T0()).error().field, "agreed_by");
    bad = Result1();
    bad.indicator = "Onbekend";
    EXPECT_EQ(UpdateSocietalResult(*store_, coordinator_, id_, result.id, bad, "x", T0()).error().field, "indicator");
    EXPECT_EQ(GetProgress(*store_, viewer_, id_, result.id, "")->result.title, Result1().title);
    EXPECT_TRUE(ResultHistory(*store_, viewer_, id_, result.id)->empty());

    ASSERT_TRUE(UpdateSocietalResult(*store_, coordinator_, id_, result.id, changed, "", T0()));
    std::vector<std::string> trail = AuditTrail();
    std::erase_if(trail, [](const std::string& entry) { return !entry.starts_with("societal_result"); });
    EXPECT_EQ(trail, (std::vector<std::string>{"societal_result create ok", "societal_result update denied",
                                               "societal_result update denied", "societal_result update ok"}));
    // Deleting the result removes its history with it.
    ASSERT_TRUE(DeleteSocietalResult(*store_, coordinator_, id_, result.id, T0()));
    EXPECT_EQ(ResultHistory(*store_, viewer_, id_, result.id).error().code, ErrorCode::kNotFound);
}

TEST_P(AmbitionTest, AmbitionChangesKeepTheirHistory) {
    NewAmbition changed = Ambition1();
    changed.title = "Veel minder jeugdzorg";
    changed.agreed_by = {};
    ASSERT_TRUE(UpdateAmbition(*store_, coordinator_, id_, ambition_id_, changed, T0(), "Besproken in de stuurgroep"));
    ASSERT_TRUE(UpdateAmbition(*store_, coordinator_, id_, ambition_id_, changed, T0()));  // nothing differs
    auto history = AmbitionHistory(*store_, partner_, id_, ambition_id_);
    ASSERT_TRUE(history.has_value()) << history.error().message;
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().object_type, "ambition");
    EXPECT_EQ(history->front().reason, "Besproken in de stuurgroep");
    ASSERT_EQ(history->front().changes.size(), 2u);
    EXPECT_EQ(history->front().changes[0].field, "title");
    EXPECT_EQ(history->front().changes[0].old_value, "Minder jeugdzorg");
    EXPECT_EQ(history->front().changes[0].new_value, "Veel minder jeugdzorg");
    EXPECT_EQ(history->front().changes[1].field, "agreed_by");
    EXPECT_EQ(history->front().changes[1].old_value, partner_id_);
    EXPECT_EQ(UpdateAmbition(*store_, partner_, id_, ambition_id_, Ambition1(), T0(), "x").error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(AmbitionHistory(*store_, outsider_, id_, ambition_id_).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(AmbitionHistory(*store_, viewer_, id_, "amb_0000000000000000").error().code, ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, AmbitionTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
