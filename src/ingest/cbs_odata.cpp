#include "ingest/cbs_odata.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <span>
#include <spanstream>
#include <unordered_map>
#include <unordered_set>

#include "core/period.hpp"
#include "core/region.hpp"
#include "core/text.hpp"
#include "ingest/json_rows.hpp"
#include "ingest/kwb_csv.hpp"

namespace kompas {
namespace {

struct Topic {
    std::string key;  // as in the data set, e.g. "PercentageJongerenMetJeugdzorg_85"
    Indicator indicator;
};

struct Dimension {
    std::string key;
    std::map<std::string, std::string> titles;  // trimmed category key -> title
};

struct TableMeta {
    std::string source;
    std::vector<Topic> topics;
    std::string geo;
    std::string time;
    std::vector<Dimension> others;
};

using RowFn = std::function<Result<void>(const JsonRow&)>;

// Where the entity sets are read from: a folder on disk, or files held in memory (an upload, which
// is never written to disk).
class SetSource {
public:
    virtual ~SetSource() = default;
    // The page names of one set: Name.json, then Name_2.json, ... while they exist.
    virtual std::vector<std::string> Pages(const std::string& set) const = 0;
    virtual Result<JsonPage> Stream(const std::string& page, const RowFn& on_row, ByteProgress& progress) const = 0;
};

class FolderSource final : public SetSource {
public:
    explicit FolderSource(const std::filesystem::path& folder) : folder_(folder) {}
    std::vector<std::string> Pages(const std::string& set) const override {
        std::vector<std::string> names;
        for (const auto& page : ODataPages(folder_, set)) names.push_back(page.filename().string());
        return names;
    }
    Result<JsonPage> Stream(const std::string& page, const RowFn& on_row, ByteProgress& progress) const override {
        return StreamJsonRows(folder_ / page, page, on_row, &progress);
    }

private:
    std::filesystem::path folder_;
};

class MemorySource final : public SetSource {
public:
    explicit MemorySource(const ODataFiles& files) : files_(files) {}
    std::vector<std::string> Pages(const std::string& set) const override {
        std::vector<std::string> names;
        for (int page = 1;; ++page) {
            std::string name = page == 1 ? set + ".json" : fmt::format("{}_{}.json", set, page);
            if (!files_.contains(name)) break;
            names.push_back(std::move(name));
        }
        return names;
    }
    Result<JsonPage> Stream(const std::string& page, const RowFn& on_row, ByteProgress& progress) const override {
        const std::string& bytes = files_.at(page);
        std::ispanstream in(std::span<const char>(bytes.data(), bytes.size()));
        return StreamJsonRows(in, page, on_row, &progress);
    }

private:
    const ODataFiles& files_;
};

Result<void> StreamSet(const SetSource& source, const std::string& set, bool required, const RowFn& on_row,
                       ByteProgress& progress) {
    const auto pages = source.Pages(set);
    if (pages.empty() && required) {
        return std::unexpected(
            ImportError({set + ".json", 0, 0}, "bestand ontbreekt", fmt::format("{}.json staat niet in de map", set)));
    }
    for (const auto& page : pages) {
        auto streamed = source.Stream(page, on_row, progress);
        if (!streamed) return std::unexpected(streamed.error());
    }
    return {};
}

bool IsNumericType(std::string_view type) {
    return type.empty() || type == "Double" || type == "Float" || type == "Decimal" || type == "Integer" ||
           type == "Long" || type == "Short" || type.starts_with("Int");
}

Result<TableMeta> ReadMeta(const SetSource& folder, ByteProgress& progress) {
    TableMeta meta;
    std::string identifier;
    std::string title;
    auto infos = StreamSet(
        folder, "TableInfos", true,
        [&](const JsonRow& row) -> Result<void> {
            if (identifier.empty()) {
                identifier = std::string(Trim(row.Text("Identifier")));
                title = std::string(Trim(row.Text("Title")));
            }
            return {};
        },
        progress);
    if (!infos) return std::unexpected(infos.error());
    if (identifier.empty()) {
        return std::unexpected(ImportError({"TableInfos.json", 0, 0}, "odata", "Identifier van de tabel ontbreekt"));
    }
    meta.source = fmt::format("CBS {} ({})", identifier, title);

    SourcePosition first_row{"DataProperties.json", 0, 0};
    auto properties = StreamSet(
        folder, "DataProperties", true,
        [&](const JsonRow& row) -> Result<void> {
            const std::string type = row.Text("Type");
            const std::string key(Trim(row.Text("Key")));
            if (first_row.line == 0) first_row = row.at;
            if (type == "Topic") {
                if (key.empty()) return std::unexpected(ImportError(row.at, "odata", "een Topic zonder Key"));
                if (!IsNumericType(row.Text("Datatype"))) return {};
                Indicator indicator;
                indicator.key = StripPositionalSuffix(key);
                indicator.title = std::string(Trim(row.Text("Title")));
                indicator.unit = std::string(Trim(row.Text("Unit")));
                const JsonScalar* decimals = row.Find("Decimals");
                if (decimals != nullptr && decimals->kind == JsonScalar::Kind::kNumber) {
                    indicator.decimals = static_cast<int>(std::clamp(decimals->number, 0.0, 10.0));
                }
                indicator.source = meta.source;
                indicator.definition = std::string(Trim(row.Text("Description")));
                meta.topics.push_back(Topic{key, std::move(indicator)});
            } else if (type == "GeoDimension") {
                meta.geo = key;
            } else if (type == "TimeDimension") {
                meta.time = key;
            } else if (type == "Dimension") {
                meta.others.push_back(Dimension{key, {}});
            }
            return {};
        },
        progress);
    if (!properties) return std::unexpected(properties.error());
    if (meta.geo.empty() || meta.time.empty()) {
        return std::unexpected(
            ImportError(first_row, "dimensie ontbreekt",
                        "de tabel heeft geen regio- (GeoDimension) of periodedimensie (TimeDimension)"));
    }
    std::set<std::string> indicator_keys;
    for (const auto& topic : meta.topics) {
        if (!indicator_keys.insert(topic.indicator.key).second) {
            return std::unexpected(ImportError({"DataProperties.json", 0, 0}, "dubbele maat",
                                               fmt::format("twee onderwerpen heten {}", topic.indicator.key)));
        }
    }
    for (auto& dimension : meta.others) {
        auto categories = StreamSet(
            folder, dimension.key, true,
            [&](const JsonRow& row) -> Result<void> {
                dimension.titles[std::string(Trim(row.Text("Key")))] = std::string(Trim(row.Text("Title")));
                return {};
            },
            progress);
        if (!categories) return std::unexpected(categories.error());
    }
    return meta;
}

// Codes of the levels Kompas keeps; other CBS codes (LD01, CR01, ...) are skipped.
bool IsKeptRegionCode(std::string_view raw) {
    const std::string_view code = Trim(raw);
    if (code.size() < 2) return false;
    std::string prefix(code.substr(0, 2));
    for (char& c : prefix) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return prefix == "NL" || prefix == "PV" || prefix == "JZ" || prefix == "GM" || prefix == "WK" || prefix == "BU";
}

class ODataImport {
public:
    ODataImport(ObservationSink& sink, TableMeta meta, const UploadArea* area)
        : sink_(sink), meta_(std::move(meta)), area_(area) {}

