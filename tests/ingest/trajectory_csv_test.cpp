// The trajectory CSV: header, every row rule, positions in errors, and that no message repeats a BSN.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "counting_progress.hpp"
#include "ingest/trajectory_fields.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {
namespace {

const std::string kHeader =
    "bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvang;datum_einde;reden_beeindiging\n";
// Columns:                   1   2             3        4            5        6             7           8

struct Read {
    std::vector<DeliveredTrajectory> rows;
    std::optional<Error> error;
};

Read ReadText(const std::string& text, Progress* progress = nullptr) {
    std::istringstream in(text);
    Read read;
    auto result = ReadTrajectoryCsv(
        in, "t.csv",
        [&](DeliveredTrajectory&& row) -> Result<void> {
            read.rows.push_back(std::move(row));
            return {};
        },
        progress);
    if (!result) read.error = result.error();
    return read;
}

// One data row under kHeader; expect an error at `field` and that it does not repeat `bsn`.
Error ExpectError(const std::string& row, const std::string& field, const std::string& bsn = "999900006") {
    auto read = ReadText(kHeader + row + "\n");
    EXPECT_TRUE(read.error.has_value()) << row;
    if (!read.error) return {};
    EXPECT_EQ(read.error->field, field) << read.error->message;
    EXPECT_EQ(read.error->code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(read.error->message.find(bsn), std::string::npos) << read.error->message;
    EXPECT_TRUE(read.rows.empty());
    return *read.error;
}

Day D(const char* text) { return *ParseDay(text); }

TEST(TrajectoryCsvTest, ReadsTheFixture) {
    std::ifstream in(std::filesystem::path(KOMPAS_SOURCE_DIR) / "tests/fixtures/trajectories/trajecten.csv",
                     std::ios::binary);
    ASSERT_TRUE(in.good());
    std::vector<DeliveredTrajectory> rows;
    auto result = ReadTrajectoryCsv(in, "trajecten.csv", [&](DeliveredTrajectory&& row) -> Result<void> {
        rows.push_back(std::move(row));
        return {};
    });
    ASSERT_TRUE(result.has_value()) << result.error().message;
    ASSERT_EQ(rows.size(), 5u);

    const auto& a = rows[0];
    EXPECT_EQ(a.bsn, "999900006");
    EXPECT_EQ(a.at.file, "trajecten.csv");
    EXPECT_EQ(a.at.line, 2u);
    EXPECT_FALSE(a.stop_message);
    EXPECT_TRUE(a.trajectory.client.empty());
    EXPECT_EQ(a.trajectory.birth_year, 2010);
    EXPECT_EQ(a.trajectory.sex, "1");
    EXPECT_EQ(a.trajectory.municipality, "GM0363");
    EXPECT_EQ(a.trajectory.referrer, "01");
    EXPECT_EQ(a.trajectory.help_form, "02");
    EXPECT_EQ(a.trajectory.start_day, D("2024-01-15"));
    EXPECT_EQ(a.trajectory.end_day, D("2024-06-30"));
    EXPECT_EQ(a.trajectory.reason, EndReason::kPlanned);
    EXPECT_EQ(a.trajectory.youth.satisfaction, 8);
    EXPECT_EQ(a.trajectory.parent.satisfaction, 7);
    EXPECT_EQ(a.trajectory.youth.without_help, 4);
    EXPECT_EQ(a.trajectory.parent.without_help, 3);
    EXPECT_EQ(a.trajectory.provider, "65656055");

    const auto& b = rows[1];  // ongoing, no outcome
    EXPECT_EQ(b.trajectory.birth_year, 2012);
    EXPECT_EQ(b.trajectory.municipality, "GM0034");
    EXPECT_EQ(b.trajectory.help_form, "11");
    EXPECT_FALSE(b.trajectory.end_day.has_value());
    EXPECT_FALSE(b.trajectory.reason.has_value());
    EXPECT_FALSE(b.trajectory.youth.satisfaction.has_value());

    EXPECT_EQ(rows[2].trajectory.reason, EndReason::kByClient);
    EXPECT_TRUE(rows[2].trajectory.provider.empty());
    EXPECT_EQ(rows[3].bsn, "010000008");
    EXPECT_EQ(rows[3].trajectory.sex, "9");
    EXPECT_TRUE(rows[3].trajectory.referrer.empty());
    EXPECT_EQ(rows[4].trajectory.referrer, "08");
    EXPECT_EQ(rows[4].trajectory.municipality, "GM0363");
    EXPECT_EQ(rows[4].trajectory.reason, EndReason::kExternal);
    EXPECT_EQ(rows[4].at.line, 6u);
}

TEST(TrajectoryCsvTest, CommaDelimiterQuotesAndAnyColumnOrder) {
    auto read = ReadText(
        "Datum_Aanvang, BSN ,Hulpvorm,Gemeentecode,Geslacht,Geboortedatum,Naam,Reden beëindiging,Datum-Einde\r\n"
        "2024-01-01,999900006,\"04\",GM0363,V,20100214,\"Wit, Tom de\",,\r\n");
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0].trajectory.help_form, "04");
    EXPECT_EQ(read.rows[0].trajectory.sex, "2");
    EXPECT_EQ(read.rows[0].trajectory.start_day, D("2024-01-01"));
}

