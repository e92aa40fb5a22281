#include "ingest/csv_reader.hpp"

#include <fmt/format.h>

#include <utility>

#include "core/text.hpp"

namespace kompas {
namespace {

char DetectDelimiter(const std::string& line) {
    bool quoted = false;
    bool comma = false;
    for (const char c : line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == ';') return ';';
        if (c == ',') comma = true;
    }
    return comma ? ',' : ';';
}

}  // namespace

CsvReader::CsvReader(std::istream& in, std::string file_name, char delimiter, Progress* progress)
    : source_(in, progress), file_name_(std::move(file_name)), delimiter_(delimiter) {}

Result<void> CsvReader::Header(std::vector<std::string>& fields) {
    auto header = Next(fields);
    if (!header) return std::unexpected(header.error());
    if (!*header) return std::unexpected(ImportError({file_name_, 0, 0}, "leeg bestand", "het bestand is leeg"));
    return {};
}

Result<bool> CsvReader::Next(std::vector<std::string>& fields) {
    auto next = Next(views_);
    if (!next || !*next) {
        fields.clear();
        return next;
    }
    fields.resize(views_.size());
    for (std::size_t i = 0; i < views_.size(); ++i) fields[i].assign(views_[i]);
    return true;
}

Result<bool> CsvReader::Next(std::vector<std::string_view>& fields) {
    fields.clear();
    LineSource::Status status;
    do {
        status = source_.Next(line_);
    } while (status == LineSource::Status::kLine && line_.empty());
    record_line_ = source_.line_number();
    if (status == LineSource::Status::kEnd) return false;
    if (status == LineSource::Status::kTooLong) {
        return std::unexpected(ImportError(At(0), "regel te lang",
                                           fmt::format("een regel is langer dan {} bytes", LineSource::kMaxLineBytes)));
    }
    if (delimiter_ == '\0') delimiter_ = DetectDelimiter(line_);
    if (line_.find('"') != std::string::npos) {
        auto split = SplitQuoted(fields);
        if (!split || !*split) return split;
        return CheckText(fields);
    }

    // No quotes: every field is a piece of the line as it is.
    const std::string_view line(line_);
    std::size_t begin = 0;
    for (;;) {
        const std::size_t end = line.find(delimiter_, begin);
        if (end == std::string_view::npos) break;
        fields.push_back(line.substr(begin, end - begin));
        begin = end + 1;
    }
    fields.push_back(line.substr(begin));
    return CheckText(fields);
}

Result<bool> CsvReader::CheckText(const std::vector<std::string_view>& fields) const {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!IsValidUtf8(fields[i])) {
            return std::unexpected(ImportError(At(i + 1), "tekenset",
                                               "het veld is geen geldige UTF-8-tekst; sla het bestand op als UTF-8 "
                                               "(in Excel: CSV UTF-8)"));
        }
    }
    return true;
}

Result<bool> CsvReader::SplitQuoted(std::vector<std::string_view>& fields) {
    record_.clear();
    ends_.clear();
    std::size_t field_start = 0;  // where the current field begins in record_
    bool quoted = false;          // inside a quoted section
    bool was_quoted = false;      // the current field started with a quote
    std::size_t record_bytes = 0;
    for (;;) {
        for (std::size_t i = 0; i < line_.size(); ++i) {
            const char c = line_[i];
            if (quoted) {
                if (c != '"') {
                    record_ += c;
                } else if (i + 1 < line_.size() && line_[i + 1] == '"') {
                    record_ += '"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < line_.size() && line_[i + 1] != delimiter_) {
                        return std::unexpected(ImportError(At(ends_.size() + 1), "aanhalingsteken",
                                                           "tekst na een sluitend aanhalingsteken"));
                    }
                }
            } else if (c == delimiter_) {
                ends_.push_back(record_.size());
                field_start = record_.size();
                was_quoted = false;
            } else if (c == '"' && record_.size() == field_start && !was_quoted) {
                quoted = true;
                was_quoted = true;
            } else {
                record_ += c;
            }
        }
        if (!quoted) break;
        // A quoted field continues on the next line.
        record_bytes += line_.size() + 1;
        if (record_bytes > LineSource::kMaxLineBytes) {
            return std::unexpected(
                ImportError(At(ends_.size() + 1), "regel te lang", "een veld tussen aanhalingstekens is te lang"));
        }
        record_ += '\n';
        const auto more = source_.Next(line_);
        if (more != LineSource::Status::kLine) {
            return std::unexpected(ImportError(At(ends_.size() + 1), "aanhalingsteken",
                                               "aanhalingsteken niet gesloten voor het einde van het bestand"));
        }
    }
    ends_.push_back(record_.size());
    const std::string_view record(record_);
    std::size_t begin = 0;
    for (const std::size_t end : ends_) {
        fields.push_back(record.substr(begin, end - begin));
        begin = end;
    }
    return true;
}

}  // namespace kompas
