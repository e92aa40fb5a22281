// Improvement actions (block 6): the owner must be at a partner, what an action is about must
// belong to the collaboration, who may change the status, the history, overdue and "mine", the
// audit trail, on SQLite and PostgreSQL.
#include "service/actions.hpp"

#include "account_fixture.hpp"
#include "service/activities.hpp"
#include "service/ambitions.hpp"

namespace kompas::testing {
namespace {

class ActionTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        const auto imported = store_->Import({"long-csv", "test.csv", "actions"}, [](ObservationSink& sink) {
            for (const Region& region : {Region{"NL01", "Nederland", RegionLevel::kCountry, ""},
                                         Region{"GM0034", "Almere", RegionLevel::kMunicipality, "NL01"}}) {
                if (auto put = sink.PutRegion(region); !put) return put;
            }
            return sink.PutIndicator(
                Indicator{"Jeugdzorg", "Jongeren met jeugdzorg", "%", 1, Direction::kLowerIsBetter, "CBS", ""});
        });
        ASSERT_TRUE(imported.has_value()) << imported.error().message;
        const Organisation municipality = MakeOrganisation("Gemeente Almere");
        provider_ = MakeOrganisation("Zorgaanbieder", OrganisationKind::kProvider);
        const Organisation school = MakeOrganisation("School", OrganisationKind::kCivicPartner);
        const Organisation viewer = MakeOrganisation("Kennisinstituut", OrganisationKind::kKnowledgeInstitute);
        const Organisation outsider = MakeOrganisation("Buitenstaander");
        coordinator_ = CallerOf(MakePerson("coord@example.nl", municipality));
        partner_ = CallerOf(MakePerson("partner@example.nl", provider_));
        colleague_ = CallerOf(MakePerson("collega@example.nl", provider_));
        school_ = CallerOf(MakePerson("school@example.nl", school));
        viewer_ = CallerOf(MakePerson("viewer@example.nl", viewer));
        outsider_ = CallerOf(MakePerson("outsider@example.nl", outsider));
        id_ = MakeCollaboration(coordinator_, "Samen sterk");
        Join(id_, provider_, CollaborationRole::kPartner);
        Join(id_, school, CollaborationRole::kPartner);
        Join(id_, viewer, CollaborationRole::kViewer);
        result_id_ = MakeResult(coordinator_, id_);
        NewActivity activity;
        activity.name = "Huiswerkbegeleiding";
        auto created = CreateActivity(*store_, school_, id_, activity, T0());
        ASSERT_TRUE(created.has_value()) << created.error().message;
        activity_id_ = created->id;
        // The outsider coordinates a collaboration of its own, with a result and activity of its own.
        other_id_ = MakeCollaboration(outsider_, "Elders");
        other_result_id_ = MakeResult(outsider_, other_id_);
        auto other = CreateActivity(*store_, outsider_, other_id_, activity, T0());
        ASSERT_TRUE(other.has_value()) << other.error().message;
        other_activity_id_ = other->id;
    }

    std::string MakeCollaboration(const Caller& caller, const std::string& name) {
        auto created = CreateCollaboration(*store_, caller,
                                           NewCollaboration{name, "Jeugd", {"GM0034"}, "2026-01-01", {}, ""}, T0());
        EXPECT_TRUE(created.has_value()) << created.error().message;
        return created ? created->collaboration.id : "";
    }