TEST(TrajectoryCsvTest, NormalisesShortCodes) {
    // Spreadsheets drop leading zeros: 1 -> 01, 363 -> GM0363; M/V/O are the protocol's letters.
    auto read = ReadText(
        "bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;reden_beeindiging;"
        "zonder_hulp_jeugdige\n"
        "999900006;2010-02-00;m;363;1;2;2024-01-01;2024-02-01;2;1\n"
        "111222333;20100000;O;gm0034;8;14;2024-01-01;;;\n");
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 2u);
    const auto& t = read.rows[0].trajectory;
    EXPECT_EQ(t.birth_year, 2010);
    EXPECT_EQ(t.sex, "1");
    EXPECT_EQ(t.municipality, "GM0363");
    EXPECT_EQ(t.referrer, "01");
    EXPECT_EQ(t.help_form, "02");
    EXPECT_EQ(t.reason, EndReason::kByAgreement);
    EXPECT_EQ(t.youth.without_help, 1);
    EXPECT_EQ(read.rows[1].trajectory.sex, "0");
    EXPECT_EQ(read.rows[1].trajectory.municipality, "GM0034");
    EXPECT_EQ(read.rows[1].trajectory.referrer, "08");
}

TEST(TrajectoryCsvTest, IgnoresNamesAddressesAndUnknownColumns) {
    auto read = ReadText(
        "naam;bsn;voornamen;adres;huisnummer;woonplaats;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvang;"
        "dossiernummer;gestart_met_crisis;postcode\n"
        "Wit;999900006;Tom;Dorpsstraat;1;Almere;2010-02-14;1;GM0034;02;2024-01-01;D-77;02;1315AB\n");
    ASSERT_FALSE(read.error) << read.error->message;
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0].trajectory.municipality, "GM0034");
}

TEST(TrajectoryCsvTest, HeaderErrors) {
    auto missing = ReadText("bsn;geboortedatum;geslacht;gemeentecode;datum_aanvang\n");
    ASSERT_TRUE(missing.error);
    EXPECT_EQ(missing.error->field, "t.csv:1:0");
    EXPECT_NE(missing.error->message.find("hulpvorm"), std::string::npos);

    auto postcode_only = ReadText("bsn;geboortedatum;geslacht;postcode;hulpvorm;datum_aanvang\n");
    ASSERT_TRUE(postcode_only.error);
    EXPECT_EQ(postcode_only.error->field, "t.csv:1:0");
    EXPECT_NE(postcode_only.error->message.find("gemeentecode"), std::string::npos);
    EXPECT_NE(postcode_only.error->message.find("postcode"), std::string::npos);

    auto twice = ReadText(kHeader.substr(0, kHeader.size() - 1) + ";BSN\n");
    ASSERT_TRUE(twice.error);
    EXPECT_EQ(twice.error->field, "t.csv:1:9");

    auto misspelt = ReadText("bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvang;datum_eind\n");
    ASSERT_TRUE(misspelt.error);
    EXPECT_EQ(misspelt.error->field, "t.csv:1:7");
    EXPECT_NE(misspelt.error->message.find("datum_einde"), std::string::npos);

    for (const char* near_miss : {"hulpvrom", "tevredenheid_ouders", "zonderhulp_jeugdige", "reden_beindiging"}) {
        auto near = ReadText(kHeader.substr(0, kHeader.size() - 1) + ";" + near_miss + "\n");
        ASSERT_TRUE(near.error) << near_miss;
        EXPECT_EQ(near.error->field, "t.csv:1:9") << near_miss;
    }
    // Further off is just another column: "datum_aanvraag" (date of application) is two edits away.
    EXPECT_FALSE(ReadText(kHeader.substr(0, kHeader.size() - 1) + ";datum_aanvraag;hulp\n").error);

    auto no_header = ReadText("999900006;2010-02-14;1;GM0363;02;2024-01-01;;\n");
    ASSERT_TRUE(no_header.error);
    EXPECT_EQ(no_header.error->field, "t.csv:1:0");
    EXPECT_EQ(no_header.error->message.find("999900006"), std::string::npos);
    EXPECT_NE(no_header.error->message.find("kolomnamen"), std::string::npos);

    auto empty = ReadText("");
    ASSERT_TRUE(empty.error);
    EXPECT_EQ(empty.error->field, "t.csv:0:0");
    EXPECT_TRUE(ReadText("\xEF\xBB\xBF").error);
    EXPECT_TRUE(ReadText("\n\n\n").error);

    auto header_only = ReadText(kHeader);
    EXPECT_FALSE(header_only.error);
    EXPECT_TRUE(header_only.rows.empty());
}

