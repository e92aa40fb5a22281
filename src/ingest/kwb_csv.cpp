#include "ingest/kwb_csv.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <thread>
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

// A catalogued measure's column: where it is and which of the layout's measures it holds.
struct MeasureColumn {
    std::size_t index = 0;  // 0-based
    std::size_t slot = 0;   // in Layout::measures
};

struct Layout {
    std::vector<Column> columns;
    std::vector<MeasureColumn> measure_columns;  // in column order
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
            const auto slot = static_cast<std::size_t>(
                std::find(layout.measures.begin(), layout.measures.end(), measure) - layout.measures.begin());
            layout.measure_columns.push_back({index, slot});
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

// A row as read and checked, waiting to be written.
struct ParsedRow {
    std::string region;                // normalised code
    std::string period;                // Period::Code()
    std::optional<Region> new_region;  // the first row of a region delivers it
};

// Rows handed from the reading thread to the writing one. Reused, so that the strings and
// vectors in it keep their capacity.
struct Batch {
    std::vector<ParsedRow> rows;  // the first `count` are filled
    std::size_t count = 0;
    std::vector<Reading> readings;  // count × number of measures, row by row
    std::optional<Error> error;     // reading stopped here, after the rows
    bool end = false;               // no rows after these
};

constexpr std::size_t kBatchRows = 512;
constexpr std::size_t kBatchesInFlight = 4;

// A bounded hand-over of batches between one reading and one writing thread: full batches go
// one way, empty ones come back. Either side may stop it; the other then gets nullptr.
class BatchChannel {
public:
    BatchChannel() {
        for (auto& batch : storage_) free_.push_back(&batch);
    }

    Batch* TakeFree() { return Take(free_); }
    Batch* TakeFull() { return Take(full_); }
    void GiveFree(Batch* batch) { Give(free_, batch); }
    void GiveFull(Batch* batch) { Give(full_, batch); }

    void Stop() {
        {
            const std::lock_guard lock(mutex_);
            stopped_ = true;
        }
        changed_.notify_all();
    }

private:
    Batch* Take(std::deque<Batch*>& queue) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopped_ || !queue.empty(); });
        if (stopped_) return nullptr;
        Batch* batch = queue.front();
        queue.pop_front();
        return batch;
    }

    void Give(std::deque<Batch*>& queue, Batch* batch) {
        {
            const std::lock_guard lock(mutex_);
            queue.push_back(batch);
        }
        changed_.notify_all();
    }

    std::array<Batch, kBatchesInFlight> storage_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch*> free_, full_;
    bool stopped_ = false;
};

// Reads and checks rows; knows nothing of the sink. Runs on its own thread.
class KwbRowReader {
public:
    KwbRowReader(CsvReader& reader, const Layout& layout, const UploadArea* area)
        : reader_(reader), layout_(layout), area_(area) {}

    // Fills the batch until it is full, the input ends or a row is wrong.
    void Fill(Batch& batch) {
        const std::size_t measures = layout_.measures.size();
        batch.count = 0;
        batch.error.reset();
        batch.end = false;
        if (batch.rows.size() < kBatchRows) batch.rows.resize(kBatchRows);
        batch.readings.resize(kBatchRows * measures);
        while (batch.count < kBatchRows) {
            auto next = reader_.Next(fields_);
            if (!next) {
                batch.error = std::move(next.error());
                return;
            }
            if (!*next) {
                batch.end = true;
                return;
            }
            const std::span<Reading> readings(batch.readings.data() + batch.count * measures, measures);
            if (auto row = Row(batch.rows[batch.count], readings); !row) {
                batch.error = std::move(row.error());
                return;
            }
            ++batch.count;
        }
    }

private:
    std::unexpected<Error> Reject(std::size_t column, std::string_view rule, std::string_view detail) const {
        return std::unexpected(ImportError(reader_.At(column), rule, detail));
    }

    Result<void> Row(ParsedRow& row, std::span<Reading> readings) {
        if (fields_.size() != layout_.columns.size()) {
            const auto column = std::min(fields_.size(), layout_.columns.size()) + 1;
            return Reject(
                column, "aantal velden",
                fmt::format("de regel heeft {} velden, de kopregel {}", fields_.size(), layout_.columns.size()));
        }
        auto period = ParsePeriod(fields_[layout_.reference_date - 1]);
        if (!period) return Reject(layout_.reference_date, "peildatum", period.error().message);
        if (auto region = RegionOf(row); !region) return region;
        if (auto read = ReadMeasures(readings); !read) return read;
        row.period = period->Code();
        return {};
    }

    // Sets the row's region code, and its region when it is the first row of that region.
    Result<void> RegionOf(ParsedRow& row) {
        std::string_view code = Trim(fields_[layout_.region - 1]);
        if (code == "NL00") code = kCountryCode;  // KWB codes the country as NL00
        auto normalised = NormaliseRegionCode(code);
        if (!normalised) return Reject(layout_.region, "regiocode", normalised.error().message);
        row.region = std::move(*normalised);
        row.new_region.reset();
        if (auto outside = OutsideUploadArea(area_, row.region)) return Reject(layout_.region, "gebied", *outside);
        if (seen_regions_.contains(row.region)) return {};
        const bool municipality = LevelOfCode(row.region) == RegionLevel::kMunicipality;
        const std::string_view name = Trim(fields_[layout_.municipality_name - 1]);
        auto region = MakeRegion(row.region, municipality ? name : std::string_view{});
        if (!region) return Reject(layout_.region, "regiocode", region.error().message);
        seen_regions_.insert(row.region);
        row.new_region = std::move(*region);
        return {};
    }

