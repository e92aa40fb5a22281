// The quality dialogue (block 6): who creates, reads and answers; agenda items of each kind with
// their figures (count, interval, trend, common- or special-cause); items of another collaboration
// or another municipality's outcomes refused; a suppressed outcome stays suppressed; explanations
// tested with evidence; follow-up questions; the previous cycle's actions beside the later value of
// their figure; the audit trail; on SQLite and PostgreSQL.
#include "service/dialogues.hpp"

#include <algorithm>
#include <sstream>

#include "account_fixture.hpp"
#include "service/actions.hpp"
#include "service/ambitions.hpp"
#include "service/outcomes.hpp"

namespace kompas::testing {
namespace {

constexpr std::string_view kAgb = "65656055";
const char* const kBsns[] = {"945807302", "215736813", "930364260", "212997221", "562241541", "990951455",
                             "405608652", "690702930", "137585846", "719540616", "358952542", "814542128"};

// Twelve planned ends in 2024 in GM0363 plus one ended by the client: the share planned (12 of 13)
// has a complement of 1, so it is suppressed.
std::string SampleCsv() {
    std::ostringstream csv;
    csv << "bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
           "reden_beeindiging;tevredenheid_jeugdige;zonder_hulp_jeugdige;naam\n";
    for (int i = 0; i < 12; ++i) {
        csv << kBsns[i] << ";2010-03-0" << (i % 9) + 1 << ";1;GM0363;01;02;2023-0" << (i % 9) + 1 << "-10;2024-02-"
            << 10 + i << ";01;8;04;Jansen\n";
    }
    csv << kBsns[0] << ";2010-03-01;1;GM0363;01;02;2024-06-01;2024-09-01;03;;;Jansen\n";
    return csv.str();
}

Observation Counts(const char* indicator, const char* period, double numerator, double denominator) {
    return Observation{indicator,
                       "GM0363",
                       period,
                       numerator / denominator * 100.0,
                       numerator,
                       denominator,
                       ObservationStatus::kKnown};
}

class DialogueTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        const auto imported = store_->Import({"long-csv", "test.csv", "dialogues"}, [](ObservationSink& sink) {
            for (const Region& region : {Region{"NL01", "Nederland", RegionLevel::kCountry, ""},
                                         Region{"GM0363", "Amsterdam", RegionLevel::kMunicipality, "NL01"},
                                         Region{"GM0034", "Almere", RegionLevel::kMunicipality, "NL01"}}) {
                if (auto put = sink.PutRegion(region); !put) return put;
            }
            for (const char* key : {"Jeugdzorg", "Sprong", "Zonder"}) {
                if (auto put = sink.PutIndicator(
                        Indicator{key, std::string("Indicator ") + key, "%", 1, Direction::kLowerIsBetter, "CBS", ""});
                    !put) {
                    return put;
                }
            }
            // Jeugdzorg: steady about 10 %; Sprong: steady, then a jump; Zonder: values without counts.
            const char* periods[] = {"2019JJ00", "2020JJ00", "2021JJ00", "2022JJ00", "2023JJ00", "2024JJ00"};
            const double steady[] = {100, 104, 98, 101, 99, 102};
            for (int i = 0; i < 6; ++i) {
                if (auto put = sink.PutObservation(Counts("Jeugdzorg", periods[i], steady[i], 1000)); !put) return put;
                if (auto put = sink.PutObservation(Counts("Sprong", periods[i], i == 5 ? 200 : steady[i], 1000));
                    !put) {
                    return put;
                }
                if (auto put = sink.PutObservation(Observation{"Zonder", "GM0363", periods[i], 10.0 + i, std::nullopt,
                                                               std::nullopt, ObservationStatus::kKnown});
                    !put) {
                    return put;
                }
            }
            return Result<void>{};
        });
        ASSERT_TRUE(imported.has_value()) << imported.error().message;
        services_ = std::make_unique<OutcomeServices>(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
        const Organisation municipality = MakeOrganisation("Gemeente Amsterdam", OrganisationKind::kMunicipality,
                                                           std::nullopt, std::string("GM0363"));
        const Organisation provider = MakeOrganisation("Zorgaanbieder", OrganisationKind::kProvider, std::string(kAgb));
        const Organisation viewer = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        const Organisation outsider =
            MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, std::nullopt, std::string("GM0034"));
        coordinator_ = CallerOf(MakePerson("coord@example.nl", municipality));
        partner_ = CallerOf(MakePerson("partner@example.nl", provider));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider));
        auto uploaded = UploadTrajectories(*store_, *services_, partner_, "trajecten.csv", SampleCsv(), T0());
        ASSERT_TRUE(uploaded.has_value()) << uploaded.error().message;
        id_ = MakeCollaboration(coordinator_, "Samen sterk");
        auto added =
            AddPartner(*store_, coordinator_, id_, NewPartner{provider.id, {}, {}, CollaborationRole::kPartner}, T0());
        ASSERT_TRUE(added.has_value()) << added.error().message;
        partner_row_ = added->id;
        ASSERT_TRUE(
            AddPartner(*store_, coordinator_, id_, NewPartner{viewer.id, {}, {}, CollaborationRole::kViewer}, T0())
                .has_value());
        result_id_ = MakeResult(coordinator_, id_);
        signal_id_ = MakeSignal(partner_, id_);
        auto round = OpenEvaluationRound(*store_, coordinator_, id_, "Voorjaar", T0());
        ASSERT_TRUE(round.has_value()) << round.error().message;
        round_id_ = round->id;
        // The outsider coordinates a collaboration of its own.
        other_id_ = MakeCollaboration(outsider_, "Elders");
        auto other_round = OpenEvaluationRound(*store_, outsider_, other_id_, "Elders", T0());
        ASSERT_TRUE(other_round.has_value());
        other_round_id_ = other_round->id;
        other_dialogue_ = Create(outsider_, other_id_, "Dialoog elders", "2026-03-01")->dialogue.id;
    }

    std::string MakeCollaboration(const Caller& caller, const std::string& name) {
        auto created = CreateCollaboration(*store_, caller,
                                           NewCollaboration{name, "Jeugd", {"GM0363"}, "2026-01-01", {}, ""}, T0());
        EXPECT_TRUE(created.has_value()) << created.error().message;
        return created ? created->collaboration.id : "";
    }

    std::string MakeResult(const Caller& caller, const std::string& id) {
        auto ambition =
            CreateAmbition(*store_, caller, id, NewAmbition{"Gezond opgroeien", "", "2026-02-01", {}, {}, {}}, T0());
        EXPECT_TRUE(ambition.has_value()) << ambition.error().message;
        auto result = CreateSocietalResult(
            *store_, caller, id, ambition->id,
            NewSocietalResult{
                "Minder jeugdzorg", "Jeugdzorg", {"GM0363"}, {10.0, "2019JJ00"}, {8.0, 2028}, {}, "2026-02-01"},
            T0());
        EXPECT_TRUE(result.has_value()) << result.error().message;
        return result ? result->id : "";
    }

    std::string MakeSignal(const Caller& caller, const std::string& id) {
        auto signal = AddSignal(*store_, caller, id,
                                NewSignal{"Wachtlijsten worden langer",
                                          SignalSource::kProfessional,
                                          "wijkteam",
                                          "2026-03-01",
                                          {},
                                          "jeugdzorg",
                                          {},
                                          {}},
                                T0());
        EXPECT_TRUE(signal.has_value()) << signal.error().message;
        return signal ? signal->id : "";
    }

    Result<DialogueView> Create(const Caller& caller, const std::string& id, std::string title, std::string held_on,
                                std::vector<DialogueParticipant> participants = {}) {
        return CreateDialogue(
            *store_, services_.get(), caller, id,
            NewDialogue{std::move(title), std::move(held_on), DialogueStatus::kPlanned, std::move(participants)}, T0());
    }

    Result<DialogueView> Add(const Caller& caller, const std::string& id, const std::string& dialogue,
                             AgendaSubject subject) {
        return AddAgendaItem(*store_, services_.get(), caller, id, dialogue, std::move(subject), T0());
    }

    static AgendaSubject IndicatorItem(const char* key) {
        AgendaSubject subject;
        subject.kind = AgendaKind::kIndicator;
        subject.indicator = key;
        subject.region = "gm0363";
        return subject;
    }

    static AgendaSubject Of(AgendaKind kind, const std::string& id) {
        AgendaSubject subject;
        subject.kind = kind;
        if (kind == AgendaKind::kResult) subject.result_id = id;
        if (kind == AgendaKind::kEvaluation) subject.round_id = id;
        if (kind == AgendaKind::kSignal) subject.signal_id = id;
        return subject;
    }

    static AgendaSubject Outcome(const char* code, const char* figure) {
        AgendaSubject subject;
        subject.kind = AgendaKind::kOutcome;
        subject.municipality = code;
        subject.figure = figure;
        subject.help_form = "all";
        return subject;
    }

    std::vector<std::string> AuditTrail() {
        std::vector<std::string> trail;
        EXPECT_TRUE(store_->ForEachAuditRecord([&trail](const AuditRecord& record) -> Result<void> {
            if (record.object_type.starts_with("dialogue") || record.object_type == "follow_up_question") {
                trail.push_back(record.object_type + " " + record.action + " " + record.result);
            }
            return {};
        }));
        return trail;
    }

    static TimePoint Day(const char* date) { return *ParseUtc(std::string(date) + "T12:00:00Z"); }

    std::unique_ptr<OutcomeServices> services_;
    Caller coordinator_, partner_, viewer_, outsider_;
    std::string id_, partner_row_, result_id_, signal_id_, round_id_, other_id_, other_round_id_, other_dialogue_;
};

