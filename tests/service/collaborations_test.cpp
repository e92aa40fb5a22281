// Collaborations: visibility to partners only, role rules, evaluation rounds and anonymity.
#include <algorithm>

#include "account_fixture.hpp"

namespace kompas::testing {
namespace {

class CollaborationTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        coordinator_org_ = MakeOrganisation("Gemeente Almere");
        partner_org_ = MakeOrganisation("Zorgaanbieder", OrganisationKind::kProvider);
        viewer_org_ = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        outsider_org_ = MakeOrganisation("Buitenstaander");
        coordinator_ = CallerOf(MakePerson("coord@example.nl", coordinator_org_));
        partner_ = CallerOf(MakePerson("partner@example.nl", partner_org_));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer_org_));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider_org_));
        auto created = CreateCollaboration(
            *store_, coordinator_,
            NewCollaboration{
                "Samen sterk", "Jeugd", {"GM0034"}, "2026-01-01", std::string("2029-12-31"), "Beschrijving"},
            T0());
        ASSERT_TRUE(created.has_value()) << created.error().message;
        id_ = created->collaboration.id;
        auto added = AddPartner(*store_, coordinator_, id_,
                                NewPartner{partner_org_.id, {}, {}, CollaborationRole::kPartner}, T0());
        ASSERT_TRUE(added.has_value()) << added.error().message;
        ASSERT_TRUE(AddPartner(*store_, coordinator_, id_,
                               NewPartner{viewer_org_.id, {}, {}, CollaborationRole::kViewer}, T0()));
        auto round = OpenEvaluationRound(*store_, coordinator_, id_, "Voorjaar", T0());
        ASSERT_TRUE(round.has_value()) << round.error().message;
        round_id_ = round->id;
    }

    static EvaluationResponse Scores(int score, std::string comment = "", bool is_signed = false) {
        EvaluationResponse response;
        for (const auto element : kEvaluationElements) response.scores.push_back(ElementScore{element, score, comment});
        response.is_signed = is_signed;
        return response;
    }

    // One more organisation that joins as a partner, so that a round can reach kMinEvaluationAnswers.
    Caller AnsweringPartner(const std::string& name) {
        const Organisation org = MakeOrganisation(name, OrganisationKind::kCivicPartner);
        const Caller caller = CallerOf(MakePerson(name + "@example.nl", org));
        EXPECT_TRUE(
            AddPartner(*store_, coordinator_, id_, NewPartner{org.id, {}, {}, CollaborationRole::kPartner}, T0()));
        return caller;
    }

    Organisation coordinator_org_, partner_org_, viewer_org_, outsider_org_;
    Caller coordinator_, partner_, viewer_, outsider_;
    std::string id_, round_id_;
};

TEST_P(CollaborationTest, CreatorsOrganisationBecomesCoordinator) {
    auto detail = GetCollaboration(*store_, coordinator_, id_);
    ASSERT_TRUE(detail.has_value());
    EXPECT_EQ(detail->collaboration.my_role, CollaborationRole::kCoordinator);
    EXPECT_EQ(detail->collaboration.regions, std::vector<std::string>{"GM0034"});
    ASSERT_EQ(detail->partners.size(), 3u);
    const auto coordinator = std::find_if(detail->partners.begin(), detail->partners.end(),
                                          [](const Partner& p) { return p.role == CollaborationRole::kCoordinator; });
    ASSERT_NE(coordinator, detail->partners.end());
    EXPECT_EQ(coordinator->organisation_id, coordinator_org_.id);
    EXPECT_EQ(coordinator->name, "Gemeente Almere");
    EXPECT_EQ(GetCollaboration(*store_, viewer_, id_)->collaboration.my_role, CollaborationRole::kViewer);
}

TEST_P(CollaborationTest, OutsiderGetsNotFoundOnReadAndOnEveryChange) {
    EXPECT_TRUE(ListCollaborations(*store_, outsider_)->empty());
    EXPECT_EQ(ListCollaborations(*store_, partner_)->size(), 1u);
    const auto not_found = [](const auto& result) { return !result && result.error().code == ErrorCode::kNotFound; };
    EXPECT_TRUE(not_found(GetCollaboration(*store_, outsider_, id_)));
    EXPECT_TRUE(not_found(UpdateAgreements(*store_, outsider_, id_, Agreements{}, T0())));
    EXPECT_TRUE(not_found(
        AddPartner(*store_, outsider_, id_, NewPartner{outsider_org_.id, {}, {}, CollaborationRole::kPartner}, T0())));
    EXPECT_TRUE(not_found(RemovePartner(*store_, outsider_, id_, "prt_x", T0())));
    EXPECT_TRUE(not_found(ListEvaluationRounds(*store_, outsider_, id_)));
    EXPECT_TRUE(not_found(OpenEvaluationRound(*store_, outsider_, id_, "x", T0())));
    EXPECT_TRUE(not_found(GetEvaluationResult(*store_, outsider_, id_, round_id_)));
    EXPECT_TRUE(not_found(SubmitEvaluationResponse(*store_, outsider_, id_, round_id_, Scores(5), T0())));
    EXPECT_TRUE(not_found(CloseEvaluationRound(*store_, outsider_, id_, round_id_, T0())));
}

