// Accounts: organisations, the people who sign in for them, their sessions, and the Caller that
// every protected service function receives. Plain values; the rules live in service/ and store/.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kompas {

using TimePoint = std::chrono::system_clock::time_point;

enum class OrganisationKind {
    kMunicipality,
    kYouthCareRegion,
    kProvider,
    kCivicPartner,
    kKnowledgeInstitute,
    kPlatform,  // the operators of this Kompas installation; home of platform administrators
};

// "municipality", "youth_care_region", "provider", "civic_partner", "knowledge_institute", "platform".
const char* OrganisationKindName(OrganisationKind kind);
std::optional<OrganisationKind> ParseOrganisationKind(std::string_view name);

// JSON: { "id", "name", "kind", "region": "GM0034" | null, "agb": "65656055" | null }
struct Organisation {
    std::string id;  // "org_" + 16 hex characters
    std::string name;
    OrganisationKind kind = OrganisationKind::kMunicipality;
    std::optional<std::string> region;  // CBS region code
    std::optional<std::string> agb;     // providers: the AGB code their trajectory records carry (8 digits)
};

struct NewOrganisation {
    std::string name;
    OrganisationKind kind = OrganisationKind::kMunicipality;
    std::optional<std::string> region;
    std::optional<std::string> agb;  // providers only
};

// JSON: { "id", "email", "name", "organisation_id", "platform_admin" }
struct Person {
    std::string id;     // "per_" + 16 hex characters
    std::string email;  // stored lower-case
    std::string name;
    std::string organisation_id;
    bool platform_admin = false;
    bool active = true;  // a switched-off account cannot sign in (issue 15); not in the JSON above
};

// What an administrator (or `kompas user add`) gives to create a person. The password is only
// hashed, never stored or logged.
struct NewPerson {
    std::string email;
    std::string name;
    std::string organisation_id;  // may be empty for the first platform administrator
    std::string password;
    bool platform_admin = false;
};

// JSON: { "person", "organisation", "csrf_token", "idle_expires_at", "absolute_expires_at" }
struct Session {
    Person person;
    Organisation organisation;
    std::string csrf_token;           // send back as X-CSRF-Token on every change
    std::string idle_expires_at;      // ISO-8601 UTC: last activity + 30 minutes
    std::string absolute_expires_at;  // ISO-8601 UTC: sign-in + 12 hours
};

// Who is asking: built from a resumed Session by the HTTP layer (see MakeCaller in
// service/accounts.hpp). Every protected service and store function takes one.
struct Caller {
    std::string person_id;
    std::string organisation_id;
    bool platform_admin = false;
    std::string remote;  // the client's address, for the audit trail
    std::string email;   // for the audit trail; the store looks it up when empty
};

inline constexpr std::chrono::minutes kSessionIdleTimeout{30};
inline constexpr std::chrono::hours kSessionAbsoluteTimeout{12};

// "2026-11-24T10:15:00Z" (whole seconds, UTC); the stored and the JSON form of every timestamp.
std::string FormatUtc(TimePoint time);
// Accepts "YYYY-MM-DDTHH:MM:SSZ" (optionally with fractional seconds) and "YYYY-MM-DD" (midnight).
std::optional<TimePoint> ParseUtc(std::string_view text);

// Lower-case ASCII letters; other bytes unchanged. E-mail addresses are compared this way.
std::string AsciiLower(std::string_view text);

}  // namespace kompas
