// Streams the rows of an OData v3 JSON document ({"value": [{...}, ...], "odata.nextLink": ...})
// one at a time with the nlohmann SAX parser, so a file of any size needs no document in memory.
// Every row carries the line and column where it starts, for error messages.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "core/source_location.hpp"
#include "ingest/progress.hpp"

namespace kompas {

// A scalar member of a row; nested objects and arrays inside a row are not kept.
struct JsonScalar {
    enum class Kind { kNull, kBool, kNumber, kString };
    Kind kind = Kind::kNull;
    double number = 0;
    std::string text;  // for strings; "true"/"false" for booleans
};

// One object of the "value" array. A plain value, reused between rows by the streamer.
struct JsonRow {
    SourcePosition at;
    std::vector<std::pair<std::string, JsonScalar>> fields;

    const JsonScalar* Find(std::string_view key) const;
    std::string Text(std::string_view key) const;  // the string member, or "" when absent or no string
};

// What a page says besides its rows.
struct JsonPage {
    std::uint64_t rows = 0;
    std::string next_link;  // "odata.nextLink", empty on the last page
};

// Counts bytes over several files for one Progress. Borrows the Progress; not thread-safe.
struct ByteProgress {
    Progress* progress = nullptr;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};

using JsonRowHandler = std::function<Result<void>(const JsonRow&)>;

// Calls `on_row` for each row in order and stops at the first error it returns or at malformed
// JSON, which is reported with `display_name`, line and column. `progress` may be null.
Result<JsonPage> StreamJsonRows(const std::filesystem::path& file, const std::string& display_name,
                                const JsonRowHandler& on_row, ByteProgress* progress = nullptr);

// The same for bytes already read (a stream over an upload held in memory).
Result<JsonPage> StreamJsonRows(std::istream& source, const std::string& display_name, const JsonRowHandler& on_row,
                                ByteProgress* progress = nullptr);

}  // namespace kompas
