// Administration in the browser (issue 15): only administrators act; one-time links are stored
// as a hash only, work once, expire after 24 hours, and a newer link replaces the older ones.

#include "service/admin.hpp"

#include "account_fixture.hpp"
#include "privacy/secrets.hpp"

namespace kompas::testing {
namespace {

using namespace std::chrono_literals;

class AdminTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        platform_ = MakeOrganisation("Kompas beheer", OrganisationKind::kPlatform);
        municipality_ = MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, std::nullopt, "GM0034");
        admin_ = MakePerson("beheer@example.nl", platform_, true);
        user_ = MakePerson("an@example.nl", municipality_);
    }
    CreatedAccount NewAccountFor(const std::string& email) {
        auto created =
            CreateAccount(*store_, CallerOf(admin_), NewAccount{email, "Bea Bakker", municipality_.id, false}, T0());
        EXPECT_TRUE(created.has_value()) << created.error().message;
        return created.value_or(CreatedAccount{});
    }
    std::vector<AuditRecord> AuditOf(const std::string& object) {
        AuditQuery query;
        query.object = object;
        return ListAudit(*store_, CallerOf(admin_), query).value_or(std::vector<AuditRecord>{});
    }
    Organisation platform_, municipality_;
    Person admin_, user_;
};

TEST_P(AdminTest, ANewAccountCannotSignInUntilThePasswordIsSetThroughItsLink) {
    const CreatedAccount account = NewAccountFor("bea@example.nl");
    ASSERT_EQ(account.link.token.size(), 64u);
    EXPECT_EQ(account.link.expires_at, "2026-11-25T10:00:00Z");
    EXPECT_EQ(SignIn(*store_, "bea@example.nl", "", "127.0.0.1", T0()).error().code, ErrorCode::kUnauthenticated);

    auto info = CheckPasswordLink(*store_, account.link.token, T0() + 1h);
    ASSERT_TRUE(info.has_value()) << info.error().message;
    EXPECT_EQ(info->email, "bea@example.nl");
    EXPECT_EQ(info->name, "Bea Bakker");
    ASSERT_TRUE(SetPasswordWithLink(*store_, account.link.token, kGoodPassword, "127.0.0.1", T0() + 1h).has_value());
    EXPECT_TRUE(SignIn(*store_, "bea@example.nl", kGoodPassword, "127.0.0.1", T0() + 2h).has_value());

    // Audited: the account and its link by the administrator, the password by the person.
    const auto records = AuditOf(account.person.id);
    std::vector<std::string> seen;
    for (const auto& record : records) seen.push_back(record.object_type + ":" + record.action);
    EXPECT_NE(std::find(seen.begin(), seen.end(), "person:create"), seen.end());
    EXPECT_NE(std::find(seen.begin(), seen.end(), "password_link:create"), seen.end());
    EXPECT_NE(std::find(seen.begin(), seen.end(), "password:update"), seen.end());
    for (const auto& record : records) {
        EXPECT_EQ(record.object_id.find(account.link.token), std::string::npos);
    }
}

TEST_P(AdminTest, ALinkWorksOnce) {
    const CreatedAccount account = NewAccountFor("bea@example.nl");
    ASSERT_TRUE(SetPasswordWithLink(*store_, account.link.token, kGoodPassword, "127.0.0.1", T0()).has_value());
    auto again = SetPasswordWithLink(*store_, account.link.token, "Een-ander-wachtwoord-77", "127.0.0.1", T0());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::kConflict);
    EXPECT_EQ(again.error().message, kLinkUsedMessage);
    EXPECT_EQ(CheckPasswordLink(*store_, account.link.token, T0()).error().message, kLinkUsedMessage);
    // The first password still holds.
    EXPECT_TRUE(SignIn(*store_, "bea@example.nl", kGoodPassword, "127.0.0.1", T0()).has_value());
}

