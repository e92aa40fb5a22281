#include "core/account.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <utility>

namespace kompas {
namespace {

constexpr std::array<std::pair<OrganisationKind, const char*>, 6> kKindNames = {{
    {OrganisationKind::kMunicipality, "municipality"},
    {OrganisationKind::kYouthCareRegion, "youth_care_region"},
    {OrganisationKind::kProvider, "provider"},
    {OrganisationKind::kCivicPartner, "civic_partner"},
    {OrganisationKind::kKnowledgeInstitute, "knowledge_institute"},
    {OrganisationKind::kPlatform, "platform"},
}};

std::optional<int> Digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

}  // namespace

const char* OrganisationKindName(OrganisationKind kind) {
    for (const auto& [k, name] : kKindNames) {
        if (k == kind) return name;
    }
    return "municipality";
}

std::optional<OrganisationKind> ParseOrganisationKind(std::string_view name) {
    for (const auto& [kind, n] : kKindNames) {
        if (name == n) return kind;
    }
    return std::nullopt;
}

std::string FormatUtc(TimePoint time) {
    const auto seconds = std::chrono::floor<std::chrono::seconds>(time);
    const auto days = std::chrono::floor<std::chrono::days>(seconds);
    const std::chrono::year_month_day date{days};
    const std::chrono::hh_mm_ss clock{seconds - days};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), clock.hours().count(),
                       clock.minutes().count(), clock.seconds().count());
}

std::optional<TimePoint> ParseUtc(std::string_view text) {
    const auto year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-') return std::nullopt;
    // The clock counts nanoseconds in 64 bits: years past 2262 would overflow it. Kompas has no
    // use for dates outside this range, so they are refused like any malformed date.
    if (*year < 1900 || *year > 2200) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    if (!date.ok()) return std::nullopt;
    TimePoint time = std::chrono::sys_days{date};
    if (text.size() == 10) return time;
    const auto hour = Digits(text, 11, 2), minute = Digits(text, 14, 2), second = Digits(text, 17, 2);
    if (text[10] != 'T' || !hour || !minute || !second || text[13] != ':' || text[16] != ':' || *hour > 23 ||
        *minute > 59 || *second > 60) {
        return std::nullopt;
    }
    std::size_t at = 19;
    if (at < text.size() && text[at] == '.') {
        ++at;
        const std::size_t first = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
        if (at == first) return std::nullopt;
    }
    if (at + 1 != text.size() || text[at] != 'Z') return std::nullopt;
    return time + std::chrono::hours{*hour} + std::chrono::minutes{*minute} + std::chrono::seconds{*second};
}

std::string AsciiLower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

}  // namespace kompas
