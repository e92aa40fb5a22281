// The outcome engine's table image in kept_outcome_table (migration 0023): parts of base64 text,
// because PostgreSQL's text holds no NUL byte and the SqlDatabase passes text, not bytes.
#include <array>
#include <cstdint>
#include <optional>
#include <random>

#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

constexpr std::size_t kPartBytes = std::size_t{6} << 20;  // a multiple of 3: no padding inside the image

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<std::uint8_t, 256> kValues = [] {
    std::array<std::uint8_t, 256> values{};
    values.fill(0xFF);
    for (int i = 0; i < 64; ++i) values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::uint8_t>(i);
    return values;
}();

std::string Base64(std::string_view bytes) {
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    const auto byte = [&bytes](std::size_t i) -> std::uint32_t { return static_cast<unsigned char>(bytes[i]); };
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        text += kAlphabet[v >> 18];
        text += kAlphabet[(v >> 12) & 63];
        text += kAlphabet[(v >> 6) & 63];
        text += kAlphabet[v & 63];
    }
    if (const std::size_t rest = bytes.size() - i; rest > 0) {
        const std::uint32_t v = byte(i) << 16 | (rest == 2 ? byte(i + 1) << 8 : 0);
        text += kAlphabet[v >> 18];
        text += kAlphabet[(v >> 12) & 63];
        text += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
        text += '=';
    }
    return text;
}

// Writes the bytes of `text` to `to`, which has room for `room`; how many, or nullopt when it is not
// base64 as Base64 writes it or does not fit.
std::optional<std::size_t> DecodeInto(std::string_view text, char* to, std::size_t room) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::size_t padding = 0;
    if (!text.empty() && text.back() == '=') padding = text[text.size() - 2] == '=' ? 2 : 1;
    const std::size_t size = text.size() / 4 * 3 - padding;
    if (size > room) return std::nullopt;
    std::uint8_t bad = 0;
    const auto group = [&text, &bad](std::size_t i, std::size_t padding_here) {
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            const std::uint8_t value = k >= 4 - padding_here && c == '=' ? 0 : kValues[static_cast<unsigned char>(c)];
            bad |= value;
            v = v << 6 | (value & 63);
        }
        return v;
    };
    std::size_t at = 0;
    const std::size_t groups = text.size() / 4;
    for (std::size_t g = 0; g + 1 < groups; ++g) {  // every group but the last: three bytes each
        const std::uint32_t v = group(g * 4, 0);
        to[at] = static_cast<char>(v >> 16);
        to[at + 1] = static_cast<char>(v >> 8);
        to[at + 2] = static_cast<char>(v);
        at += 3;
    }
    if (groups > 0) {
        const std::uint32_t v = group(text.size() - 4, padding);
        for (const int shift : {16, 8, 0}) {
            if (at < size) to[at++] = static_cast<char>(v >> shift);
        }
    }
    if (bad & 0x80) return std::nullopt;
    return size;
}

}  // namespace

Result<std::optional<std::string>> SqlStore::FindOutcomeTable(std::string_view version) {
    // The version, size and generation first: an image of another version is not read at all, and the
    // image is written into one buffer of its size (at national scale growing it cost more than
    // decoding it). A size that its parts cannot hold is a damaged image, not an allocation.
    std::optional<std::int64_t> size, generation, parts;
    const std::array<SqlValue, 1> key{version};
    auto checked = db_->Exec(
        "SELECT size, generation, (SELECT count(*) FROM kept_outcome_table) FROM kept_outcome_table "
        "WHERE part = 0 AND version = $1",
        key, [&](const SqlRow& row) -> Result<void> {
            size = row.Integer(0);
            generation = row.Integer(1);
            parts = row.Integer(2);
            return {};
        });
    if (!checked) return std::unexpected(std::move(checked.error()));
    if (!size || !generation || !parts || *size < 0 || *parts < 1 ||
        static_cast<std::uint64_t>(*size) > static_cast<std::uint64_t>(*parts) * kPartBytes) {
        return std::nullopt;
    }
    std::string image;
    image.resize_and_overwrite(static_cast<std::size_t>(*size), [](char*, std::size_t n) { return n; });
    // A part at a time, so that no more than one part's text is in memory besides the image (a
    // PostgreSQL result is held whole). Every part must be of the generation that part 0 is of: an
    // image kept meanwhile by another process is not mixed in.
    auto read = db_->Prepare("SELECT generation, data FROM kept_outcome_table WHERE part = $1");
    if (!read) return std::unexpected(std::move(read.error()));
    std::size_t at = 0;
    for (std::int64_t part = 0; part < *parts; ++part) {
        bool whole = false;
        const std::array<SqlValue, 1> which{part};
        auto ran = (*read)->Run(which, [&](const SqlRow& row) -> Result<void> {
            if (row.Integer(0) != generation) return {};
            const auto decoded = DecodeInto(row.TextView(1), image.data() + at, image.size() - at);
            whole = decoded.has_value();
            at += decoded.value_or(0);
            return {};
        });
        if (!ran) return std::unexpected(std::move(ran.error()));
        if (!whole) return std::nullopt;
    }
    if (at != image.size()) return std::nullopt;
    return image;
}

Result<void> SqlStore::KeepOutcomeTable(std::string_view version, std::string_view image) {
    auto transaction = WriteTransaction::Begin(*db_, "kept_outcome_table");
    if (!transaction) return std::unexpected(std::move(transaction.error()));
    if (auto cleared = db_->Exec("DELETE FROM kept_outcome_table"); !cleared) return cleared;
    auto insert = db_->Prepare(
        "INSERT INTO kept_outcome_table (part, version, size, generation, data) VALUES ($1, $2, $3, $4, $5)");
    if (!insert) return std::unexpected(std::move(insert.error()));
    std::random_device random;
    const auto generation = static_cast<std::int64_t>((std::uint64_t{random()} << 31) ^ random());
    std::int64_t part = 0;
    for (std::size_t at = 0; at == 0 || at < image.size(); at += kPartBytes, ++part) {
        const std::string text = Base64(image.substr(at, kPartBytes));
        const std::array<SqlValue, 5> values{part, version, static_cast<std::int64_t>(image.size()), generation,
                                             std::string_view(text)};
        if (auto inserted = (*insert)->Run(values); !inserted) return inserted;
    }
    return transaction->Commit();
}

}  // namespace kompas
