// The .xlsx reader: the fixture and its CSV twin, cell types, Excel dates, positions in errors,
// and damaged workbooks (never a crash).
#include "ingest/xlsx_reader.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "ingest/trajectory_source.hpp"
#include "privacy/secrets.hpp"
#include "stored_zip.hpp"

namespace kompas {
namespace {

namespace fs = std::filesystem;

fs::path FixtureDir() { return fs::path(KOMPAS_SOURCE_DIR) / "tests/fixtures/trajectories"; }

// The zip writer for hand-made workbooks (stored entries) is shared with the BSN tests.
std::string Zip(const std::vector<std::pair<std::string, std::string>>& entries) { return testing::StoredZip(entries); }

const std::string kWorkbook = R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                              R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                              R"(<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const std::string kRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" )"
    R"(Target="worksheets/sheet1.xml"/></Relationships>)";

std::string Sheet(const std::string& rows) {
    return R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + rows +
           "</sheetData></worksheet>";
}

std::string InlineRow(int row, const std::vector<std::string>& values) {
    std::string xml = "<row r=\"" + std::to_string(row) + "\">";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].empty()) continue;
        const std::string ref = std::string(1, static_cast<char>('A' + i)) + std::to_string(row);
        xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + values[i] + "</t></is></c>";
    }
    return xml + "</row>";
}

const std::vector<std::string> kHeader = {"bsn",          "geboortedatum", "geslacht",
                                          "gemeentecode", "hulpvorm",      "datum_aanvang"};

class XlsxTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kompas-xlsx-" + RandomHex(8));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    fs::path Write(const std::string& name, const std::string& bytes) {
        const fs::path path = dir_ / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    fs::path Workbook(const std::string& sheet, const std::string& workbook = kWorkbook,
                      std::vector<std::pair<std::string, std::string>> extra = {}) {
        std::vector<std::pair<std::string, std::string>> entries = {
            {"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", kRels}, {"xl/worksheets/sheet1.xml", sheet}};
        for (auto& entry : extra) entries.push_back(std::move(entry));
        return Write("w" + std::to_string(count_++) + ".xlsx", Zip(entries));
    }
    struct Read {
        std::vector<DeliveredTrajectory> rows;
        std::optional<Error> error;
    };
    static Read ReadXlsx(const fs::path& path, Progress* progress = nullptr) {
        Read read;
        auto result = ReadTrajectoryXlsx(
            path,
            [&](DeliveredTrajectory&& row) -> Result<void> {
                read.rows.push_back(std::move(row));
                return {};
            },
            progress);
        if (!result) read.error = result.error();
        return read;
    }
    fs::path dir_;
    int count_ = 0;
};

TEST_F(XlsxTest, FixtureEqualsItsCsvTwin) {
    auto xlsx = ReadXlsx(FixtureDir() / "trajecten.xlsx");
    ASSERT_FALSE(xlsx.error) << xlsx.error->message;
    std::ifstream in(FixtureDir() / "trajecten.csv", std::ios::binary);
    std::vector<DeliveredTrajectory> csv;
    auto result = ReadTrajectoryCsv(in, "trajecten.csv", [&](DeliveredTrajectory&& row) -> Result<void> {
        csv.push_back(std::move(row));
        return {};
    });
    ASSERT_TRUE(result.has_value()) << result.error().message;
    ASSERT_EQ(xlsx.rows.size(), 5u);
    ASSERT_EQ(csv.size(), xlsx.rows.size());
    for (std::size_t i = 0; i < csv.size(); ++i) {
        EXPECT_EQ(xlsx.rows[i].bsn, csv[i].bsn) << i;
        EXPECT_EQ(xlsx.rows[i].trajectory, csv[i].trajectory) << i;
        EXPECT_EQ(xlsx.rows[i].at.line, csv[i].at.line) << i;
        EXPECT_EQ(xlsx.rows[i].at.file, "trajecten.xlsx");
    }
    // Spot checks of the conversions: a BSN that lost its leading zero, a date typed as JJJJMMDD,
    // a municipality stored as the number 34, rich text, an ISO date cell.
    EXPECT_EQ(xlsx.rows[3].bsn, "010000008");
    EXPECT_EQ(xlsx.rows[1].trajectory.birth_year, 2012);
    EXPECT_EQ(xlsx.rows[1].trajectory.municipality, "GM0034");
    EXPECT_EQ(xlsx.rows[0].trajectory.municipality, "GM0363");
    EXPECT_EQ(xlsx.rows[0].trajectory.help_form, "02");
    EXPECT_EQ(FormatDay(*xlsx.rows[3].trajectory.end_day), "2025-03-31");
    EXPECT_EQ(xlsx.rows[4].trajectory.referrer, "08");
}

