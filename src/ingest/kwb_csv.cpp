#include "ingest/kwb_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>

#include "core/period.hpp"
#include "core/region.hpp"
#include "core/text.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/kwb_catalogue.hpp"

namespace kompas {
namespace {

enum class ColumnRole { kIgnored, kReferenceDate, kRegion, kMunicipalityName, kMeasure, kSkipped };

struct Column {
    ColumnRole role = ColumnRole::kIgnored;
    const KwbMeasure* measure = nullptr;
    std::string header;
};

// Columns that describe the row rather than measure something.
constexpr std::string_view kDescriptive[] = {"ID",
                                             "SoortRegio",
                                             "Codering",
                                             "IndelingswijzigingGemeenteWijkBuurt",
                                             "IndelingswijzigingWijkenEnBuurten",
                                             "MeestVoorkomendePostcode"};

struct Layout {
    std::vector<Column> columns;
    std::size_t reference_date = 0;
    std::size_t region = 0;
    std::size_t municipality_name = 0;
    std::vector<const KwbMeasure*> measures;  // distinct catalogued measures present
    std::vector<std::string> skipped;
};

Result<Layout> PlanColumns(const std::vector<std::string>& header, const CsvReader& reader) {
    if (header.size() < 2) {
        return std::unexpected(ImportError(reader.At(1), "scheidingsteken",
                                           "de kopregel bevat geen ';': is dit een CBS-bestand met puntkomma's?"));
    }
    Layout layout;
    std::set<std::string_view> seen_measures;
    std::set<std::string> skipped;
    for (const auto& raw : header) {
        Column column;
        column.header = std::string(Trim(raw));
        const std::string key = StripPositionalSuffix(column.header);
        const auto index = layout.columns.size();
        if (key == "Peildatum") {
            column.role = ColumnRole::kReferenceDate;
            layout.reference_date = index + 1;
        } else if (key == "WijkenEnBuurten") {
            column.role = ColumnRole::kRegion;
            layout.region = index + 1;
        } else if (key == "Gemeentenaam") {
            column.role = ColumnRole::kMunicipalityName;
            layout.municipality_name = index + 1;
        } else if (std::find(std::begin(kDescriptive), std::end(kDescriptive), key) != std::end(kDescriptive)) {
            column.role = ColumnRole::kIgnored;
        } else if (const KwbMeasure* measure = FindKwbMeasure(key)) {
            column.role = ColumnRole::kMeasure;
            column.measure = measure;
            if (seen_measures.insert(measure->key).second) layout.measures.push_back(measure);
        } else {
            column.role = ColumnRole::kSkipped;
            skipped.insert(key);
        }
        layout.columns.push_back(std::move(column));
    }
    for (const auto& [name, position] : {std::pair<std::string_view, std::size_t>{"Peildatum", layout.reference_date},
                                         {"WijkenEnBuurten", layout.region},
                                         {"Gemeentenaam", layout.municipality_name}}) {
        if (position == 0) {
            return std::unexpected(ImportError(reader.At(0), "kolom ontbreekt",
                                               fmt::format("de kolom {} ontbreekt in de kopregel", name)));
        }
    }
    layout.skipped.assign(skipped.begin(), skipped.end());
    return layout;
}

// One measure's reading within a row.
struct Reading {
    bool present = false;
    std::optional<double> value;  // nothing: unknown ('.')
};

class KwbImport {
public:
    KwbImport(CsvReader& reader, ObservationSink& sink, Layout layout)
        : reader_(reader), sink_(sink), layout_(std::move(layout)), readings_(layout_.measures.size()) {}

    Result<void> DeclareIndicators() {
        for (const KwbMeasure* measure : layout_.measures) {
            if (auto put = sink_.PutIndicator(ToIndicator(*measure)); !put) return put;
        }
        return {};
    }

    Result<void> Row(const std::vector<std::string>& fields) {
        if (fields.size() != layout_.columns.size()) {
            const auto column = std::min(fields.size(), layout_.columns.size()) + 1;
            return FieldCountError(fields.size(), column);
        }
        auto period = ParsePeriod(fields[layout_.reference_date - 1]);
        if (!period) return Reject(layout_.reference_date, "peildatum", period.error().message);
        auto region = RegionOf(fields);
        if (!region) return std::unexpected(region.error());
        if (auto read = ReadMeasures(fields); !read) return read;
        if (auto put = PutRegion(*region); !put) return put;
        return PutObservations(region->code, period->Code());
    }

    std::size_t observations() const { return observations_; }

private:
    std::unexpected<Error> Reject(std::size_t column, std::string_view rule, std::string_view detail) const {
        return std::unexpected(ImportError(reader_.At(column), rule, detail));
    }

