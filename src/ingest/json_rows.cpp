#include "ingest/json_rows.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

namespace kompas {
namespace {

constexpr std::size_t kBlockBytes = 1u << 16;
constexpr std::uint64_t kReportEvery = 1u << 20;
// OData rows are three levels deep ({"value": [{...}]}); a member of a row may hold a little more.
constexpr int kMaxDepth = 32;

// A read-only stream buffer over a file that knows the line and column of the last byte handed
// out, so that SAX callbacks (which carry no positions) can be placed in the file.
class PositionedBuffer : public std::streambuf {
public:
    PositionedBuffer(std::istream& source, ByteProgress* progress)
        : source_(source), progress_(progress), block_(kBlockBytes) {}

    // Line and column (1-based) of the last byte consumed.
    std::pair<std::size_t, std::size_t> Position() const {
        const auto [line, column] = Scan();
        return {line, std::max<std::size_t>(column, 1)};
    }

protected:
    int_type underflow() override {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        Account();
        source_.read(block_.data(), static_cast<std::streamsize>(block_.size()));
        const auto got = static_cast<std::size_t>(source_.gcount());
        if (got == 0) return traits_type::eof();
        setg(block_.data(), block_.data(), block_.data() + got);
        return traits_type::to_int_type(*gptr());
    }

private:
    // Line and number of bytes since the last newline, up to the read position.
    std::pair<std::size_t, std::size_t> Scan() const {
        std::size_t line = line_;
        std::size_t column = column_;
        for (const char* c = eback(); c != nullptr && c < gptr(); ++c) {
            if (*c == '\n') {
                ++line;
                column = 0;
            } else {
                ++column;
            }
        }
        return {line, column};
    }

    void Account() {
        if (eback() == nullptr) return;
        const auto [line, column] = Scan();
        line_ = line;
        column_ = column;
        if (progress_ != nullptr && progress_->progress != nullptr) {
            progress_->done += static_cast<std::uint64_t>(egptr() - eback());
            if (progress_->done - reported_ >= kReportEvery) {
                reported_ = progress_->done;
                progress_->progress->Advance(progress_->done, std::max(progress_->total, progress_->done));
            }
        }
        setg(nullptr, nullptr, nullptr);
    }

    std::istream& source_;
    ByteProgress* progress_;
    std::vector<char> block_;
    std::size_t line_ = 1;
    std::size_t column_ = 0;
    std::uint64_t reported_ = 0;
};

using Json = nlohmann::json;

// Walks the document: the root object, its "value" array, one level of row objects.
class RowCollector : public nlohmann::json_sax<Json> {
public:
    RowCollector(const std::string& name, const PositionedBuffer& buffer, const JsonRowHandler& on_row)
        : name_(name), buffer_(buffer), on_row_(on_row) {}

    bool null() override { return Scalar(JsonScalar{}); }
    bool boolean(bool value) override {
        return Scalar(JsonScalar{JsonScalar::Kind::kBool, value ? 1.0 : 0.0, value ? "true" : "false"});
    }
    bool number_integer(number_integer_t value) override { return Number(static_cast<double>(value)); }
    bool number_unsigned(number_unsigned_t value) override { return Number(static_cast<double>(value)); }
    bool number_float(number_float_t value, const string_t&) override { return Number(value); }
    bool string(string_t& value) override { return Scalar(JsonScalar{JsonScalar::Kind::kString, 0, value}); }
    bool binary(binary_t&) override { return Scalar(JsonScalar{}); }

