#include "ingest/successions_csv.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace kompas {
namespace {

const std::string kHeader = "old_code,old_name,new_code,new_name,date,share,source\n";

Result<std::vector<Succession>> Read(const std::string& text) {
    std::istringstream in(text);
    return ReadSuccessionsCsv(in, "h.csv");
}

std::filesystem::path ShippedFile() {
    return std::filesystem::path(KOMPAS_SOURCE_DIR) / "data/reference/gemeentelijke-herindelingen.csv";
}

// The codes of the 342 municipalities of 1 January 2026, from the table "| 0034 | Almere | ...".
std::map<std::string, std::string> MunicipalitiesOf2026() {
    std::ifstream in(std::string(KOMPAS_SHARED_DIR) + "/data/ijw/codelijsten/CBS_Gemeentecodes.md");
    std::map<std::string, std::string> codes;
    const std::regex row(R"(^\|\s*(\d{4})\s*\|\s*([^|]*?)\s*\|)");
    std::string line;
    std::smatch match;
    while (std::getline(in, line)) {
        if (std::regex_search(line, match, row)) codes["GM" + match[1].str()] = match[2].str();
    }
    return codes;
}

TEST(SuccessionsCsvTest, ReadsRows) {
    auto rows = Read(kHeader + "gm0058,Dongeradeel,GM1970,Noardeast-Fryslân,2019-01-01,1,CBS\n" +
                     "\"GM1722\",Ferwerderadiel,GM1970,\"Noardeast-Fryslân\",2019-01-01, 1.0 ,\"CBS, 2019\"\n");
    ASSERT_TRUE(rows.has_value()) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].old_code, "GM0058");
    EXPECT_EQ((*rows)[1].new_code, "GM1970");
    EXPECT_EQ((*rows)[1].date, "2019-01-01");
    EXPECT_DOUBLE_EQ((*rows)[1].share, 1.0);
}

TEST(SuccessionsCsvTest, NamesFileLineAndColumnOfABadCode) {
    auto rows =
        Read(kHeader + "GM0058,Dongeradeel,GM1970,N,2019-01-01,1,CBS\nGM58,Ferwerderadiel,GM1970,N,2019-01-01,1,CBS\n");
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().field, "h.csv:3:1");
    rows = Read(kHeader + "GM0058,Dongeradeel,WK197001,N,2019-01-01,1,CBS\n");
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().field, "h.csv:2:3");
}

TEST(SuccessionsCsvTest, NamesTheColumnOfABadDateOrShare) {
    auto date = Read(kHeader + "GM0058,Dongeradeel,GM1970,N,1-1-2019,1,CBS\n");
    ASSERT_FALSE(date.has_value());
    EXPECT_EQ(date.error().field, "h.csv:2:5");
    auto share = Read(kHeader + "GM0058,Dongeradeel,GM1970,N,2019-01-01,een,CBS\n");
    ASSERT_FALSE(share.has_value());
    EXPECT_EQ(share.error().field, "h.csv:2:6");
    auto range = Read(kHeader + "GM0058,Dongeradeel,GM1970,N,2019-01-01,1.2,CBS\n");
    ASSERT_FALSE(range.has_value());
    EXPECT_EQ(range.error().field, "h.csv:2:6");
}

TEST(SuccessionsCsvTest, NamesTheLineOfAListError) {
    auto rows = Read(kHeader + "GM0010,A,GM0020,B,2021-01-01,0.7,x\nGM0010,A,GM0030,C,2021-01-01,0.2,x\n");
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().field, "h.csv:2:0");
}

TEST(SuccessionsCsvTest, RejectsAWrongHeader) {
    EXPECT_FALSE(Read("old,new,date\nGM0058,GM1970,2019-01-01\n").has_value());
    EXPECT_FALSE(Read("").has_value());
    EXPECT_FALSE(Read(kHeader + "GM0058,Dongeradeel,GM1970\n").has_value());
}

TEST(SuccessionsCsvTest, TheShippedListIsValidAndPointsAtTodaysMunicipalities) {
    std::ifstream in(ShippedFile());
    ASSERT_TRUE(in) << ShippedFile();
    auto rows = ReadSuccessionsCsv(in, "gemeentelijke-herindelingen.csv");
    ASSERT_TRUE(rows.has_value()) << rows.error().message;
    EXPECT_GE(rows->size(), 70u);

    const auto today = MunicipalitiesOf2026();
    ASSERT_EQ(today.size(), 342u);
    std::set<std::string> dissolved;
    for (const Succession& s : *rows) {
        if (s.old_code != s.new_code) dissolved.insert(s.old_code);
    }
    for (const Succession& s : *rows) {
        EXPECT_TRUE(today.contains(s.new_code) || dissolved.contains(s.new_code))
            << s.new_code << " is neither a municipality of 2026 nor merged later";
        if (s.old_code != s.new_code) {
            EXPECT_FALSE(today.contains(s.old_code)) << s.old_code << " is dissolved but still in the 2026 list";
        }
    }

    auto table = SuccessionTable::Create(*rows);
    ASSERT_TRUE(table.has_value());
    EXPECT_EQ(table->PredecessorsOf("GM1970"), (std::vector<std::string>{"GM0058", "GM0079", "GM1722"}));
    EXPECT_EQ(table->PredecessorsOf("GM0439"), (std::vector<std::string>{"GM0370"}));
}

TEST(SuccessionsCsvTest, TheShippedNamesMatchTheListOf2026) {
    const auto today = MunicipalitiesOf2026();
    std::ifstream in(ShippedFile());
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream split(line);
        for (std::string cell; std::getline(split, cell, ',');) cells.push_back(cell);
        ASSERT_GE(cells.size(), 4u) << line;
        if (const auto it = today.find(cells[2]); it != today.end()) {
            EXPECT_EQ(it->second, cells[3]) << line;
        }
    }
}

}  // namespace
}  // namespace kompas
