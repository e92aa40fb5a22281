// JSON forms of administration in the browser (issue 15), as docs/api/openapi.yaml describes them
// (AdminPerson, CreatedAccount, PasswordLink, PasswordLinkInfo), and the readers of its bodies.
#pragma once

#include <nlohmann/json.hpp>

#include "service/admin.hpp"

namespace kompas {

// A Person with "active": what only administrators see.
nlohmann::json ToAdminJson(const Person& person);
nlohmann::json ToAdminJsonArray(const std::vector<Person>& people);
nlohmann::json ToJson(const CreatedAccount& account);
nlohmann::json ToJson(const IssuedPasswordLink& link);
nlohmann::json ToJson(const PasswordLinkInfo& info);

// { "email", "name", "organisation_id", "platform_admin"? }
Result<NewAccount> ReadNewAccount(const nlohmann::json& body);
// { "name", "organisation_id", "platform_admin", "active" }: all four required.
Result<PersonChange> ReadPersonChange(const nlohmann::json& body);

// { "token" } and { "token", "password" }.
struct PasswordLinkInput {
    std::string token;
    std::string password;
};
Result<PasswordLinkInput> ReadPasswordLinkInput(const nlohmann::json& body, bool with_password);

}  // namespace kompas