TEST_P(AdminTest, ALinkExpiresAfter24Hours) {
    const CreatedAccount account = NewAccountFor("bea@example.nl");
    EXPECT_TRUE(CheckPasswordLink(*store_, account.link.token, T0() + 23h + 59min).has_value());
    auto late = SetPasswordWithLink(*store_, account.link.token, kGoodPassword, "127.0.0.1", T0() + 24h);
    ASSERT_FALSE(late.has_value());
    EXPECT_EQ(late.error().code, ErrorCode::kConflict);
    EXPECT_EQ(late.error().message, kLinkExpiredMessage);
    EXPECT_FALSE(SignIn(*store_, "bea@example.nl", kGoodPassword, "127.0.0.1", T0() + 25h).has_value());
}

TEST_P(AdminTest, OnlyTheHashOfTheTokenIsStored) {
    const CreatedAccount account = NewAccountFor("bea@example.nl");
    auto by_token = store_->FindPasswordLink(account.link.token);
    ASSERT_TRUE(by_token.has_value());
    EXPECT_FALSE(by_token->has_value()) << "the raw token must not be a key";
    auto by_hash = store_->FindPasswordLink(HashToken(account.link.token));
    ASSERT_TRUE(by_hash.has_value());
    ASSERT_TRUE(by_hash->has_value());
    EXPECT_NE((*by_hash)->token_hash, account.link.token);
    EXPECT_EQ((*by_hash)->person_id, account.person.id);
}

