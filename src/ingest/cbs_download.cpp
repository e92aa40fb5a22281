#include "ingest/cbs_download.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <vector>

#include "ingest/cbs_odata.hpp"
#include "ingest/json_rows.hpp"

namespace kompas {
namespace {

constexpr std::size_t kMaxPages = 100000;

bool IsSafeName(std::string_view name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool IsPageOf(std::string_view name, std::string_view set) {
    if (!name.starts_with(set) || !name.ends_with(".json")) return false;
    const std::string_view middle = name.substr(set.size(), name.size() - set.size() - 5);
    return middle.empty() || (middle.size() > 1 && middle[0] == '_' &&
                              middle.substr(1).find_first_not_of("0123456789") == std::string_view::npos);
}

Result<void> InitCurl() {
    static const CURLcode status = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (status != CURLE_OK) return Fail(ErrorCode::kInternal, "libcurl kon niet starten");
    return {};
}

struct CurlDeleter {
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

struct WriteTarget {
    std::ofstream* out;
    ByteProgress* progress;
};

std::size_t WriteBody(char* data, std::size_t size, std::size_t count, void* user) {
    auto* target = static_cast<WriteTarget*>(user);
    const std::size_t bytes = size * count;
    target->out->write(data, static_cast<std::streamsize>(bytes));
    if (!*target->out) return 0;  // makes curl fail with CURLE_WRITE_ERROR
    if (target->progress->progress != nullptr) {
        target->progress->done += bytes;
        target->progress->progress->Advance(target->progress->done, 0);
    }
    return bytes;
}

// One HTTP connection reused for all requests of a download. Owns its curl handle; not
// thread-safe.
class CbsClient {
public:
    CbsClient(const DownloadOptions& options, Progress* progress)
        : options_(options), curl_(curl_easy_init()), progress_{progress, 0, 0} {}

    Result<void> FetchSet(const std::string& set) {
        if (!curl_) return Fail(ErrorCode::kInternal, "libcurl kon geen verbinding aanmaken");
        RemovePages(set);
        const std::string set_url = fmt::format("{}/{}/{}?$format=json", options_.base_url, options_.table_id, set);
        std::string url = set_url;
        std::uint64_t rows = 0;
        for (std::size_t page = 1; page <= kMaxPages; ++page) {
            const auto file = options_.folder / (page == 1 ? set + ".json" : fmt::format("{}_{}.json", set, page));
            if (auto got = Get(url, file); !got) return got;
            auto counted =
                StreamJsonRows(file, file.filename().string(), [](const JsonRow&) -> Result<void> { return {}; });
            if (!counted) {
                return Fail(ErrorCode::kUnavailable,
                            fmt::format("CBS gaf onleesbare JSON voor {}: {}", url, counted.error().message));
            }
            rows += counted->rows;
            if (!counted->next_link.empty()) {
                url = counted->next_link;
            } else if (counted->rows >= options_.page_rows) {
                url = fmt::format("{}&$skip={}&$top={}", set_url, rows, options_.page_rows);
            } else {
                return {};
            }
            if (counted->rows == 0) return {};
        }
        return Fail(ErrorCode::kUnavailable, fmt::format("CBS bleef pagina's sturen voor {}", set_url));
    }

private:
    // Removes Set.json and every Set_N.json, also past a gap, so no stale page survives.
    void RemovePages(const std::string& set) const {
        std::error_code ec;
        std::vector<std::filesystem::path> stale;
        for (const auto& entry : std::filesystem::directory_iterator(options_.folder, ec)) {
            if (IsPageOf(entry.path().filename().string(), set)) stale.push_back(entry.path());
        }
        for (const auto& page : stale) std::filesystem::remove(page, ec);
    }

    Result<void> Get(const std::string& url, const std::filesystem::path& file) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        if (!out) return Fail(ErrorCode::kUnavailable, "kan " + file.string() + " niet schrijven");
        WriteTarget target{&out, &progress_};
        CURL* curl = curl_.get();
        curl_easy_reset(curl);
        curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &WriteBody);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &target);
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, options_.timeout_seconds);
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(curl, CURLOPT_USERAGENT, "kompas/0.1");
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
        const CURLcode code = curl_easy_perform(curl);
        out.close();
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (code != CURLE_OK || status >= 400 || !out) {
            std::error_code ec;
            std::filesystem::remove(file, ec);
            if (code != CURLE_OK) {
                return Fail(ErrorCode::kUnavailable,
                            fmt::format("CBS is niet bereikbaar voor {}: {}", url, curl_easy_strerror(code)));
            }
            if (status >= 400) {
                return Fail(ErrorCode::kUnavailable, fmt::format("CBS antwoordde met HTTP {} voor {}", status, url));
            }
            return Fail(ErrorCode::kUnavailable, "kan " + file.string() + " niet schrijven");
        }
        return {};
    }

    const DownloadOptions& options_;
    std::unique_ptr<CURL, CurlDeleter> curl_;
    ByteProgress progress_;
};

// The dimension sets the table names in its DataProperties.
Result<std::vector<std::string>> DimensionSets(const std::filesystem::path& folder) {
    std::vector<std::string> sets;
    for (const auto& page : ODataPages(folder, "DataProperties")) {
        auto read = StreamJsonRows(page, page.filename().string(), [&](const JsonRow& row) -> Result<void> {
            const std::string type = row.Text("Type");
            if (type != "Dimension" && type != "GeoDimension" && type != "TimeDimension") return {};
            const std::string key = row.Text("Key");
            if (!IsSafeName(key))
                return std::unexpected(ImportError(row.at, "odata", "'" + key + "' is geen geldige sleutel"));
            sets.push_back(key);
            return {};
        });
        if (!read) return std::unexpected(read.error());
    }
    return sets;
}

}  // namespace

Result<void> DownloadODataTable(const DownloadOptions& options, Progress* progress) {
    if (!IsSafeName(options.table_id)) {
        return Fail(ErrorCode::kInvalidArgument, "'" + options.table_id + "' is geen CBS-tabelnummer", "table_id");
    }
    if (options.page_rows == 0) return Fail(ErrorCode::kInvalidArgument, "page_rows moet groter dan 0 zijn");
    if (auto init = InitCurl(); !init) return init;
    std::error_code ec;
    std::filesystem::create_directories(options.folder, ec);
    if (ec)
        return Fail(ErrorCode::kUnavailable, "kan de map " + options.folder.string() + " niet maken: " + ec.message());

    CbsClient client(options, progress);
    for (const char* set : {"TableInfos", "DataProperties"}) {
        if (auto fetched = client.FetchSet(set); !fetched) return fetched;
    }
    auto dimensions = DimensionSets(options.folder);
    if (!dimensions) return std::unexpected(dimensions.error());
    for (const auto& set : *dimensions) {
        if (auto fetched = client.FetchSet(set); !fetched) return fetched;
    }
    return client.FetchSet("TypedDataSet");
}

}  // namespace kompas