TEST_P(DialogueTest, TheCoordinatorPlansADialogueWithPartnersYoungPeopleAndParentsAsEquals) {
    auto created = Create(coordinator_, id_, "  Voorjaarsdialoog  ", "2026-04-01",
                          {DialogueParticipant{partner_row_, "", ParticipantRole::kPartner},
                           DialogueParticipant{{}, "Sam", ParticipantRole::kYoungPerson},
                           DialogueParticipant{{}, "Moeder van Noor", ParticipantRole::kParent}});
    ASSERT_TRUE(created.has_value()) << created.error().message;
    const Dialogue& dialogue = created->dialogue;
    EXPECT_TRUE(dialogue.id.starts_with("dlg_"));
    EXPECT_EQ(dialogue.fields.title, "Voorjaarsdialoog");
    EXPECT_EQ(dialogue.fields.status, DialogueStatus::kPlanned);
    ASSERT_EQ(dialogue.fields.participants.size(), 3u);
    EXPECT_EQ(dialogue.fields.participants[0].name, "Zorgaanbieder");
    EXPECT_EQ(dialogue.fields.participants[1].role, ParticipantRole::kYoungPerson);
    EXPECT_EQ(dialogue.fields.participants[2].name, "Moeder van Noor");

    // Partners and viewers read; only the coordinator creates or edits; outsiders see nothing.
    EXPECT_TRUE(GetDialogue(*store_, services_.get(), viewer_, id_, dialogue.id, T0()).has_value());
    EXPECT_EQ(ListDialogues(*store_, partner_, id_)->size(), 1u);
    EXPECT_EQ(GetDialogue(*store_, services_.get(), outsider_, id_, dialogue.id, T0()).error().code,
              ErrorCode::kNotFound);
    EXPECT_EQ(Create(partner_, id_, "Eigen dialoog", "2026-04-01").error().code, ErrorCode::kForbidden);
    NewDialogue held{"Voorjaarsdialoog", "2026-04-02", DialogueStatus::kHeld, {}};
    EXPECT_EQ(UpdateDialogue(*store_, services_.get(), viewer_, id_, dialogue.id, held, T0()).error().code,
              ErrorCode::kForbidden);
    auto updated = UpdateDialogue(*store_, services_.get(), coordinator_, id_, dialogue.id, held, T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    EXPECT_EQ(updated->dialogue.fields.status, DialogueStatus::kHeld);
    EXPECT_TRUE(updated->dialogue.fields.participants.empty());

    // Bad input names its field; a partner of another collaboration is no participant.
    EXPECT_EQ(Create(coordinator_, id_, " ", "2026-04-01").error().field, "title");
    EXPECT_EQ(Create(coordinator_, id_, "Dialoog", "1 april").error().field, "held_on");
    EXPECT_EQ(
        Create(coordinator_, id_, "Dialoog", "2026-04-01", {DialogueParticipant{{}, "", ParticipantRole::kParent}})
            .error()
            .field,
        "participants");
    auto others = ListDialogues(*store_, outsider_, other_id_);
    ASSERT_TRUE(others.has_value());
    auto foreign = Create(coordinator_, id_, "Dialoog", "2026-04-01",
                          {DialogueParticipant{std::string("prt_0000000000000000"), "", ParticipantRole::kPartner}});
    EXPECT_EQ(foreign.error().field, "participants");
    EXPECT_EQ(AuditTrail(),
              (std::vector<std::string>{"dialogue create ok", "dialogue create ok", "dialogue create denied",
                                        "dialogue update denied", "dialogue update ok"}));
}

TEST_P(DialogueTest, AgendaItemsShowTheirFigureWithCountIntervalTrendAndVariation) {
    const std::string dialogue = Create(coordinator_, id_, "Dialoog", "2026-04-01")->dialogue.id;
    ASSERT_TRUE(Add(coordinator_, id_, dialogue, IndicatorItem("Jeugdzorg")).has_value());
    ASSERT_TRUE(Add(coordinator_, id_, dialogue, IndicatorItem("Sprong")).has_value());
    ASSERT_TRUE(Add(coordinator_, id_, dialogue, IndicatorItem("Zonder")).has_value());
    ASSERT_TRUE(Add(coordinator_, id_, dialogue, Of(AgendaKind::kResult, result_id_)).has_value());
    ASSERT_TRUE(Add(coordinator_, id_, dialogue, Of(AgendaKind::kEvaluation, round_id_)).has_value());
    ASSERT_TRUE(Add(coordinator_, id_, dialogue, Of(AgendaKind::kSignal, signal_id_)).has_value());
    auto view = Add(coordinator_, id_, dialogue, Outcome("gm0363", "planned"));
    ASSERT_TRUE(view.has_value()) << view.error().message;
    ASSERT_EQ(view->items.size(), 7u);

    const AgendaFigure& steady = view->items[0].figure;
    EXPECT_EQ(steady.series.size(), 6u);
    ASSERT_TRUE(steady.latest.has_value());
    EXPECT_EQ(steady.latest->period, "2024JJ00");
    EXPECT_EQ(steady.latest->numerator, 102.0);
    EXPECT_TRUE(steady.latest->interval.has_value());
    ASSERT_TRUE(steady.change.has_value());
    EXPECT_EQ(steady.change->verdict, "within_normal_variation");
    EXPECT_EQ(steady.control.verdict, "common_cause");
    const AgendaFigure& jump = view->items[1].figure;
    EXPECT_EQ(jump.control.verdict, "special_cause");
    EXPECT_EQ(jump.control.rules, std::vector<std::string>{"beyond_limits"});
    EXPECT_EQ(jump.change->verdict, "increase");
    const AgendaFigure& without = view->items[2].figure;
    EXPECT_EQ(without.control.verdict, "cannot_say");
    EXPECT_TRUE(without.control.text.starts_with("Niet te zeggen")) << without.control.text;
    EXPECT_FALSE(without.change.has_value());
    EXPECT_EQ(view->items[3].figure.title, "Minder jeugdzorg — Amsterdam");
    EXPECT_EQ(view->items[3].figure.control.verdict, "common_cause");
    EXPECT_EQ(view->items[4].figure.facts.size(), 6u);
    EXPECT_EQ(view->items[4].figure.facts[0].value, "verborgen: te weinig antwoorden (0)");
    EXPECT_EQ(view->items[5].figure.facts[2].value, "Wachtlijsten worden langer");
    EXPECT_EQ(view->items[5].figure.facts[0].value, "1 maart 2026");
    EXPECT_EQ(view->items[4].figure.facts[0].label, "Gedeelde horizon");
    // The outcome figure keeps the report's suppression: 12 of 13 planned is not shown.
    const AgendaFigure& outcome = view->items[6].figure;
    EXPECT_TRUE(outcome.available);
    bool suppressed = false;
    for (const auto& point : outcome.series) {
        if (point.period == "2024JJ00") {
            suppressed = true;
            EXPECT_EQ(point.status, ObservationStatus::kConfidential);
            EXPECT_FALSE(point.value.has_value());
            EXPECT_FALSE(point.numerator.has_value());
        }
    }
    EXPECT_TRUE(suppressed);
    ASSERT_TRUE(outcome.note.has_value());
    // A viewer who may not see the municipality's report reads the agenda without that figure.
    auto read = GetDialogue(*store_, services_.get(), viewer_, id_, dialogue, T0());
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_FALSE(read->items[6].figure.available);
    EXPECT_TRUE(read->items[6].figure.series.empty());
    EXPECT_EQ(read->items[0].figure.control.verdict, "common_cause");
}

TEST_P(DialogueTest, AnAgendaTakesNothingOfAnotherCollaborationOrMunicipality) {
    const std::string dialogue = Create(coordinator_, id_, "Dialoog", "2026-04-01")->dialogue.id;
    // The outsider's own dialogue cannot take X's result, round or signal.
    EXPECT_EQ(Add(outsider_, other_id_, other_dialogue_, Of(AgendaKind::kResult, result_id_)).error().field,
              "result_id");
    EXPECT_EQ(Add(outsider_, other_id_, other_dialogue_, Of(AgendaKind::kEvaluation, round_id_)).error().field,
              "round_id");
    EXPECT_EQ(Add(outsider_, other_id_, other_dialogue_, Of(AgendaKind::kSignal, signal_id_)).error().field,
              "signal_id");
    // Nor can a municipality put another municipality's outcomes on the agenda.
    EXPECT_EQ(Add(outsider_, other_id_, other_dialogue_, Outcome("GM0363", "planned")).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(Add(coordinator_, id_, dialogue, Outcome("GM0034", "planned")).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(Add(coordinator_, id_, dialogue, Outcome("GM0363", "rank")).error().field, "outcome_figure");
    auto help_form = Outcome("GM0363", "planned");
    help_form.help_form = "02";
    EXPECT_EQ(Add(coordinator_, id_, dialogue, help_form).error().field, "help_form");
    EXPECT_EQ(Add(coordinator_, id_, dialogue, Of(AgendaKind::kEvaluation, other_round_id_)).error().field, "round_id");
    EXPECT_EQ(Add(coordinator_, id_, other_dialogue_, IndicatorItem("Jeugdzorg")).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(Add(coordinator_, id_, dialogue, IndicatorItem("Onbekend")).error().field, "indicator");
    // Partners and viewers do not set the agenda.
    EXPECT_EQ(Add(partner_, id_, dialogue, IndicatorItem("Jeugdzorg")).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(Add(viewer_, id_, dialogue, IndicatorItem("Jeugdzorg")).error().code, ErrorCode::kForbidden);
    EXPECT_TRUE(GetDialogue(*store_, services_.get(), coordinator_, id_, dialogue, T0())->items.empty());
}

TEST_P(DialogueTest, ParticipantsAnswerTheFourQuestionsAndTestTheirExplanations) {
    const std::string dialogue = Create(coordinator_, id_, "Dialoog", "2026-04-01")->dialogue.id;
    const std::string item = Add(coordinator_, id_, dialogue, IndicatorItem("Jeugdzorg"))->items[0].item.id;
    const auto answer = [&](const Caller& caller, DialogueQuestion question, const char* text,
                            ExplanationStatus status = ExplanationStatus::kNone) {
        return AnswerQuestion(*store_, services_.get(), caller, id_, dialogue, item, question, text, status, T0());
    };
    ASSERT_TRUE(answer(partner_, DialogueQuestion::kRecognise, "Ja, dat zien wij ook").has_value());
    auto explained =
        answer(coordinator_, DialogueQuestion::kExplain, "Het wijkteam verwijst later", ExplanationStatus::kToBeTested);
    ASSERT_TRUE(explained.has_value()) << explained.error().message;
    ASSERT_TRUE(answer(partner_, DialogueQuestion::kAppreciate, "Stabiel, maar te hoog").has_value());
    auto improved = answer(partner_, DialogueQuestion::kImprove, "Eerder overleg met scholen");
    ASSERT_TRUE(improved.has_value());
    const auto& answers = improved->items[0].item.answers;
    ASSERT_EQ(answers.size(), 4u);
    EXPECT_EQ(answers[0].author, "Naam partner@example.nl");
    EXPECT_EQ(answers[0].partner_id, partner_row_);
    EXPECT_EQ(answers[1].explanation_status, ExplanationStatus::kToBeTested);
    const std::string explanation = answers[1].id;

    EXPECT_EQ(answer(viewer_, DialogueQuestion::kRecognise, "Kijker").error().code, ErrorCode::kForbidden);
    EXPECT_EQ(answer(outsider_, DialogueQuestion::kRecognise, "Buiten").error().code, ErrorCode::kNotFound);
    EXPECT_EQ(answer(partner_, DialogueQuestion::kRecognise, "  ").error().field, "text");
    EXPECT_EQ(answer(partner_, DialogueQuestion::kRecognise, "x", ExplanationStatus::kToBeTested).error().field,
              "explanation_status");
    EXPECT_EQ(AnswerQuestion(*store_, services_.get(), partner_, id_, dialogue, "dai_0000000000000000",
                             DialogueQuestion::kRecognise, "x", ExplanationStatus::kNone, T0())
                  .error()
                  .code,
              ErrorCode::kNotFound);

    const auto mark = [&](const Caller& caller, const std::string& answer_id, ExplanationStatus status,
                          const char* evidence) {
        return MarkExplanation(*store_, services_.get(), caller, id_, dialogue, answer_id, status, evidence, T0());
    };
    EXPECT_EQ(mark(partner_, explanation, ExplanationStatus::kConfirmed, "").error().field, "evidence");
    EXPECT_EQ(mark(viewer_, explanation, ExplanationStatus::kConfirmed, "Bewijs").error().code, ErrorCode::kForbidden);
    EXPECT_EQ(mark(partner_, answers[0].id, ExplanationStatus::kRejected, "Bewijs").error().field,
              "explanation_status");
    auto confirmed = mark(partner_, explanation, ExplanationStatus::kConfirmed, "Wachttijdcijfers wijkteam 2025");
    ASSERT_TRUE(confirmed.has_value()) << confirmed.error().message;
    EXPECT_EQ(confirmed->items[0].item.answers[1].explanation_status, ExplanationStatus::kConfirmed);
    EXPECT_EQ(confirmed->items[0].item.answers[1].evidence, "Wachttijdcijfers wijkteam 2025");

    // Knowledge gaps go to the collaboration's follow-up list.
    auto question =
        AddFollowUpQuestion(*store_, partner_, id_,
                            FollowUpQuestion{"", "", "Hoe lang wachten gezinnen echt?", dialogue, item, "", ""}, T0());
    ASSERT_TRUE(question.has_value()) << question.error().message;
    EXPECT_TRUE(question->id.starts_with("fuq_"));
    EXPECT_EQ(question->author, "Naam partner@example.nl");
    EXPECT_EQ(AddFollowUpQuestion(*store_, viewer_, id_, FollowUpQuestion{"", "", "Vraag", {}, {}, "", ""}, T0())
                  .error()
                  .code,
              ErrorCode::kForbidden);
    EXPECT_EQ(AddFollowUpQuestion(*store_, outsider_, other_id_,
                                  FollowUpQuestion{"", "", "Vraag", dialogue, {}, "", ""}, T0())
                  .error()
                  .field,
              "dialogue_id");
    auto list = ListFollowUpQuestions(*store_, viewer_, id_);
    ASSERT_TRUE(list.has_value());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().item_id, item);
    EXPECT_EQ(ListFollowUpQuestions(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
}

TEST_P(DialogueTest, TheNextDialogueOpensWithThePreviousCyclesActionsBesideTheirLaterFigure) {
    const std::string first = Create(coordinator_, id_, "Eerste", "2026-01-10")->dialogue.id;
    NewImprovementAction on_result;
    on_result.title = "Scholen eerder betrekken";
    on_result.owner_person_id = partner_.person_id;
    on_result.due_on = "2026-05-01";
    on_result.about.result_id = result_id_;
    ASSERT_TRUE(CreateAction(*store_, coordinator_, id_, on_result, Day("2026-01-10")).has_value());
    NewImprovementAction on_figure = on_result;
    on_figure.title = "Wachttijd meten";
    on_figure.about = ActionSubject{{}, {}, std::string("Sprong"), std::string("GM0363"), {}};
    ASSERT_TRUE(CreateAction(*store_, partner_, id_, on_figure, Day("2026-02-01")).has_value());
    NewImprovementAction before = on_result;
    before.title = "Van voor de eerste dialoog";
    ASSERT_TRUE(CreateAction(*store_, coordinator_, id_, before, Day("2025-12-01")).has_value());
    const std::string second = Create(coordinator_, id_, "Tweede", "2026-06-01")->dialogue.id;

    auto view = GetDialogue(*store_, services_.get(), viewer_, id_, second, T0());
    ASSERT_TRUE(view.has_value()) << view.error().message;
    EXPECT_EQ(view->previous_dialogue_id, first);
    ASSERT_EQ(view->previous_actions.size(), 2u);
    std::vector<std::string> titles;
    for (const auto& entry : view->previous_actions) titles.push_back(entry.action.fields.title);
    std::sort(titles.begin(), titles.end());
    EXPECT_EQ(titles, (std::vector<std::string>{"Scholen eerder betrekken", "Wachttijd meten"}));
    for (const auto& entry : view->previous_actions) {
        ASSERT_TRUE(entry.figure.has_value()) << entry.action.fields.title;
        ASSERT_TRUE(entry.figure->latest.has_value());
        EXPECT_EQ(entry.figure->latest->period, "2024JJ00");
        if (entry.action.fields.title == "Wachttijd meten") {
            EXPECT_EQ(entry.figure->latest->numerator, 200.0);
            EXPECT_EQ(entry.figure->control.verdict, "special_cause");
        }
    }
    auto opening = GetDialogue(*store_, services_.get(), coordinator_, id_, first, T0());
    ASSERT_TRUE(opening.has_value());
    EXPECT_FALSE(opening->previous_dialogue_id.has_value());
    EXPECT_TRUE(opening->previous_actions.empty());
}

TEST(DialogueControlTest, SaysNothingWithoutCountsOrWithTooFewPoints) {
    std::vector<ProgressPoint> series;
    EXPECT_EQ(ControlOf(series).verdict, "cannot_say");
    for (int i = 0; i < 2; ++i) {
        ProgressPoint point;
        point.period = "202" + std::to_string(i) + "JJ00";
        point.value = 10.0;
        point.numerator = 10;
        point.denominator = 100;
        series.push_back(point);
    }
    EXPECT_EQ(ControlOf(series).verdict, "cannot_say");
    series.push_back(series.back());
    EXPECT_EQ(ControlOf(series).verdict, "common_cause");
    series.back().numerator.reset();
    EXPECT_EQ(ControlOf(series).verdict, "cannot_say");
    EXPECT_EQ(ControlOf(series).text, "Niet te zeggen: bij deze reeks horen geen aantallen.");
}

INSTANTIATE_TEST_SUITE_P(Backends, DialogueTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