    void Join(const std::string& id, const Organisation& organisation, CollaborationRole role) {
        auto partner = AddPartner(*store_, coordinator_, id, NewPartner{organisation.id, {}, {}, role}, T0());
        EXPECT_TRUE(partner.has_value()) << partner.error().message;
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

    NewImprovementAction Action(std::string title, const Caller& owner, std::string due_on = "2026-12-31") {
        NewImprovementAction input;
        input.title = std::move(title);
        input.owner_person_id = owner.person_id;
        input.due_on = std::move(due_on);
        return input;
    }

    std::vector<std::string> AuditTrail() {
        std::vector<std::string> trail;
        EXPECT_TRUE(store_->ForEachAuditRecord([&trail](const AuditRecord& record) -> Result<void> {
            if (record.object_type == "improvement_action" || record.object_type == "action_status") {
                trail.push_back(record.object_type + " " + record.action + " " + record.result);
            }
            return {};
        }));
        return trail;
    }

    static TimePoint Day(const char* date) { return *ParseUtc(std::string(date) + "T12:00:00Z"); }

    Organisation provider_;
    Caller coordinator_, partner_, colleague_, school_, viewer_, outsider_;
    std::string id_, result_id_, activity_id_, other_id_, other_result_id_, other_activity_id_;
};

TEST_P(ActionTest, APartnerRecordsAnActionWithAnOwnerAndReadsItBack) {
    NewImprovementAction input = Action("  Cliëntenpanel betrekken  ", partner_);
    input.description = "Na het gesprek over de tevredenheid";
    input.about.result_id = result_id_;
    input.about.activity_id = activity_id_;
    input.about.indicator = "Jeugdzorg";
    input.about.region = "gm0034";
    input.about.organisation_id = provider_.id;
    auto created = CreateAction(*store_, school_, id_, input, T0());
    ASSERT_TRUE(created.has_value()) << created.error().message;
    const ImprovementAction& action = created->action;
    EXPECT_TRUE(action.id.starts_with("acn_"));
    EXPECT_EQ(action.fields.title, "Cliëntenpanel betrekken");
    EXPECT_EQ(action.owner_name, "Naam partner@example.nl");
    EXPECT_EQ(action.owner_organisation, "Zorgaanbieder");
    EXPECT_EQ(action.collaboration_name, "Samen sterk");
    EXPECT_EQ(action.status, ActionStatus::kOpen);
    EXPECT_EQ(action.fields.about.region, "GM0034");
    EXPECT_EQ(action.fields.about.activity_id, activity_id_);
    ASSERT_EQ(action.history.size(), 1u);
    EXPECT_EQ(action.history[0].status, ActionStatus::kOpen);
    EXPECT_EQ(action.history[0].changed_by, "Naam school@example.nl");
    EXPECT_FALSE(created->overdue);

    auto read = GetAction(*store_, viewer_, id_, action.id, T0());
    ASSERT_TRUE(read.has_value()) << read.error().message;
    EXPECT_EQ(read->action.fields.about.indicator, "Jeugdzorg");
    EXPECT_EQ(read->action.fields.about.organisation_id, provider_.id);
    EXPECT_EQ(GetAction(*store_, outsider_, id_, action.id, T0()).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ListActions(*store_, outsider_, id_, std::nullopt, T0()).error().code, ErrorCode::kNotFound);
    // A viewer may not record one.
    EXPECT_EQ(CreateAction(*store_, viewer_, id_, Action("Kijken", partner_), T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(AuditTrail(),
              (std::vector<std::string>{"improvement_action create ok", "improvement_action create denied"}));
}

TEST_P(ActionTest, TheOwnerMustBeAtAPartnerWithAMandate) {
    // Anyone at the provider may be the owner, not only who is signed in.
    EXPECT_TRUE(CreateAction(*store_, coordinator_, id_, Action("Een", colleague_), T0()).has_value());
    for (const Caller* owner : {&viewer_, &outsider_}) {
        auto refused = CreateAction(*store_, coordinator_, id_, Action("Twee", *owner), T0());
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(refused.error().field, "owner_person_id");
    }
    auto candidates = ListActionOwnerCandidates(*store_, viewer_, id_);
    ASSERT_TRUE(candidates.has_value()) << candidates.error().message;
    std::vector<std::string> names;
    for (const auto& candidate : *candidates) names.push_back(candidate.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Naam collega@example.nl", "Naam coord@example.nl",
                                               "Naam partner@example.nl", "Naam school@example.nl"}));
    EXPECT_EQ(ListActionOwnerCandidates(*store_, outsider_, id_).error().code, ErrorCode::kNotFound);
}

TEST_P(ActionTest, NothingOfAnotherCollaborationCanBeLinked) {
    NewImprovementAction result = Action("Resultaat", partner_);
    result.about.result_id = other_result_id_;
    NewImprovementAction activity = Action("Activiteit", partner_);
    activity.about.activity_id = other_activity_id_;
    for (const auto& [input, field] : {std::pair{result, "result_id"}, std::pair{activity, "activity_id"}}) {
        auto refused = CreateAction(*store_, partner_, id_, input, T0());
        ASSERT_FALSE(refused.has_value()) << field;
        EXPECT_EQ(refused.error().code, ErrorCode::kInvalidArgument);
        EXPECT_EQ(refused.error().field, field);
    }
    // The outsider cannot make itself the owner in this collaboration, nor reach in from its own.
    auto own = CreateAction(*store_, outsider_, id_, Action("Ik", outsider_), T0());
    EXPECT_EQ(own.error().code, ErrorCode::kNotFound);
    NewImprovementAction claim = Action("Claim", outsider_);
    claim.about.result_id = result_id_;
    EXPECT_EQ(CreateAction(*store_, outsider_, other_id_, claim, T0()).error().field, "result_id");
    auto ok = ListActions(*store_, coordinator_, id_, std::nullopt, T0());
    ASSERT_TRUE(ok.has_value());
    EXPECT_TRUE(ok->empty());
}

TEST_P(ActionTest, BadInputNamesTheField) {
    const auto field = [&](NewImprovementAction input) {
        auto refused = CreateAction(*store_, coordinator_, id_, input, T0());
        EXPECT_FALSE(refused.has_value());
        return refused ? std::string("(accepted)") : refused.error().field;
    };
    EXPECT_EQ(field(Action("   ", partner_)), "title");
    EXPECT_EQ(field(Action(std::string(201, 'x'), partner_)), "title");
    EXPECT_EQ(field(Action("Titel", partner_, "31-12-2026")), "due_on");
    NewImprovementAction no_owner = Action("Titel", partner_);
    no_owner.owner_person_id = "";
    EXPECT_EQ(field(no_owner), "owner_person_id");
    NewImprovementAction indicator = Action("Titel", partner_);
    indicator.about.indicator = "Bestaatniet";
    indicator.about.region = "GM0034";
    EXPECT_EQ(field(indicator), "indicator");
    indicator.about.indicator = "Jeugdzorg";
    indicator.about.region = "GM9999";
    EXPECT_EQ(field(indicator), "region");
    indicator.about.region.reset();
    EXPECT_EQ(field(indicator), "region");
    NewImprovementAction region = Action("Titel", partner_);
    region.about.region = "GM0034";
    EXPECT_EQ(field(region), "indicator");
    NewImprovementAction organisation = Action("Titel", partner_);
    organisation.about.organisation_id = "org_bestaatniet";
    EXPECT_EQ(field(organisation), "organisation_id");
}

TEST_P(ActionTest, TheCoordinatorTheOwnerAndTheCreatorChangeTheStatusWithAHistory) {
    auto created = CreateAction(*store_, school_, id_, Action("Panel", partner_, "2026-12-01"), T0());
    ASSERT_TRUE(created.has_value()) << created.error().message;
    const std::string action_id = created->action.id;
    // The viewer may not; an outsider does not see it.
    EXPECT_EQ(ChangeActionStatus(*store_, viewer_, id_, action_id, ActionStatus::kDone, "", T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(ChangeActionStatus(*store_, outsider_, id_, action_id, ActionStatus::kDone, "", T0()).error().code,
              ErrorCode::kNotFound);
    // The owner (partner), the creator (school) and the coordinator may.
    auto started = ChangeActionStatus(*store_, partner_, id_, action_id, ActionStatus::kInProgress,
                                      "  Eerste panel gepland  ", Day("2026-11-25"));
    ASSERT_TRUE(started.has_value()) << started.error().message;
    EXPECT_EQ(started->action.status, ActionStatus::kInProgress);
    ASSERT_TRUE(ChangeActionStatus(*store_, school_, id_, action_id, ActionStatus::kOpen, "", T0()).has_value());
    auto done = ChangeActionStatus(*store_, coordinator_, id_, action_id, ActionStatus::kDone, "Klaar", T0());
    ASSERT_TRUE(done.has_value()) << done.error().message;
    const auto& history = done->action.history;
    ASSERT_EQ(history.size(), 4u);
    EXPECT_EQ(history[1].status, ActionStatus::kInProgress);
    EXPECT_EQ(history[1].note, "Eerste panel gepland");
    EXPECT_EQ(history[1].changed_by, "Naam partner@example.nl");
    EXPECT_EQ(history[3].status, ActionStatus::kDone);
    EXPECT_EQ(history[3].changed_by, "Naam coord@example.nl");
    // A colleague of the owner is neither the owner nor at the partner that recorded it: refused.
    EXPECT_EQ(ChangeActionStatus(*store_, colleague_, id_, action_id, ActionStatus::kDropped, "", T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(ChangeActionStatus(*store_, partner_, id_, action_id, ActionStatus::kDone, std::string(2001, 'x'), T0())
                  .error()
                  .field,
              "note");
    const auto trail = AuditTrail();
    EXPECT_EQ(std::count(trail.begin(), trail.end(), "action_status update ok"), 3);
    EXPECT_EQ(std::count(trail.begin(), trail.end(), "action_status update denied"), 2);
}

TEST_P(ActionTest, OnlyTheCoordinatorEditsAndDeletes) {
    auto created = CreateAction(*store_, partner_, id_, Action("Panel", partner_), T0());
    ASSERT_TRUE(created.has_value()) << created.error().message;
    const std::string action_id = created->action.id;
    NewImprovementAction changed = Action("Panel met jongeren", school_, "2027-03-01");
    for (const Caller* caller : {&partner_, &viewer_}) {
        EXPECT_EQ(UpdateAction(*store_, *caller, id_, action_id, changed, T0()).error().code, ErrorCode::kForbidden);
        EXPECT_EQ(DeleteAction(*store_, *caller, id_, action_id, T0()).error().code, ErrorCode::kForbidden);
    }
    auto updated = UpdateAction(*store_, coordinator_, id_, action_id, changed, T0());
    ASSERT_TRUE(updated.has_value()) << updated.error().message;
    EXPECT_EQ(updated->action.fields.title, "Panel met jongeren");
    EXPECT_EQ(updated->action.owner_organisation, "School");
    EXPECT_EQ(updated->action.status, ActionStatus::kOpen);
    EXPECT_EQ(UpdateAction(*store_, coordinator_, id_, "acn_missing", changed, T0()).error().code,
              ErrorCode::kNotFound);
    ASSERT_TRUE(DeleteAction(*store_, coordinator_, id_, action_id, T0()).has_value());
    EXPECT_EQ(GetAction(*store_, coordinator_, id_, action_id, T0()).error().code, ErrorCode::kNotFound);
}

TEST_P(ActionTest, OverdueAndMineOpenAndOverdueFirst) {
    const auto make = [&](const char* title, const Caller& owner, const char* due) {
        auto created = CreateAction(*store_, coordinator_, id_, Action(title, owner, due), T0());
        EXPECT_TRUE(created.has_value()) << created.error().message;
        return created ? created->action.id : "";
    };
    const std::string later = make("Later", partner_, "2027-01-01");
    const std::string late = make("Te laat", partner_, "2026-11-01");
    const std::string finished = make("Afgerond", partner_, "2026-10-01");
    make("Van een ander", school_, "2026-10-01");
    ASSERT_TRUE(ChangeActionStatus(*store_, partner_, id_, finished, ActionStatus::kDone, "", T0()).has_value());
    const TimePoint today = Day("2026-12-01");
    auto all = ListActions(*store_, viewer_, id_, std::nullopt, today);
    ASSERT_TRUE(all.has_value()) << all.error().message;
    ASSERT_EQ(all->size(), 4u);
    for (const auto& view : *all) {
        EXPECT_EQ(view.overdue, view.action.id == late || view.action.fields.title == "Van een ander")
            << view.action.fields.title;
    }
    auto done = ListActions(*store_, viewer_, id_, ActionStatus::kDone, today);
    ASSERT_TRUE(done.has_value());
    ASSERT_EQ(done->size(), 1u);
    EXPECT_EQ(done->front().action.id, finished);

    auto mine = ListOwnActions(*store_, partner_, today);
    ASSERT_TRUE(mine.has_value()) << mine.error().message;
    std::vector<std::string> ids;
    for (const auto& view : *mine) ids.push_back(view.action.id);
    EXPECT_EQ(ids, (std::vector<std::string>{late, later, finished}));
    auto none = ListOwnActions(*store_, outsider_, today);
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ActionTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
