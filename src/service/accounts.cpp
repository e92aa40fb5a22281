#include "service/accounts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/password_policy.hpp"
#include "core/text.hpp"
#include "privacy/audit_chain.hpp"
#include "privacy/secrets.hpp"
#include "service/audit_entry.hpp"

namespace kompas {
namespace {

constexpr std::string_view kDemoEmail = "demo@kompas.local";
constexpr std::string_view kPlatformOrganisationName = "Kompas beheer";
constexpr std::size_t kMaxEmailLength = 254;
constexpr std::size_t kMaxNameLength = 200;
constexpr std::string_view kCliRemote = "cli";

Error NotSignedIn() { return Error{ErrorCode::kUnauthenticated, "Niet aangemeld of de sessie is verlopen", {}}; }

Caller CliCaller() {
    Caller caller;
    caller.remote = std::string(kCliRemote);
    return caller;
}

template <typename T>
Result<T> Denied(Store& store, const Caller& caller, TimePoint now, AuditAction action, std::string object_type,
                 std::string object_id, std::string message) {
    (void)store.AppendAudit(EntryFor(caller, now, action, std::move(object_type), std::move(object_id),
                                     AuditResult::kDenied));  // best effort: the refusal matters more
    return Fail(ErrorCode::kForbidden, std::move(message));
}

Result<Session> BuildSession(Store& store, const SessionRecord& record) {
    auto person = store.FindPerson(record.person_id);
    if (!person) return std::unexpected(std::move(person.error()));
    if (!*person || !(*person)->active) return std::unexpected(NotSignedIn());
    auto organisation = store.FindOrganisation((*person)->organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (!*organisation) return Fail(ErrorCode::kInternal, "account: organisation of a person is missing");
    const auto created = ParseUtc(record.created_at), last_seen = ParseUtc(record.last_seen);
    if (!created || !last_seen) return Fail(ErrorCode::kInternal, "session: stored times are not ISO-8601");
    const TimePoint absolute = *created + kSessionAbsoluteTimeout;
    const TimePoint idle = std::min(*last_seen + kSessionIdleTimeout, absolute);
    return Session{std::move(**person), std::move(**organisation), record.csrf_token, FormatUtc(idle),
                   FormatUtc(absolute)};
}

Result<Organisation> StoreOrganisation(Store& store, const Caller& caller, const NewOrganisation& input,
                                       TimePoint now) {
    if (auto valid = ValidateOrganisation(input); !valid) return std::unexpected(std::move(valid.error()));
    Organisation organisation{NewId("org"), std::string(Trim(input.name)), input.kind, input.region, input.agb};
    auto created = store.CreateOrganisation(
        organisation, EntryFor(caller, now, AuditAction::kCreate, "organisation", organisation.id));
    if (!created) return std::unexpected(std::move(created.error()));
    return organisation;
}

Result<Person> StorePerson(Store& store, const Caller& caller, const NewPerson& input, TimePoint now) {
    if (auto policy = CheckPasswordPolicy(input.password); !policy) return std::unexpected(std::move(policy.error()));
    auto hash = HashPassword(input.password);
    if (!hash) return std::unexpected(std::move(hash.error()));
    return StorePersonWithHash(store, caller, input, *hash, now);
}

std::string AuditBound(const std::string& value, bool end) {
    if (value.size() == 10) return value + (end ? "T23:59:59Z" : "T00:00:00Z");
    return value;
}

}  // namespace

Result<void> ValidateOrganisation(const NewOrganisation& organisation) {
    const std::string_view name = Trim(organisation.name);
    if (name.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de organisatie een naam", "name");
    if (name.size() > kMaxNameLength) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    if (organisation.region && (organisation.region->empty() || organisation.region->size() > 16)) {
        return Fail(ErrorCode::kInvalidArgument, "Ongeldige regiocode", "region");
    }
    if (organisation.agb) {
        const std::string& agb = *organisation.agb;
        if (agb.size() != 8 || agb.find_first_not_of("0123456789") != std::string::npos) {
            return Fail(ErrorCode::kInvalidArgument, "Een AGB-code bestaat uit 8 cijfers", "agb");
        }
        if (organisation.kind != OrganisationKind::kProvider) {
            return Fail(ErrorCode::kInvalidArgument, "Alleen een zorgaanbieder heeft een AGB-code", "agb");
        }
    }
    return {};
}

Result<Person> StorePersonWithHash(Store& store, const Caller& caller, const NewPerson& input,
                                   std::string_view password_hash, TimePoint now) {
    const std::string email = AsciiLower(Trim(input.email));
    const auto at = email.find('@');
    if (email.empty() || email.size() > kMaxEmailLength || at == std::string::npos || at == 0 ||
        at + 1 == email.size() || email.find_first_of(" \t\r\n") != std::string::npos) {
        return Fail(ErrorCode::kInvalidArgument, "Ongeldig e-mailadres", "email");
    }
    const std::string_view name = Trim(input.name);
    if (name.empty()) return Fail(ErrorCode::kInvalidArgument, "Geef de naam van de persoon", "name");
    if (name.size() > kMaxNameLength) return Fail(ErrorCode::kInvalidArgument, "De naam is te lang", "name");
    auto organisation = store.FindOrganisation(input.organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (!*organisation) return Fail(ErrorCode::kInvalidArgument, "Onbekende organisatie", "organisation_id");
    Person person{NewId("per"), email, std::string(name), input.organisation_id, input.platform_admin};
    auto created =
        store.CreatePerson(person, password_hash, EntryFor(caller, now, AuditAction::kCreate, "person", person.id));
    if (!created) return std::unexpected(std::move(created.error()));
    return person;
}

Caller MakeCaller(const Session& session, std::string remote) {
    return Caller{session.person.id, session.person.organisation_id, session.person.platform_admin, std::move(remote),
                  session.person.email};
}

Result<SignInResult> SignIn(Store& store, std::string_view email_text, std::string_view password,
                            std::string_view remote, TimePoint now) {
    std::string email = AsciiLower(Trim(email_text));
    if (email.size() > kMaxEmailLength) email.resize(kMaxEmailLength);  // the audit record stays bounded
    const std::string since = FormatUtc(now - kSignInWindow);
    AuditEntry failure;
    failure.at = FormatUtc(now);
    failure.person_email = email;
    failure.action = AuditAction::kSignInFailed;
    failure.object_type = "session";
    failure.result = AuditResult::kFailed;
    failure.remote = std::string(remote);

    // Checking the throttle and recording this attempt's failure in advance are one step in the
    // store: 50 parallel wrong passwords give at most 5 password verifications.
    auto attempt = store.BeginSignInAttempt(email, remote, since, failure.at, kMaxFailedSignInsPerAccount,
                                            kMaxFailedSignInsPerRemote);
    if (!attempt) return std::unexpected(std::move(attempt.error()));
    if (!attempt->allowed) {
        // Counted by the store in one aggregated audit record, not one per refusal.
        const auto first_time = ParseUtc(attempt->oldest_failure).value_or(now);
        const auto wait = std::chrono::ceil<std::chrono::minutes>(first_time + kSignInWindow - now);
        return Fail(ErrorCode::kRateLimited, fmt::format("Te veel pogingen; probeer het over {} minuten opnieuw",
                                                         std::max<std::int64_t>(1, wait.count())));
    }

    auto credentials = store.FindCredentials(email);
    if (!credentials) return std::unexpected(std::move(credentials.error()));
    // The same Argon2id work whether or not the account exists.
    // A switched-off account (issue 15) fails like an unknown one, after the same work.
    const bool usable = *credentials && (*credentials)->person.active;
    const bool verified = usable ? VerifyPassword((*credentials)->password_hash, password)
                                 : (VerifyPassword(DummyPasswordHash(), password), false);
    if (!verified) {
        // The failure itself was recorded by BeginSignInAttempt; this is its audit record.
        if (auto audited = store.AppendAudit(failure); !audited) return std::unexpected(std::move(audited.error()));
        return Fail(ErrorCode::kUnauthenticated, std::string(kSignInFailedMessage));
    }

    const Person& person = (*credentials)->person;
    SignInResult result;
    result.token = RandomToken();
    const std::string now_text = FormatUtc(now);
    const SessionRecord record{HashToken(result.token), person.id, RandomToken(), now_text, now_text};
    Caller caller{person.id, person.organisation_id, person.platform_admin, std::string(remote), person.email};
    auto created =
        store.CreateSession(record, email, EntryFor(caller, now, AuditAction::kSignIn, "session", person.id));
    if (!created) return std::unexpected(std::move(created.error()));
    auto session = BuildSession(store, record);
    if (!session) return std::unexpected(std::move(session.error()));
    result.session = std::move(*session);
    return result;
}

Result<Session> ResumeSession(Store& store, std::string_view token, TimePoint now) {
    if (token.empty() || token.size() > 256) return std::unexpected(NotSignedIn());
    const std::string token_hash = HashToken(token);
    auto found = store.FindSession(token_hash);
    if (!found) return std::unexpected(std::move(found.error()));
    if (!*found) return std::unexpected(NotSignedIn());
    SessionRecord& record = **found;
    const auto created = ParseUtc(record.created_at), last_seen = ParseUtc(record.last_seen);
    if (!created || !last_seen || now - *last_seen > kSessionIdleTimeout || now - *created > kSessionAbsoluteTimeout) {
        (void)store.DeleteSession(token_hash, nullptr);  // expired: gone either way
        return std::unexpected(NotSignedIn());
    }
    // No write on every request: last-seen moves at most once a minute (the idle timeout of 30
    // minutes is then kept within a minute).
    const std::string now_text = FormatUtc(now);
    // A touch that cannot be written (a full disk, issue 13) does not refuse the request: reading
    // must go on, and a last-seen left behind only makes the session expire sooner, never later.
    if (now - *last_seen >= kSessionTouchInterval) {
        if (auto touched = store.TouchSession(token_hash, now_text); touched) record.last_seen = now_text;
    }
    return BuildSession(store, record);
}

bool SessionIsValid(Store& store, std::string_view token, TimePoint now) {
    if (token.empty() || token.size() > 256) return false;
    auto found = store.FindSession(HashToken(token));
    if (!found || !*found) return false;
    const auto created = ParseUtc((*found)->created_at), last_seen = ParseUtc((*found)->last_seen);
    return created && last_seen && now - *last_seen <= kSessionIdleTimeout && now - *created <= kSessionAbsoluteTimeout;
}

Result<void> SignOut(Store& store, std::string_view token, const Caller& caller, TimePoint now) {
    const AuditEntry entry = EntryFor(caller, now, AuditAction::kSignOut, "session", caller.person_id);
    return store.DeleteSession(HashToken(token), &entry);
}

Result<void> SignOut(Store& store, std::string_view token, const Caller& caller) {
    return SignOut(store, token, caller, std::chrono::system_clock::now());
}

Result<std::vector<Organisation>> ListOrganisations(Store& store, const Caller& caller) {
    if (caller.person_id.empty()) return std::unexpected(NotSignedIn());
    return store.Organisations();
}

Result<Organisation> CreateOrganisation(Store& store, const Caller& caller, const NewOrganisation& organisation,
                                        TimePoint now) {
    if (!caller.platform_admin) {
        return Denied<Organisation>(store, caller, now, AuditAction::kCreate, "organisation", "",
                                    "Alleen platformbeheerders maken organisaties aan");
    }
    return StoreOrganisation(store, caller, organisation, now);
}

Result<Organisation> AddOrganisation(Store& store, const NewOrganisation& organisation) {
    return StoreOrganisation(store, CliCaller(), organisation, std::chrono::system_clock::now());
}

Result<std::vector<Person>> ListPeople(Store& store, const Caller& caller) {
    if (caller.person_id.empty()) return std::unexpected(NotSignedIn());
    return store.People(caller);
}

Result<Person> CreatePerson(Store& store, const Caller& caller, const NewPerson& person, TimePoint now) {
    if (!caller.platform_admin) {
        return Denied<Person>(store, caller, now, AuditAction::kCreate, "person", "",
                              "Alleen platformbeheerders maken accounts aan");
    }
    return StorePerson(store, caller, person, now);
}

Result<Person> AddPerson(Store& store, const NewPerson& input, bool admin_flag) {
    const TimePoint now = std::chrono::system_clock::now();
    NewPerson person = input;
    person.platform_admin = admin_flag;
    if (admin_flag && person.organisation_id.empty()) {
        auto organisations = store.Organisations();
        if (!organisations) return std::unexpected(std::move(organisations.error()));
        const auto platform = std::find_if(organisations->begin(), organisations->end(),
                                           [](const Organisation& o) { return o.kind == OrganisationKind::kPlatform; });
        if (platform != organisations->end()) {
            person.organisation_id = platform->id;
        } else {
            auto created = StoreOrganisation(store, CliCaller(),
                                             NewOrganisation{std::string(kPlatformOrganisationName),
                                                             OrganisationKind::kPlatform, std::nullopt, std::nullopt},
                                             now);
            if (!created) return std::unexpected(std::move(created.error()));
            person.organisation_id = created->id;
        }
    }
    if (person.organisation_id.empty()) {
        return Fail(ErrorCode::kInvalidArgument, "Geef de organisatie van de persoon (--organisation)",
                    "organisation_id");
    }
    return StorePerson(store, CliCaller(), person, now);
}

Result<std::string> EnsureDemoAccount(Store& store) {
    auto existing = store.FindCredentials(kDemoEmail);
    if (!existing) return std::unexpected(std::move(existing.error()));
    if (*existing) return std::string();
    auto organisation = AddOrganisation(store, NewOrganisation{"Gemeente Almere", OrganisationKind::kMunicipality,
                                                               std::string("GM0034"), std::nullopt});
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    std::string password = RandomPassword(20);
    while (!CheckPasswordPolicy(password)) password = RandomPassword(20);
    auto person =
        AddPerson(store, NewPerson{std::string(kDemoEmail), "Demo Beleidsadviseur", organisation->id, password}, false);
    if (!person) return std::unexpected(std::move(person.error()));
    return password;
}

Result<std::vector<AuditRecord>> ListAudit(Store& store, const Caller& caller, const AuditQuery& query) {
    if (!caller.platform_admin) {
        return Denied<std::vector<AuditRecord>>(store, caller, std::chrono::system_clock::now(), AuditAction::kExport,
                                                "audit", "", "Alleen platformbeheerders zien het auditlogboek");
    }
    if (query.limit < 1 || query.limit > kMaxAuditLimit) {
        return Fail(ErrorCode::kInvalidArgument, fmt::format("limit moet tussen 1 en {} liggen", kMaxAuditLimit),
                    "limit");
    }
    if (!query.from.empty() && !ParseUtc(query.from)) {
        return Fail(ErrorCode::kInvalidArgument, "from is geen ISO-8601-tijdstip", "from");
    }
    if (!query.to.empty() && !ParseUtc(query.to)) {
        return Fail(ErrorCode::kInvalidArgument, "to is geen ISO-8601-tijdstip", "to");
    }
    AuditQuery bounded = query;
    bounded.from = AuditBound(query.from, false);
    bounded.to = AuditBound(query.to, true);
    return store.Audit(caller, bounded);
}

Result<AuditVerification> VerifyAudit(Store& store) {
    AuditChainVerifier verifier;
    auto walked = store.ForEachAuditRecord([&verifier](const AuditRecord& record) -> Result<void> {
        verifier.Feed(record);
        return {};
    });
    if (!walked) return std::unexpected(std::move(walked.error()));
    return verifier.result();
}

std::string DescribeAuditVerification(const AuditVerification& verification) {
    if (verification.ok) return fmt::format("audit: {} records, chain intact", verification.records);
    return fmt::format("audit: record {} {}", verification.bad_seq.value_or(0), verification.reason);
}

}  // namespace kompas
