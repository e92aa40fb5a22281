// Serialised outcome reports, kept: a warm municipality page then costs its access check and a
// lookup, not the serialisation and compression of thousands of provider rows again (at national
// scale the largest municipality's JSON took about 100 ms to write and gzip on every request).
// Keyed by MunicipalityReportVersion, so a new upload, day or provider name is a new key; old keys
// are simply never asked for again and leave first when the byte budget is full. Thread-safe.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "http/message.hpp"

namespace kompas {

struct ReportBody {
    std::string json;
    std::optional<std::string> gzip;  // absent when zlib failed or the body is too small to compress
};

class ReportBodies {
public:
    explicit ReportBodies(std::size_t budget_bytes = std::size_t{64} << 20) : budget_(budget_bytes) {}

    std::shared_ptr<const ReportBody> Find(const std::string& key) const;
    // Keeps `json` (and its gzip form) under `key`, dropping the oldest entries beyond the budget.
    std::shared_ptr<const ReportBody> Put(const std::string& key, std::string json);

private:
    mutable std::mutex mutex_;
    std::map<std::string, std::shared_ptr<const ReportBody>> bodies_;
    std::deque<std::string> order_;  // oldest first
    std::size_t bytes_ = 0;
    std::size_t budget_;
};

// The body as a response: gzip-encoded when the request accepts it and there is a gzip form.
HttpResponse BodyResponse(const HttpRequest& request, const ReportBody& body);

}  // namespace kompas
