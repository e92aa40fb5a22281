// A minimal, streaming reader of .xlsx workbooks (Office Open XML spreadsheets): the first
// worksheet, cell by cell, with shared strings, inline strings, formula results and numbers. No
// styles, so a date is whatever the cell holds (usually an Excel serial number; see
// ExcelSerialToDay). Memory stays bounded: the sheet is streamed, and of the shared strings only
// those the caller asks for are kept. Bad input (no zip, a truncated zip, broken XML, a DTD, an
// entry that unpacks to more than a set limit) gives kInvalidArgument, never a crash.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/trajectory.hpp"
#include "ingest/progress.hpp"

namespace kompas {

struct XlsxCell {
    std::size_t column = 0;  // 1-based: A = 1, Z = 26, AA = 27
    std::string text;        // string value, formula result or number as written in the sheet
    bool is_number = false;  // a numeric cell (no type or t="n")
    // For a shared string (t="s"): its index. `text` is its value when the shared strings were
    // loaded with this index kept, else empty.
    std::optional<std::size_t> shared;
};

class XlsxWorkbook {
public:
    // Opens the zip and reads xl/workbook.xml and its relationships to find the first worksheet.
    // `display_name` is used in error messages (the user's file name).
    static Result<XlsxWorkbook> Open(const std::filesystem::path& path, const std::string& display_name);
    // The same from the workbook's bytes in memory (an upload), read in place: `content` must stay
    // alive and unchanged as long as the workbook.
    static Result<XlsxWorkbook> OpenBytes(std::string_view content, const std::string& display_name);

    XlsxWorkbook(XlsxWorkbook&&) noexcept;
    XlsxWorkbook& operator=(XlsxWorkbook&&) noexcept;
    ~XlsxWorkbook();

    const std::string& sheet_name() const;
    bool date1904() const;  // the workbook counts days from 1904 (old Mac Excel)

    // Reads xl/sharedStrings.xml (if any), keeping the strings whose index `keep` accepts; all
    // when `keep` is empty. Replaces what an earlier call kept.
    Result<void> LoadSharedStrings(const std::function<bool(std::size_t index)>& keep = {});

    // Streams the first worksheet: `row` is called for every row with at least one cell, with its
    // 1-based number and its cells in column order; it returns false to stop early.
    using RowHandler = std::function<Result<bool>(std::size_t row, std::vector<XlsxCell>& cells)>;
    Result<void> ForEachRow(const RowHandler& row, Progress* progress = nullptr) const;

private:
    struct Impl;
    explicit XlsxWorkbook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// An Excel date serial number -> Day: in the 1900 system 1 is 1900-01-01 and 60 is Excel's
// non-existent 1900-02-29 (nullopt); in the 1904 system 0 is 1904-01-01. A time of day (the
// fraction) is dropped. nullopt outside 1900-2200.
std::optional<Day> ExcelSerialToDay(double serial, bool date1904);

// "A" -> 1, "XFD" -> 16384 from a cell reference such as "B3"; 0 when it has no valid column.
std::size_t XlsxColumnOf(std::string_view reference);

}  // namespace kompas
