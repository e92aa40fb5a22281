// The .xlsx writer, read back with the product's own reader (ingest/xlsx_reader), and the
// portfolio workbook's first sheet: the matrix of results × activities.
#include "export/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include "export/portfolio_workbook.hpp"
#include "ingest/xlsx_reader.hpp"

namespace kompas {
namespace {

// Every cell of the first sheet as "A1=text".
std::vector<std::string> CellsOf(const std::string& bytes) {
    std::vector<std::string> cells;
    auto workbook = XlsxWorkbook::OpenBytes(bytes, "test.xlsx");
    EXPECT_TRUE(workbook.has_value()) << workbook.error().message;
    if (!workbook) return cells;
    EXPECT_TRUE(workbook->LoadSharedStrings());
    auto read = workbook->ForEachRow([&](std::size_t row, std::vector<XlsxCell>& items) -> Result<bool> {
        for (const auto& cell : items)
            cells.push_back(ColumnLetters(cell.column) + std::to_string(row) + "=" + cell.text);
        return true;
    });
    EXPECT_TRUE(read.has_value()) << read.error().message;
    return cells;
}

TEST(XlsxWriter, TextAndNumbersReadBack) {
    ExportTable sheet{"Blad: één/twee",
                      {{std::string("Naam"), std::string("Bedrag")},
                       {std::string("A & B <c>"), 1234.5},
                       {std::monostate{}, std::numeric_limits<double>::quiet_NaN()},
                       {std::string("tab\tbel\x07"), -2.0}},
                      {20, 10}};
    auto bytes = WriteXlsx({sheet});
    ASSERT_TRUE(bytes.has_value()) << bytes.error().message;
    EXPECT_EQ(bytes->substr(0, 2), "PK");
    auto workbook = XlsxWorkbook::OpenBytes(*bytes, "test.xlsx");
    ASSERT_TRUE(workbook.has_value());
    EXPECT_EQ(workbook->sheet_name(), "Blad  één twee");
    EXPECT_EQ(CellsOf(*bytes),
              (std::vector<std::string>{"A1=Naam", "B1=Bedrag", "A2=A & B <c>", "B2=1234.5", "A4=tab\tbel", "B4=-2"}));
}

// A name a partner typed that looks like a formula stays text: Excel must not run it on opening.
TEST(XlsxWriter, TextThatLooksLikeAFormulaStaysText) {
    auto bytes =
        WriteXlsx({ExportTable{"Blad", {{std::string("=HYPERLINK(\"http://x\",\"klik\")"), std::string("+1")}}, {}}});
    ASSERT_TRUE(bytes.has_value());
    auto workbook = XlsxWorkbook::OpenBytes(*bytes, "test.xlsx");
    ASSERT_TRUE(workbook.has_value());
    ASSERT_TRUE(workbook->LoadSharedStrings());
    std::vector<XlsxCell> seen;
    ASSERT_TRUE(workbook->ForEachRow([&](std::size_t, std::vector<XlsxCell>& cells) -> Result<bool> {
        seen = cells;
        return true;
    }));
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].text, "=HYPERLINK(\"http://x\",\"klik\")");
    EXPECT_FALSE(seen[0].is_number);
    EXPECT_EQ(seen[1].text, "+1");
    EXPECT_FALSE(seen[1].is_number);
}

TEST(XlsxWriter, RefusesAnEmptyWorkbook) { EXPECT_FALSE(WriteXlsx({}).has_value()); }

TEST(XlsxWriter, ColumnLetters) {
    EXPECT_EQ(ColumnLetters(1), "A");
    EXPECT_EQ(ColumnLetters(26), "Z");
    EXPECT_EQ(ColumnLetters(27), "AA");
    EXPECT_EQ(ColumnLetters(703), "AAA");
}

TEST(PortfolioWorkbook, TheMatrixComesFirst) {
    Portfolio portfolio;
    portfolio.year = 2025;
    portfolio.results.push_back(PortfolioResultRow{"res_a", "Minder schooluitval", "", {}, {}, {}, {}, {}});
    portfolio.results.push_back(PortfolioResultRow{"res_b", "Meer sport", "", {}, {}, {}, {}, {}});
    PortfolioActivityRow activity;
    activity.activity_id = "act_1";
    activity.name = "Buurtsportcoach";
    activity.result_ids = {"res_b"};
    portfolio.activities.push_back(activity);
    portfolio.cells.push_back(PortfolioCell{"res_b", "act_1", "meer bewegen"});
    auto bytes = WriteXlsx(PortfolioSheets(portfolio, "Samen sterk"));
    ASSERT_TRUE(bytes.has_value());
    EXPECT_EQ(CellsOf(*bytes),
              (std::vector<std::string>{"A1=Resultaat \\ activiteit", "B1=Buurtsportcoach", "A2=Minder schooluitval",
                                        "A3=Meer sport", "B3=draagt bij: meer bewegen", "A4=(geen resultaat)",
                                        "A6=Samen sterk: aanbodanalyse, cijfers van 2025"}));
}

}  // namespace
}  // namespace kompas