TEST_P(CollaborationTest, OnlyTheCoordinatorEditsAgreementsPartnersAndRounds) {
    Agreements agreements;
    agreements.funding = "Gedeeld budget";
    const auto forbidden = [](const auto& result) { return !result && result.error().code == ErrorCode::kForbidden; };
    EXPECT_TRUE(forbidden(UpdateAgreements(*store_, partner_, id_, agreements, T0())));
    EXPECT_TRUE(forbidden(UpdateAgreements(*store_, viewer_, id_, agreements, T0())));
    EXPECT_TRUE(forbidden(OpenEvaluationRound(*store_, partner_, id_, "x", T0())));
    EXPECT_TRUE(forbidden(CloseEvaluationRound(*store_, partner_, id_, round_id_, T0())));
    auto updated = UpdateAgreements(*store_, coordinator_, id_, agreements, T0());
    ASSERT_TRUE(updated.has_value());
    EXPECT_EQ(updated->agreements.funding, "Gedeeld budget");
}

TEST_P(CollaborationTest, DeniedChangeIsAudited) {
    (void)UpdateAgreements(*store_, partner_, id_, Agreements{}, T0());
    auto admin = AddPerson(*store_, NewPerson{"beheer@example.nl", "Beheer", "", std::string(kGoodPassword)}, true);
    auto records = ListAudit(*store_, CallerOf(*admin), [this] {
        AuditQuery query;
        query.object = id_;
        return query;
    }());
    ASSERT_TRUE(records.has_value());
    ASSERT_FALSE(records->empty());
    EXPECT_EQ(records->front().result, "denied");
    EXPECT_EQ(records->front().person_id, partner_.person_id);
    EXPECT_TRUE(VerifyAudit(*store_)->ok);
}

TEST_P(CollaborationTest, PartnerTwiceConflictsAndLastCoordinatorCannotLeave) {
    auto twice =
        AddPartner(*store_, coordinator_, id_, NewPartner{partner_org_.id, {}, {}, CollaborationRole::kViewer}, T0());
    EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
    const auto detail = GetCollaboration(*store_, coordinator_, id_);
    std::string coordinator_partner, viewer_partner;
    for (const Partner& partner : detail->partners) {
        if (partner.role == CollaborationRole::kCoordinator) coordinator_partner = partner.id;
        if (partner.role == CollaborationRole::kViewer) viewer_partner = partner.id;
    }
    const auto last = RemovePartner(*store_, coordinator_, id_, coordinator_partner, T0());
    ASSERT_FALSE(last.has_value());
    EXPECT_EQ(last.error().code, ErrorCode::kConflict);
    EXPECT_TRUE(RemovePartner(*store_, coordinator_, id_, viewer_partner, T0()).has_value());
    EXPECT_EQ(GetCollaboration(*store_, viewer_, id_).error().code, ErrorCode::kNotFound);
}

TEST_P(CollaborationTest, PersonCanBeAPartnerAndRespond) {
    const Caller young = CallerOf(MakePerson("jongere@example.nl", outsider_org_));
    auto added =
        AddPartner(*store_, coordinator_, id_,
                   NewPartner{{}, young.person_id, PersonRole::kYoungPerson, CollaborationRole::kPartner}, T0());
    ASSERT_TRUE(added.has_value()) << added.error().message;
    EXPECT_EQ(added->kind, PartnerKind::kPerson);
    EXPECT_EQ(added->person_role, PersonRole::kYoungPerson);
    EXPECT_TRUE(SubmitEvaluationResponse(*store_, young, id_, round_id_, Scores(9), T0()).has_value());
    // The young person's organisation colleagues do not see it.
    EXPECT_TRUE(ListCollaborations(*store_, outsider_)->empty());
}

TEST_P(CollaborationTest, ViewerCannotRespondAndASecondResponseReplacesTheFirst) {
    EXPECT_EQ(SubmitEvaluationResponse(*store_, viewer_, id_, round_id_, Scores(5), T0()).error().code,
              ErrorCode::kForbidden);
    ASSERT_TRUE(SubmitEvaluationResponse(*store_, partner_, id_, round_id_, Scores(3), T0()));
    auto result = SubmitEvaluationResponse(*store_, partner_, id_, round_id_, Scores(7), T0());
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->round.responses, 1);
    EXPECT_TRUE(result->round.my_response_submitted);
    EXPECT_TRUE(result->elements[0].hidden);
    ASSERT_TRUE(SubmitEvaluationResponse(*store_, coordinator_, id_, round_id_, Scores(7), T0()));
    auto third = SubmitEvaluationResponse(*store_, AnsweringPartner("derde"), id_, round_id_, Scores(7), T0());
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(third->round.responses, 3);
    EXPECT_DOUBLE_EQ(*third->elements[0].mean, 7.0);  // the partner's 3 was replaced by its 7
}

