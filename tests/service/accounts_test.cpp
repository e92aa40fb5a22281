// Signing in and out, sessions, throttling, people and the audit trail.
#include <fmt/format.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "account_fixture.hpp"
#include "privacy/secrets.hpp"

namespace kompas::testing {
namespace {

using namespace std::chrono_literals;

class SignInTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        organisation_ = MakeOrganisation("Gemeente Almere");
        person_ = MakePerson("An@Example.nl", organisation_);
    }
    Organisation organisation_;
    Person person_;
};

TEST_P(SignInTest, EmailIsComparedCaseInsensitivelyAndANewTokenIsIssuedEachTime) {
    auto first = SignIn(*store_, "an@example.NL", kGoodPassword, "10.0.0.1", T0());
    ASSERT_TRUE(first.has_value()) << first.error().message;
    auto second = SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0());
    ASSERT_TRUE(second.has_value());
    EXPECT_NE(first->token, second->token);
    EXPECT_NE(first->session.csrf_token, second->session.csrf_token);
    EXPECT_EQ(first->session.person.id, person_.id);
    EXPECT_EQ(first->session.organisation.id, organisation_.id);
    EXPECT_EQ(first->session.idle_expires_at, "2026-11-24T10:30:00Z");
    EXPECT_EQ(first->session.absolute_expires_at, "2026-11-24T22:00:00Z");
}

TEST_P(SignInTest, UnknownEmailAndWrongPasswordGiveTheSameError) {
    auto wrong = SignIn(*store_, "an@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0());
    auto unknown = SignIn(*store_, "niemand@example.nl", kGoodPassword, "10.0.0.1", T0());
    ASSERT_FALSE(wrong.has_value());
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
    EXPECT_EQ(unknown.error().code, ErrorCode::kUnauthenticated);
    EXPECT_EQ(wrong.error().message, "E-mailadres of wachtwoord klopt niet");
    EXPECT_EQ(unknown.error().message, wrong.error().message);
}

TEST_P(SignInTest, SessionSurvives29m59sIdleButNot30m01s) {
    auto signed_in = SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0());
    ASSERT_TRUE(signed_in.has_value());
    EXPECT_TRUE(ResumeSession(*store_, signed_in->token, T0() + 29min + 59s).has_value());
    const TimePoint later = T0() + 29min + 59s;
    auto expired = ResumeSession(*store_, signed_in->token, later + 30min + 1s);
    ASSERT_FALSE(expired.has_value());
    EXPECT_EQ(expired.error().code, ErrorCode::kUnauthenticated);
    // Deleted: even a time within the idle limit no longer finds it.
    EXPECT_FALSE(ResumeSession(*store_, signed_in->token, later + 1min).has_value());
}

TEST_P(SignInTest, SessionEndsAfter12HoursEvenWhenActive) {
    auto signed_in = SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0());
    ASSERT_TRUE(signed_in.has_value());
    TimePoint now = T0();
    while (now + 25min < T0() + 12h) {
        now += 25min;
        ASSERT_TRUE(ResumeSession(*store_, signed_in->token, now).has_value());
    }
    EXPECT_FALSE(ResumeSession(*store_, signed_in->token, T0() + 12h + 1s).has_value());
}

TEST_P(SignInTest, SignOutInvalidatesTheSessionServerSide) {
    auto signed_in = SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0());
    ASSERT_TRUE(signed_in.has_value());
    ASSERT_TRUE(SignOut(*store_, signed_in->token, MakeCaller(signed_in->session, "10.0.0.1"), T0()).has_value());
    EXPECT_FALSE(ResumeSession(*store_, signed_in->token, T0() + 1s).has_value());
}

