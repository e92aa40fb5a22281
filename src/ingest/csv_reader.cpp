#include "ingest/csv_reader.hpp"

#include <fmt/format.h>

#include <utility>

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
    std::size_t count = 0;  // fields filled; the strings of `fields` are reused to keep their memory
    auto next_field = [&]() -> std::string& {
        if (count == fields.size()) fields.emplace_back();
        std::string& field = fields[count++];
        field.clear();
        return field;
    };
    LineSource::Status status;
    do {
        status = source_.Next(line_);
    } while (status == LineSource::Status::kLine && line_.empty());
    record_line_ = source_.line_number();
    if (status == LineSource::Status::kEnd) {
        fields.clear();
        return false;
    }
    if (status == LineSource::Status::kTooLong) {
        fields.clear();
        return std::unexpected(ImportError(At(0), "regel te lang",
                                           fmt::format("een regel is langer dan {} bytes", LineSource::kMaxLineBytes)));
    }
    if (delimiter_ == '\0') delimiter_ = DetectDelimiter(line_);

    if (line_.find('"') == std::string::npos) {
        // Without quotes a record is its line, split at every delimiter.
        const std::string_view line(line_);
        std::size_t from = 0;
        for (;;) {
            const std::size_t to = line.find(delimiter_, from);
            next_field().assign(line.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from));
            if (to == std::string_view::npos) break;
            from = to + 1;
        }
        fields.resize(count);
        return true;
    }

    std::string* field = &next_field();
    bool quoted = false;      // inside a quoted section
    bool was_quoted = false;  // the current field started with a quote
    std::size_t record_bytes = 0;
    for (;;) {
        for (std::size_t i = 0; i < line_.size(); ++i) {
            const char c = line_[i];
            if (quoted) {
                if (c != '"') {
                    *field += c;
                } else if (i + 1 < line_.size() && line_[i + 1] == '"') {
                    *field += '"';
                    ++i;
                } else {
                    quoted = false;
                    if (i + 1 < line_.size() && line_[i + 1] != delimiter_) {
                        fields.resize(count - 1);
                        return std::unexpected(
                            ImportError(At(count), "aanhalingsteken", "tekst na een sluitend aanhalingsteken"));
                    }
                }
            } else if (c == delimiter_) {
                field = &next_field();
                was_quoted = false;
            } else if (c == '"' && field->empty() && !was_quoted) {
                quoted = true;
                was_quoted = true;
            } else {
                *field += c;
            }
        }
        if (!quoted) break;
        // A quoted field continues on the next line.
        record_bytes += line_.size() + 1;
        if (record_bytes > LineSource::kMaxLineBytes) {
            fields.resize(count - 1);
            return std::unexpected(
                ImportError(At(count), "regel te lang", "een veld tussen aanhalingstekens is te lang"));
        }
        *field += '\n';
        const auto more = source_.Next(line_);
        if (more != LineSource::Status::kLine) {
            fields.resize(count - 1);
            return std::unexpected(ImportError(At(count), "aanhalingsteken",
                                               "aanhalingsteken niet gesloten voor het einde van het bestand"));
        }
    }
    fields.resize(count);
    return true;
}

}  // namespace kompas
