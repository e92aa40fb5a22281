#include "core/trajectory.hpp"

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <utility>

namespace kompas {
namespace {

constexpr std::array<const char*, 5> kEndReasonCodes = {"01", "02", "03", "04", "05"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The digits text[from, from + count) as a number; the caller has checked they are digits.
int Number(std::string_view text, std::size_t from, std::size_t count) {
    int n = 0;
    for (std::size_t i = from; i < from + count; ++i) n = n * 10 + (text[i] - '0');
    return n;
}

std::chrono::year_month_day ToDate(Day day) {
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}};
}

Day FromDate(const std::chrono::year_month_day& date) {
    return static_cast<Day>(std::chrono::sys_days{date}.time_since_epoch().count());
}

// Protocol 3.3 with short labels of our own.
struct HelpForm {
    std::string_view code;
    const char* label;
};
constexpr std::array<HelpForm, 9> kHelpForms = {{
    {"00", "Hulpvorm onbekend"},
    {"01", "Wijk- of buurtteam"},
    {"02", "Ambulant, bij de aanbieder"},
    {"03", "Daghulp, bij de aanbieder"},
    {"04", "Hulp thuis, op school of elders in het netwerk"},
    {"11", "Pleegzorg"},
    {"12", "Gezinsgericht verblijf (gezinshuis e.d.)"},
    {"13", "Gesloten plaatsing"},
    {"14", "Ander verblijf bij een aanbieder"},
}};

}  // namespace

std::optional<EndReason> ParseEndReason(std::string_view code) {
    for (std::size_t i = 0; i < kEndReasonCodes.size(); ++i) {
        if (code == kEndReasonCodes[i]) return static_cast<EndReason>(i + 1);
    }
    return std::nullopt;
}

const char* EndReasonCode(EndReason reason) {
    const auto index = static_cast<std::size_t>(reason);
    return index >= 1 && index <= kEndReasonCodes.size() ? kEndReasonCodes[index - 1] : "";
}

std::optional<EndReason> EndReasonFromJz588(std::string_view code) {
    // Why each code lands where it does: docs/dev/ijw-mapping.md.
    static constexpr std::array<std::pair<std::string_view, EndReason>, 11> kMap = {{
        {"31", EndReason::kPlanned},      // volgens plan beëindigd
        {"39", EndReason::kPlanned},      // uitstroom naar ander domein: protocol 3.7 counts it as planned
        {"34", EndReason::kByAgreement},  // voortijdig, in overleg
        {"37", EndReason::kByAgreement},  // stop na een wijzigingsverzoek: other help agreed
        {"36", EndReason::kByAgreement},  // gemeente beëindigt de toewijzing: reassessed need
        {"32", EndReason::kByClient},     // voortijdig, door cliënt
        {"38", EndReason::kByClient},     // overstap naar andere aanbieder: protocol 3.7 puts it under 03
        {"33", EndReason::kByProvider},   // voortijdig, door aanbieder
        {"35", EndReason::kExternal},     // externe oorzaak
        {"02", EndReason::kExternal},     // overlijden: protocol 3.7 lists death as external
        {"20", EndReason::kExternal},     // tijdelijk beëindigd (e.g. hospital admission)
    }};
    for (const auto& [jz588, reason] : kMap) {
        if (code == jz588) return reason;
    }
    return std::nullopt;
}

bool PassesElfproef(std::string_view bsn) {
    if (bsn.size() != 9) return false;
    int sum = 0;
    bool all_zero = true;
    for (std::size_t i = 0; i < 9; ++i) {
        if (!IsDigit(bsn[i])) return false;
        const int digit = bsn[i] - '0';
        if (digit != 0) all_zero = false;
        sum += i < 8 ? static_cast<int>(9 - i) * digit : -digit;
    }
    return !all_zero && sum % 11 == 0;
}

std::optional<Day> ParseDay(std::string_view text) {
    int year = 0;
    int month = 0;
    int day = 0;
    auto digits = [&](std::initializer_list<std::size_t> positions) {
        for (const std::size_t i : positions) {
            if (!IsDigit(text[i])) return false;
        }
        return true;
    };
    if (text.size() == 10) {
        if (text[4] != '-' || text[7] != '-' || !digits({0, 1, 2, 3, 5, 6, 8, 9})) return std::nullopt;
        year = Number(text, 0, 4);
        month = Number(text, 5, 2);
        day = Number(text, 8, 2);
    } else if (text.size() == 8) {
        if (!digits({0, 1, 2, 3, 4, 5, 6, 7})) return std::nullopt;
        year = Number(text, 0, 4);
        month = Number(text, 4, 2);
        day = Number(text, 6, 2);
    } else {
        return std::nullopt;
    }
    if (year < 1900 || year > 2200) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    return FromDate(date);
}

std::string FormatDay(Day day) {
    const auto date = ToDate(day);
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()));
}

Day DayFromCivil(int year, int month, int day) {
    const std::chrono::year_month first{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)}};
    return FromDate(first / std::chrono::day{1}) + day - 1;
}

int DaysInMonth(int year, int month) {
    const std::chrono::year_month_day_last last{
        std::chrono::year{year}, std::chrono::month_day_last{std::chrono::month{static_cast<unsigned>(month)}}};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

int YearOf(Day day) { return static_cast<int>(ToDate(day).year()); }

int MonthOf(Day day) { return static_cast<int>(static_cast<unsigned>(ToDate(day).month())); }

Day AddMonths(Day day, int months) {
    const auto date = ToDate(day);
    const auto target = std::chrono::year_month{date.year(), date.month()} + std::chrono::months{months};
    const std::chrono::year_month_day_last last{target.year(), std::chrono::month_day_last{target.month()}};
    const auto wanted = std::chrono::year_month_day{target.year(), target.month(), date.day()};
    return FromDate(wanted.ok() ? wanted : std::chrono::year_month_day{last});
}

bool IsHelpForm(std::string_view code) {
    for (const auto& form : kHelpForms) {
        if (form.code == code) return true;
    }
    return false;
}

const char* HelpFormLabel(std::string_view code) {
    for (const auto& form : kHelpForms) {
        if (form.code == code) return form.label;
    }
    return "";
}

}  // namespace kompas
