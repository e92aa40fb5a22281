// A small zip writer for hand-made .xlsx workbooks in tests: stored entries, no compression.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kompas::testing {

inline std::uint32_t Crc32(std::string_view data) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void Put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

inline void Put32(std::string& out, std::uint32_t v) {
    Put16(out, v & 0xFFFF);
    Put16(out, v >> 16);
}

// The bytes of a zip holding `entries` (name, content) in order.
inline std::string StoredZip(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out;
    std::string central;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = Crc32(data);
        const auto size = static_cast<std::uint32_t>(data.size());
        const auto name_size = static_cast<std::uint32_t>(name.size());
        for (std::string* header : {&out, &central}) {
            const bool local = header == &out;
            Put32(*header, local ? 0x04034b50 : 0x02014b50);
            if (!local) Put16(*header, 20);  // version made by
            Put16(*header, 20);              // version needed
            Put16(*header, 0);               // flags
            Put16(*header, 0);               // stored
            Put16(*header, 0);               // time
            Put16(*header, 0x21);            // date
            Put32(*header, crc);
            Put32(*header, size);
            Put32(*header, size);
            Put16(*header, name_size);
            Put16(*header, 0);  // extra field
            if (!local) {
                Put16(*header, 0);  // comment
                Put16(*header, 0);  // disk
                Put16(*header, 0);  // internal attributes
                Put32(*header, 0);  // external attributes
                Put32(*header, offset);
            }
            *header += name;
        }
        out += data;
    }
    const auto central_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    Put32(out, 0x06054b50);
    Put16(out, 0);
    Put16(out, 0);
    Put16(out, static_cast<std::uint32_t>(entries.size()));
    Put16(out, static_cast<std::uint32_t>(entries.size()));
    Put32(out, static_cast<std::uint32_t>(central.size()));
    Put32(out, central_offset);
    Put16(out, 0);
    return out;
}

// A workbook whose first sheet has one row of inline strings per entry of `rows`.
inline std::string InlineWorkbook(const std::vector<std::vector<std::string>>& rows) {
    const std::string workbook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                                 R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                                 R"(<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const std::string rels = R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                             R"(<Relationship Id="rId1" )"
                             R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
                             R"(Target="worksheets/sheet1.xml"/></Relationships>)";
    std::string sheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::string number = std::to_string(r + 1);
        sheet += "<row r=\"" + number + "\">";
        for (std::size_t c = 0; c < rows[r].size() && c < 26; ++c) {
            if (rows[r][c].empty()) continue;
            sheet += "<c r=\"" + std::string(1, static_cast<char>('A' + c)) + number + "\" t=\"inlineStr\"><is><t>" +
                     rows[r][c] + "</t></is></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    return StoredZip(
        {{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/sheet1.xml", sheet}});
}

}  // namespace kompas::testing
