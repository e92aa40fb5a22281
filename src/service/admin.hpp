// Administration in the browser (issue 15): a platform administrator edits organisations and
// people (organisation, role, switched on or off) and hands out one-time links with which a
// person sets their own password. There is no e-mail: the administrator passes the link on.
// Every change is audited; a refusal to someone who is not an administrator too.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/error.hpp"
#include "core/password_link.hpp"
#include "store/store.hpp"

namespace kompas {

// The token appears only here, once: the store keeps its hash.
// JSON: { "token", "expires_at" }
struct IssuedPasswordLink {
    std::string token;  // 64 hex characters (256 random bits)
    std::string expires_at;
};

// JSON: { "email", "name", "organisation_id", "platform_admin" }
struct NewAccount {
    std::string email;
    std::string name;
    std::string organisation_id;
    bool platform_admin = false;
};

// JSON: { "person": AdminPerson, "link": IssuedPasswordLink }
struct CreatedAccount {
    Person person;
    IssuedPasswordLink link;
};

// What an administrator may change of a person. JSON: { "name", "organisation_id", "platform_admin", "active" }
struct PersonChange {
    std::string name;
    std::string organisation_id;
    bool platform_admin = false;
    bool active = true;
};

// What the page behind the link shows before the password is chosen. JSON: { "name", "email", "expires_at" }
struct PasswordLinkInfo {
    std::string name;
    std::string email;
    std::string expires_at;
};

// The Dutch refusals of a link (field "token"): unknown or replaced (kNotFound), used and expired
// (kConflict).
inline constexpr std::string_view kLinkUnknownMessage =
    "Deze link is onbekend of vervangen door een nieuwere link. Vraag de beheerder om een nieuwe link.";
inline constexpr std::string_view kLinkUsedMessage =
    "Deze link is al gebruikt. Log in met uw wachtwoord, of vraag de beheerder om een nieuwe link.";
inline constexpr std::string_view kLinkExpiredMessage =
    "Deze link is verlopen: hij is 24 uur geldig. Vraag de beheerder om een nieuwe link.";

// Platform administrators only: everyone, with whether their account is on. Ordered by name, email.
Result<std::vector<Person>> AdminPeople(Store& store, const Caller& caller, TimePoint now);

// Platform administrators only; the same checks as creating one (ValidateOrganisation); kNotFound
// for an unknown id, kConflict when another organisation has the AGB code.
Result<Organisation> EditOrganisation(Store& store, const Caller& caller, std::string_view id,
                                      const NewOrganisation& organisation, TimePoint now);

// Platform administrators only: a person without a password, and the first link to set it.
Result<CreatedAccount> CreateAccount(Store& store, const Caller& caller, const NewAccount& account, TimePoint now);

// Platform administrators only. Switching an account off ends its sessions and links. An
// administrator cannot switch off their own account or take away their own administrator role
// (kInvalidArgument "active" / "platform_admin"), so that there is always one left.
Result<Person> EditPerson(Store& store, const Caller& caller, std::string_view id, const PersonChange& change,
                          TimePoint now);

// Platform administrators only: a new link for a person whose account is on (kInvalidArgument
// "active" otherwise); the person's older links stop working.
Result<IssuedPasswordLink> IssuePasswordLink(Store& store, const Caller& caller, std::string_view person_id,
                                             TimePoint now);

// Anyone with the token: who the link is for, or the refusal (see the messages above).
Result<PasswordLinkInfo> CheckPasswordLink(Store& store, std::string_view token, TimePoint now);

// Anyone with the token: sets the password (core/password_policy.hpp; kInvalidArgument
// "password"), uses the link up and ends the person's sessions. Does not sign in: the person
// signs in with the new password. Audited as an update of the person's password by that person.
Result<void> SetPasswordWithLink(Store& store, std::string_view token, std::string_view password,
                                 std::string_view remote, TimePoint now);

}  // namespace kompas
