#include "export/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>

namespace kompas {
namespace {

constexpr std::size_t kMaxCellText = 32767;  // Excel's limit for the text of one cell

// Text as a cell may hold it: control characters other than tab and line breaks left out (XML
// 1.0 cannot carry them), and cut at Excel's limit on a character boundary.
std::string CellText(const std::string& text) {
    std::string out;
    out.reserve(std::min(text.size(), kMaxCellText));
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        out += c;
    }
    if (out.size() > kMaxCellText) {
        out.resize(kMaxCellText);
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
    }
    return out;
}

// A sheet name Excel accepts: none of []:*?/\, at most 31 characters, unique in the workbook.
std::string SheetName(const std::string& name, std::size_t index, std::set<std::string>& used) {
    std::string clean;
    for (const char c : name) clean += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ';
    if (clean.size() > 31) clean.resize(31);
    while (!clean.empty() && (static_cast<unsigned char>(clean.back()) & 0xC0) == 0x80) clean.pop_back();
    if (!clean.empty() && (static_cast<unsigned char>(clean.back()) & 0x80)) clean.pop_back();
    if (clean.empty() || clean.front() == '\'' || used.contains(clean)) clean = "Blad" + std::to_string(index + 1);
    used.insert(clean);
    return clean;
}

// A temporary file that is removed when this goes out of scope.
class TemporaryFile {
public:
    TemporaryFile() {
        std::error_code error;
        std::string pattern = (std::filesystem::temp_directory_path(error) / "kompas-export-XXXXXX").string();
        const int fd = mkstemp(pattern.data());
        if (fd >= 0) {
            close(fd);
            path_ = pattern;
        }
    }
    ~TemporaryFile() {
        if (!path_.empty()) std::remove(path_.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

Result<void> Check(lxw_error error, const char* what) {
    if (error == LXW_NO_ERROR) return {};
    return Fail(ErrorCode::kInternal, std::string("xlsx: ") + what + ": " + lxw_strerror(error));
}

Result<void> WriteSheet(lxw_worksheet* sheet, const ExportTable& data, lxw_format* bold) {
    for (std::size_t c = 0; c < data.widths.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        if (auto ok = Check(worksheet_set_column(sheet, column, column, data.widths[c], nullptr), "column width");
            !ok) {
            return ok;
        }
    }
    if (!data.rows.empty()) worksheet_freeze_panes(sheet, 1, 0);
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        lxw_format* format = r == 0 ? bold : nullptr;
        for (std::size_t c = 0; c < data.rows[r].size(); ++c) {
            const auto row = static_cast<lxw_row_t>(r);
            const auto column = static_cast<lxw_col_t>(c);
            const ExportCell& value = data.rows[r][c];
            lxw_error error = LXW_NO_ERROR;
            if (const auto* text = std::get_if<std::string>(&value)) {
                // Always a string cell, never a formula: a name typed as "=..." stays text.
                error = worksheet_write_string(sheet, row, column, CellText(*text).c_str(), format);
            } else if (const auto* number = std::get_if<double>(&value); number && std::isfinite(*number)) {
                error = worksheet_write_number(sheet, row, column, *number, format);
            }
            if (auto ok = Check(error, "cell"); !ok) return ok;
        }
    }
    return {};
}

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

Result<std::string> WriteXlsx(const std::vector<ExportTable>& sheets) {
    if (sheets.empty()) return Fail(ErrorCode::kInvalidArgument, "Een werkmap heeft ten minste één blad");
    // libxlsxwriter 1.1.4 (Debian 12) writes to a file only; the bytes are read back from it.
    TemporaryFile file;
    if (file.path().empty()) return Fail(ErrorCode::kInternal, "xlsx: no temporary file");
    lxw_workbook* workbook = workbook_new(file.path().c_str());
    if (workbook == nullptr) return Fail(ErrorCode::kInternal, "xlsx: cannot start a workbook");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    std::set<std::string> used;
    Result<void> written;
    for (std::size_t i = 0; i < sheets.size() && written; ++i) {
        const std::string name = SheetName(sheets[i].name, i, used);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
        written = sheet == nullptr ? Fail(ErrorCode::kInternal, "xlsx: cannot add sheet " + name)
                                   : WriteSheet(sheet, sheets[i], bold);
    }
    const lxw_error closed = workbook_close(workbook);  // frees the workbook, also after an error
    if (!written) return std::unexpected(std::move(written.error()));
    if (auto ok = Check(closed, "cannot finish the workbook"); !ok) return std::unexpected(std::move(ok.error()));
    std::ifstream in(file.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return Fail(ErrorCode::kInternal, "xlsx: cannot read the workbook back");
    return bytes;
}

}  // namespace kompas