TEST_F(XlsxTest, WorkbookApiKeepsOnlyTheStringsAskedFor) {
    auto workbook = XlsxWorkbook::Open(FixtureDir() / "trajecten.xlsx", "trajecten.xlsx");
    ASSERT_TRUE(workbook.has_value()) << workbook.error().message;
    EXPECT_EQ(workbook->sheet_name(), "Trajecten");
    EXPECT_FALSE(workbook->date1904());
    ASSERT_TRUE(workbook->LoadSharedStrings([](std::size_t i) { return i == 0; }));
    std::vector<std::vector<XlsxCell>> rows;
    ASSERT_TRUE(workbook->ForEachRow([&](std::size_t, std::vector<XlsxCell>& cells) -> Result<bool> {
        rows.push_back(cells);
        return true;
    }));
    ASSERT_EQ(rows.size(), 7u);  // header, five records, the blank row
    EXPECT_EQ(rows[0][0].text, "bsn");
    EXPECT_EQ(rows[0][1].shared, 1u);
    EXPECT_EQ(rows[0][1].text, "");            // "naam": not kept
    EXPECT_EQ(rows[1][1].text, "Tom de Wit");  // an inline string is in the cell itself
    EXPECT_EQ(rows[1][2].column, 3u);
    EXPECT_TRUE(rows[1][2].is_number);
    EXPECT_EQ(rows[1][2].text, "40223");

    ASSERT_TRUE(workbook->LoadSharedStrings());
    std::string header;
    ASSERT_TRUE(workbook->ForEachRow([&](std::size_t, std::vector<XlsxCell>& cells) -> Result<bool> {
        for (const auto& cell : cells) header += cell.text + ",";
        return false;
    }));
    EXPECT_TRUE(header.starts_with("bsn,naam,geboortedatum,geslacht,gemeentecode,")) << header;
}

TEST(XlsxFunctionsTest, ExcelSerialDates) {
    auto day = [](double serial, bool date1904 = false) {
        auto d = ExcelSerialToDay(serial, date1904);
        return d ? FormatDay(*d) : std::string("none");
    };
    EXPECT_EQ(day(1), "1900-01-01");
    EXPECT_EQ(day(59), "1900-02-28");
    EXPECT_EQ(day(60), "none");  // Excel's 1900-02-29
    EXPECT_EQ(day(61), "1900-03-01");
    EXPECT_EQ(day(25569), "1970-01-01");
    EXPECT_EQ(day(45306), "2024-01-15");
    EXPECT_EQ(day(45306.75), "2024-01-15");
    EXPECT_EQ(day(0), "none");
    EXPECT_EQ(day(-1), "none");
    EXPECT_EQ(day(1e9), "none");
    EXPECT_EQ(day(0, true), "1904-01-01");
    EXPECT_EQ(day(43844, true), "2024-01-15");
    EXPECT_EQ(day(std::numeric_limits<double>::quiet_NaN()), "none");
}

TEST(XlsxFunctionsTest, ColumnReferences) {
    EXPECT_EQ(XlsxColumnOf("A1"), 1u);
    EXPECT_EQ(XlsxColumnOf("Z9"), 26u);
    EXPECT_EQ(XlsxColumnOf("AA1"), 27u);
    EXPECT_EQ(XlsxColumnOf("AZ10"), 52u);
    EXPECT_EQ(XlsxColumnOf("XFD1048576"), 16384u);
    EXPECT_EQ(XlsxColumnOf("XFE1"), 0u);
    EXPECT_EQ(XlsxColumnOf("AAAA1"), 0u);
    EXPECT_EQ(XlsxColumnOf("1A"), 0u);
    EXPECT_EQ(XlsxColumnOf("A1B"), 0u);
    EXPECT_EQ(XlsxColumnOf(""), 0u);
}