    Result<void> ReadMeasures(std::span<Reading> readings) const {
        std::fill(readings.begin(), readings.end(), Reading{});
        for (const MeasureColumn& measure : layout_.measure_columns) {
            const std::string_view text = Trim(fields_[measure.index]);
            if (text.empty()) continue;  // not applicable
            const Column& column = layout_.columns[measure.index];
            Reading reading{true, std::nullopt};
            if (text != ".") {
                reading.value = DecodeKwbValue(*column.measure, text);
                if (!reading.value) {
                    return Reject(measure.index + 1, "numeriek",
                                  fmt::format("'{}' in kolom {} is geen getal", text, column.header));
                }
            }
            Reading& slot = readings[measure.slot];
            if (slot.present && slot.value != reading.value) {
                return Reject(measure.index + 1, "dubbele maat",
                              fmt::format("{} heeft in deze regel twee verschillende waarden", column.measure->key));
            }
            slot = reading;
        }
        return {};
    }

    CsvReader& reader_;
    const Layout& layout_;
    std::vector<std::string_view> fields_;
    std::unordered_set<std::string> seen_regions_;
    const UploadArea* area_;  // null: any region
};

// Writes checked rows into the sink, on the caller's thread.
class KwbWriter {
public:
    KwbWriter(ObservationSink& sink, const Layout& layout) : sink_(sink), layout_(layout) {}

    Result<void> DeclareIndicators() {
        for (const KwbMeasure* measure : layout_.measures) {
            if (auto put = sink_.PutIndicator(ToIndicator(*measure)); !put) return put;
        }
        return {};
    }

    Result<void> Write(const Batch& batch) {
        const std::size_t measures = layout_.measures.size();
        for (std::size_t r = 0; r < batch.count; ++r) {
            const ParsedRow& row = batch.rows[r];
            if (row.new_region) {
                const Region& region = *row.new_region;
                auto put =
                    region.level == RegionLevel::kMunicipality ? sink_.PutRegion(region) : sink_.EnsureRegion(region);
                if (!put) return put;
            }
            const std::span<const Reading> readings(batch.readings.data() + r * measures, measures);
            if (auto put = PutObservations(row, readings); !put) return put;
            ++rows_;
        }
        return {};
    }

    std::size_t rows() const { return rows_; }
    std::size_t observations() const { return observations_; }

private:
    Result<void> PutObservations(const ParsedRow& row, std::span<const Reading> readings) {
        observation_.region = row.region;
        observation_.period = row.period;
        for (std::size_t m = 0; m < readings.size(); ++m) {
            if (!readings[m].present) continue;
            observation_.indicator = layout_.measures[m]->key;
            observation_.value = readings[m].value;
            observation_.status = observation_.value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
            if (auto put = sink_.PutObservation(observation_); !put) return put;
            ++observations_;
        }
        return {};
    }

    ObservationSink& sink_;
    const Layout& layout_;
    Observation observation_;  // reused, so that its strings keep their capacity
    std::size_t rows_ = 0;
    std::size_t observations_ = 0;
};

// Reads batches on its own thread until the input ends, a row is wrong or the channel stops.
void ReadBatches(KwbRowReader& rows, BatchChannel& channel) {
    for (;;) {
        Batch* batch = channel.TakeFree();
        if (batch == nullptr) return;
        try {
            rows.Fill(*batch);
        } catch (const std::exception& e) {  // e.g. out of memory: hand it over as an error
            batch->error = Error{ErrorCode::kInternal, fmt::format("inlezen afgebroken: {}", e.what()), {}};
        }
        const bool last = batch->end || batch->error;
        channel.GiveFull(batch);
        if (last) return;
    }
}

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
                        KwbSummary* summary, const UploadArea* area) {
    CsvReader reader(in, file_name, ';', progress);
    std::vector<std::string> header;
    if (auto read = reader.Header(header); !read) return std::unexpected(read.error());
    auto layout = PlanColumns(header, reader);
    if (!layout) return std::unexpected(layout.error());
    KwbWriter writer(sink, *layout);
    if (auto declared = writer.DeclareIndicators(); !declared) return declared;

    // Reading and checking on one thread, writing on this one: the sink belongs to this thread.
    // The batches come in file order, so the first error in the file is the one reported.
    KwbRowReader rows(reader, *layout, area);
    BatchChannel channel;
    Result<void> result;
    {
        std::jthread reading([&rows, &channel] { ReadBatches(rows, channel); });
        struct StopOnExit {  // also when the sink throws: the reading thread is joined only after this
            BatchChannel& channel;
            ~StopOnExit() { channel.Stop(); }
        } stop_on_exit{channel};
        for (;;) {
            Batch* batch = channel.TakeFull();
            result = writer.Write(*batch);
            if (result && batch->error) result = std::unexpected(std::move(*batch->error));
            if (!result || batch->end) break;
            channel.GiveFree(batch);
        }
    }
    if (!result) return result;
    if (summary != nullptr) *summary = KwbSummary{writer.rows(), writer.observations(), std::move(layout->skipped)};
    return {};
}

}  // namespace kompas
