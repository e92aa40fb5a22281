// A zip writer for bomb tests: entries generated chunk by chunk and deflated with zlib (or
// stored), so a test can make a workbook that unpacks to gigabytes without holding them. The
// declared uncompressed size may be a lie, as in a crafted bomb.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "stored_zip.hpp"

namespace kompas::testing {

struct ZipEntry {
    std::string name;
    // Appends the next piece of the content to `chunk`; returns false when there is no more.
    std::function<bool(std::string& chunk)> next;
    bool deflate = true;
    std::optional<std::uint32_t> declared_size;  // written instead of the true size when set
};

// What was written, for the test to check its own bomb.
struct ZipFacts {
    std::uint64_t unpacked = 0;
    std::uint64_t packed = 0;
};

inline std::string DeflatedZip(const std::vector<ZipEntry>& entries, ZipFacts* facts = nullptr) {
    std::string out;
    std::string central;
    for (const auto& entry : entries) {
        std::string packed;
        std::uint64_t size = 0;
        uLong crc = crc32(0, nullptr, 0);
        z_stream z{};
        if (entry.deflate && deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
            throw std::runtime_error("deflateInit2");
        }
        std::string chunk;
        std::vector<unsigned char> buffer(1 << 16);
        bool more = true;
        while (more) {
            chunk.clear();
            more = entry.next(chunk);
            size += chunk.size();
            crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size()));
            if (!entry.deflate) {
                packed += chunk;
                continue;
            }
            z.next_in = reinterpret_cast<Bytef*>(chunk.data());
            z.avail_in = static_cast<uInt>(chunk.size());
            const int flush = more ? Z_NO_FLUSH : Z_FINISH;
            do {
                z.next_out = buffer.data();
                z.avail_out = static_cast<uInt>(buffer.size());
                deflate(&z, flush);
                packed.append(reinterpret_cast<const char*>(buffer.data()), buffer.size() - z.avail_out);
            } while (z.avail_out == 0 || (flush == Z_FINISH && z.avail_in > 0));
        }
        if (entry.deflate) deflateEnd(&z);
        if (facts != nullptr) {
            facts->unpacked += size;
            facts->packed += packed.size();
        }
        const auto offset = static_cast<std::uint32_t>(out.size());
        const auto declared = entry.declared_size.value_or(static_cast<std::uint32_t>(size));
        for (std::string* header : {&out, &central}) {
            const bool local = header == &out;
            Put32(*header, local ? 0x04034b50u : 0x02014b50u);
            if (!local) Put16(*header, 20);  // made by
            Put16(*header, 20);              // version needed
            Put16(*header, 0);               // flags
            Put16(*header, entry.deflate ? 8 : 0);
            Put16(*header, 0);     // time
            Put16(*header, 0x21);  // date
            Put32(*header, static_cast<std::uint32_t>(crc));
            Put32(*header, static_cast<std::uint32_t>(packed.size()));
            Put32(*header, declared);
            Put16(*header, static_cast<std::uint32_t>(entry.name.size()));
            Put16(*header, 0);  // extra
            if (!local) {
                Put16(*header, 0);  // comment
                Put16(*header, 0);  // disk
                Put16(*header, 0);  // internal attributes
                Put32(*header, 0);  // external attributes
                Put32(*header, offset);
            }
            *header += entry.name;
        }
        out += packed;
    }
    const auto central_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    Put32(out, 0x06054b50u);
    Put16(out, 0);
    Put16(out, 0);
    Put16(out, static_cast<std::uint32_t>(entries.size()));
    Put16(out, static_cast<std::uint32_t>(entries.size()));
    Put32(out, static_cast<std::uint32_t>(central.size()));
    Put32(out, central_offset);
    Put16(out, 0);
    return out;
}

// An entry whose content is `text`, in one piece.
inline ZipEntry TextEntry(std::string name, std::string text) {
    return ZipEntry{std::move(name),
                    [text = std::move(text)](std::string& chunk) {
                        chunk = text;
                        return false;
                    },
                    true, std::nullopt};
}

}  // namespace kompas::testing