TEST_P(SignInTest, SixthAttemptAfterFiveFailuresIsRateLimitedEvenWithTheRightPassword) {
    for (int i = 0; i < 5; ++i) {
        auto failed =
            SignIn(*store_, "an@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0() + std::chrono::minutes(i));
        ASSERT_EQ(failed.error().code, ErrorCode::kUnauthenticated);
    }
    auto throttled = SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.2", T0() + 5min);
    ASSERT_FALSE(throttled.has_value());
    EXPECT_EQ(throttled.error().code, ErrorCode::kRateLimited);
    EXPECT_EQ(throttled.error().message, "Te veel pogingen; probeer het over 10 minuten opnieuw");
    // After the window the right password works again.
    EXPECT_TRUE(SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.2", T0() + 15min + 1s).has_value());
}

TEST_P(SignInTest, UnknownEmailIsThrottledLikeAKnownOne) {
    for (int i = 0; i < 5; ++i) (void)SignIn(*store_, "niemand@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0());
    auto throttled = SignIn(*store_, "niemand@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0());
    ASSERT_FALSE(throttled.has_value());
    EXPECT_EQ(throttled.error().code, ErrorCode::kRateLimited);
}

TEST_P(SignInTest, OneAddressIsLimitedTo20FailuresAcrossAccounts) {
    for (int i = 0; i < 20; ++i) {
        (void)SignIn(*store_, fmt::format("iemand{}@example.nl", i), "Verkeerd-wachtwoord-1", "10.9.9.9", T0());
    }
    auto throttled = SignIn(*store_, "an@example.nl", kGoodPassword, "10.9.9.9", T0() + 1min);
    ASSERT_FALSE(throttled.has_value());
    EXPECT_EQ(throttled.error().code, ErrorCode::kRateLimited);
    EXPECT_TRUE(SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0() + 1min).has_value());
}

// Issue 13: checking the throttle and recording a failure are one step. 50 parallel wrong
// passwords (each on its own connection) give at most 5 password verifications.
TEST_P(SignInTest, FiftyParallelWrongPasswordsReachTheHashAtMostFiveTimes) {
    constexpr int kAttempts = 50;
    std::vector<std::unique_ptr<Store>> stores;
    for (int i = 0; i < kAttempts; ++i) {
        auto store = OpenStore(database_->url());
        ASSERT_TRUE(store.has_value()) << store.error().message;
        stores.push_back(std::move(*store));
    }
    const std::uint64_t before = PasswordVerificationCount();
    std::vector<std::thread> threads;
    std::vector<ErrorCode> codes(kAttempts, ErrorCode::kInternal);
    for (int i = 0; i < kAttempts; ++i) {
        threads.emplace_back([&, i] {
            auto result = SignIn(*stores[i], "an@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0());
            codes[i] = result ? ErrorCode::kInternal : result.error().code;
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(PasswordVerificationCount() - before, 5u);
    EXPECT_EQ(std::count(codes.begin(), codes.end(), ErrorCode::kUnauthenticated), 5);
    EXPECT_EQ(std::count(codes.begin(), codes.end(), ErrorCode::kRateLimited), kAttempts - 5);
}

// Refused attempts are counted, not audited one by one: when the throttle lifts they become one
// record that says how many there were.
TEST_P(SignInTest, RefusedAttemptsBecomeOneAggregatedAuditRecord) {
    auto count_records = [&](std::string_view result) {
        int n = 0;
        (void)store_->ForEachAuditRecord([&](const AuditRecord& record) -> Result<void> {
            if (record.action == "sign_in_failed" && record.result == result) ++n;
            return {};
        });
        return n;
    };
    for (int i = 0; i < 5; ++i) (void)SignIn(*store_, "an@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0());
    for (int i = 0; i < 30; ++i) {
        auto refused = SignIn(*store_, "an@example.nl", "Verkeerd-wachtwoord-1", "10.0.0.1", T0() + 1min);
        ASSERT_EQ(refused.error().code, ErrorCode::kRateLimited);
    }
    EXPECT_EQ(count_records("failed"), 5);
    EXPECT_EQ(count_records("denied"), 0);  // counted, not yet written
    ASSERT_TRUE(SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0() + 17min).has_value());
    EXPECT_EQ(count_records("denied"), 1);
    std::string object_id;
    (void)store_->ForEachAuditRecord([&](const AuditRecord& record) -> Result<void> {
        if (record.result == "denied") object_id = record.object_id;
        return {};
    });
    EXPECT_EQ(object_id, "30 from 2026-11-24T10:01:00Z to 2026-11-24T10:01:00Z");
    auto verified = VerifyAudit(*store_);
    ASSERT_TRUE(verified.has_value());
    EXPECT_TRUE(verified->ok);
}

// Sessions do not write on every request: last-seen moves at most once a minute.
TEST_P(SignInTest, ResumingWritesLastSeenAtMostOnceAMinute) {
    auto signed_in = SignIn(*store_, "an@example.nl", kGoodPassword, "10.0.0.1", T0());
    ASSERT_TRUE(signed_in.has_value());
    auto last_seen = [&] {
        auto found = store_->FindSession(HashToken(signed_in->token));
        return found && *found ? (*found)->last_seen : std::string();
    };
    ASSERT_TRUE(ResumeSession(*store_, signed_in->token, T0() + 59s).has_value());
    EXPECT_EQ(last_seen(), "2026-11-24T10:00:00Z");
    ASSERT_TRUE(ResumeSession(*store_, signed_in->token, T0() + 61s).has_value());
    EXPECT_EQ(last_seen(), "2026-11-24T10:01:01Z");
    EXPECT_TRUE(SessionIsValid(*store_, signed_in->token, T0() + 2min));
    EXPECT_EQ(last_seen(), "2026-11-24T10:01:01Z");  // the header-phase check only reads
    EXPECT_FALSE(SessionIsValid(*store_, "onbekend", T0() + 2min));
}

TEST_P(AccountTest, OnlyPlatformAdministratorsCreateOrganisationsAndPeople) {
    auto admin = AddPerson(*store_, NewPerson{"beheer@example.nl", "Beheer", "", std::string(kGoodPassword)}, true);
    ASSERT_TRUE(admin.has_value()) << admin.error().message;
    const auto organisations = store_->Organisations();
    ASSERT_EQ(organisations->size(), 1u);
    EXPECT_EQ(organisations->front().kind, OrganisationKind::kPlatform);
    EXPECT_EQ(organisations->front().name, "Kompas beheer");

    auto created = CreateOrganisation(
        *store_, CallerOf(*admin),
        {"Gemeente Zwolle", OrganisationKind::kMunicipality, std::string("GM0193"), std::nullopt}, T0());
    ASSERT_TRUE(created.has_value());
    const Person user = MakePerson("user@example.nl", *created);
    auto denied = CreateOrganisation(*store_, CallerOf(user),
                                     {"Stiekem", OrganisationKind::kProvider, std::nullopt, std::nullopt}, T0());
    ASSERT_FALSE(denied.has_value());
    EXPECT_EQ(denied.error().code, ErrorCode::kForbidden);
    auto denied_person = CreatePerson(*store_, CallerOf(user),
                                      NewPerson{"x@example.nl", "X", created->id, std::string(kGoodPassword)}, T0());
    EXPECT_EQ(denied_person.error().code, ErrorCode::kForbidden);

    auto weak =
        CreatePerson(*store_, CallerOf(*admin), NewPerson{"y@example.nl", "Y", created->id, "Password1234"}, T0());
    ASSERT_FALSE(weak.has_value());
    EXPECT_EQ(weak.error().field, "password");
    auto duplicate = CreatePerson(*store_, CallerOf(*admin),
                                  NewPerson{"USER@example.nl", "Y", created->id, std::string(kGoodPassword)}, T0());
    EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
}

TEST_P(AccountTest, PeopleListIsScopedToTheCallersOrganisationUnlessAdmin) {
    const Organisation a = MakeOrganisation("A"), b = MakeOrganisation("B");
    const Person pa = MakePerson("a@example.nl", a);
    MakePerson("b@example.nl", b);
    auto admin = AddPerson(*store_, NewPerson{"beheer@example.nl", "Beheer", "", std::string(kGoodPassword)}, true);
    auto seen = ListPeople(*store_, CallerOf(pa));
    ASSERT_EQ(seen->size(), 1u);
    EXPECT_EQ(seen->front().email, "a@example.nl");
    EXPECT_EQ(ListPeople(*store_, CallerOf(*admin))->size(), 3u);
}

TEST_P(AccountTest, DemoAccountIsCreatedOnceWithARandomPassword) {
    auto password = EnsureDemoAccount(*store_);
    ASSERT_TRUE(password.has_value()) << password.error().message;
    EXPECT_GE(password->size(), 16u);
    EXPECT_TRUE(SignIn(*store_, "demo@kompas.local", *password, "127.0.0.1", T0()).has_value());
    EXPECT_EQ(*EnsureDemoAccount(*store_), "");
}

TEST_P(AccountTest, EachChangeWritesOneAuditRecordAndTheChainVerifies) {
    auto admin = AddPerson(*store_, NewPerson{"beheer@example.nl", "Beheer", "", std::string(kGoodPassword)}, true);
    ASSERT_TRUE(admin.has_value());
    // platform organisation + admin
    EXPECT_EQ(VerifyAudit(*store_)->records, 2);
    auto organisation = CreateOrganisation(*store_, CallerOf(*admin),
                                           {"A", OrganisationKind::kProvider, std::nullopt, std::nullopt}, T0());
    ASSERT_TRUE(organisation.has_value());
    auto records = ListAudit(*store_, CallerOf(*admin), AuditQuery{});
    ASSERT_EQ(records->size(), 3u);
    EXPECT_EQ(records->front().seq, 3);
    EXPECT_EQ(records->front().action, "create");
    EXPECT_EQ(records->front().object_id, organisation->id);
    EXPECT_EQ(records->front().person_email, "beheer@example.nl");
    const auto verification = VerifyAudit(*store_);
    EXPECT_TRUE(verification->ok);
    EXPECT_EQ(DescribeAuditVerification(*verification), "audit: 3 records, chain intact");
    const Person user = MakePerson("user@example.nl", *organisation);
    EXPECT_EQ(ListAudit(*store_, CallerOf(user), AuditQuery{}).error().code, ErrorCode::kForbidden);
}

TEST_P(AccountTest, PasswordsAndTokensNeverAppearInTheAuditTrail) {
    const Organisation organisation = MakeOrganisation("A");
    MakePerson("a@example.nl", organisation);
    auto signed_in = SignIn(*store_, "a@example.nl", kGoodPassword, "127.0.0.1", T0());
    ASSERT_TRUE(signed_in.has_value());
    (void)SignIn(*store_, "a@example.nl", "Verkeerd-wachtwoord-1", "127.0.0.1", T0());
    std::string text;
    ASSERT_TRUE(store_->ForEachAuditRecord([&text](const AuditRecord& r) -> Result<void> {
        text += fmt::format("{}|{}|{}|{}|{}|{}|{}\n", r.at, r.person_id.value_or(""), r.person_email.value_or(""),
                            r.action, r.object_type, r.object_id, r.remote);
        return {};
    }));
    EXPECT_NE(text.find("sign_in_failed"), std::string::npos);
    EXPECT_EQ(text.find(kGoodPassword), std::string::npos);
    EXPECT_EQ(text.find("Verkeerd-wachtwoord-1"), std::string::npos);
    EXPECT_EQ(text.find(signed_in->token), std::string::npos);
    EXPECT_EQ(text.find(signed_in->session.csrf_token), std::string::npos);
}

// Changes the table behind the store's back, as someone with access to the database could.
void RawExec(const TestDatabase& database, const std::string& sql) {
    const std::string& url = database.url();
    if (url.starts_with("sqlite:")) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(url.substr(7).c_str(), &db), SQLITE_OK);
        char* message = nullptr;
        const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
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

// Migration 0019's triggers refuse these changes (tests/store/audit_append_only_test.cpp); someone
// with direct access to the database removes them first, and the hash chain must still tell.
std::string WithoutAuditGuards(const TestDatabase& database, const std::string& sql) {
    if (database.url().starts_with("sqlite:")) {
        return "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql;
    }
    return "ALTER TABLE audit_log DISABLE TRIGGER USER; " + sql;
}

class AuditTamperTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        for (int i = 0; i < 5; ++i) MakeOrganisation(fmt::format("Organisatie {}", i));
        ASSERT_TRUE(VerifyAudit(*store_)->ok);
    }
};

TEST_P(AuditTamperTest, ChangedRecordIsNamedByItsSeq) {
    RawExec(*database_, WithoutAuditGuards(*database_, "UPDATE audit_log SET remote = '10.6.6.6' WHERE seq = 3"));
    const auto verification = VerifyAudit(*store_);
    ASSERT_TRUE(verification.has_value());
    EXPECT_FALSE(verification->ok);
    EXPECT_EQ(verification->bad_seq, 3);
    EXPECT_EQ(DescribeAuditVerification(*verification), "audit: record 3 is changed (hash differs)");
}

TEST_P(AuditTamperTest, RemovedRecordInTheMiddleIsNamedAsAGap) {
    RawExec(*database_, WithoutAuditGuards(*database_, "DELETE FROM audit_log WHERE seq = 2"));
    const auto verification = VerifyAudit(*store_);
    EXPECT_FALSE(verification->ok);
    EXPECT_EQ(verification->bad_seq, 2);
    EXPECT_EQ(DescribeAuditVerification(*verification), "audit: record 2 is missing (gap in the sequence)");
}

TEST_P(AuditTamperTest, RemovedAndRenumberedRecordBreaksTheLinkToItsPredecessor) {
    RawExec(*database_, WithoutAuditGuards(*database_, "DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = seq - 1 WHERE seq > 2"));
    const auto verification = VerifyAudit(*store_);
    EXPECT_FALSE(verification->ok);
    EXPECT_EQ(verification->bad_seq, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });
INSTANTIATE_TEST_SUITE_P(Backends, SignInTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });
INSTANTIATE_TEST_SUITE_P(Backends, AuditTamperTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& param_info) {
                             return BackendName(param_info.param);
                         });

}  // namespace
}  // namespace kompas::testing
