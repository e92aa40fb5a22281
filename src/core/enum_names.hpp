// The names of an enum's values in one table, both ways: a value's name, and the value of a name.
// Shared by the core types whose JSON and stored forms are lower-case names.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace kompas {

// The name of `value` in `names`, or the first name for a value outside it.
template <typename Enum, std::size_t N>
const char* NameIn(const std::pair<Enum, const char*> (&names)[N], Enum value) {
    for (const auto& [item, name] : names) {
        if (item == value) return name;
    }
    return names[0].second;
}

// The value named `text`, or nullopt.
template <typename Enum, std::size_t N>
std::optional<Enum> ParseIn(const std::pair<Enum, const char*> (&names)[N], std::string_view text) {
    for (const auto& [item, name] : names) {
        if (text == name) return item;
    }
    return std::nullopt;
}

}  // namespace kompas
