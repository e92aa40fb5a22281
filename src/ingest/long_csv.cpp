#include "ingest/long_csv.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "core/period.hpp"
#include "core/region.hpp"
#include "core/text.hpp"
#include "ingest/csv_reader.hpp"

namespace kompas {
namespace {

enum Field : std::size_t { kIndicator, kRegion, kPeriod, kValue, kNumerator, kDenominator, kStatus, kFieldCount };
constexpr std::array<std::string_view, kFieldCount> kNames = {"indicator", "region",      "period", "value",
                                                              "numerator", "denominator", "status"};
constexpr std::size_t kRequired = 4;  // indicator, region, period, value

// 1-based column of each known field in the file, 0 when absent.
using Layout = std::array<std::size_t, kFieldCount>;

Result<Layout> PlanColumns(const std::vector<std::string>& header, const CsvReader& reader) {
    Layout layout{};
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string name(Trim(header[i]));
        std::transform(name.begin(), name.end(), name.begin(),
                       [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
        const auto* found = std::find(kNames.begin(), kNames.end(), name);
        if (found == kNames.end()) {
            return std::unexpected(ImportError(
                reader.At(i + 1), "onbekende kolom",
                fmt::format("'{}' is geen kolom van het lange formaat ({})", name, fmt::join(kNames, ","))));
        }
        const auto field = static_cast<std::size_t>(found - kNames.begin());
        if (layout[field] != 0) {
            return std::unexpected(
                ImportError(reader.At(i + 1), "dubbele kolom", fmt::format("de kolom {} staat er twee keer", name)));
        }
        layout[field] = i + 1;
    }
    for (std::size_t field = 0; field < kRequired; ++field) {
        if (layout[field] == 0) {
            return std::unexpected(ImportError(reader.At(0), "kolom ontbreekt",
                                               fmt::format("de kolom {} ontbreekt in de kopregel", kNames[field])));
        }
    }
    if ((layout[kNumerator] == 0) != (layout[kDenominator] == 0)) {
        return std::unexpected(
            ImportError(reader.At(0), "kolom ontbreekt", "numerator en denominator horen samen voor te komen"));
    }
    return layout;
}

class LongImport {
public:
    LongImport(CsvReader& reader, ObservationSink& sink, Layout layout, const UploadArea* area)
        : reader_(reader), sink_(sink), layout_(layout), decimal_comma_(reader.delimiter() == ';'), area_(area) {}

    Result<void> Row(const std::vector<std::string>& fields) {
        if (fields.size() != header_size()) {
            return Reject(std::min(fields.size(), header_size()) + 1, "aantal velden",
                          fmt::format("de regel heeft {} velden, de kopregel {}", fields.size(), header_size()));
        }
        Observation observation;
        observation.indicator = std::string(Trim(Cell(fields, kIndicator)));
        if (observation.indicator.empty()) return Reject(layout_[kIndicator], "indicator", "de indicator is leeg");
        auto region = MakeRegion(Cell(fields, kRegion));
        if (!region) return Reject(layout_[kRegion], "regiocode", region.error().message);
        observation.region = region->code;
        if (auto outside = OutsideUploadArea(area_, region->code)) return Reject(layout_[kRegion], "gebied", *outside);
        auto period = ParsePeriod(Cell(fields, kPeriod));
        if (!period) return Reject(layout_[kPeriod], "periode", period.error().message);
        observation.period = period->Code();
        for (const auto& [field, target] :
             {std::pair{kValue, &observation.value}, std::pair{kNumerator, &observation.numerator},
              std::pair{kDenominator, &observation.denominator}}) {
            auto number = Number(fields, field);
            if (!number) return std::unexpected(number.error());
            *target = *number;
        }
        auto status = Status(fields, observation.value.has_value());
        if (!status) return std::unexpected(status.error());
        observation.status = *status;
        return Deliver(observation, *region);
    }

private:
    std::size_t header_size() const {
        return static_cast<std::size_t>(*std::max_element(layout_.begin(), layout_.end()));
    }

    std::string_view Cell(const std::vector<std::string>& fields, Field field) const {
        return layout_[field] == 0 ? std::string_view{} : std::string_view(fields[layout_[field] - 1]);
    }

    std::unexpected<Error> Reject(std::size_t column, std::string_view rule, std::string_view detail) const {
        return std::unexpected(ImportError(reader_.At(column), rule, detail));
    }

    // Empty or '.' is unknown; with ';' as delimiter a decimal comma is accepted.
    Result<std::optional<double>> Number(const std::vector<std::string>& fields, Field field) const {
        const std::string_view text = Trim(Cell(fields, field));
        if (text.empty() || text == ".") return std::optional<double>{};
        std::string copy(text);
        if (decimal_comma_) std::replace(copy.begin(), copy.end(), ',', '.');
        const auto number = ParseDouble(copy);
        if (!number) {
            return Reject(layout_[field], "numeriek",
                          fmt::format("'{}' in kolom {} is geen getal", text, kNames[field]));
        }
        return std::optional<double>{*number};
    }

    Result<ObservationStatus> Status(const std::vector<std::string>& fields, bool has_value) const {
        const std::string_view text = Trim(Cell(fields, kStatus));
        if (text.empty()) return has_value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
        const auto status = ParseObservationStatus(text);
        if (!status) {
            return Reject(layout_[kStatus], "status",
                          fmt::format("'{}' is geen status (known, unknown, confidential of provisional)", text));
        }
        const bool hidden = *status == ObservationStatus::kUnknown || *status == ObservationStatus::kConfidential;
        if (hidden && has_value) {
            return Reject(layout_[kStatus], "status",
                          fmt::format("een waarde met status {} hoort leeg te zijn", ObservationStatusName(*status)));
        }
        if (*status == ObservationStatus::kKnown && !has_value) {
            return Reject(layout_[kValue], "status", "status known zonder waarde");
        }
        return *status;
    }

    Result<void> Deliver(const Observation& observation, const Region& region) {
        if (indicators_.insert(observation.indicator).second) {
            Indicator indicator;
            indicator.key = observation.indicator;
            indicator.title = observation.indicator;
            if (auto ensured = sink_.EnsureIndicator(indicator); !ensured) return ensured;
        }
        if (regions_.insert(region.code).second) {
            if (auto ensured = sink_.EnsureRegion(region); !ensured) return ensured;
        }
        return sink_.PutObservation(observation);
    }

    CsvReader& reader_;
    ObservationSink& sink_;
    Layout layout_;
    bool decimal_comma_;
    const UploadArea* area_;  // null: any region
    std::unordered_set<std::string> indicators_;
    std::unordered_set<std::string> regions_;
};

}  // namespace

Result<void> ReadLongCsv(std::istream& in, const std::string& file_name, ObservationSink& sink, Progress* progress,
                         const UploadArea* area) {
    CsvReader reader(in, file_name, '\0', progress);
    std::vector<std::string> fields;
    if (auto header = reader.Header(fields); !header) return std::unexpected(header.error());
    auto layout = PlanColumns(fields, reader);
    if (!layout) return std::unexpected(layout.error());
    LongImport import(reader, sink, *layout, area);
    for (;;) {
        auto next = reader.Next(fields);
        if (!next) return std::unexpected(next.error());
        if (!*next) return {};
        if (auto row = import.Row(fields); !row) return row;
    }
}

}  // namespace kompas