TEST_F(XlsxTest, ErrorsNameRowAndColumn) {
    const auto path = Workbook(Sheet(InlineRow(1, kHeader) +
                                     InlineRow(2, {"999900006", "2010-02-14", "1", "GM0363", "02", "2024-01-01"}) +
                                     InlineRow(3, {"999900007", "2010-02-14", "1", "GM0363", "02", "2024-01-01"})));
    auto read = ReadXlsx(path);
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->field, path.filename().string() + ":3:1");
    EXPECT_EQ(read.error->message.find("999900007"), std::string::npos);
    EXPECT_EQ(read.rows.size(), 1u);

    auto bad_form = ReadXlsx(Workbook(
        Sheet(InlineRow(1, kHeader) + InlineRow(2, {"999900006", "2010-02-14", "1", "GM0363", "07", "2024-01-01"}))));
    ASSERT_TRUE(bad_form.error);
    EXPECT_TRUE(bad_form.error->field.ends_with(":2:5")) << bad_form.error->field;
}

TEST_F(XlsxTest, RepeatedCellsAndRowsOutOfOrderAreRefused) {
    const std::vector<std::string> row = {"999900006", "2010-02-14", "1", "GM0363", "02", "2024-01-01"};
    // The same cell twice in a row: Excel never writes that, a bomb repeats it millions of times.
    std::string twice = InlineRow(2, row);
    twice.insert(twice.size() - 6, "<c r=\"C2\" t=\"inlineStr\"><is><t>2</t></is></c>");
    auto repeated = ReadXlsx(Workbook(Sheet(InlineRow(1, kHeader) + twice)));
    ASSERT_TRUE(repeated.error);
    EXPECT_TRUE(repeated.error->field.ends_with(":2:3")) << repeated.error->field;
    EXPECT_NE(repeated.error->message.find("meer dan eens"), std::string::npos) << repeated.error->message;
    // Row 3 before row 2, and row 2 twice.
    for (const std::string& rows : {InlineRow(3, row) + InlineRow(2, row), InlineRow(2, row) + InlineRow(2, row)}) {
        auto out_of_order = ReadXlsx(Workbook(Sheet(InlineRow(1, kHeader) + rows)));
        ASSERT_TRUE(out_of_order.error);
        EXPECT_TRUE(out_of_order.error->field.ends_with(":2:0")) << out_of_order.error->field;
        EXPECT_NE(out_of_order.error->message.find("niet op volgorde"), std::string::npos);
    }
}

TEST_F(XlsxTest, HeaderMayStartLowerAndExtraColumnsAreIgnored) {
    // Rows 1-2 empty; the header in row 3; a note without a header in column H.
    const std::string rows = "<row r=\"1\"/>" + InlineRow(3, kHeader) +
                             R"(<row r="5"><c r="A5" t="inlineStr"><is><t>999900006</t></is></c>)"
                             R"(<c r="B5"><v>40223</v></c><c r="C5"><v>2</v></c><c r="D5"><v>363</v></c>)"
                             R"(<c r="E5"><v>11</v></c><c r="F5"><v>45306</v></c>)"
                             R"(<c r="H5" t="inlineStr"><is><t>notitie</t></is></c></row>)";
    auto read = ReadXlsx(Workbook(Sheet(rows)));
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0].at.line, 5u);
    EXPECT_EQ(read.rows[0].trajectory.birth_year, 2010);
    EXPECT_EQ(read.rows[0].trajectory.municipality, "GM0363");
    EXPECT_EQ(read.rows[0].trajectory.help_form, "11");
    EXPECT_EQ(FormatDay(read.rows[0].trajectory.start_day), "2024-01-15");
}

TEST_F(XlsxTest, Date1904AndNumericBsn) {
    const std::string workbook =
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/>)"
        R"(<sheets><sheet name="B" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const std::string rows = InlineRow(1, kHeader) +
                             R"(<row r="2"><c r="A2"><v>10000008</v></c><c r="B2"><v>20100214</v></c>)"
                             R"(<c r="C2"><v>1</v></c><c r="D2" t="str"><v>GM0363</v></c><c r="E2"><v>2</v></c>)"
                             R"(<c r="F2"><v>43844</v></c></row>)";
    auto read = ReadXlsx(Workbook(Sheet(rows), workbook));
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0].bsn, "010000008");
    EXPECT_EQ(FormatDay(read.rows[0].trajectory.start_day), "2024-01-15");
}

TEST_F(XlsxTest, MissingRequiredColumnAndEmptySheet) {
    auto missing = ReadXlsx(Workbook(Sheet(InlineRow(1, {"bsn", "geboortedatum"}))));
    ASSERT_TRUE(missing.error);
    EXPECT_TRUE(missing.error->field.ends_with(":1:0")) << missing.error->field;
    auto empty = ReadXlsx(Workbook(Sheet("")));
    ASSERT_TRUE(empty.error);
    EXPECT_NE(empty.error->message.find("leeg"), std::string::npos);
}

