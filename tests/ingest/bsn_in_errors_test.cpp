// No error message repeats a BSN, however the input writes it: quoted ('999900146, "999900146"),
// padded (0999900146, ' 999900146 ') or split (9999 00146, 999-900-146, 999.900.146), in the BSN
// field and in fields where it does not belong, through every reader: the trajectory CSV, the
// .xlsx workbook (from a file and from memory), iJw XML and the generic long and KWB CSV. The test
// takes the digits of the whole message and looks for the BSN's nine in a row; iJw messages must
// also be Dutch (libxml2's English never reaches a person). Regression test for a quote inside a
// value that shifted libxml_guard's quote pairing and showed the BSN.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/source_location.hpp"
#include "ingest/kwb_csv.hpp"
#include "ingest/long_csv.hpp"
#include "ingest/trajectory_source.hpp"
#include "memory_sink.hpp"
#include "privacy/secrets.hpp"
#include "stored_zip.hpp"

namespace kompas {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBsn = "999900146";  // passes the elfproef

// The ways a BSN is written that fooled the old redaction or that a person may type.
const std::vector<std::string> kWritten = {
    "'999900146",
    "\"999900146\"",
    "'999900146'",
    "\xE2\x80\x98"
    "999900146\xE2\x80\x99",  // quoted
    "0999900146",
    " 999900146 ",
    "00999900146",
    "999900146.0",  // padded
    "9999 00146",
    "999-900-146",
    "999.900.146",
    "9999 00 146",
    "999 900 146",  // split
};

std::string DigitsOf(std::string_view text) {
    std::string digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9') digits += c;
    }
    return digits;
}

// Fails when the message holds the BSN's digits in a row once everything else is taken out.
void ExpectNoBsn(const Error& error, const std::string& label) {
    EXPECT_EQ(DigitsOf(error.message).find(kBsn), std::string::npos) << label << ": " << error.message;
    EXPECT_EQ(DigitsOf(error.field).find(kBsn), std::string::npos) << label << ": " << error.field;
}

void ExpectDutch(const Error& error, const std::string& label) {
    for (const char* english : {"The value", "is not", "Element", "expected", "Expected", "facet", "atomic type",
                                "{http", "not accepted", "Bytes:", "tag mismatch", "Premature", "Start tag"}) {
        EXPECT_EQ(error.message.find(english), std::string::npos) << label << ": " << error.message;
    }
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string XmlEscaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else {
            out += c;
        }
    }
    return out;
}

// ---- The one redaction function ----

TEST(RedactInputEchoTest, HidesEveryWayOfWritingABsn) {
    for (const auto& written : kWritten) {
        const std::string text = "de waarde " + written + " is fout";
        const std::string redacted = RedactInputEcho(text);
        EXPECT_EQ(DigitsOf(redacted).find(kBsn), std::string::npos) << redacted;
        EXPECT_NE(redacted.find(kRedactedDigits), std::string::npos) << redacted;
    }
    // Eight digits (a BSN whose leading zero Excel dropped), with a slash or two quotes in between.
    EXPECT_EQ(RedactInputEcho("AGB 12345678"), "AGB " + std::string(kRedactedDigits));
    EXPECT_EQ(DigitsOf(RedactInputEcho("x 9999/00/146 x")), "");
    EXPECT_EQ(DigitsOf(RedactInputEcho("'9999'' 00146'")), "");
}

TEST(RedactInputEchoTest, KeepsWhatIsNoBsn) {
    for (const char* kept : {"regel 12, kolom 3: hulpvorm 99 is geen hulpvorm",
                             "de einddatum 2024-01-31 ligt voor de begindatum 2024-02-01", "kwb-almere-2018-2025.csv",
                             "1234567 is zeven cijfers", "patroon [0-9]{9}", ""}) {
        EXPECT_EQ(RedactInputEcho(kept), kept);
    }
    // Letters break a run; a date next to more digits is no date.
    EXPECT_EQ(RedactInputEcho("1234 abc 56789"), "1234 abc 56789");
    EXPECT_EQ(DigitsOf(RedactInputEcho("2024-01-31 9")), "");
    EXPECT_EQ(DigitsOf(RedactInputEcho("2018-2025-1")), "");
    EXPECT_EQ(DigitsOf(RedactInputEcho("9999-0014")), "");  // no years: eight digits of a BSN
}

