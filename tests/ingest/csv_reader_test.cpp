#include "ingest/csv_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace kompas {
namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& text, char delimiter = ';') {
    std::istringstream in(text);
    CsvReader reader(in, "t.csv", delimiter, nullptr);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> fields;
    for (;;) {
        auto next = reader.Next(fields);
        EXPECT_TRUE(next) << (next ? "" : next.error().message);
        if (!next || !*next) break;
        records.push_back(fields);
    }
    return records;
}

TEST(CsvReaderTest, SplitsQuotedFieldsAsRfc4180) {
    const auto records = ReadAll("a;\"b;c\";\"d \"\"e\"\"\"\r\n;;\n\"multi\nline\";x");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0], (std::vector<std::string>{"a", "b;c", "d \"e\""}));
    EXPECT_EQ(records[1], (std::vector<std::string>{"", "", ""}));
    EXPECT_EQ(records[2], (std::vector<std::string>{"multi\nline", "x"}));
}

TEST(CsvReaderTest, DropsTheByteOrderMarkAndSkipsEmptyLines) {
    const auto records = ReadAll("\xEF\xBB\xBFID;x\n\n1;2\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0][0], "ID");
}

TEST(CsvReaderTest, DetectsTheDelimiterFromTheHeader) {
    std::istringstream in("a,b\n1,2\n");
    CsvReader reader(in, "t.csv", '\0', nullptr);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.Next(fields).value());
    EXPECT_EQ(reader.delimiter(), ',');
    EXPECT_EQ(fields.size(), 2u);
}

TEST(CsvReaderTest, ReportsTheLineWhereARecordStarts) {
    std::istringstream in("h\n\"open\nstill open");
    CsvReader reader(in, "t.csv", ';', nullptr);
    std::vector<std::string> fields;
    ASSERT_TRUE(reader.Next(fields).value());
    const auto result = reader.Next(fields);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "t.csv:2:1");
}

TEST(CsvReaderTest, RejectsTextAfterAClosingQuote) {
    std::istringstream in("\"a\"b;c\n");
    CsvReader reader(in, "t.csv", ';', nullptr);
    std::vector<std::string> fields;
    const auto result = reader.Next(fields);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("aanhalingsteken"), std::string::npos);
}

}  // namespace
}  // namespace kompas
