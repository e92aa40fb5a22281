#include "ingest/trajectory_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "core/merger.hpp"
#include "core/source_location.hpp"
#include "core/text.hpp"

namespace kompas {
namespace {

using F = TrajectoryField;

constexpr std::array<const char*, kTrajectoryFieldCount> kNames = {
    "bsn",
    "geboortedatum",
    "geslacht",
    "gemeentecode",
    "postcode",
    "verwijzer",
    "hulpvorm",
    "datum_aanvang",
    "datum_einde",
    "reden_beeindiging",
    "tevredenheid_jeugdige",
    "tevredenheid_ouder",
    "zonder_hulp_jeugdige",
    "zonder_hulp_ouder",
    "agb_aanbieder",
};

constexpr std::array<F, 6> kRequired = {F::kBsn, F::kBirthDate, F::kSex, F::kMunicipality, F::kHelpForm, F::kStart};

// Columns with names, addresses and contact details: allowed in the file, never read.
constexpr std::array<std::string_view, 22> kPersonalColumns = {
    "naam",        "achternaam",    "geslachtsnaam", "voornaam",   "voornamen",
    "voorletters", "tussenvoegsel", "voorvoegsel",   "roepnaam",   "adres",
    "straat",      "straatnaam",    "huisnummer",    "huisletter", "huisnummertoevoeging",
    "toevoeging",  "woonplaats",    "plaats",        "telefoon",   "telefoonnummer",
    "email",       "e_mail",
};

constexpr std::size_t Index(F field) { return static_cast<std::size_t>(field); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool AllDigits(std::string_view text) { return !text.empty() && std::all_of(text.begin(), text.end(), IsDigit); }

std::string NormaliseName(std::string_view raw) {
    std::string_view text = Trim(raw);
    if (text.starts_with("\xEF\xBB\xBF")) text = Trim(text.substr(3));  // a UTF-8 BOM
    std::string name;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\xC3' && i + 1 < text.size() && (text[i + 1] == '\xAB' || text[i + 1] == '\x8B')) {
            name += 'e';  // ë, Ë
            ++i;
        } else if (c == ' ' || c == '-') {
            name += '_';
        } else if (c >= 'A' && c <= 'Z') {
            name += static_cast<char>(c - 'A' + 'a');
        } else {
            name += c;
        }
    }
    return name;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each count as one typing error.
std::size_t TypingDistance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

// The known column `name` is one typing error away from, or nullptr. Unknown columns are
// otherwise ignored; a near miss ("datum_eind") would silently lose a column, so it is refused.
const char* LooksLike(std::string_view name) {
    if (name.size() > 40) return nullptr;
    for (const char* known : kNames) {
        const std::string_view k(known);
        if (name.size() + 1 < k.size() || name.size() > k.size() + 1) continue;
        if (TypingDistance(name, k) <= 1) return known;
    }
    return nullptr;
}

// "7" -> "07", "07" -> "07"; nullopt for anything but one or two digits.
std::optional<std::string> TwoDigitCode(std::string_view text) {
    if (text.size() == 1 && IsDigit(text[0])) return std::string("0") + text[0];
    if (text.size() == 2 && AllDigits(text)) return std::string(text);
    return std::nullopt;
}

// The birth year from YYYY-MM-DD or JJJJMMDD, including the protocol's JJJJMM00 (day unknown) and
// JJJJ0000 (day and month unknown).
std::optional<int> BirthYear(std::string_view text) {
    if (const auto day = ParseDay(text)) return YearOf(*day);
    std::string compact(text);
    if (compact.size() == 10 && compact[4] == '-' && compact[7] == '-') {
        compact.erase(7, 1);
        compact.erase(4, 1);
    }
    if (compact.size() != 8 || !AllDigits(compact)) return std::nullopt;
    const int year = std::stoi(compact.substr(0, 4));
    const int month = std::stoi(compact.substr(4, 2));
    const int day = std::stoi(compact.substr(6, 2));
    if (year < 1900 || year > 2200 || day != 0 || month > 12) return std::nullopt;
    return year;
}

// A value as it may appear in a message: cut short, and hidden when it has eight or more digits
// (unless it is written as a date), so that a BSN in the wrong column is never repeated.
std::string Shown(std::string_view value) {
    const bool dashed_date = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                             AllDigits(value.substr(0, 4)) && AllDigits(value.substr(5, 2)) &&
                             AllDigits(value.substr(8, 2));
    const auto digits = std::count_if(value.begin(), value.end(), IsDigit);
    if (digits >= 8 && !dashed_date) return "de waarde (niet getoond)";
    if (value.size() > 24) return "'" + std::string(value.substr(0, 20)) + "...'";
    return "'" + std::string(value) + "'";
}

std::optional<std::string> Municipality(std::string_view text) {
    if (AllDigits(text) && text.size() <= 4) return "GM" + std::string(4 - text.size(), '0') + std::string(text);
    auto code = NormaliseMunicipalityCode(text);
    if (!code) return std::nullopt;
    return *code;
}

}  // namespace

const char* TrajectoryFieldName(TrajectoryField field) {
    const std::size_t i = Index(field);
    return i < kNames.size() ? kNames[i] : "";
}

bool IsTrajectoryDateField(TrajectoryField field) {
    return field == F::kBirthDate || field == F::kStart || field == F::kEnd;
}

std::optional<std::string> BsnProblem(std::string_view bsn) {
    if (bsn.empty()) return "het BSN ontbreekt";
    if (bsn == "999999999") {
        return "het BSN is de code voor 'onbekend' (999999999); Kompas kan een record zonder BSN niet aan andere "
               "records koppelen en leest het niet in";
    }
    if (bsn == "000000000") return "het BSN is de code voor een ongeboren kind; zo'n record leest Kompas niet in";
    if (bsn.size() != 9 || !AllDigits(bsn)) return "een BSN bestaat uit precies 9 cijfers";
    if (!PassesElfproef(bsn)) return "het BSN voldoet niet aan de elfproef";
    return std::nullopt;
}

bool IsBlankRow(std::span<const std::string> row) {
    return std::all_of(row.begin(), row.end(), [](const std::string& field) { return Trim(field).empty(); });
}

std::optional<TrajectoryField> TrajectoryColumns::FieldAt(std::size_t index) const {
    return index < by_index_.size() ? by_index_[index] : std::nullopt;
}

Result<TrajectoryColumns> TrajectoryColumns::FromHeader(std::span<const std::string> header,
                                                        const std::string& file_name, std::size_t line) {
    TrajectoryColumns columns;
    columns.by_index_.resize(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = NormaliseName(header[i]);
        if (name.empty()) continue;
        const auto known = std::find(kNames.begin(), kNames.end(), std::string_view(name));
        if (known != kNames.end()) {
            const auto field = static_cast<F>(known - kNames.begin());
            if (columns.index_[Index(field)]) {
                return std::unexpected(
                    ImportError({file_name, line, i + 1}, "kopregel",
                                fmt::format("de kolom {} staat twee keer in de kopregel (ook in kolom {})", *known,
                                            *columns.index_[Index(field)] + 1)));
            }
            columns.index_[Index(field)] = i;
            columns.by_index_[i] = field;
            continue;
        }
        if (std::find(kPersonalColumns.begin(), kPersonalColumns.end(), name) != kPersonalColumns.end()) continue;
        if (const char* meant = LooksLike(name)) {
            return std::unexpected(
                ImportError({file_name, line, i + 1}, "kopregel",
                            fmt::format("onbekende kolom {}; bedoelt u {}? Controleer de spelling van de kolomnaam",
                                        Shown(name), meant)));
        }
        // Any other column is ignored.
    }
    if (std::none_of(columns.index_.begin(), columns.index_.end(),
                     [](const auto& index) { return index.has_value(); })) {
        return std::unexpected(ImportError({file_name, line, 0}, "kopregel",
                                           "geen enkele bekende kolom gevonden; de eerste regel moet de kolomnamen "
                                           "bevatten, zoals bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;"
                                           "datum_aanvang"));
    }
    for (const F field : kRequired) {
        if (columns.index_[Index(field)]) continue;
        if (field == F::kMunicipality && columns.index_[Index(F::kPostcode)]) {
            return std::unexpected(ImportError(
                {file_name, line, 0}, "kopregel",
                "de kolom gemeentecode ontbreekt; een postcode alleen is niet genoeg, want Kompas heeft geen "
                "tabel van postcodes naar gemeenten. Voeg de CBS-gemeentecode toe (bijvoorbeeld GM0363)"));
        }
        return std::unexpected(ImportError({file_name, line, 0}, "kopregel",
                                           fmt::format("de verplichte kolom {} ontbreekt", kNames[Index(field)])));
    }
    return columns;
}

Result<DeliveredTrajectory> TrajectoryColumns::Read(std::span<const std::string> row, const std::string& file_name,
                                                    std::size_t line) const {
    auto value = [&](F field) -> std::string_view {
        const auto& index = index_[Index(field)];
        if (!index || *index >= row.size()) return {};
        return Trim(row[*index]);
    };
    auto fail = [&](F field, std::string_view detail) {
        const auto& index = index_[Index(field)];
        return std::unexpected(ImportError({file_name, line, index ? *index + 1 : 0}, kNames[Index(field)], detail));
    };

    DeliveredTrajectory delivered;
    delivered.at = {file_name, line, 0};
    Trajectory& t = delivered.trajectory;

    const std::string_view bsn = value(F::kBsn);
    if (auto problem = BsnProblem(bsn)) return fail(F::kBsn, *problem);
    delivered.bsn = std::string(bsn);

    const std::string_view birth = value(F::kBirthDate);
    if (birth.empty()) return fail(F::kBirthDate, "de geboortedatum ontbreekt");
    const auto birth_year = BirthYear(birth);
    if (!birth_year) {
        return fail(F::kBirthDate,
                    "geen geldige geboortedatum; schrijf JJJJ-MM-DD of JJJJMMDD (JJJJMM00 of JJJJ0000 als dag of "
                    "maand onbekend is), jaar 1900-2200");
    }
    t.birth_year = *birth_year;

    const std::string_view sex = value(F::kSex);
    if (sex == "0" || sex == "1" || sex == "2" || sex == "9") {
        t.sex = std::string(sex);
    } else if (sex == "M" || sex == "m") {
        t.sex = "1";
    } else if (sex == "V" || sex == "v") {
        t.sex = "2";
    } else if (sex == "O" || sex == "o") {
        t.sex = "0";
    } else {
        return fail(F::kSex, sex.empty() ? "het geslacht ontbreekt"
                                         : "gebruik 0 (onbekend), 1 (man), 2 (vrouw), 9 (niet gespecificeerd) of "
                                           "M, V, O");
    }

    const std::string_view municipality = value(F::kMunicipality);
    if (municipality.empty()) {
        if (!value(F::kPostcode).empty()) {
            return fail(F::kMunicipality,
                        "de gemeentecode ontbreekt; een postcode alleen is niet genoeg, want Kompas heeft geen tabel "
                        "van postcodes naar gemeenten");
        }
        return fail(F::kMunicipality, "de gemeentecode ontbreekt");
    }
    const auto code = Municipality(municipality);
    if (!code)
        return fail(F::kMunicipality, "geen gemeentecode; schrijf GM gevolgd door 4 cijfers (GM0363) of de 4 cijfers");
    t.municipality = *code;

    if (const std::string_view referrer = value(F::kReferrer); !referrer.empty()) {
        const auto normalised = TwoDigitCode(referrer);
        if (!normalised || *normalised == "00" || *normalised == "07" || *normalised == "09") {
            return fail(F::kReferrer, fmt::format("{} is geen verwijzer; gebruik 01 t/m 06 of 08", Shown(referrer)));
        }
        t.referrer = *normalised;
    }

    const std::string_view help_form = value(F::kHelpForm);
    if (help_form.empty()) return fail(F::kHelpForm, "de hulpvorm ontbreekt");
    const auto form = TwoDigitCode(help_form);
    if (!form || *form == "00" || !IsHelpForm(*form)) {
        return fail(F::kHelpForm,
                    fmt::format("{} is geen hulpvorm; gebruik 01 t/m 04 (zonder verblijf) of 11 t/m 14 (met verblijf)",
                                Shown(help_form)));
    }
    t.help_form = *form;

    const std::string_view start = value(F::kStart);
    if (start.empty()) return fail(F::kStart, "de datum van aanvang ontbreekt");
    const auto start_day = ParseDay(start);
    if (!start_day) {
        return fail(F::kStart,
                    fmt::format("{} is geen datum; schrijf JJJJ-MM-DD of JJJJMMDD (jaar 1900-2200)", Shown(start)));
    }
    t.start_day = *start_day;
    if (*birth_year > YearOf(t.start_day)) {
        return fail(F::kBirthDate, "de geboortedatum ligt na de datum van aanvang; zijn de kolommen verwisseld?");
    }

    const std::string_view end = value(F::kEnd);
    const std::string_view reason = value(F::kReason);
    if (!end.empty()) {
        const auto end_day = ParseDay(end);
        if (!end_day) {
            return fail(F::kEnd,
                        fmt::format("{} is geen datum; schrijf JJJJ-MM-DD of JJJJMMDD (jaar 1900-2200)", Shown(end)));
        }
        if (*end_day < t.start_day) {
            return fail(F::kEnd, fmt::format("de datum van einde ({}) ligt voor de datum van aanvang ({})",
                                             FormatDay(*end_day), FormatDay(t.start_day)));
        }
        t.end_day = *end_day;
        if (reason.empty())
            return fail(F::kReason, "bij een datum van einde hoort een reden van beëindiging (01 t/m 05)");
        const auto normalised = TwoDigitCode(reason);
        const auto parsed = normalised ? ParseEndReason(*normalised) : std::nullopt;
        if (!parsed) {
            return fail(F::kReason, fmt::format("{} is geen reden van beëindiging; gebruik 01 t/m 05", Shown(reason)));
        }
        t.reason = *parsed;
    } else if (!reason.empty()) {
        return fail(F::kReason,
                    "een reden van beëindiging zonder datum van einde; vul datum_einde in of laat de reden leeg");
    }

    auto satisfaction = [&](F field, std::optional<int>& out) -> Result<void> {
        const std::string_view text = value(field);
        if (text.empty()) return {};
        const auto number = ParseInteger(text);
        if (!number || *number < 1 || *number > 10) {
            return fail(field,
                        fmt::format("{} is geen rapportcijfer; gebruik een heel getal van 1 t/m 10", Shown(text)));
        }
        out = static_cast<int>(*number);
        return {};
    };
    auto without_help = [&](F field, std::optional<int>& out) -> Result<void> {
        const std::string_view text = value(field);
        if (text.empty()) return {};
        const auto normalised = TwoDigitCode(text);
        if (!normalised || *normalised < "01" || *normalised > "04") {
            return fail(field, fmt::format("{} is geen antwoord; gebruik 01 t/m 04", Shown(text)));
        }
        out = (*normalised)[1] - '0';
        return {};
    };
    if (auto r = satisfaction(F::kSatisfactionYouth, t.youth.satisfaction); !r) return std::unexpected(r.error());
    if (auto r = satisfaction(F::kSatisfactionParent, t.parent.satisfaction); !r) return std::unexpected(r.error());
    if (auto r = without_help(F::kWithoutHelpYouth, t.youth.without_help); !r) return std::unexpected(r.error());
    if (auto r = without_help(F::kWithoutHelpParent, t.parent.without_help); !r) return std::unexpected(r.error());

    if (const std::string_view agb = value(F::kProvider); !agb.empty()) {
        if (agb.size() != 8 || !AllDigits(agb)) {
            return fail(F::kProvider, fmt::format("{} is geen AGB-code; een AGB-code heeft 8 cijfers", Shown(agb)));
        }
        t.provider = std::string(agb);
    }
    return delivered;
}

}  // namespace kompas