TEST(RedactInputEchoTest, ImportErrorRedactsFileRuleAndDetail) {
    const Error error = ImportError({"999900146.csv", 4, 2}, "999.900.146", "'999900146' (\"999900146\")");
    ExpectNoBsn(error, "ImportError");
    EXPECT_TRUE(error.field.ends_with(":4:2")) << error.field;
    EXPECT_TRUE(error.message.starts_with(error.field + ": ")) << error.message;
    // The position is added after the redaction: line and column of a long file stay whole.
    EXPECT_EQ(ImportError({"t.csv", 1234567, 12}, "bsn", "ontbreekt").field, "t.csv:1234567:12");
}

// ---- The trajectory CSV ----

// Columns:                     1   2             3        4            5         6        7
const std::string kCsvHeader =
    "bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;reden_beeindiging;"
    "tevredenheid_jeugdige;zonder_hulp_jeugdige;agb_aanbieder\n";
const std::vector<std::string> kCsvRow = {"999900006",  "2010-02-14", "1",  "GM0363", "01", "02",
                                          "2024-01-15", "2024-06-30", "01", "8",      "04", "65656055"};

// A CSV field with its quotes doubled, quoted when it must be.
std::string CsvField(const std::string& value) {
    if (value.find_first_of(";\"\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (const char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string CsvWith(std::size_t column, const std::string& value) {
    std::string line;
    for (std::size_t i = 0; i < kCsvRow.size(); ++i) {
        if (i > 0) line += ';';
        line += CsvField(i == column ? value : kCsvRow[i]);
    }
    return kCsvHeader + line + "\n";
}

std::optional<Error> ReadCsv(const std::string& text) {
    std::istringstream in(text);
    auto result = ReadTrajectoryCsv(in, "t.csv", [](DeliveredTrajectory&&) -> Result<void> { return {}; });
    if (result) return std::nullopt;
    return result.error();
}

TEST(BsnInErrorsTest, TrajectoryCsvNeverRepeatsIt) {
    ASSERT_FALSE(ReadCsv(CsvWith(99, ""))) << "the base row is valid";
    std::size_t refused = 0;
    for (std::size_t column = 0; column < kCsvRow.size(); ++column) {
        for (const auto& written : kWritten) {
            const auto error = ReadCsv(CsvWith(column, written));
            // Blanks around a BSN in its own column are trimmed: that row is read, as it should be.
            if (column == 0 && written == " 999900146 ") {
                EXPECT_FALSE(error) << error->message;
                continue;
            }
            const std::string label = "column " + std::to_string(column + 1) + " [" + written + "]";
            ASSERT_TRUE(error) << label;
            ExpectNoBsn(*error, label);
            ++refused;
        }
    }
    EXPECT_EQ(refused, kCsvRow.size() * kWritten.size() - 1);
    // Broken CSV around the BSN: an unterminated quote, text after a quote, too many fields.
    for (const std::string row : {"\"999900146;2010-02-14", "\"999900146\"x;2010-02-14",
                                  "999900146;2010-02-14;1;GM0363;01;02;2024-01-15;;;;;;9999 00146;999.900.146"}) {
        const auto error = ReadCsv(kCsvHeader + row + "\n");
        ASSERT_TRUE(error) << row;
        ExpectNoBsn(*error, row);
    }
    // A BSN in the header, as a column name one typing error from a known one, and as a file name.
    auto error = ReadCsv("bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvng999900146\n");
    ASSERT_TRUE(error);
    ExpectNoBsn(*error, "header");
    std::istringstream in(CsvWith(5, "99"));
    auto named =
        ReadTrajectoryCsv(in, "client-999900146.csv", [](DeliveredTrajectory&&) -> Result<void> { return {}; });
    ASSERT_FALSE(named);
    ExpectNoBsn(named.error(), "file name");
}

// ---- The .xlsx workbook, from a file and from memory ----

class BsnInXlsxTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kompas-bsn-xlsx-" + RandomHex(8));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    // Both readers must refuse `bytes`; returns the error of the one from memory.
    Error ExpectRefused(const std::string& bytes, const std::string& label) {
        const fs::path path = dir_ / "w.xlsx";
        std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
        const TrajectoryHandler ignore = [](DeliveredTrajectory&&) -> Result<void> { return {}; };
        auto from_file = ReadTrajectoryXlsx(path, ignore);
        auto from_memory = ReadTrajectoryXlsx(std::string_view(bytes), "w.xlsx", ignore);
        EXPECT_FALSE(from_file) << label;
        EXPECT_FALSE(from_memory) << label;
        if (from_file || from_memory) return {};
        EXPECT_EQ(from_file.error().message, from_memory.error().message) << label;
        ExpectNoBsn(from_file.error(), label);
        ExpectNoBsn(from_memory.error(), label);
        return from_memory.error();
    }
    fs::path dir_;
};

TEST_F(BsnInXlsxTest, CellsNeverRepeatIt) {
    std::vector<std::string> header;
    for (std::string_view rest = kCsvHeader; !rest.empty();) {
        const auto end = rest.find_first_of(";\n");
        header.emplace_back(rest.substr(0, end));
        rest.remove_prefix(end + 1);
    }
    const TrajectoryHandler ignore = [](DeliveredTrajectory&&) -> Result<void> { return {}; };
    const std::string valid = testing::InlineWorkbook({header, kCsvRow});
    ASSERT_TRUE(ReadTrajectoryXlsx(std::string_view(valid), "w.xlsx", ignore));
    for (std::size_t column = 0; column < kCsvRow.size(); ++column) {
        for (const auto& written : kWritten) {
            if (column == 0 && written == " 999900146 ") continue;  // trimmed: a valid BSN
            auto row = kCsvRow;
            row[column] = XmlEscaped(written);
            ExpectRefused(testing::InlineWorkbook({header, row}),
                          "column " + std::to_string(column + 1) + " [" + written + "]");
        }
    }
}

TEST_F(BsnInXlsxTest, BrokenSheetXmlIsDescribedInDutchWithoutIt) {
    const std::string sheet_start =
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    for (const std::string broken :
         {"<row r=\"1\"><c t=\"inlineStr\"><is><t>'999900146</is></c></row>", "<row><![CDATA['999900146 ",
          "<row><c><v>\xff 999900146</v></c></row>", "<row><c999900146/></row>"}) {
        const std::string zip = testing::StoredZip(
            {{"xl/workbook.xml", R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                                 R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                                 R"(<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
             {"xl/_rels/workbook.xml.rels",
              R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
              R"(<Relationship Id="rId1" )"
              R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
              R"(Target="worksheets/sheet1.xml"/></Relationships>)"},
             {"xl/worksheets/sheet1.xml", sheet_start + broken}});
        const Error error = ExpectRefused(zip, broken);
        ExpectDutch(error, broken);
        EXPECT_NE(error.message.find("geen geldige XML"), std::string::npos) << error.message;
    }
}

// ---- iJw XML ----

fs::path IjwDir() { return fs::path(KOMPAS_SHARED_DIR) / "data/ijw"; }

std::string Example(const std::string& name) {
    std::ifstream in(IjwDir() / "berichten" / name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

class BsnInIjwTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kompas-bsn-ijw-" + RandomHex(8));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    // The message must be refused, in Dutch, without the BSN.
    Error ExpectRefused(const std::string& text, const std::string& label) {
        const fs::path path = dir_ / "bericht.xml";
        std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
        auto result = ReadIjwMessage(path, IjwDir() / "xsd", [](DeliveredTrajectory&&) -> Result<void> { return {}; });
        EXPECT_FALSE(result) << label;
        if (result) return {};
        EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument) << result.error().message;
        ExpectNoBsn(result.error(), label);
        ExpectDutch(result.error(), label);
        return result.error();
    }
    fs::path dir_;
};

TEST_F(BsnInIjwTest, XsdErrorsNeverRepeatIt) {
    const std::string jw305 = Example("JW305.xml");
    const std::string jw307 = Example("JW307.xml");
    struct Place {
        const std::string* message;
        std::string from;  // replaced by `before` + the BSN as written + `after`
        std::string before;
        std::string after;
    };
    const std::vector<Place> places = {
        {&jw305, "<jw305:Bsn>999900006<", "<jw305:Bsn>", "<"},                          // the Bsn element
        {&jw305, "<jw305:Geslacht>1<", "<jw305:Geslacht>", "<"},                        // a code
        {&jw305, "<jw305:Begindatum>2026-04-03<", "<jw305:Begindatum>", "<"},           // a date
        {&jw305, "<ijw:Categorie>55<", "<ijw:Categorie>", "<"},                         // an unknown code
        {&jw305, "<jw305:Afzender>65656055<", "<jw305:Afzender>", "<"},                 // an AGB code
        {&jw305, "<jw305:Naam>", "<jw305:Telefoon>", "</jw305:Telefoon><jw305:Naam>"},  // no such element
        {&jw307, "<jw307:RedenBeeindiging>31<", "<jw307:RedenBeeindiging>", "<"},       // a reason
        {&jw307, "<jw307:Einddatum>2026-07-17<", "<jw307:Einddatum>", "<"},             // another date
    };
    for (const auto& place : places) {
        for (const auto& written : kWritten) {
            const std::string label = place.before + "[" + written + "]";
            ExpectRefused(Replace(*place.message, place.from, place.before + XmlEscaped(written) + place.after), label);
        }
    }
    // The case that was reported: a quote before the BSN in the Bsn element, and what it says now.
    const Error e = ExpectRefused(Replace(jw305, "<jw305:Bsn>999900006<", "<jw305:Bsn>'999900146<"), "reported");
    EXPECT_NE(e.message.find("element Bsn"), std::string::npos) << e.message;
    EXPECT_NE(e.message.find("te lang (ten hoogste 9 tekens)"), std::string::npos) << e.message;
    EXPECT_NE(e.message.find("heeft niet de vorm die het schema voorschrijft"), std::string::npos) << e.message;
    EXPECT_EQ(e.field, "bericht.xml:19:0");
}

TEST_F(BsnInIjwTest, BrokenXmlNeverRepeatsIt) {
    const std::string jw305 = Example("JW305.xml");
    const std::string bsn = "<jw305:Bsn>999900006</jw305:Bsn>";
    for (const std::string broken : {
             "<jw305:Bsn>'999900146<x></jw305:Bsn>",               // tag mismatch
             "<jw305:Bsn><![CDATA[999900146</jw305:Bsn>",          // CDATA not finished
             "<jw305:Bsn>\xff'999900146</jw305:Bsn>",              // not UTF-8 ("Bytes: 0x39 ...")
             "<jw305:Bsn a='999900146>1</jw305:Bsn>",              // an attribute not closed
             "<jw305:Bsn>&999900146;</jw305:Bsn>",                 // an entity
             "<jw305:X999900146>1</jw305:X999900146>",             // a BSN in an element name
             "<jw305:Bsn x999900146=\"1\">999900006</jw305:Bsn>",  // and in an attribute name
         }) {
        ExpectRefused(Replace(jw305, bsn, broken), broken);
    }
    ExpectRefused(jw305.substr(0, jw305.find("999900006") + 4) + "00146", "truncated");
}

// ---- The generic CSV readers ----

TEST(BsnInErrorsTest, LongAndKwbCsvNeverRepeatIt) {
    for (const auto& written : kWritten) {
        for (const std::string& row :
             {"a,GM0034,2023JJ00," + CsvField(written + "x") + ",", "a," + CsvField("GM" + written) + ",2023JJ00,1,",
              "a,GM0034," + CsvField(written) + ",1,", "a,GM0034,2023JJ00,1," + CsvField(written)}) {
            std::istringstream in("indicator,region,period,value,status\n" + row + "\n");
            testing::MemorySink sink;
            auto result = ReadLongCsv(in, "lang.csv", sink);
            ASSERT_FALSE(result) << row;
            ExpectNoBsn(result.error(), row);
        }
        // The generic readers repeat a value that is no number; ImportError hides the BSN in it.
        std::istringstream kwb(
            "ID;Peildatum;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;JongerenMetJeugdzorgInNatura_84\n"
            "0;1-1-2018;GM0034;Almere;Gemeente;GM0034;" +
            CsvField(written + "x") + "\n");
        testing::MemorySink sink;
        auto result = ReadKwbCsv(kwb, "kwb.csv", sink);
        ASSERT_FALSE(result) << written;
        EXPECT_NE(result.error().message.find("geen getal"), std::string::npos) << result.error().message;
        ExpectNoBsn(result.error(), written);
    }
}

}  // namespace
}  // namespace kompas
