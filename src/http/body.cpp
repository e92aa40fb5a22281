#include "http/body.hpp"

#include <sodium.h>

#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Flag;
using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;

Result<std::string> DecodeBase64(const std::string& text) {
    std::string bytes(text.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(), text.size(),
                          " \r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return Invalid("content_base64", "De inhoud is geen geldige base64");
    }
    bytes.resize(length);
    return bytes;
}

// How deep objects and arrays may nest in a request body; Kompas' own bodies stay below 5.
constexpr int kMaxBodyDepth = 32;

// True when `text` nests objects and arrays deeper than kMaxBodyDepth (brackets inside strings
// do not count). Checked before parsing, so a body of a million '[' costs one pass and no tree.
bool NestsTooDeep(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxBodyDepth) return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

}  // namespace

Result<nlohmann::json> ParseJsonObject(const HttpRequest& request) {
    if (NestsTooDeep(request.body)) {
        return Invalid("body", "De inhoud is te diep genest (meer dan " + std::to_string(kMaxBodyDepth) + " niveaus)");
    }
    auto body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        return Invalid("body", "De inhoud is geen geldig JSON-object");
    }
    return body;
}

Result<SignInInput> ReadSignIn(const nlohmann::json& body) {
    auto email = Text(body, "email", true, 320);
    if (!email) return std::unexpected(email.error());
    auto password = Text(body, "password", true, 1024);
    if (!password) return std::unexpected(password.error());
    return SignInInput{std::move(*email), std::move(*password)};
}

Result<NewOrganisation> ReadNewOrganisation(const nlohmann::json& body) {
    auto name = Text(body, "name", true, 200);
    if (!name) return std::unexpected(name.error());
    auto kind_text = Text(body, "kind", true, 40);
    if (!kind_text) return std::unexpected(kind_text.error());
    const auto kind = ParseOrganisationKind(*kind_text);
    if (!kind) return Invalid("kind", "Onbekende soort organisatie '" + *kind_text + "'");
    auto region = OptionalText(body, "region");
    if (!region) return std::unexpected(region.error());
    auto agb = OptionalText(body, "agb");
    if (!agb) return std::unexpected(agb.error());
    return NewOrganisation{std::move(*name), *kind, std::move(*region), std::move(*agb)};
}