    bool start_object(std::size_t) override {
        ++depth_;
        if (depth_ > kMaxDepth) return TooDeep();
        if (depth_ == 3 && in_value_) {
            row_.fields.clear();
            const auto [line, column] = buffer_.Position();
            row_.at = SourcePosition{name_, line, column};
        }
        return true;
    }
    bool end_object() override {
        if (depth_ == 3 && in_value_) {
            ++page_.rows;
            if (auto handled = on_row_(row_); !handled) {
                error_ = handled.error();
                return false;
            }
        }
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override {
        ++depth_;
        if (depth_ > kMaxDepth) return TooDeep();
        if (depth_ == 1) return Reject("verwacht een JSON-object met 'value', geen lijst");
        if (depth_ == 2 && key_ == "value") in_value_ = saw_value_ = true;
        return true;
    }
    bool end_array() override {
        if (depth_ == 2) in_value_ = false;
        --depth_;
        return true;
    }
    bool key(string_t& value) override {
        key_ = value;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string_view what = ex.what();
        if (const auto colon = what.find(": "); colon != std::string_view::npos) what.remove_prefix(colon + 2);
        return Reject(fmt::format("ongeldige JSON ({})", what));
    }

    bool TooDeep() { return Reject(fmt::format("de JSON is te diep genest (meer dan {} niveaus)", kMaxDepth)); }

    Result<JsonPage> Finish(bool parsed) {
        if (error_) return std::unexpected(*error_);
        if (!parsed) return std::unexpected(ImportError(Here(), "json", "ongeldige JSON"));
        if (!saw_value_) {
            return std::unexpected(
                ImportError({name_, 0, 0}, "odata", "geen OData-bestand: de lijst 'value' ontbreekt"));
        }
        return page_;
    }

private:
    bool Number(double value) { return Scalar(JsonScalar{JsonScalar::Kind::kNumber, value, {}}); }

    bool Scalar(JsonScalar scalar) {
        if (depth_ == 0) return Reject("verwacht een JSON-object met 'value'");
        if (depth_ == 1 && key_ == "odata.nextLink") page_.next_link = scalar.text;
        if (depth_ == 3 && in_value_) row_.fields.emplace_back(key_, std::move(scalar));
        return true;
    }

    SourcePosition Here() const {
        const auto [line, column] = buffer_.Position();
        return SourcePosition{name_, line, column};
    }

    bool Reject(std::string_view detail) {
        if (!error_) error_ = ImportError(Here(), "json", detail);
        return false;
    }

    const std::string& name_;
    const PositionedBuffer& buffer_;
    const JsonRowHandler& on_row_;
    int depth_ = 0;
    bool in_value_ = false;
    bool saw_value_ = false;
    std::string key_;
    JsonRow row_;
    JsonPage page_;
    std::optional<Error> error_;
};

}  // namespace

const JsonScalar* JsonRow::Find(std::string_view key) const {
    const auto found =
        std::find_if(fields.begin(), fields.end(), [&](const auto& field) { return field.first == key; });
    return found != fields.end() ? &found->second : nullptr;
}

std::string JsonRow::Text(std::string_view key) const {
    const JsonScalar* scalar = Find(key);
    return scalar != nullptr && scalar->kind == JsonScalar::Kind::kString ? scalar->text : std::string{};
}

Result<JsonPage> StreamJsonRows(const std::filesystem::path& file, const std::string& display_name,
                                const JsonRowHandler& on_row, ByteProgress* progress) {
    std::ifstream source(file, std::ios::binary);
    if (!source) {
        return std::unexpected(ImportError({display_name, 0, 0}, "bestand", "het bestand kan niet worden geopend"));
    }
    return StreamJsonRows(source, display_name, on_row, progress);
}

Result<JsonPage> StreamJsonRows(std::istream& source, const std::string& display_name, const JsonRowHandler& on_row,
                                ByteProgress* progress) {
    PositionedBuffer buffer(source, progress);
    std::istream in(&buffer);
    RowCollector collector(display_name, buffer, on_row);
    bool parsed = false;
    try {
        parsed = Json::sax_parse(in, &collector);
    } catch (const std::exception& ex) {
        // The SAX interface reports through parse_error; anything else (bad_alloc) ends here.
        return std::unexpected(ImportError({display_name, 0, 0}, "json", ex.what()));
    }
    return collector.Finish(parsed);
}

}  // namespace kompas
