#include "ingest/xlsx_reader.hpp"

#include <fmt/format.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/source_location.hpp"
#include "core/text.hpp"
#include "ingest/libxml_guard.hpp"
#include "ingest/trajectory_fields.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {
namespace {

constexpr std::uint64_t kMiB = 1u << 20;
constexpr std::uint64_t kSmallEntryLimit = 8 * kMiB;       // workbook.xml, relationships
constexpr std::uint64_t kSheetLimit = 1024 * kMiB;         // a sheet unpacked
constexpr std::uint64_t kSharedStringsLimit = 512 * kMiB;  // sharedStrings.xml unpacked
constexpr std::size_t kMaxCellBytes = 128 * 1024;          // Excel itself stops at 32767 characters
constexpr std::size_t kMaxSharedStrings = 16'000'000;
constexpr std::size_t kMaxKeptStringBytes = 256 * kMiB;
constexpr std::size_t kMaxColumn = 16384;            // XFD
constexpr std::size_t kMaxRow = 1'048'576;           // Excel's last row
constexpr std::size_t kMaxRowTextBytes = 16 * kMiB;  // all cells of one row together
// A zip bomb: an entry that unpacks to more than kBombFloor and to more than kMaxRatio times its
// packed size. Real worksheets pack 5 to 50 fold; deflate cannot pass about 1,030 fold.
constexpr std::uint64_t kBombFloor = 16 * kMiB;
constexpr std::uint64_t kMaxRatio = 200;
constexpr std::uint64_t kReportEvery = kMiB;

std::string_view View(const xmlChar* text) {
    return text != nullptr ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

const xmlChar* X(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

std::string Attribute(xmlTextReaderPtr reader, const char* name) {
    xmlChar* value = xmlTextReaderGetAttribute(reader, X(name));
    std::string result(View(value));
    xmlFree(value);
    return result;
}

// The value of an attribute with local name `local` in any namespace ("r:id").
std::string NamespacedAttribute(xmlTextReaderPtr reader, std::string_view local) {
    std::string result;
    if (xmlTextReaderMoveToFirstAttribute(reader) == 1) {
        do {
            if (View(xmlTextReaderConstLocalName(reader)) == local &&
                !View(xmlTextReaderConstNamespaceUri(reader)).empty()) {
                result = std::string(View(xmlTextReaderConstValue(reader)));
                break;
            }
        } while (xmlTextReaderMoveToNextAttribute(reader) == 1);
        xmlTextReaderMoveToElement(reader);
    }
    return result;
}

bool IsTextNode(int type) {
    return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA || type == XML_READER_TYPE_WHITESPACE ||
           type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

bool IsBomb(std::uint64_t unpacked, std::uint64_t packed) {
    return unpacked > kBombFloor && unpacked / kMaxRatio > packed;
}

// One zip entry read through libxml2's I/O callbacks, with a cap on what it unpacks to.
struct EntryStream {
    zip_file_t* file = nullptr;
    std::uint64_t done = 0;
    std::uint64_t limit = 0;
    std::uint64_t packed = 0;  // the entry's compressed size; 0 when unknown
    std::uint64_t total = 0;
    std::uint64_t reported = 0;
    Progress* progress = nullptr;
    bool too_big = false;
    bool failed = false;

    static int Read(void* context, char* buffer, int length) {
        auto* self = static_cast<EntryStream*>(context);
        if (length <= 0) return 0;
        const zip_int64_t n = zip_fread(self->file, buffer, static_cast<zip_uint64_t>(length));
        if (n < 0) {
            self->failed = true;
            return -1;
        }
        self->done += static_cast<std::uint64_t>(n);
        if (self->done > self->limit || IsBomb(self->done, self->packed)) {
            self->too_big = true;
            return -1;
        }
        if (self->progress != nullptr && (self->done - self->reported >= kReportEvery || n == 0)) {
            self->reported = self->done;
            self->progress->Advance(self->done, std::max(self->total, self->done));
        }
        return static_cast<int>(n);
    }
};

// "xl/" + "worksheets/sheet1.xml", "/xl/x.xml" -> "xl/x.xml", with "./" and "../" resolved.
std::string ResolveTarget(std::string_view base_dir, std::string_view target) {
    std::string joined =
        target.starts_with('/') ? std::string(target.substr(1)) : std::string(base_dir) + std::string(target);
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (from <= joined.size()) {
        const std::size_t slash = std::min(joined.find('/', from), joined.size());
        const std::string part = joined.substr(from, slash - from);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        from = slash + 1;
    }
    std::string resolved;
    for (const auto& part : parts) resolved += (resolved.empty() ? "" : "/") + part;
    return resolved;
}

bool IsIntegral(double value) { return std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15; }

}  // namespace

struct XlsxWorkbook::Impl {
    zip_t* zip = nullptr;
    std::string display_name;
    std::string sheet_entry;
    std::string shared_entry;  // empty when the workbook has no shared strings
    std::string sheet_name;
    bool date1904 = false;
    bool strings_loaded = false;
    std::size_t string_count = 0;
    std::unordered_map<std::size_t, std::string> strings;

    ~Impl() {
        if (zip != nullptr) zip_discard(zip);
    }

    std::unexpected<Error> Fail(std::string_view detail) const {
        return std::unexpected(ImportError({display_name, 0, 0}, "xlsx", detail));
    }

    std::unexpected<Error> BombFailure(const std::string& name) const {
        return Fail(fmt::format("het onderdeel {} pakt uit tot meer dan {} keer zijn ingepakte grootte (een zip-bom?)",
                                name, kMaxRatio));
    }

    // Calls `visit` for every node of the XML entry `name`; `visit` returns false to stop.
    Result<void> Walk(const std::string& name, std::uint64_t limit, Progress* progress,
                      const std::function<Result<bool>(xmlTextReaderPtr, int type)>& visit) const {
        const zip_int64_t index = zip_name_locate(zip, name.c_str(), 0);
        if (index < 0) return Fail(fmt::format("het onderdeel {} ontbreekt in de werkmap", name));
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
            return Fail(fmt::format("het onderdeel {} is onleesbaar", name));
        }
        if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limit) {
            return Fail(fmt::format("het onderdeel {} is uitgepakt groter dan {} MiB", name, limit / kMiB));
        }
        const std::uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
        if ((stat.valid & ZIP_STAT_SIZE) != 0 && IsBomb(stat.size, packed)) return BombFailure(name);
        EntryStream stream;
        stream.file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
        if (stream.file == nullptr)
            return Fail(fmt::format("het onderdeel {} is onleesbaar (beschadigd of versleuteld)", name));
        stream.limit = limit;
        stream.packed = packed;
        stream.total = (stat.valid & ZIP_STAT_SIZE) != 0 ? stat.size : 0;
        stream.progress = progress;

        xml::ErrorScope errors;
        xmlTextReaderPtr reader = xmlReaderForIO(EntryStream::Read, nullptr, &stream, name.c_str(), nullptr,
                                                 XML_PARSE_NONET | XML_PARSE_COMPACT);
        Result<void> result;
        if (reader == nullptr) {
            result = Fail(fmt::format("het onderdeel {} kan niet worden gelezen", name));
        } else {
            for (;;) {
                const int read = xmlTextReaderRead(reader);
                if (read == 0) break;
                if (read < 0 || stream.too_big || stream.failed) {
                    if (stream.too_big && stream.done <= limit) {
                        result = BombFailure(name);
                    } else if (stream.too_big) {
                        result =
                            Fail(fmt::format("het onderdeel {} is uitgepakt groter dan {} MiB", name, limit / kMiB));
                    } else if (stream.failed) {
                        result = Fail(fmt::format("het onderdeel {} is beschadigd (uitpakken mislukt)", name));
                    } else {
                        const std::string why = errors.messages().empty()
                                                    ? std::string("onleesbare XML")
                                                    : xml::DutchMessage(errors.messages().front().text);
                        const int line = errors.messages().empty() ? 0 : errors.messages().front().line;
                        result =
                            Fail(fmt::format("het onderdeel {} is geen geldige XML (regel {}: {})", name, line, why));
                    }
                    break;
                }
                const int type = xmlTextReaderNodeType(reader);
                if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE) {
                    result = Fail(
                        fmt::format("het onderdeel {} bevat een DTD of entiteit; dat hoort niet in een werkmap", name));
                    break;
                }
                auto go_on = visit(reader, type);
                if (!go_on) {
                    result = std::unexpected(go_on.error());
                    break;
                }
                if (!*go_on) break;
            }
            xmlFreeTextReader(reader);
        }
        zip_fclose(stream.file);
        return result;
    }