Result<NewPerson> ReadNewPerson(const nlohmann::json& body) {
    NewPerson person;
    for (auto [field, target, max] :
         {std::tuple{"email", &person.email, std::size_t{320}}, std::tuple{"name", &person.name, std::size_t{200}},
          std::tuple{"organisation_id", &person.organisation_id, std::size_t{64}},
          std::tuple{"password", &person.password, std::size_t{1024}}}) {
        auto value = Text(body, field, true, max);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    auto admin = Flag(body, "platform_admin");
    if (!admin) return std::unexpected(admin.error());
    person.platform_admin = *admin;
    return person;
}

Result<NewCollaboration> ReadNewCollaboration(const nlohmann::json& body) {
    NewCollaboration input;
    auto name = Text(body, "name", true, 200);
    if (!name) return std::unexpected(name.error());
    auto theme = Text(body, "theme", true, 1000);
    if (!theme) return std::unexpected(theme.error());
    auto start = Text(body, "period_start", true, 10);
    if (!start) return std::unexpected(start.error());
    auto end = OptionalText(body, "period_end");
    if (!end) return std::unexpected(end.error());
    auto description = Text(body, "description", false);
    if (!description) return std::unexpected(description.error());
    const auto regions = body.find("regions");
    if (regions == body.end() || !regions->is_array() || regions->empty() || regions->size() > 500) {
        return Invalid("regions", "Geef de regio's als lijst van regiocodes, bijvoorbeeld [\"GM0034\"]");
    }
    for (const auto& region : *regions) {
        if (!region.is_string()) return Invalid("regions", "Elke regio is een regiocode als tekst");
        input.regions.push_back(region.get<std::string>());
    }
    input.name = std::move(*name);
    input.theme = std::move(*theme);
    input.period_start = std::move(*start);
    input.period_end = std::move(*end);
    input.description = std::move(*description);
    return input;
}

Result<Agreements> ReadAgreements(const nlohmann::json& body) {
    Agreements agreements;
    for (auto [field, target] :
         {std::pair{"coordination", &agreements.coordination},
          std::pair{"decision_making", &agreements.decision_making}, std::pair{"funding", &agreements.funding},
          std::pair{"staffing", &agreements.staffing}, std::pair{"monitoring", &agreements.monitoring},
          std::pair{"monitoring_frequency", &agreements.monitoring_frequency},
          std::pair{"joining_and_leaving", &agreements.joining_and_leaving}}) {
        auto value = Text(body, field, false);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    return agreements;
}

Result<NewPartner> ReadNewPartner(const nlohmann::json& body) {
    NewPartner partner;
    auto organisation = OptionalText(body, "organisation_id");
    if (!organisation) return std::unexpected(organisation.error());
    auto person = OptionalText(body, "person_id");
    if (!person) return std::unexpected(person.error());
    auto person_role = OptionalText(body, "person_role");
    if (!person_role) return std::unexpected(person_role.error());
    auto role = Text(body, "role", false, 40);
    if (!role) return std::unexpected(role.error());
    partner.organisation_id = std::move(*organisation);
    partner.person_id = std::move(*person);
    if (*person_role) {
        partner.person_role = ParsePersonRole(**person_role);
        if (!partner.person_role) return Invalid("person_role", "Onbekende rol '" + **person_role + "'");
    }
    if (!role->empty()) {
        const auto parsed = ParseCollaborationRole(*role);
        if (!parsed) return Invalid("role", "Onbekende rol '" + *role + "' (coordinator, partner, viewer)");
        partner.role = *parsed;
    }
    return partner;
}

Result<EvaluationResponse> ReadEvaluationResponse(const nlohmann::json& body) {
    EvaluationResponse response;
    const auto scores = body.find("scores");
    if (scores == body.end() || !scores->is_array() || scores->size() > 20) {
        return Invalid("scores", "Geef de scores als lijst van {element, score, comment}");
    }
    for (const auto& item : *scores) {
        if (!item.is_object()) return Invalid("scores", "Elke score is een object {element, score, comment}");
        auto element_text = Text(item, "element", true, 40);
        if (!element_text) return Invalid("scores", element_text.error().message);
        const auto element = ParseEvaluationElement(*element_text);
        if (!element) return Invalid("scores", "Onbekend element '" + *element_text + "'");
        const auto score = item.find("score");
        if (score == item.end() || !score->is_number_integer()) {
            return Invalid("scores", "Elke score is een geheel getal van 1 tot en met 10");
        }
        auto comment = Text(item, "comment", false);
        if (!comment) return Invalid("scores", comment.error().message);
        const auto value = score->get<long long>();
        if (value < 1 || value > 10) return Invalid("scores", "Elke score is een geheel getal van 1 tot en met 10");
        response.scores.push_back(ElementScore{*element, static_cast<int>(value), std::move(*comment)});
    }
    auto is_signed = Flag(body, "signed");
    if (!is_signed) return std::unexpected(is_signed.error());
    response.is_signed = *is_signed;
    return response;
}

Result<std::string> ReadTitle(const nlohmann::json& body) { return Text(body, "title", true, 200); }

Result<TrajectoryUpload> ReadTrajectoryUpload(const nlohmann::json& body) {
    const auto filename = body.find("filename");
    if (filename == body.end() || !filename->is_string() || filename->get_ref<const std::string&>().empty()) {
        return Invalid("filename", "Geef de bestandsnaam");
    }
    const auto content = body.find("content_base64");
    if (content == body.end() || !content->is_string()) {
        return Invalid("content_base64", "Geef de inhoud van het bestand");
    }
    auto bytes = DecodeBase64(content->get_ref<const std::string&>());
    if (!bytes) return std::unexpected(std::move(bytes.error()));
    return TrajectoryUpload{filename->get<std::string>(), std::move(*bytes)};
}

}  // namespace kompas
