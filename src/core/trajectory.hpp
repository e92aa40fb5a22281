// Trajectories of youth care (block 5): one record per client, provider, form of help and start,
// as the national trajectory record of the Beleidsinformatie Jeugd describes it (informatieprotocol
// v7, chapters 2-4). Only what the indicators need is kept: the BSN becomes a keyed pseudonym at
// the door (privacy/pseudonym.hpp), names and addresses are never read, the birth date is kept as a
// year. Plain values and pure functions; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kompas {

// Reason for ending (protocol 3.7), the national codes 01-05.
enum class EndReason : std::uint8_t {
    kPlanned = 1,      // 01 beëindigd volgens plan
    kByAgreement = 2,  // 02 voortijdig afgesloten: in overeenstemming
    kByClient = 3,     // 03 voortijdig afgesloten: eenzijdig door de cliënt
    kByProvider = 4,   // 04 voortijdig afgesloten: eenzijdig door de aanbieder
    kExternal = 5,     // 05 voortijdig afgesloten: wegens externe omstandigheden
};

// "01".."05" -> EndReason; nullopt otherwise (also for "1" or " 01").
std::optional<EndReason> ParseEndReason(std::string_view code);
const char* EndReasonCode(EndReason reason);  // "01".."05"

// iJw code list JZ588 (JW307 RedenBeeindiging) -> national reason 01-05. The mapping and why each
// code maps where it does is documented in docs/dev/ijw-mapping.md. nullopt for an unknown code.
std::optional<EndReason> EndReasonFromJz588(std::string_view code);

// The elfproef for a BSN: nine digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11,
// and not all zero. Anything that is not exactly nine ASCII digits fails.
bool PassesElfproef(std::string_view bsn);

// Days since 1970-01-01 (proleptic Gregorian). Dates are stored and computed as day numbers.
using Day = std::int32_t;
// "YYYY-MM-DD" or "YYYYMMDD" (the protocol's JJJJMMDD), years 1900-2200; nullopt otherwise.
std::optional<Day> ParseDay(std::string_view text);
std::string FormatDay(Day day);  // "YYYY-MM-DD"
// The day number of a proleptic Gregorian date: the one home of this arithmetic (std::chrono). month
// 1..12; day 1..31, where a day past the month's end counts on into the next (2023-02-29 = 2023-03-01).
Day DayFromCivil(int year, int month, int day);
int DaysInMonth(int year, int month);  // 28..31; month 1..12
int YearOf(Day day);
int MonthOf(Day day);  // 1..12
// The same day `months` calendar months later; a day that does not exist in the target month
// becomes its last day (2024-01-31 + 1 month = 2024-02-29).
Day AddMonths(Day day, int months);

// One outcome measurement (protocol 4.3-4.5); the informant is the youth or a parent/carer, and a
// record carries at most one measurement of each.
struct OutcomeMeasurement {
    std::optional<int> satisfaction;  // 1..10
    std::optional<int> without_help;  // 1..4 (01 same or heavier help needed .. 04 no more help needed)

    friend bool operator==(const OutcomeMeasurement&, const OutcomeMeasurement&) = default;
};

struct Trajectory {
    std::string client;        // keyed pseudonym (64 hex characters), never a BSN
    std::string provider;      // AGB code of the provider that delivered the record (8 digits)
    std::string municipality;  // municipality of residence, "GM" + 4 digits
    int birth_year = 0;
    std::string sex;        // COD046: "0" onbekend, "1" man, "2" vrouw, "9" niet gespecificeerd
    std::string referrer;   // protocol 3.2: "01".."08"; empty when not delivered
    std::string help_form;  // protocol 3.3 hulpvorm: "01".."04", "11".."14"; "00" unknown (iJw)
    Day start_day = 0;
    std::optional<Day> end_day;       // empty while the help goes on
    std::optional<EndReason> reason;  // set exactly when `end_day` is
    OutcomeMeasurement youth;         // informant: the youth
    OutcomeMeasurement parent;        // informant: a parent or carer

    friend bool operator==(const Trajectory&, const Trajectory&) = default;
};

// What the outcome engine reads of one stored record, without copies: the texts are views into the
// reader's buffer, valid only during the call that passes the row (Store::ForEachTrajectoryRow).
// Optional numbers are 0 when absent (measurements are 1..4 and 1..10, reasons 1..5).
struct TrajectoryRow {
    std::string_view client, provider, municipality, help_form;
    Day start_day = 0;
    std::optional<Day> end_day;
    int reason = 0;
    int satisfaction_youth = 0, satisfaction_parent = 0, without_help_youth = 0, without_help_parent = 0;
};

// Protocol 3.3: "01".."04" and "11".."14", and "00" for a form of help that an iJw product
// category does not determine (see docs/dev/ijw-mapping.md).
bool IsHelpForm(std::string_view code);
const char* HelpFormLabel(std::string_view code);  // Dutch label, "" for an unknown code

}  // namespace kompas