    Result<void> ReadWorkbook() {
        std::string relationship;
        auto workbook =
            Walk("xl/workbook.xml", kSmallEntryLimit, nullptr, [&](xmlTextReaderPtr reader, int type) -> Result<bool> {
                if (type != XML_READER_TYPE_ELEMENT) return true;
                const std::string_view name = View(xmlTextReaderConstLocalName(reader));
                if (name == "workbookPr") {
                    const std::string value = Attribute(reader, "date1904");
                    date1904 = value == "1" || value == "true";
                } else if (name == "sheet") {
                    sheet_name = Attribute(reader, "name");
                    relationship = NamespacedAttribute(reader, "id");
                    return false;  // the first sheet is the one
                }
                return true;
            });
        if (!workbook) return workbook;
        if (relationship.empty()) return Fail("de werkmap heeft geen werkblad");

        std::string shared_target;
        auto relationships = Walk(
            "xl/_rels/workbook.xml.rels", kSmallEntryLimit, nullptr,
            [&](xmlTextReaderPtr reader, int type) -> Result<bool> {
                if (type != XML_READER_TYPE_ELEMENT || View(xmlTextReaderConstLocalName(reader)) != "Relationship") {
                    return true;
                }
                const std::string id = Attribute(reader, "Id");
                const std::string target = Attribute(reader, "Target");
                const std::string kind = Attribute(reader, "Type");
                if (id == relationship) sheet_entry = ResolveTarget("xl/", target);
                if (kind.ends_with("/sharedStrings")) shared_target = ResolveTarget("xl/", target);
                return true;
            });
        if (!relationships) return relationships;
        if (sheet_entry.empty()) return Fail("de werkmap verwijst naar een werkblad dat ontbreekt");
        if (shared_target.empty() && zip_name_locate(zip, "xl/sharedStrings.xml", 0) >= 0) {
            shared_target = "xl/sharedStrings.xml";
        }
        shared_entry = shared_target;
        return {};
    }
};