    Result<void> DeclareIndicators() {
        if (!meta_.others.empty()) return {};  // declared per category combination as they occur
        for (const auto& topic : meta_.topics) {
            if (auto put = sink_.PutIndicator(topic.indicator); !put) return put;
        }
        return {};
    }

    Result<void> RegionRow(const JsonRow& row) {
        const std::string key = row.Text("Key");
        if (!IsKeptRegionCode(key)) return {};
        auto region = MakeRegion(key, row.Text("Title"));
        if (!region) return std::unexpected(ImportError(row.at, "regiocode", region.error().message));
        if (OutsideUploadArea(area_, region->code)) return {};  // described, not delivered; data rows are checked
        if (auto put = sink_.PutRegion(*region); !put) return put;
        delivered_regions_.insert(region->code);
        return {};
    }

    Result<void> PeriodRow(const JsonRow& row) {
        if (Trim(row.Text("Status")) == "Voorlopig") provisional_.insert(std::string(Trim(row.Text("Key"))));
        return {};
    }

    Result<void> DataRow(const JsonRow& row) {
        ++summary_.rows;
        const std::string raw_region = row.Text(meta_.geo);
        if (!IsKeptRegionCode(raw_region)) {
            ++summary_.skipped_rows;
            skipped_codes_.insert(std::string(Trim(raw_region)));
            return {};
        }
        auto region = MakeRegion(raw_region);
        if (!region) return std::unexpected(ImportError(row.at, "regiocode", region.error().message));
        if (auto outside = OutsideUploadArea(area_, region->code)) {
            return std::unexpected(ImportError(row.at, "gebied", *outside));
        }
        const std::string raw_period(Trim(row.Text(meta_.time)));
        auto period = ParsePeriod(raw_period);
        if (!period) return std::unexpected(ImportError(row.at, "periode", period.error().message));
        const bool provisional = provisional_.contains(raw_period);

        auto suffix = CategorySuffix(row);
        if (!suffix) return std::unexpected(suffix.error());
        observations_.clear();
        for (const auto& topic : meta_.topics) {
            const JsonScalar* cell = row.Find(topic.key);
            if (cell == nullptr) continue;
            Observation observation{topic.indicator.key + suffix->first,
                                    region->code,
                                    period->Code(),
                                    {},
                                    {},
                                    {},
                                    ObservationStatus::kKnown};
            if (cell->kind == JsonScalar::Kind::kNumber) {
                observation.value = cell->number;
            } else if (cell->kind == JsonScalar::Kind::kString && !Trim(cell->text).empty() &&
                       Trim(cell->text) != ".") {
                return std::unexpected(ImportError(
                    row.at, "numeriek", fmt::format("'{}' bij {} is geen getal", Trim(cell->text), topic.key)));
            }
            observation.status = !observation.value ? ObservationStatus::kUnknown
                                 : provisional      ? ObservationStatus::kProvisional
                                                    : ObservationStatus::kKnown;
            observations_.push_back(std::move(observation));
        }
        return Deliver(*region, suffix->first, suffix->second);
    }