TEST_F(XlsxTest, DamagedWorkbooksGiveErrors) {
    const std::string good_sheet =
        Sheet(InlineRow(1, kHeader) + InlineRow(2, {"999900006", "2010-02-14", "1", "GM0363", "02", "2024-01-01"}));
    auto expect_error = [&](const fs::path& path, const char* what) {
        auto read = ReadXlsx(path);
        EXPECT_TRUE(read.error.has_value()) << what;
        if (read.error) {
            EXPECT_EQ(read.error->message.find("999900006"), std::string::npos) << read.error->message;
        }
    };
    expect_error(Write("empty.xlsx", ""), "empty file");
    expect_error(Write("text.xlsx", "bsn;geboortedatum\n"), "a CSV named .xlsx");
    expect_error(Write("garbage.xlsx", std::string("PK\x03\x04\xff\xff\x00\x01garbage", 16)), "garbage");
    auto missing = ReadXlsx(dir_ / "does-not-exist.xlsx");
    ASSERT_TRUE(missing.error);
    EXPECT_EQ(missing.error->code, ErrorCode::kNotFound);

    // A truncated copy of the fixture, cut at many places.
    std::ifstream in(FixtureDir() / "trajecten.xlsx", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_GT(bytes.size(), 1000u);
    for (std::size_t cut : {bytes.size() / 2, bytes.size() - 1, bytes.size() - 30, std::size_t{100}}) {
        expect_error(Write("cut.xlsx", bytes.substr(0, cut)), "truncated");
    }

    expect_error(Write("noworkbook.xlsx", Zip({{"xl/worksheets/sheet1.xml", good_sheet}})), "no workbook.xml");
    expect_error(Write("norels.xlsx", Zip({{"xl/workbook.xml", kWorkbook}, {"xl/worksheets/sheet1.xml", good_sheet}})),
                 "no relationships");
    expect_error(Write("nosheet.xlsx", Zip({{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels}})),
                 "no sheet entry");
    expect_error(Workbook(good_sheet.substr(0, good_sheet.size() / 2)), "broken XML");
    expect_error(Workbook("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + good_sheet), "a DTD");
    expect_error(Workbook(Sheet(InlineRow(1, kHeader) + R"(<row r="2"><c r="A2" t="s"><v>5</v></c></row>)")),
                 "a shared string that does not exist");
    expect_error(Workbook(Sheet(R"(<row r="1"><c r="ZZZZ1" t="inlineStr"><is><t>bsn</t></is></c></row>)")),
                 "a bad cell reference");
    expect_error(Workbook(Sheet(R"(<row r="0"><c r="A1" t="inlineStr"><is><t>bsn</t></is></c></row>)")), "row 0");
}

TEST_F(XlsxTest, SurvivesRandomDamage) {
    const std::string sheet =
        Sheet(InlineRow(1, kHeader) + InlineRow(2, {"999900006", "2010-02-14", "1", "GM0363", "02", "2024-01-01"}));
    const std::string good = Zip(
        {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels}, {"xl/worksheets/sheet1.xml", sheet}});
    std::ifstream in(FixtureDir() / "trajecten.xlsx", std::ios::binary);
    const std::string fixture((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::mt19937 random(42);
    for (int round = 0; round < 300; ++round) {
        std::string bytes = round % 2 == 0 ? good : fixture;
        const int changes = 1 + static_cast<int>(random() % 6);
        for (int i = 0; i < changes; ++i) bytes[random() % bytes.size()] = static_cast<char>(random() % 256);
        auto read = ReadXlsx(Write("fuzz.xlsx", bytes));  // must not crash
        if (read.error) {
            EXPECT_EQ(read.error->message.find("999900006"), std::string::npos) << read.error->message;
        }
    }
}

class LastProgress : public Progress {
public:
    void Advance(std::uint64_t now, std::uint64_t of) override {
        done = now;
        total = of;
    }
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};

TEST_F(XlsxTest, ReportsProgress) {
    LastProgress progress;
    auto read = ReadXlsx(FixtureDir() / "trajecten.xlsx", &progress);
    ASSERT_FALSE(read.error);
    EXPECT_GT(progress.done, 0u);
    EXPECT_EQ(progress.done, progress.total);
}

}  // namespace
}  // namespace kompas
