// Accounts as the HTTP handlers and the command line use them: signing in and out, sessions,
// organisations, people, and the audit trail. Every change writes an audit record in the same
// transaction; time is passed in so that expiry and throttling can be tested.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/audit.hpp"
#include "core/error.hpp"
#include "store/store.hpp"

namespace kompas {

// Same text whether the account exists or not.
inline constexpr std::string_view kSignInFailedMessage = "E-mailadres of wachtwoord klopt niet";
inline constexpr int kMaxFailedSignInsPerAccount = 5;  // per e-mail address, per window
inline constexpr int kMaxFailedSignInsPerRemote = 20;  // per client address, per window
inline constexpr std::chrono::minutes kSignInWindow{15};
inline constexpr std::chrono::minutes kSessionTouchInterval{1};  // last-seen is written at most this often

struct SignInResult {
    std::string token;  // the raw session token: only here, for the cookie; the store keeps its hash
    Session session;
};

// The Caller for a resumed session and the client's address.
Caller MakeCaller(const Session& session, std::string remote);

// kUnauthenticated (kSignInFailedMessage) for an unknown e-mail or a wrong password, after the
// same amount of work; kRateLimited ("Te veel pogingen; probeer het over N minuten opnieuw")
// after 5 failures for the e-mail or 20 for the address in 15 minutes, even with the right
// password. The check and the recording of the failure are one atomic step (parallel attempts
// cannot slip past the limit). A success creates a new session; both outcomes are audited, and
// the attempts refused while throttled become one aggregated audit record (Store::BeginSignInAttempt).
Result<SignInResult> SignIn(Store& store, std::string_view email, std::string_view password, std::string_view remote,
                            TimePoint now);

// kUnauthenticated when the token is unknown, idle for more than 30 minutes or older than 12
// hours (an expired session is deleted). Otherwise returns the session, and records the
// activity when the last record is at least kSessionTouchInterval old (not on every request).
Result<Session> ResumeSession(Store& store, std::string_view token, TimePoint now);

// Whether `token` names a live session; reads only (for the server's header-phase body limit).
bool SessionIsValid(Store& store, std::string_view token, TimePoint now);

// Deletes the session server-side; audited. Succeeds when it was already gone.
Result<void> SignOut(Store& store, std::string_view token, const Caller& caller, TimePoint now);
// Same, with the current time.
Result<void> SignOut(Store& store, std::string_view token, const Caller& caller);

// Every signed-in person may list organisations (to invite partners); ordered by name.
Result<std::vector<Organisation>> ListOrganisations(Store& store, const Caller& caller);
// Platform administrators only (else kForbidden, audited as denied).
Result<Organisation> CreateOrganisation(Store& store, const Caller& caller, const NewOrganisation& organisation,
                                        TimePoint now);
// Without a Caller: for `kompas org add` (audited as done by nobody from "cli").
Result<Organisation> AddOrganisation(Store& store, const NewOrganisation& organisation);

// Platform administrators: everyone; others: their own organisation. Ordered by name, email.
Result<std::vector<Person>> ListPeople(Store& store, const Caller& caller);
// Platform administrators only. kInvalidArgument with field "password" when the password breaks
// the policy (core/password_policy.hpp), field "email" or "organisation_id" when those are bad;
// kConflict when the e-mail address is taken.
Result<Person> CreatePerson(Store& store, const Caller& caller, const NewPerson& person, TimePoint now);
// Without a Caller: for `kompas user add [--admin]`. With admin_flag and no organisation_id the
// person joins the platform organisation "Kompas beheer", created when none exists.
Result<Person> AddPerson(Store& store, const NewPerson& person, bool admin_flag);

// The checks of a new or edited organisation: a name, a region code of at most 16 characters,
// and an AGB code of 8 digits for a provider only (kInvalidArgument naming the field).
Result<void> ValidateOrganisation(const NewOrganisation& organisation);
// Checks e-mail, name and organisation and stores the person with `password_hash` (audited as a
// create by `caller`); no access check. An empty hash makes an account that cannot sign in
// until its password is set through a one-time link (service/admin.hpp).
Result<Person> StorePersonWithHash(Store& store, const Caller& caller, const NewPerson& person,
                                   std::string_view password_hash, TimePoint now);

// For `make run`: when demo@kompas.local does not exist, creates "Gemeente Almere"
// (municipality, GM0034) and "Demo Beleidsadviseur" with a random password of 20 characters,
// and returns that password; returns "" when the account already existed.
Result<std::string> EnsureDemoAccount(Store& store);

// Platform administrators only (kForbidden otherwise); newest first, limit 1..1000.
Result<std::vector<AuditRecord>> ListAudit(Store& store, const Caller& caller, const AuditQuery& query);
// Walks the whole chain: ok, or the first record that was changed or removed.
Result<AuditVerification> VerifyAudit(Store& store);
// "audit: N records, chain intact" or "audit: record 17 is changed (hash differs)".
std::string DescribeAuditVerification(const AuditVerification& verification);

}  // namespace kompas