    ODataSummary Summary() {
        summary_.skipped_region_codes.assign(skipped_codes_.begin(), skipped_codes_.end());
        return summary_;
    }

private:
    // For tables with more dimensions than region and period: ".Category" per extra dimension
    // for the indicator key, and " (Title)" for its title.
    Result<std::pair<std::string, std::string>> CategorySuffix(const JsonRow& row) const {
        std::pair<std::string, std::string> suffix;
        for (const auto& dimension : meta_.others) {
            const std::string category(Trim(row.Text(dimension.key)));
            const auto found = dimension.titles.find(category);
            if (found == dimension.titles.end()) {
                return std::unexpected(ImportError(
                    row.at, "dimensie", fmt::format("'{}' is geen categorie van {}", category, dimension.key)));
            }
            suffix.first += "." + category;
            suffix.second += " (" + found->second + ")";
        }
        return suffix;
    }

    Result<void> Deliver(const Region& region, const std::string& key_suffix, const std::string& title_suffix) {
        if (!delivered_regions_.contains(region.code)) {
            if (auto ensured = sink_.EnsureRegion(region); !ensured) return ensured;
            delivered_regions_.insert(region.code);
        }
        if (!key_suffix.empty() && declared_.insert(key_suffix).second) {
            for (const auto& topic : meta_.topics) {
                Indicator indicator = topic.indicator;
                indicator.key += key_suffix;
                indicator.title += title_suffix;
                if (auto put = sink_.PutIndicator(indicator); !put) return put;
            }
        }
        for (const auto& observation : observations_) {
            if (auto put = sink_.PutObservation(observation); !put) return put;
            ++summary_.observations;
        }
        return {};
    }

    ObservationSink& sink_;
    TableMeta meta_;
    const UploadArea* area_;  // null: any region
    std::unordered_set<std::string> delivered_regions_;
    std::unordered_set<std::string> provisional_;
    std::unordered_set<std::string> declared_;
    std::set<std::string> skipped_codes_;
    std::vector<Observation> observations_;
    ODataSummary summary_;
};

std::uint64_t FolderBytes(const std::filesystem::path& folder) {
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        std::error_code size_ec;
        if (entry.is_regular_file(size_ec) && entry.path().extension() == ".json") {
            total += entry.file_size(size_ec);
        }
    }
    return total;
}

}  // namespace

std::vector<std::filesystem::path> ODataPages(const std::filesystem::path& folder, const std::string& set_name) {
    std::vector<std::filesystem::path> pages;
    for (int page = 1;; ++page) {
        const auto file = folder / (page == 1 ? set_name + ".json" : fmt::format("{}_{}.json", set_name, page));
        std::error_code ec;
        if (!std::filesystem::is_regular_file(file, ec)) break;
        pages.push_back(file);
    }
    return pages;
}

namespace {

Result<void> ReadSets(const SetSource& folder, std::uint64_t total_bytes, ObservationSink& sink, Progress* progress,
                      ODataSummary* summary, const UploadArea* area) {
    ByteProgress bytes{progress, 0, total_bytes};
    auto meta = ReadMeta(folder, bytes);
    if (!meta) return std::unexpected(meta.error());
    const std::string geo = meta->geo;
    const std::string time = meta->time;
    ODataImport import(sink, std::move(*meta), area);
    if (auto declared = import.DeclareIndicators(); !declared) return declared;
    if (auto regions = StreamSet(
            folder, geo, false, [&](const JsonRow& row) { return import.RegionRow(row); }, bytes);
        !regions) {
        return regions;
    }
    if (auto periods = StreamSet(
            folder, time, false, [&](const JsonRow& row) { return import.PeriodRow(row); }, bytes);
        !periods) {
        return periods;
    }
    if (auto data = StreamSet(
            folder, "TypedDataSet", true, [&](const JsonRow& row) { return import.DataRow(row); }, bytes);
        !data) {
        return data;
    }
    if (progress != nullptr) progress->Advance(bytes.total, bytes.total);
    if (summary != nullptr) *summary = import.Summary();
    return {};
}

}  // namespace

Result<void> ReadODataFolder(const std::filesystem::path& folder, ObservationSink& sink, Progress* progress,
                             ODataSummary* summary, const UploadArea* area) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        return std::unexpected(ImportError({folder.string(), 0, 0}, "map ontbreekt", "de map bestaat niet"));
    }
    return ReadSets(FolderSource(folder), progress != nullptr ? FolderBytes(folder) : 0, sink, progress, summary, area);
}

Result<void> ReadODataFiles(const ODataFiles& files, ObservationSink& sink, ODataSummary* summary,
                            const UploadArea* area) {
    return ReadSets(MemorySource(files), 0, sink, nullptr, summary, area);
}

}  // namespace kompas