    std::unexpected<Error> FieldCountError(std::size_t got, std::size_t column) const {
        return Reject(column, "aantal velden",
                      fmt::format("de regel heeft {} velden, de kopregel {}", got, layout_.columns.size()));
    }

    Result<Region> RegionOf(const std::vector<std::string>& fields) const {
        std::string_view code = Trim(fields[layout_.region - 1]);
        if (code == "NL00") code = kCountryCode;  // KWB codes the country as NL00
        const std::string_view name = Trim(fields[layout_.municipality_name - 1]);
        auto normalised = NormaliseRegionCode(code);
        if (!normalised) return Reject(layout_.region, "regiocode", normalised.error().message);
        const bool municipality = LevelOfCode(*normalised) == RegionLevel::kMunicipality;
        auto region = MakeRegion(*normalised, municipality ? name : std::string_view{});
        if (!region) return Reject(layout_.region, "regiocode", region.error().message);
        return region;
    }

    Result<void> ReadMeasures(const std::vector<std::string>& fields) {
        std::fill(readings_.begin(), readings_.end(), Reading{});
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const Column& column = layout_.columns[i];
            if (column.role != ColumnRole::kMeasure) continue;
            const std::string_view text = Trim(fields[i]);
            if (text.empty()) continue;  // not applicable
            Reading reading{true, std::nullopt};
            if (text != ".") {
                reading.value = DecodeKwbValue(*column.measure, text);
                if (!reading.value) {
                    return Reject(i + 1, "numeriek",
                                  fmt::format("'{}' in kolom {} is geen getal", text, column.header));
                }
            }
            Reading& slot = readings_[IndexOf(column.measure)];
            if (slot.present && slot.value != reading.value) {
                return Reject(i + 1, "dubbele maat",
                              fmt::format("{} heeft in deze regel twee verschillende waarden", column.measure->key));
            }
            slot = reading;
        }
        return {};
    }

    std::size_t IndexOf(const KwbMeasure* measure) const {
        return static_cast<std::size_t>(std::find(layout_.measures.begin(), layout_.measures.end(), measure) -
                                        layout_.measures.begin());
    }

    Result<void> PutRegion(const Region& region) {
        if (!delivered_regions_.insert(region.code).second) return {};
        if (region.level == RegionLevel::kMunicipality) return sink_.PutRegion(region);
        return sink_.EnsureRegion(region);
    }

    Result<void> PutObservations(const std::string& region, const std::string& period) {
        for (std::size_t m = 0; m < readings_.size(); ++m) {
            if (!readings_[m].present) continue;
            Observation observation;
            observation.indicator = std::string(layout_.measures[m]->key);
            observation.region = region;
            observation.period = period;
            observation.value = readings_[m].value;
            observation.status = observation.value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
            if (auto put = sink_.PutObservation(observation); !put) return put;
            ++observations_;
        }
        return {};
    }

    CsvReader& reader_;
    ObservationSink& sink_;
    Layout layout_;
    std::vector<Reading> readings_;
    std::unordered_set<std::string> delivered_regions_;
    std::size_t observations_ = 0;
};

}  // namespace

std::string StripPositionalSuffix(std::string_view key) {
    const auto underscore = key.rfind('_');
    if (underscore == std::string_view::npos || underscore + 1 == key.size() || underscore == 0) {
        return std::string(key);
    }
    const std::string_view suffix = key.substr(underscore + 1);
    if (suffix.find_first_not_of("0123456789") != std::string_view::npos) return std::string(key);
    return std::string(key.substr(0, underscore));
}

Result<void> ReadKwbCsv(std::istream& in, const std::string& file_name, ObservationSink& sink, Progress* progress,
                        KwbSummary* summary) {
    CsvReader reader(in, file_name, ';', progress);
    std::vector<std::string> fields;
    if (auto header = reader.Header(fields); !header) return std::unexpected(header.error());
    auto layout = PlanColumns(fields, reader);
    if (!layout) return std::unexpected(layout.error());
    std::vector<std::string> skipped = layout->skipped;
    KwbImport import(reader, sink, std::move(*layout));
    if (auto declared = import.DeclareIndicators(); !declared) return declared;
    std::size_t rows = 0;
    for (;;) {
        auto next = reader.Next(fields);
        if (!next) return std::unexpected(next.error());
        if (!*next) break;
        if (auto row = import.Row(fields); !row) return row;
        ++rows;
    }
    if (summary != nullptr) *summary = KwbSummary{rows, import.observations(), std::move(skipped)};
    return {};
}

}  // namespace kompas
