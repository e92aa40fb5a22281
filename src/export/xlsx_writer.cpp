#include "export/xlsx_writer.hpp"

#include <zip.h>

#include <cmath>
#include <cstdio>
#include <memory>

namespace kompas {
namespace {

// Text as XML character data: the five special characters escaped, and control characters that
// XML 1.0 does not allow left out.
std::string Escaped(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
                out += c;
        }
    }
    return out;
}

std::string SheetName(const std::string& name, std::size_t index) {
    std::string clean;
    for (const char c : name) clean += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ';
    if (clean.size() > 31) clean.resize(31);
    while (!clean.empty() && (static_cast<unsigned char>(clean.back()) & 0xC0) == 0x80) clean.pop_back();
    if (!clean.empty() && (static_cast<unsigned char>(clean.back()) & 0x80)) clean.pop_back();
    return clean.empty() ? "Blad" + std::to_string(index + 1) : clean;
}

std::string NumberText(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

std::string SheetXml(const XlsxSheet& sheet) {
    std::string xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (!sheet.rows.empty()) {
        xml +=
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
            "activePane=\"bottomLeft\" "
            "state=\"frozen\"/></sheetView></sheetViews>";
    }
    if (!sheet.widths.empty()) {
        xml += "<cols>";
        for (std::size_t i = 0; i < sheet.widths.size(); ++i) {
            const std::string column = std::to_string(i + 1);
            xml += "<col min=\"" + column + "\" max=\"" + column + "\" width=\"" + NumberText(sheet.widths[i]) +
                   "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>";
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const std::string row_number = std::to_string(r + 1);
        xml += "<row r=\"" + row_number + "\">";
        const char* style = r == 0 ? " s=\"1\"" : "";
        for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
            const XlsxValue& value = sheet.rows[r][c];
            const std::string ref = ColumnLetters(c + 1) + row_number;
            if (const auto* text = std::get_if<std::string>(&value)) {
                xml += "<c r=\"" + ref + "\" t=\"inlineStr\"" + style + "><is><t xml:space=\"preserve\">" +
                       Escaped(*text) + "</t></is></c>";
            } else if (const auto* number = std::get_if<double>(&value); number && std::isfinite(*number)) {
                xml += "<c r=\"" + ref + "\"" + style + "><v>" + NumberText(*number) + "</v></c>";
            }
        }
        xml += "</row>";
    }
    xml += "</sheetData></worksheet>";
    return xml;
}

struct ZipSourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

}  // namespace

std::string ColumnLetters(std::size_t column) {
    std::string letters;
    while (column > 0) {
        const std::size_t rest = (column - 1) % 26;
        letters.insert(letters.begin(), static_cast<char>('A' + rest));
        column = (column - 1) / 26;
    }
    return letters;
}

Result<std::string> WriteXlsx(const std::vector<XlsxSheet>& sheets) {
    if (sheets.empty()) return Fail(ErrorCode::kInvalidArgument, "Een werkmap heeft ten minste één blad");
    std::vector<std::pair<std::string, std::string>> parts;  // name, content: alive until zip_close
    std::string content_types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    std::string workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    std::string relations =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        content_types += "<Override PartName=\"/xl/worksheets/sheet" + n +
                         ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                         "worksheet+xml\"/>";
        workbook += "<sheet name=\"" + Escaped(SheetName(sheets[i].name, i)) + "\" sheetId=\"" + n + "\" r:id=\"rId" +
                    n + "\"/>";
        relations += "<Relationship Id=\"rId" + n +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                     "Target=\"worksheets/sheet" +
                     n + ".xml\"/>";
        parts.emplace_back("xl/worksheets/sheet" + n + ".xml", SheetXml(sheets[i]));
    }
    const std::string styles_id = std::to_string(sheets.size() + 1);
    relations += "<Relationship Id=\"rId" + styles_id +
                 "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                 "Target=\"styles.xml\"/></Relationships>";
    content_types += "</Types>";
    workbook += "</sheets></workbook>";
    parts.emplace_back("[Content_Types].xml", content_types);
    parts.emplace_back("_rels/.rels",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" "
                       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                       "Target=\"xl/workbook.xml\"/></Relationships>");
    parts.emplace_back("xl/workbook.xml", workbook);
    parts.emplace_back("xl/_rels/workbook.xml.rels", relations);
    parts.emplace_back("xl/styles.xml",
                       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                       "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                       "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                       "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                       "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                       "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                       "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                       "</cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
                       "borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" "
                       "xfId=\"0\" applyFont=\"1\"/></cellXfs></styleSheet>");

    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, ZipSourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) return Fail(ErrorCode::kInternal, "xlsx: cannot create a buffer");
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (archive == nullptr) return Fail(ErrorCode::kInternal, "xlsx: cannot open the zip in memory");
    zip_source_keep(buffer.get());  // the archive releases it on close; we read it afterwards
    for (const auto& [name, content] : parts) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source != nullptr) zip_source_free(source);
            zip_discard(archive);
            return Fail(ErrorCode::kInternal, "xlsx: cannot add " + name);
        }
    }
    if (zip_close(archive) < 0) {
        zip_discard(archive);
        return Fail(ErrorCode::kInternal, "xlsx: cannot finish the zip");
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer.get(), &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(buffer.get()) < 0) {
        return Fail(ErrorCode::kInternal, "xlsx: cannot read the zip back");
    }
    std::string bytes(stat.size, '\0');
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), bytes.size());
    zip_source_close(buffer.get());
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
        return Fail(ErrorCode::kInternal, "xlsx: cannot read the zip back");
    }
    return bytes;
}

}  // namespace kompas
