// Reading single fields of a JSON request body, each checked for its type and length, with
// errors that name the field. Shared by the body readers of every route file.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace kompas::json_fields {

std::unexpected<Error> Invalid(const std::string& field, const std::string& message);

// A string field. A required one must be present and non-empty; an optional one may be absent
// or null ("" then). Longer than `max` bytes is an error.
Result<std::string> Text(const nlohmann::json& body, const std::string& field, bool required, std::size_t max = 4000);

// An optional string field: nullopt when absent, null or "".
Result<std::optional<std::string>> OptionalText(const nlohmann::json& body, const std::string& field,
                                                std::size_t max = 4000);

// A list of short texts (each at most 200 bytes, at most 500 of them). Absent or null is empty,
// unless `required`, which also refuses an empty list.
Result<std::vector<std::string>> TextList(const nlohmann::json& body, const std::string& field, bool required = false);

// A boolean field; absent or null is false.
Result<bool> Flag(const nlohmann::json& body, const std::string& field);

}  // namespace kompas::json_fields
