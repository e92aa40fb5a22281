// CSV as RFC 4180 wants it, numbers that read back exactly, and no formula in a spreadsheet.
#include "export/csv_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace kompas {
namespace {

TEST(CsvWriter, QuotesOnlyWhatNeedsIt) {
    const ExportTable table{"t",
                            {{std::string("naam"), std::string("waarde")},
                             {std::string("a,b"), std::string("zei \"ja\"")},
                             {std::string("twee\nregels"), std::monostate{}},
                             {std::string("één"), std::string("")}},
                            {}};
    EXPECT_EQ(WriteCsv(table), "naam,waarde\r\n\"a,b\",\"zei \"\"ja\"\"\"\r\n\"twee\nregels\",\r\néén,\r\n");
}

TEST(CsvWriter, NumbersInTheirShortestExactForm) {
    const double third = 5.0 / 12.0;
    const ExportTable table{"t", {{15.0, 0.8, third, 0.0, std::numeric_limits<double>::quiet_NaN()}}, {}};
    const std::string csv = WriteCsv(table);
    EXPECT_EQ(csv, "15,0.8,0.4166666666666667,0,\r\n");
    EXPECT_EQ(std::stod(csv.substr(7, 18)), third);
}

TEST(CsvWriter, TextThatWouldStartAFormulaGetsAnApostrophe) {
    const ExportTable table{
        "t", {{std::string("=HYPERLINK(\"x\")"), std::string("+31"), std::string("-5"), std::string("@a"), 3.0}}, {}};
    EXPECT_EQ(WriteCsv(table), "\"'=HYPERLINK(\"\"x\"\")\",'+31,'-5,'@a,3\r\n");
}

}  // namespace
}  // namespace kompas
