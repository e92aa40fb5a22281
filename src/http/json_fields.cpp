#include "http/json_fields.hpp"

namespace kompas::json_fields {

std::unexpected<Error> Invalid(const std::string& field, const std::string& message) {
    return Fail(ErrorCode::kInvalidArgument, message, field);
}

Result<std::string> Text(const nlohmann::json& body, const std::string& field, bool required, std::size_t max) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) {
        if (required) return Invalid(field, "Vul " + field + " in");
        return std::string();
    }
    if (!it->is_string()) return Invalid(field, field + " moet tekst zijn");
    std::string value = it->get<std::string>();
    if (required && value.empty()) return Invalid(field, "Vul " + field + " in");
    if (value.size() > max) return Invalid(field, field + " is te lang (hoogstens " + std::to_string(max) + " tekens)");
    return value;
}

Result<std::optional<std::string>> OptionalText(const nlohmann::json& body, const std::string& field, std::size_t max) {
    auto value = Text(body, field, false, max);
    if (!value) return std::unexpected(value.error());
    if (value->empty()) return std::optional<std::string>();
    return std::optional<std::string>(std::move(*value));
}

Result<std::vector<std::string>> TextList(const nlohmann::json& body, const std::string& field, bool required) {
    constexpr std::size_t kMaxListLength = 500;
    constexpr std::size_t kMaxItemLength = 200;
    std::vector<std::string> items;
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) {
        if (required) return Invalid(field, "Geef " + field + " als lijst");
        return items;
    }
    if (!it->is_array() || it->size() > kMaxListLength) {
        return Invalid(field, field + " moet een lijst van teksten zijn");
    }
    for (const auto& item : *it) {
        if (!item.is_string() || item.get_ref<const std::string&>().size() > kMaxItemLength) {
            return Invalid(field, "Elk element van " + field + " is een korte tekst");
        }
        items.push_back(item.get<std::string>());
    }
    if (required && items.empty()) return Invalid(field, "Geef ten minste één waarde voor " + field);
    return items;
}

Result<bool> Flag(const nlohmann::json& body, const std::string& field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return false;
    if (!it->is_boolean()) return Invalid(field, field + " moet true of false zijn");
    return it->get<bool>();
}

}  // namespace kompas::json_fields