TEST_P(CollaborationTest, RoundWithOneOrTwoAnswersGivesCountsButNoScoresOrUnsignedComments) {
    const auto nothing_derived = [](const ElementSummary& s) {
        return s.hidden && !s.distribution && !s.mean && !s.median && !s.min && !s.max && !s.previous_mean && !s.change;
    };
    auto one = SubmitEvaluationResponse(*store_, partner_, id_, round_id_, Scores(2, "alleen ik"), T0());
    ASSERT_TRUE(one.has_value()) << one.error().message;
    for (const Caller& reader : {partner_, viewer_, coordinator_}) {
        auto result = GetEvaluationResult(*store_, reader, id_, round_id_);
        ASSERT_TRUE(result.has_value());
        EXPECT_EQ(result->round.responses, 1);
        for (const ElementSummary& s : result->elements) {
            EXPECT_EQ(s.responses, 1);
            EXPECT_TRUE(nothing_derived(s));
            EXPECT_TRUE(s.comments.empty());
        }
    }
    auto two = SubmitEvaluationResponse(*store_, coordinator_, id_, round_id_, Scores(9, "getekend", true), T0());
    ASSERT_TRUE(two.has_value());
    EXPECT_EQ(two->round.responses, 2);
    for (const ElementSummary& s : two->elements) {
        EXPECT_TRUE(nothing_derived(s));
        ASSERT_EQ(s.comments.size(), 1u);  // the signed one; "alleen ik" stays back
        EXPECT_EQ(s.comments[0].text, "getekend");
    }
    auto three = SubmitEvaluationResponse(*store_, AnsweringPartner("derde"), id_, round_id_, Scores(7), T0());
    ASSERT_TRUE(three.has_value());
    EXPECT_EQ(three->round.responses, 3);
    for (const ElementSummary& s : three->elements) {
        EXPECT_FALSE(s.hidden);
        ASSERT_TRUE(s.distribution.has_value());
        EXPECT_EQ((*s.distribution)[1], 1);
        EXPECT_EQ((*s.distribution)[6], 1);
        EXPECT_EQ((*s.distribution)[8], 1);
        EXPECT_DOUBLE_EQ(*s.mean, 6.0);
        EXPECT_EQ(s.comments.size(), 2u);
    }
}

TEST_P(CollaborationTest, SummaryNamesOnlySignedCommentsAndChangeComparesWithPreviousRound) {
    const Caller third = AnsweringPartner("derde");
    ASSERT_TRUE(SubmitEvaluationResponse(*store_, partner_, id_, round_id_, Scores(4, "anoniem"), T0()));
    ASSERT_TRUE(SubmitEvaluationResponse(*store_, coordinator_, id_, round_id_, Scores(8, "getekend", true), T0()));
    ASSERT_TRUE(SubmitEvaluationResponse(*store_, third, id_, round_id_, Scores(6), T0()));
    auto result = GetEvaluationResult(*store_, viewer_, id_, round_id_);
    ASSERT_TRUE(result.has_value());
    const ElementSummary& summary = result->elements[0];
    EXPECT_EQ(summary.responses, 3);
    EXPECT_DOUBLE_EQ(*summary.mean, 6.0);
    EXPECT_EQ((*summary.distribution)[3], 1);
    EXPECT_EQ((*summary.distribution)[7], 1);
    ASSERT_EQ(summary.comments.size(), 2u);
    for (const auto& comment : summary.comments) {
        EXPECT_EQ(comment.signed_by.has_value(), comment.text == "getekend");
        if (comment.signed_by) {
            EXPECT_EQ(*comment.signed_by, "Naam coord@example.nl");
            EXPECT_EQ(comment.signed_by->find("per_"), std::string::npos);
        }
    }
    ASSERT_TRUE(CloseEvaluationRound(*store_, coordinator_, id_, round_id_, T0()));
    EXPECT_EQ(SubmitEvaluationResponse(*store_, partner_, id_, round_id_, Scores(5), T0()).error().code,
              ErrorCode::kConflict);
    auto next = OpenEvaluationRound(*store_, coordinator_, id_, "Najaar", T0() + std::chrono::hours(24));
    ASSERT_TRUE(next.has_value());
    // One answer in the new round: no change, for that would give its mean (the one score) away.
    auto later = SubmitEvaluationResponse(*store_, partner_, id_, next->id, Scores(9), T0() + std::chrono::hours(25));
    ASSERT_TRUE(later.has_value());
    EXPECT_EQ(later->elements[0].previous_responses, 3);
    EXPECT_FALSE(later->elements[0].previous_mean.has_value());
    EXPECT_FALSE(later->elements[0].change.has_value());
    ASSERT_TRUE(SubmitEvaluationResponse(*store_, coordinator_, id_, next->id, Scores(9), T0()));
    auto full = SubmitEvaluationResponse(*store_, third, id_, next->id, Scores(9), T0() + std::chrono::hours(25));
    ASSERT_TRUE(full.has_value());
    EXPECT_DOUBLE_EQ(*full->elements[0].previous_mean, 6.0);
    EXPECT_DOUBLE_EQ(*full->elements[0].change, 3.0);
    EXPECT_EQ(ListEvaluationRounds(*store_, partner_, id_)->front().id, next->id);
}

INSTANTIATE_TEST_SUITE_P(Backends, CollaborationTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
