#include "http/admin_json.hpp"

#include "http/account_json.hpp"
#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Flag;
using json_fields::Invalid;
using json_fields::Text;

Result<bool> RequiredFlag(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || !it->is_boolean()) return Invalid(field, field + " moet true of false zijn");
    return it->get<bool>();
}

}  // namespace

nlohmann::json ToAdminJson(const Person& person) {
    nlohmann::json json = ToJson(person);
    json["active"] = person.active;
    return json;
}

nlohmann::json ToAdminJsonArray(const std::vector<Person>& people) {
    nlohmann::json array = nlohmann::json::array();
    for (const Person& person : people) array.push_back(ToAdminJson(person));
    return array;
}

nlohmann::json ToJson(const IssuedPasswordLink& link) {
    return {{"token", link.token}, {"expires_at", link.expires_at}};
}

nlohmann::json ToJson(const CreatedAccount& account) {
    return {{"person", ToAdminJson(account.person)}, {"link", ToJson(account.link)}};
}

nlohmann::json ToJson(const PasswordLinkInfo& info) {
    return {{"name", info.name}, {"email", info.email}, {"expires_at", info.expires_at}};
}

Result<NewAccount> ReadNewAccount(const nlohmann::json& body) {
    NewAccount account;
    for (auto [field, target, max] :
         {std::tuple{"email", &account.email, std::size_t{320}}, std::tuple{"name", &account.name, std::size_t{200}},
          std::tuple{"organisation_id", &account.organisation_id, std::size_t{64}}}) {
        auto value = Text(body, field, true, max);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    auto admin = Flag(body, "platform_admin");
    if (!admin) return std::unexpected(admin.error());
    account.platform_admin = *admin;
    return account;
}

Result<PersonChange> ReadPersonChange(const nlohmann::json& body) {
    PersonChange change;
    auto name = Text(body, "name", true, 200);
    if (!name) return std::unexpected(name.error());
    auto organisation = Text(body, "organisation_id", true, 64);
    if (!organisation) return std::unexpected(organisation.error());
    auto admin = RequiredFlag(body, "platform_admin");
    if (!admin) return std::unexpected(admin.error());
    auto active = RequiredFlag(body, "active");
    if (!active) return std::unexpected(active.error());
    return PersonChange{std::move(*name), std::move(*organisation), *admin, *active};
}

Result<PasswordLinkInput> ReadPasswordLinkInput(const nlohmann::json& body, bool with_password) {
    auto token = Text(body, "token", true, 256);
    if (!token) return std::unexpected(token.error());
    PasswordLinkInput input{std::move(*token), ""};
    if (with_password) {
        auto password = Text(body, "password", true, 1024);
        if (!password) return std::unexpected(password.error());
        input.password = std::move(*password);
    }
    return input;
}

}  // namespace kompas
