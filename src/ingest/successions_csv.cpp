#include "ingest/successions_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

#include "core/source_location.hpp"
#include "core/text.hpp"
#include "ingest/csv_reader.hpp"

namespace kompas {
namespace {

enum Column : std::size_t { kOldCode, kOldName, kNewCode, kNewName, kDate, kShare, kSource, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kHeader = {"old_code", "old_name", "new_code", "new_name",
                                                                "date",     "share",    "source"};

std::string Lower(std::string_view text) {
    std::string lower(Trim(text));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return lower;
}

std::unexpected<Error> Reject(const CsvReader& reader, Column column, std::string_view rule, std::string_view detail) {
    return std::unexpected(ImportError(reader.At(column + 1), rule, detail));
}

}  // namespace

Result<std::vector<Succession>> ReadSuccessionsCsv(std::istream& in, const std::string& file_name) {
    CsvReader reader(in, file_name, ',', nullptr);
    std::vector<std::string> fields;
    if (auto header = reader.Header(fields); !header) return std::unexpected(header.error());
    if (!fields.empty() && fields[0].starts_with("\xEF\xBB\xBF")) fields[0].erase(0, 3);  // a UTF-8 BOM
    for (std::size_t i = 0; i < kColumnCount; ++i) {
        if (i >= fields.size() || Lower(fields[i]) != kHeader[i]) {
            return std::unexpected(ImportError(
                reader.At(i + 1), "kopregel",
                fmt::format(
                    "kolom {} moet {} heten; de kopregel is old_code,old_name,new_code,new_name,date,share,source",
                    i + 1, kHeader[i])));
        }
    }
    if (fields.size() != kColumnCount) {
        return std::unexpected(
            ImportError(reader.At(kColumnCount + 1), "kopregel",
                        fmt::format("de kopregel heeft {} kolommen, verwacht {}", fields.size(), kColumnCount)));
    }

    std::vector<Succession> successions;
    std::vector<std::size_t> lines;
    for (;;) {
        auto next = reader.Next(fields);
        if (!next) return std::unexpected(next.error());
        if (!*next) break;
        if (fields.size() != kColumnCount) {
            return std::unexpected(
                ImportError(reader.At(std::min<std::size_t>(fields.size(), kColumnCount) + 1), "aantal velden",
                            fmt::format("de regel heeft {} velden, de kopregel {}", fields.size(), kColumnCount)));
        }
        Succession s;
        auto old_code = NormaliseMunicipalityCode(fields[kOldCode]);
        if (!old_code) return Reject(reader, kOldCode, "gemeentecode", old_code.error().message);
        auto new_code = NormaliseMunicipalityCode(fields[kNewCode]);
        if (!new_code) return Reject(reader, kNewCode, "gemeentecode", new_code.error().message);
        s.old_code = *old_code;
        s.new_code = *new_code;
        s.date = std::string(Trim(fields[kDate]));
        if (!IsValidSuccessionDate(s.date)) {
            return Reject(reader, kDate, "datum", fmt::format("'{}' is geen datum in de vorm JJJJ-MM-DD", s.date));
        }
        const std::string_view share_text = Trim(fields[kShare]);
        const auto share = ParseDouble(share_text);
        if (!share) return Reject(reader, kShare, "aandeel", fmt::format("'{}' is geen getal", share_text));
        if (!std::isfinite(*share) || *share <= 0.0 || *share > 1.0) {
            return Reject(reader, kShare, "aandeel", fmt::format("het aandeel {} ligt niet in (0, 1]", share_text));
        }
        s.share = *share;
        successions.push_back(std::move(s));
        lines.push_back(reader.record_line());
    }

    auto table = SuccessionTable::Create(successions);
    if (!table) {
        // Map "successions[i]" back to the line of row i.
        const std::string& field = table.error().field;
        std::size_t index = 0;
        if (field.starts_with("successions[") && field.ends_with("]")) {
            for (char c : std::string_view(field).substr(12, field.size() - 13)) index = index * 10 + (c - '0');
        }
        const std::size_t line = index < lines.size() ? lines[index] : 0;
        return std::unexpected(ImportError({file_name, line, 0}, "herindeling", table.error().message));
    }
    return table->successions();
}

}  // namespace kompas