TEST_P(AdminTest, AResetReplacesOlderLinksAndAWrongOrMalformedTokenIsUnknown) {
    const CreatedAccount account = NewAccountFor("bea@example.nl");
    auto reset = IssuePasswordLink(*store_, CallerOf(admin_), account.person.id, T0() + 1h);
    ASSERT_TRUE(reset.has_value()) << reset.error().message;
    EXPECT_NE(reset->token, account.link.token);
    auto old = CheckPasswordLink(*store_, account.link.token, T0() + 1h);
    ASSERT_FALSE(old.has_value());
    EXPECT_EQ(old.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(old.error().message, kLinkUnknownMessage);
    EXPECT_TRUE(CheckPasswordLink(*store_, reset->token, T0() + 1h).has_value());
    EXPECT_EQ(CheckPasswordLink(*store_, "niet-een-token", T0()).error().code, ErrorCode::kNotFound);
    EXPECT_EQ(CheckPasswordLink(*store_, std::string(64, 'a'), T0()).error().code, ErrorCode::kNotFound);
}

TEST_P(AdminTest, ThePasswordPolicyApplies) {
    const CreatedAccount account = NewAccountFor("bea@example.nl");
    auto weak = SetPasswordWithLink(*store_, account.link.token, "kort", "127.0.0.1", T0());
    ASSERT_FALSE(weak.has_value());
    EXPECT_EQ(weak.error().field, "password");
    // A refused password does not use the link up.
    EXPECT_TRUE(CheckPasswordLink(*store_, account.link.token, T0()).has_value());
}

TEST_P(AdminTest, OnlyAdministratorsAdministerAndARefusalIsAudited) {
    const Caller user = CallerOf(user_);
    EXPECT_EQ(AdminPeople(*store_, user, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(CreateAccount(*store_, user, NewAccount{"x@example.nl", "X", municipality_.id, true}, T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(IssuePasswordLink(*store_, user, admin_.id, T0()).error().code, ErrorCode::kForbidden);
    EXPECT_EQ(EditPerson(*store_, user, user_.id, PersonChange{"An", municipality_.id, true, true}, T0()).error().code,
              ErrorCode::kForbidden);
    EXPECT_EQ(
        EditOrganisation(*store_, user, municipality_.id,
                         NewOrganisation{"Overgenomen", OrganisationKind::kMunicipality, "GM0034", std::nullopt}, T0())
            .error()
            .code,
        ErrorCode::kForbidden);
    const auto records = AuditOf(user_.id);
    ASSERT_FALSE(records.empty());
    EXPECT_EQ(records.front().result, "denied");
    auto found = store_->FindPerson(user_.id);
    ASSERT_TRUE(found.has_value() && found->has_value());
    EXPECT_FALSE((*found)->platform_admin);
}

TEST_P(AdminTest, SwitchingAnAccountOffEndsItsSessionAndSignInMovesWithTheOrganisation) {
    auto session = SignIn(*store_, "an@example.nl", kGoodPassword, "127.0.0.1", T0());
    ASSERT_TRUE(session.has_value());
    auto off =
        EditPerson(*store_, CallerOf(admin_), user_.id, PersonChange{"An", municipality_.id, false, false}, T0());
    ASSERT_TRUE(off.has_value()) << off.error().message;
    EXPECT_FALSE(off->active);
    EXPECT_FALSE(ResumeSession(*store_, session->token, T0() + 1min).has_value());
    EXPECT_EQ(SignIn(*store_, "an@example.nl", kGoodPassword, "127.0.0.1", T0()).error().code,
              ErrorCode::kUnauthenticated);
    EXPECT_EQ(IssuePasswordLink(*store_, CallerOf(admin_), user_.id, T0()).error().field, "active");
    // On again, in another organisation.
    auto on =
        EditPerson(*store_, CallerOf(admin_), user_.id, PersonChange{"An de Vries", platform_.id, false, true}, T0());
    ASSERT_TRUE(on.has_value()) << on.error().message;
    auto again = SignIn(*store_, "an@example.nl", kGoodPassword, "127.0.0.1", T0() + 1h);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->session.organisation.id, platform_.id);
    EXPECT_EQ(again->session.person.name, "An de Vries");
}

TEST_P(AdminTest, ASwitchedOffDemoAccountStaysOffAndIsNotMadeAgain) {
    auto password = EnsureDemoAccount(*store_);
    ASSERT_TRUE(password.has_value() && !password->empty());
    auto demo = SignIn(*store_, "demo@kompas.local", *password, "127.0.0.1", T0());
    ASSERT_TRUE(demo.has_value());
    const Person person = demo->session.person;
    ASSERT_TRUE(EditPerson(*store_, CallerOf(admin_), person.id,
                           PersonChange{person.name, person.organisation_id, false, false}, T0())
                    .has_value());
    auto again = EnsureDemoAccount(*store_);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_EQ(*again, "");
    EXPECT_EQ(SignIn(*store_, "demo@kompas.local", *password, "127.0.0.1", T0()).error().message, kSignInFailedMessage);
}

TEST_P(AdminTest, AnAdministratorKeepsTheirOwnAccountAndRole) {
    EXPECT_EQ(EditPerson(*store_, CallerOf(admin_), admin_.id, PersonChange{"B", platform_.id, true, false}, T0())
                  .error()
                  .field,
              "active");
    EXPECT_EQ(EditPerson(*store_, CallerOf(admin_), admin_.id, PersonChange{"B", platform_.id, false, true}, T0())
                  .error()
                  .field,
              "platform_admin");
}

TEST_P(AdminTest, EditingAnOrganisationChecksItsFields) {
    const Caller admin = CallerOf(admin_);
    const Organisation provider = MakeOrganisation("De Brug", OrganisationKind::kProvider, "12345678");
    auto edited = EditOrganisation(
        *store_, admin, municipality_.id,
        NewOrganisation{"Gemeente Almere (stad)", OrganisationKind::kMunicipality, "GM0034", std::nullopt}, T0());
    ASSERT_TRUE(edited.has_value()) << edited.error().message;
    EXPECT_EQ((*store_->FindOrganisation(municipality_.id))->name, "Gemeente Almere (stad)");
    EXPECT_EQ(EditOrganisation(*store_, admin, municipality_.id,
                               NewOrganisation{"X", OrganisationKind::kMunicipality, std::nullopt, "87654321"}, T0())
                  .error()
                  .field,
              "agb");
    const Organisation other = MakeOrganisation("Andere aanbieder", OrganisationKind::kProvider);
    auto taken = EditOrganisation(
        *store_, admin, other.id,
        NewOrganisation{"Andere aanbieder", OrganisationKind::kProvider, std::nullopt, "12345678"}, T0());
    ASSERT_FALSE(taken.has_value());
    EXPECT_EQ(taken.error().code, ErrorCode::kConflict);
    EXPECT_EQ(EditOrganisation(*store_, admin, "org_onbekend",
                               NewOrganisation{"X", OrganisationKind::kMunicipality, std::nullopt, std::nullopt}, T0())
                  .error()
                  .code,
              ErrorCode::kNotFound);
    EXPECT_EQ(AuditOf(municipality_.id).front().action, "update");
    (void)provider;
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