TEST(TrajectoryCsvTest, BsnRules) {
    auto e = ExpectError("999900007;2010-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:1", "999900007");
    EXPECT_NE(e.message.find("elfproef"), std::string::npos);
    ExpectError("99990000;2010-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:1", "99990000");
    ExpectError("99990000a;2010-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:1", "99990000");
    ExpectError("000000000;2010-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:1", "000000000");
    ExpectError(";2010-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:1");
    e = ExpectError("999999999;2010-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:1", "x");
    EXPECT_NE(e.message.find("onbekend"), std::string::npos);
    // Surrounding blanks are fine.
    auto read = ReadText(kHeader + " 999900006 ;2010-02-14;1;GM0363;02;2024-01-01;;\n");
    ASSERT_FALSE(read.error);
    EXPECT_EQ(read.rows[0].bsn, "999900006");
}

TEST(TrajectoryCsvTest, EachRuleNamesLineAndColumn) {
    ExpectError("999900006;2010-02-30;1;GM0363;02;2024-01-01;;", "t.csv:2:2");
    ExpectError("999900006;14-02-2010;1;GM0363;02;2024-01-01;;", "t.csv:2:2");
    ExpectError("999900006;;1;GM0363;02;2024-01-01;;", "t.csv:2:2");
    ExpectError("999900006;2025-02-14;1;GM0363;02;2024-01-01;;", "t.csv:2:2");  // born after the start
    ExpectError("999900006;2010-02-14;3;GM0363;02;2024-01-01;;", "t.csv:2:3");
    ExpectError("999900006;2010-02-14;man;GM0363;02;2024-01-01;;", "t.csv:2:3");
    ExpectError("999900006;2010-02-14;1;WK036300;02;2024-01-01;;", "t.csv:2:4");
    ExpectError("999900006;2010-02-14;1;GM036;02;2024-01-01;;", "t.csv:2:4");
    ExpectError("999900006;2010-02-14;1;03630;02;2024-01-01;;", "t.csv:2:4");
    ExpectError("999900006;2010-02-14;1;;02;2024-01-01;;", "t.csv:2:4");
    ExpectError("999900006;2010-02-14;1;GM0363;05;2024-01-01;;", "t.csv:2:5");
    ExpectError("999900006;2010-02-14;1;GM0363;00;2024-01-01;;", "t.csv:2:5");
    ExpectError("999900006;2010-02-14;1;GM0363;;2024-01-01;;", "t.csv:2:5");
    ExpectError("999900006;2010-02-14;1;GM0363;02;2024-02-30;;", "t.csv:2:6");
    ExpectError("999900006;2010-02-14;1;GM0363;02;;;", "t.csv:2:6");
    ExpectError("999900006;2010-02-14;1;GM0363;02;2024-01-01;2023-12-31;01", "t.csv:2:7");
    ExpectError("999900006;2010-02-14;1;GM0363;02;2024-01-01;2024-13-01;01", "t.csv:2:7");
    ExpectError("999900006;2010-02-14;1;GM0363;02;2024-01-01;2024-02-01;", "t.csv:2:8");
    ExpectError("999900006;2010-02-14;1;GM0363;02;2024-01-01;2024-02-01;06", "t.csv:2:8");
    ExpectError("999900006;2010-02-14;1;GM0363;02;2024-01-01;;01", "t.csv:2:8");
    // A later line: the position follows.
    auto read = ReadText(kHeader + "999900006;2010-02-14;1;GM0363;02;2024-01-01;;\n\n" +
                         "111222333;2010-02-14;1;GM0363;02;2024-01-01;;x\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->field, "t.csv:4:8");
    EXPECT_EQ(read.error->message.find("111222333"), std::string::npos);
    EXPECT_EQ(read.rows.size(), 1u);  // rows before the error were handed over
}

TEST(TrajectoryCsvTest, OptionalColumns) {
    const std::string header =
        "bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvang;verwijzer;tevredenheid_jeugdige;"
        "tevredenheid_ouder;zonder_hulp_jeugdige;zonder_hulp_ouder;agb_aanbieder;postcode\n";
    const std::string start = "999900006;2010-02-14;1;GM0363;02;2024-01-01;";
    auto ok = ReadText(header + start + "06;1;10;02;03;01234567;1011AB\n");
    ASSERT_FALSE(ok.error) << ok.error->message;
    EXPECT_EQ(ok.rows[0].trajectory.referrer, "06");
    EXPECT_EQ(ok.rows[0].trajectory.youth.satisfaction, 1);
    EXPECT_EQ(ok.rows[0].trajectory.parent.satisfaction, 10);
    EXPECT_EQ(ok.rows[0].trajectory.youth.without_help, 2);
    EXPECT_EQ(ok.rows[0].trajectory.parent.without_help, 3);
    EXPECT_EQ(ok.rows[0].trajectory.provider, "01234567");

    auto error_at = [&](const std::string& rest) {
        auto read = ReadText(header + start + rest + "\n");
        return read.error ? read.error->field : std::string("no error");
    };
    EXPECT_EQ(error_at("07;;;;;;"), "t.csv:2:7");
    EXPECT_EQ(error_at("00;;;;;;"), "t.csv:2:7");
    EXPECT_EQ(error_at("huisarts;;;;;;"), "t.csv:2:7");
    EXPECT_EQ(error_at(";0;;;;;"), "t.csv:2:8");
    EXPECT_EQ(error_at(";11;;;;;"), "t.csv:2:8");
    EXPECT_EQ(error_at(";7.5;;;;;"), "t.csv:2:8");
    EXPECT_EQ(error_at(";;goed;;;;"), "t.csv:2:9");
    EXPECT_EQ(error_at(";;;05;;;"), "t.csv:2:10");
    EXPECT_EQ(error_at(";;;;0;;"), "t.csv:2:11");
    EXPECT_EQ(error_at(";;;;;6565605;"), "t.csv:2:12");
    EXPECT_EQ(error_at(";;;;;656560555;"), "t.csv:2:12");
    EXPECT_EQ(error_at(";;;;;;1011AB"), "no error");  // a postcode is accepted and dropped
}

TEST(TrajectoryCsvTest, PostcodeWithoutMunicipalityInARow) {
    auto read = ReadText(
        "bsn;geboortedatum;geslacht;gemeentecode;postcode;hulpvorm;datum_aanvang\n"
        "999900006;2010-02-14;1;;1011AB;02;2024-01-01\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->field, "t.csv:2:4");
    EXPECT_NE(read.error->message.find("postcode"), std::string::npos);
    EXPECT_EQ(read.error->message.find("1011AB"), std::string::npos);
}

TEST(TrajectoryCsvTest, NeverRepeatsABsnOrBirthDate) {
    // A shifted row puts the BSN into other columns; messages still never show it.
    for (const std::string row :
         {"2010-02-14;999900006;1;GM0363;02;2024-01-01;;", "999900006;2010-02-14;999900006;GM0363;02;2024-01-01;;",
          "999900006;2010-02-14;1;999900006;02;2024-01-01;;", "999900006;2010-02-14;1;GM0363;999900006;2024-01-01;;",
          "999900006;2010-02-14;1;GM0363;02;999900006;;", "999900006;2010-02-14;1;GM0363;02;2024-01-01;999900006;01",
          "999900006;2010-02-14;1;GM0363;02;2024-01-01;2024-02-01;999900006",
          "999900006;2010-0214;1;GM0363;02;2024-01-01;;"}) {
        auto read = ReadText(kHeader + row + "\n");
        ASSERT_TRUE(read.error) << row;
        EXPECT_EQ(read.error->message.find("999900006"), std::string::npos) << read.error->message;
        EXPECT_EQ(read.error->message.find("2010"), std::string::npos) << read.error->message;
    }
    auto unknown = ReadText("bsn;999900006;bsm\n");
    ASSERT_TRUE(unknown.error);
    EXPECT_EQ(unknown.error->message.find("999900006"), std::string::npos);
}

TEST(TrajectoryCsvTest, FieldCountAndBlankRows) {
    auto too_few = ReadText(kHeader + "999900006;2010-02-14;1;GM0363;02;2024-01-01\n");
    ASSERT_TRUE(too_few.error);
    EXPECT_EQ(too_few.error->field, "t.csv:2:7");
    auto too_many = ReadText(kHeader + "999900006;2010-02-14;1;GM0363;02;2024-01-01;;;x\n");
    ASSERT_TRUE(too_many.error);
    EXPECT_EQ(too_many.error->field, "t.csv:2:9");
    auto trailing_blank = ReadText(kHeader + "999900006;2010-02-14;1;GM0363;02;2024-01-01;;; \n;;;;;;;\n ; ;;\n");
    ASSERT_FALSE(trailing_blank.error) << trailing_blank.error->message;
    EXPECT_EQ(trailing_blank.rows.size(), 1u);
    auto quote = ReadText(kHeader + "\"999900006;2010-02-14;1;GM0363;02;2024-01-01;;\n");
    ASSERT_TRUE(quote.error);
    EXPECT_EQ(quote.error->message.find("999900006"), std::string::npos);
}

TEST(TrajectoryCsvTest, HandlerErrorStopsTheReader) {
    std::istringstream in(kHeader + "999900006;2010-02-14;1;GM0363;02;2024-01-01;;\n" +
                          "111222333;2010-02-14;1;GM0363;02;2024-01-01;;\n");
    int calls = 0;
    auto result = ReadTrajectoryCsv(in, "t.csv", [&](DeliveredTrajectory&&) -> Result<void> {
        ++calls;
        return Fail(ErrorCode::kConflict, "stop");
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kConflict);
    EXPECT_EQ(calls, 1);
}

using testing::CountingProgress;

TEST(TrajectoryCsvTest, ReportsProgress) {
    std::string text = kHeader;
    for (int i = 0; i < 30000; ++i) text += "999900006;2010-02-14;1;GM0363;02;2024-01-01;;\n";
    CountingProgress progress;
    auto read = ReadText(text, &progress);
    ASSERT_FALSE(read.error);
    EXPECT_EQ(read.rows.size(), 30000u);
    EXPECT_GE(progress.calls, 1);
    EXPECT_EQ(progress.last_done, text.size());
    EXPECT_EQ(progress.last_total, text.size());
}

TEST(TrajectoryCsvTest, SurvivesGarbage) {
    EXPECT_TRUE(ReadText(std::string("\0\0\0\xff\xfe\x01", 6)).error);
    EXPECT_TRUE(ReadText(kHeader + std::string(9u << 20, 'x') + "\n").error);  // an overlong line
    EXPECT_TRUE(ReadText(kHeader + std::string("999900006;\xff\xfe;1;GM0363;02;2024-01-01;;\n")).error);
    std::mt19937 random(1234);
    const std::string good = kHeader + "999900006;2010-02-14;1;GM0363;02;2024-01-01;2024-03-01;01\n";
    for (int round = 0; round < 500; ++round) {
        std::string text = good;
        const int changes = 1 + static_cast<int>(random() % 8);
        for (int i = 0; i < changes; ++i) {
            text[random() % text.size()] = static_cast<char>(random() % 256);
        }
        auto read = ReadText(text);
        if (read.error) {
            EXPECT_EQ(read.error->message.find("999900006"), std::string::npos) << read.error->message;
        }
        for (int i = 0; i < 3; ++i) text.insert(random() % text.size(), 1, "\";\n\r,"[random() % 5]);
        read = ReadText(text);  // must not crash
    }
}

TEST(TrajectoryFieldsTest, BsnProblemNeverRepeatsTheNumber) {
    for (const char* bsn : {"999900007", "12345678", "1234567890", "99990000a", "999999999", "000000000", ""}) {
        const auto problem = BsnProblem(bsn);
        ASSERT_TRUE(problem.has_value()) << bsn;
        if (*bsn != '\0' && std::string_view(bsn) != "999999999") {
            EXPECT_EQ(problem->find(bsn), std::string::npos) << *problem;
        }
    }
    EXPECT_FALSE(BsnProblem("999900006").has_value());
}

}  // namespace
}  // namespace kompas
