// A streaming reader of delimited text (RFC 4180 quoting with '"' and '""', delimiters and line
// breaks inside quotes), one record at a time. Positions for error messages are the line on
// which a record starts and the 1-based field number. Every field must be valid UTF-8.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/source_location.hpp"
#include "ingest/byte_source.hpp"
#include "ingest/progress.hpp"

namespace kompas {

// Borrows the stream and the progress for its lifetime. Not thread-safe.
class CsvReader {
public:
    // A delimiter of '\0' is detected from the first record: ';' when it has one, else ','.
    CsvReader(std::istream& in, std::string file_name, char delimiter, Progress* progress);

    // Reads the next record into `fields`; false at the end of the input. Empty lines are
    // skipped. Fails on an unterminated quote, text after a closing quote, or an overlong line.
    Result<bool> Next(std::vector<std::string>& fields);

    // The same without copying: the views point into the reader's own buffers and stay valid
    // until the next call. A record without quotes is split in place.
    Result<bool> Next(std::vector<std::string_view>& fields);

    // Reads the first record, the header, into `fields`; an empty file is an error ("leeg bestand").
    Result<void> Header(std::vector<std::string>& fields);

    char delimiter() const { return delimiter_; }
    std::size_t record_line() const { return record_line_; }
    const std::string& file_name() const { return file_name_; }
    SourcePosition At(std::size_t column) const { return {file_name_, record_line_, column}; }

private:
    // Splits a record that has quotes in it, unescaping its fields into `record_`.
    Result<bool> SplitQuoted(std::vector<std::string_view>& fields);
    // true, or an error naming the first field that is not valid UTF-8.
    Result<bool> CheckText(const std::vector<std::string_view>& fields) const;

    LineSource source_;
    std::string file_name_;
    char delimiter_;
    std::size_t record_line_ = 0;
    std::string line_;
    std::string record_;                   // the unescaped fields of a quoted record, one after another
    std::vector<std::size_t> ends_;        // where each field of a quoted record ends in `record_`
    std::vector<std::string_view> views_;  // for Next(std::vector<std::string>&)
};

}  // namespace kompas