XlsxWorkbook::XlsxWorkbook(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XlsxWorkbook::XlsxWorkbook(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook& XlsxWorkbook::operator=(XlsxWorkbook&&) noexcept = default;
XlsxWorkbook::~XlsxWorkbook() = default;

const std::string& XlsxWorkbook::sheet_name() const { return impl_->sheet_name; }
bool XlsxWorkbook::date1904() const { return impl_->date1904; }

namespace {

// A workbook whose zip could not be opened, as an error that says why in the user's terms.
std::unexpected<Error> OpenFailure(const std::string& display_name, int error) {
    if (error == ZIP_ER_NOENT) {
        return std::unexpected(Error{ErrorCode::kNotFound, "Bestand niet gevonden: " + display_name, display_name});
    }
    if (error == ZIP_ER_NOZIP) {
        return std::unexpected(ImportError(
            {display_name, 0, 0}, "xlsx",
            "dit is geen .xlsx-werkmap; een oud .xls-bestand of een werkmap met een wachtwoord kan Kompas niet "
            "lezen. Sla het bestand op als .xlsx (zonder wachtwoord) of als CSV"));
    }
    zip_error_t zip_error;
    zip_error_init_with_code(&zip_error, error);
    const std::string why = zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    return std::unexpected(
        ImportError({display_name, 0, 0}, "xlsx", "het bestand is geen leesbare .xlsx-werkmap (" + why + ")"));
}

}  // namespace

Result<XlsxWorkbook> XlsxWorkbook::Open(const std::filesystem::path& path, const std::string& display_name) {
    xml::Init();
    auto impl = std::make_unique<Impl>();
    impl->display_name = display_name;
    int error = 0;
    impl->zip = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (impl->zip == nullptr) return OpenFailure(display_name, error);
    if (auto read = impl->ReadWorkbook(); !read) return std::unexpected(read.error());
    return XlsxWorkbook(std::move(impl));
}

Result<XlsxWorkbook> XlsxWorkbook::OpenBytes(std::string_view content, const std::string& display_name) {
    xml::Init();
    auto impl = std::make_unique<Impl>();
    impl->display_name = display_name;
    zip_error_t error;
    zip_error_init(&error);
    // freep 0: libzip reads the caller's bytes in place and never frees them.
    zip_source_t* source = zip_source_buffer_create(content.data(), content.size(), 0, &error);
    if (source != nullptr) {
        impl->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (impl->zip == nullptr) zip_source_free(source);  // on success the zip owns the source
    }
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    if (impl->zip == nullptr) return OpenFailure(display_name, code);
    if (auto read = impl->ReadWorkbook(); !read) return std::unexpected(read.error());
    return XlsxWorkbook(std::move(impl));
}

Result<void> XlsxWorkbook::LoadSharedStrings(const std::function<bool(std::size_t index)>& keep) {
    Impl& impl = *impl_;
    impl.strings.clear();
    impl.string_count = 0;
    impl.strings_loaded = true;
    if (impl.shared_entry.empty()) return {};
    std::size_t kept_bytes = 0;
    bool in_si = false;
    bool in_t = false;
    int in_phonetic = 0;
    std::string current;
    auto finish = [&]() -> Result<bool> {
        const std::size_t index = impl.string_count++;
        if (impl.string_count > kMaxSharedStrings) return impl.Fail("de werkmap heeft te veel verschillende teksten");
        if (!keep || keep(index)) {
            kept_bytes += current.size();
            if (kept_bytes > kMaxKeptStringBytes) return impl.Fail("de teksten in de werkmap zijn samen te groot");
            impl.strings.emplace(index, std::move(current));
        }
        current.clear();
        return true;
    };
    return impl.Walk(impl.shared_entry, kSharedStringsLimit, nullptr,
                     [&](xmlTextReaderPtr reader, int type) -> Result<bool> {
                         if (type == XML_READER_TYPE_ELEMENT) {
                             const std::string_view name = View(xmlTextReaderConstLocalName(reader));
                             const bool empty = xmlTextReaderIsEmptyElement(reader) == 1;
                             if (name == "si") {
                                 current.clear();
                                 if (empty) return finish();
                                 in_si = true;
                             } else if (name == "rPh" && !empty) {
                                 ++in_phonetic;  // phonetic guide text (Japanese): not part of the value
                             } else if (name == "t" && in_si && in_phonetic == 0 && !empty) {
                                 in_t = true;
                             }
                         } else if (type == XML_READER_TYPE_END_ELEMENT) {
                             const std::string_view name = View(xmlTextReaderConstLocalName(reader));
                             if (name == "t") {
                                 in_t = false;
                             } else if (name == "rPh") {
                                 in_phonetic = std::max(0, in_phonetic - 1);
                             } else if (name == "si" && in_si) {
                                 in_si = false;
                                 return finish();
                             }
                         } else if (in_t && IsTextNode(type)) {
                             current += View(xmlTextReaderConstValue(reader));
                             if (current.size() > kMaxCellBytes) return impl.Fail("een tekst in de werkmap is te lang");
                         }
                         return true;
                     });
}

Result<void> XlsxWorkbook::ForEachRow(const RowHandler& row, Progress* progress) const {
    const Impl& impl = *impl_;
    std::size_t row_number = 0;
    std::size_t column = 0;
    std::vector<XlsxCell> cells;
    // seen[c] == rows_read: column c already had a cell in this row (r="A1" repeated is refused).
    std::vector<std::size_t> seen(kMaxColumn + 1, 0);
    std::size_t rows_read = 0;
    std::size_t row_text_bytes = 0;
    std::string cell_type;
    std::string text;
    bool in_row = false;
    bool in_cell = false;
    bool in_value = false;
    bool in_inline = false;
    bool in_t = false;
    bool has_value = false;
    int in_phonetic = 0;

    auto bad = [&](std::string_view detail) {
        return std::unexpected(ImportError({impl.display_name, row_number, column}, "xlsx", detail));
    };
    auto finish_cell = [&]() -> Result<bool> {
        in_cell = false;
        if (!has_value) return true;
        XlsxCell cell;
        cell.column = column;
        if (cell_type == "s") {
            const auto index = ParseInteger(Trim(text));
            if (!index || *index < 0) return bad("een cel verwijst naar een gedeelde tekst die niet bestaat");
            const auto shared = static_cast<std::size_t>(*index);
            if (impl.strings_loaded && shared >= impl.string_count) {
                return bad("een cel verwijst naar een gedeelde tekst die niet bestaat");
            }
            cell.shared = shared;
            if (const auto found = impl.strings.find(shared); found != impl.strings.end()) cell.text = found->second;
            row_text_bytes += cell.text.size();
        } else if (cell_type.empty() || cell_type == "n") {
            cell.is_number = true;
            cell.text = std::string(Trim(text));
        } else {
            cell.text = std::move(text);  // inlineStr, str (formula), b, e, d
        }
        text.clear();
        row_text_bytes += cell.text.size();
        if (row_text_bytes > kMaxRowTextBytes) return bad("de cellen van deze rij bevatten samen te veel tekst");
        cells.push_back(std::move(cell));
        return true;
    };

    return impl.Walk(impl.sheet_entry, kSheetLimit, progress, [&](xmlTextReaderPtr reader, int type) -> Result<bool> {
        if (type == XML_READER_TYPE_ELEMENT) {
            const std::string_view name = View(xmlTextReaderConstLocalName(reader));
            const bool empty = xmlTextReaderIsEmptyElement(reader) == 1;
            if (name == "row") {
                const std::string r = Attribute(reader, "r");
                if (r.empty()) {
                    ++row_number;
                } else {
                    const auto number = ParseInteger(r);
                    if (!number || *number < 1 || *number > static_cast<long long>(kMaxRow)) {
                        return bad("een rij heeft een ongeldig rijnummer");
                    }
                    if (static_cast<std::size_t>(*number) <= row_number) {
                        column = 0;
                        row_number = static_cast<std::size_t>(*number);
                        return bad("deze rij komt dubbel of niet op volgorde voor");
                    }
                    row_number = static_cast<std::size_t>(*number);
                }
                ++rows_read;
                row_text_bytes = 0;
                column = 0;
                cells.clear();
                in_row = !empty;
            } else if (name == "c" && in_row) {
                const std::string r = Attribute(reader, "r");
                const std::size_t next = r.empty() ? column + 1 : XlsxColumnOf(r);
                if (next == 0 || next > kMaxColumn) return bad("een cel heeft een ongeldige celverwijzing");
                column = next;
                if (seen[next] == rows_read) return bad("deze cel komt meer dan eens voor in de rij");
                seen[next] = rows_read;
                cell_type = Attribute(reader, "t");
                text.clear();
                has_value = false;
                in_cell = !empty;
            } else if (name == "v" && in_cell && !empty) {
                in_value = true;
                has_value = true;
            } else if (name == "is" && in_cell && !empty) {
                in_inline = true;
                has_value = true;
            } else if (name == "rPh" && in_inline && !empty) {
                ++in_phonetic;
            } else if (name == "t" && in_inline && in_phonetic == 0 && !empty) {
                in_t = true;
            }
        } else if (type == XML_READER_TYPE_END_ELEMENT) {
            const std::string_view name = View(xmlTextReaderConstLocalName(reader));
            if (name == "v") {
                in_value = false;
            } else if (name == "t") {
                in_t = false;
            } else if (name == "rPh") {
                in_phonetic = std::max(0, in_phonetic - 1);
            } else if (name == "is") {
                in_inline = false;
            } else if (name == "c" && in_cell) {
                return finish_cell();
            } else if (name == "row" && in_row) {
                in_row = false;
                if (cells.empty()) return true;
                std::stable_sort(cells.begin(), cells.end(),
                                 [](const XlsxCell& a, const XlsxCell& b) { return a.column < b.column; });
                return row(row_number, cells);
            }
        } else if ((in_value || in_t) && IsTextNode(type)) {
            text += View(xmlTextReaderConstValue(reader));
            if (text.size() > kMaxCellBytes) return bad("een cel bevat te veel tekst");
        }
        return true;
    });
}

std::optional<Day> ExcelSerialToDay(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 1e7) return std::nullopt;
    const auto whole = static_cast<long>(std::floor(serial));
    Day day = 0;
    if (date1904) {
        day = static_cast<Day>(-24107 + whole);  // 1904-01-01 is day -24107
    } else if (whole < 1 || whole == 60) {
        return std::nullopt;  // 0 is "1900-01-00"; 60 is Excel's 1900-02-29, which did not exist
    } else {
        day = static_cast<Day>((whole < 60 ? -25568 : -25569) + whole);  // 1899-12-31 / 1899-12-30
    }
    const int year = YearOf(day);
    if (year < 1900 || year > 2200) return std::nullopt;
    return day;
}

std::size_t XlsxColumnOf(std::string_view reference) {
    std::size_t column = 0;
    std::size_t letters = 0;
    while (letters < reference.size() && letters < 4) {
        char c = reference[letters];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
        ++letters;
    }
    if (letters == 0 || letters > 3 || column > kMaxColumn) return 0;
    const std::string_view digits = reference.substr(letters);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return 0;
    return column;
}

// ---- The trajectory file as a workbook ----

namespace {

// A cell's text as the row checks expect it: Excel numbers in date columns become dates, and
// numbers lose the ".0" and get back the leading zeros Excel dropped.
std::string FieldText(const XlsxCell& cell, TrajectoryField field, bool date1904) {
    if (!cell.is_number) {
        if (IsTrajectoryDateField(field) && cell.text.size() > 10 && cell.text[10] == 'T') {
            return cell.text.substr(0, 10);  // t="d": an ISO 8601 date and time
        }
        return cell.text;
    }
    const auto value = ParseDouble(cell.text);
    if (!value) return cell.text;
    if (IsTrajectoryDateField(field)) {
        if (IsIntegral(*value) && *value >= 19000101 && *value <= 22001231) {
            return fmt::format("{:.0f}", *value);  // JJJJMMDD typed as a number
        }
        if (const auto day = ExcelSerialToDay(*value, date1904)) return FormatDay(*day);
        return cell.text;
    }
    if (!IsIntegral(*value)) return cell.text;
    std::string digits = fmt::format("{:.0f}", *value);
    const std::size_t width = field == TrajectoryField::kBsn ? 9 : field == TrajectoryField::kProvider ? 8 : 0;
    if (*value >= 0 && digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return digits;
}

// The trajectory rows of an opened workbook, named `display` in messages.
Result<void> ReadTrajectoryWorkbook(Result<XlsxWorkbook> workbook, const std::string& display,
                                    const TrajectoryHandler& handle, Progress* progress) {
    if (!workbook) return std::unexpected(workbook.error());

    // 1. The header: the first row with cells, with only its own shared strings loaded.
    std::size_t header_row = 0;
    std::vector<XlsxCell> header_cells;
    auto first = workbook->ForEachRow([&](std::size_t row, std::vector<XlsxCell>& cells) -> Result<bool> {
        header_row = row;
        header_cells = cells;
        return false;
    });
    if (!first) return first;
    if (header_row == 0) {
        return std::unexpected(ImportError({display, 0, 0}, "leeg bestand", "het eerste werkblad is leeg"));
    }
    std::unordered_set<std::size_t> header_strings;
    for (const auto& cell : header_cells) {
        if (cell.shared) header_strings.insert(*cell.shared);
    }
    if (auto loaded = workbook->LoadSharedStrings([&](std::size_t i) { return header_strings.contains(i); }); !loaded) {
        return loaded;
    }
    std::vector<std::string> header(header_cells.back().column);
    // The header cells were read before their strings were loaded; read row `header_row` again.
    auto again = workbook->ForEachRow([&](std::size_t row, std::vector<XlsxCell>& cells) -> Result<bool> {
        if (row != header_row) return true;
        for (const auto& cell : cells) header[cell.column - 1] = cell.text;
        return false;
    });
    if (!again) return again;
    auto columns = TrajectoryColumns::FromHeader(header, display, header_row);
    if (!columns) return std::unexpected(columns.error());

    // 2. Which shared strings the known columns use; names and addresses are never loaded.
    std::vector<bool> needed;
    auto marked = workbook->ForEachRow([&](std::size_t row, std::vector<XlsxCell>& cells) -> Result<bool> {
        if (row <= header_row) return true;
        for (const auto& cell : cells) {
            if (!cell.shared || !columns->FieldAt(cell.column - 1)) continue;
            if (*cell.shared >= needed.size()) needed.resize(*cell.shared + 1);
            needed[*cell.shared] = true;
        }
        return true;
    });
    if (!marked) return marked;
    auto loaded = workbook->LoadSharedStrings([&](std::size_t i) { return i < needed.size() && needed[i]; });
    if (!loaded) return loaded;
    needed = {};

    // 3. The rows.
    std::vector<std::string> fields(columns->width());
    const bool date1904 = workbook->date1904();
    return workbook->ForEachRow(
        [&](std::size_t row, std::vector<XlsxCell>& cells) -> Result<bool> {
            if (row <= header_row) return true;
            std::fill(fields.begin(), fields.end(), std::string());
            for (const auto& cell : cells) {
                const auto field = columns->FieldAt(cell.column - 1);
                if (field) fields[cell.column - 1] = FieldText(cell, *field, date1904);
            }
            if (IsBlankRow(fields)) return true;
            auto delivered = columns->Read(fields, display, row);
            if (!delivered) return std::unexpected(delivered.error());
            if (auto handled = handle(std::move(*delivered)); !handled) return std::unexpected(handled.error());
            return true;
        },
        progress);
}

}  // namespace

Result<void> ReadTrajectoryXlsx(const std::filesystem::path& path, const TrajectoryHandler& handle,
                                Progress* progress) {
    const std::string display = path.filename().string();
    return ReadTrajectoryWorkbook(XlsxWorkbook::Open(path, display), display, handle, progress);
}

Result<void> ReadTrajectoryXlsx(std::string_view content, const std::string& display_name,
                                const TrajectoryHandler& handle, Progress* progress) {
    return ReadTrajectoryWorkbook(XlsxWorkbook::OpenBytes(content, display_name), display_name, handle, progress);
}

}  // namespace kompas
