// Tests of the workload CSV loader and queries Q1-Q4 on a small hand-made file with known answers,
// the loader's errors, and that splitting the file over threads changes nothing.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "outcome/workload_csv.hpp"
#include "outcome/workload_queries.hpp"
#include "tests/engine/same_table.hpp"

namespace kompas::bench {

using engine::kNoDay;
using engine::TrajectoryTable;

namespace {

constexpr std::string_view kHeader =
    "trajectory_id,client,gemeente,provider,category,start_date,end_date,end_reason,goal,satisfaction,birth_year,sex\n";

struct Row {
    Row(int c, std::string g, std::string p, std::string k, std::string s, std::string e = "", std::string r = "",
        std::string o = "", std::string f = "")
        : client(c), gemeente(g), provider(p), category(k), start(s), end(e), reason(r), goal(o), satisfaction(f) {}
    int client;
    std::string gemeente, provider, category, start, end, reason, goal, satisfaction;
};

std::string Csv(const std::vector<Row>& rows) {
    std::string out(kHeader);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        out += fmt::format("{},{:016x},{},{},{},{},{},{},{},{},2010,F\n", i + 1, 0xab00 + r.client, r.gemeente,
                           r.provider, r.category, r.start, r.end, r.reason, r.goal, r.satisfaction);
    }
    return out;
}

// Group C first, so that GM0002 is seen before GM0001 (results are ordered by name, not by id).
std::vector<Row> SampleRows() {
    std::vector<Row> rows;
    // C: GM0002 x 2021 x CAT_A, 10 ended, all MOVED, no goal, no satisfaction.
    for (int i = 0; i < 10; ++i)
        rows.push_back({100 + i, "GM0002", "P1", "CAT_A", "2020-05-01", "2021-02-01", "MOVED"});
    // A: GM0001 x 2020 x CAT_A, 10 ended: PLAN 6, MOVED 2, CLIENT_STOP 1, OTHER 1; goals FULL 4,
    // PARTIAL 2, NONE 1, empty 3; satisfaction 8, 7, 10 and 7 empty. Plus one ongoing.
    const char* reasons[] = {"PLAN", "PLAN", "PLAN", "PLAN", "PLAN", "PLAN", "MOVED", "MOVED", "CLIENT_STOP", "OTHER"};
    const char* goals[] = {"FULL", "FULL", "PARTIAL", "", "FULL", "NONE", "FULL", "", "PARTIAL", ""};
    const char* satisfaction[] = {"8", "", "", "7", "", "", "10", "", "", ""};
    for (int i = 0; i < 10; ++i) {
        rows.push_back(
            {200 + i, "GM0001", "P1", "CAT_A", "2019-06-01", "2020-03-01", reasons[i], goals[i], satisfaction[i]});
    }
    rows.push_back({210, "GM0001", "P1", "CAT_A", "2020-01-01"});
    // B: GM0001 x 2020 x CAT_B, 9 ended: suppressed.
    for (int i = 0; i < 9; ++i) {
        rows.push_back({300 + i, "GM0001", "P2", "CAT_B", "2019-06-01", "2020-12-31", "PLAN", "FULL", "5"});
    }
    // Q3: GM0003 x 2022, 10 PLAN ends on 2022-01-10 by clients 400..409; what follows decides re-entry.
    for (int i = 0; i < 10; ++i) rows.push_back({400 + i, "GM0003", "P3", "CAT_A", "2021-03-01", "2022-01-10", "PLAN"});
    rows.push_back({400, "GM0003", "P3", "CAT_A", "2022-01-10"});  // on the end day: a transfer, no re-entry
    rows.push_back({401, "GM0003", "P3", "CAT_A", "2023-01-10"});  // end + 365: re-entry
    rows.push_back({402, "GM0003", "P3", "CAT_A", "2023-01-11"});  // end + 366: no re-entry
    rows.push_back({403, "GM0003", "P3", "CAT_A", "2021-06-01"});  // parallel, started before the end: no
    rows.push_back({404, "GM0009", "P9", "CAT_B", "2022-02-01"});  // elsewhere, other provider: re-entry
    // GM0003 x 2023: one PLAN end, suppressed.
    rows.push_back({410, "GM0003", "P3", "CAT_A", "2023-01-01", "2023-02-01", "PLAN"});
    return rows;
}

TrajectoryTable LoadSample(unsigned threads = 2) {
    auto table = ParseWorkloadCsv(Csv(SampleRows()), "sample.csv", threads);
    EXPECT_TRUE(table.has_value()) << (table ? "" : table.error().message);
    return table ? std::move(*table) : TrajectoryTable{};
}

TEST(WorkloadCsvTest, MapsTheColumns) {
    const TrajectoryTable t = LoadSample();
    ASSERT_EQ(t.size(), 46u);
    EXPECT_EQ(t.municipalities.names(), (std::vector<std::string>{"GM0002", "GM0001", "GM0003", "GM0009"}));
    EXPECT_EQ(t.providers.names(), (std::vector<std::string>{"P1", "P2", "P3", "P9"}));
    EXPECT_EQ(t.help_forms.names(), (std::vector<std::string>{"CAT_A", "CAT_B"}));
    EXPECT_EQ(t.client_count, 41u);  // 10 + 11 + 9 + 10 + 1; the follow-ups reuse clients 400..404
    EXPECT_EQ(t.client[0], 0u);
    EXPECT_EQ(t.client[10], 10u);
    EXPECT_EQ(t.client[40], 30u);  // client 400 again
    EXPECT_EQ(t.client[45], 40u);
    // Row 10 is the first of group A: PLAN, FULL, satisfaction 8, ended 2020-03-01 = day 18322.
    EXPECT_EQ(t.municipality[10], 1u);
    EXPECT_EQ(t.end_day[10], 18322);
    EXPECT_EQ(t.start_day[10], 18322 - 274);
    EXPECT_EQ(t.reason[10], kReasonPlan);
    EXPECT_EQ(t.without_help_youth[10], kGoalFull);
    EXPECT_EQ(t.satisfaction_youth[10], 8);
    EXPECT_EQ(t.reason[0], kReasonMoved);
    EXPECT_EQ(t.without_help_youth[0], 0);
    EXPECT_EQ(t.satisfaction_youth[0], 0);
    EXPECT_EQ(t.end_day[20], kNoDay);  // the ongoing one
    EXPECT_EQ(t.reason[20], 0);
    EXPECT_TRUE(t.without_help_parent.empty());
    EXPECT_TRUE(t.satisfaction_parent.empty());
    EXPECT_EQ(t.client_starts.size(), t.size());
}

TEST(WorkloadQueryTest, Q1SuppressesSmallGroupsAndHandlesNulls) {
    const TrajectoryTable t = LoadSample();
    const auto rows = OutcomesByMunicipality(t);
    EXPECT_EQ(MunicipalityOutcomesCsv(t, rows),
              "gemeente,end_year,category,n_ended,pct_plan,pct_goal_full,mean_satisfaction,n_satisfaction\n"
              "GM0001,2020,CAT_A,10,75,57.142857142857146,8.333333333333334,3\n"
              "GM0001,2020,CAT_B,,,,,\n"
              "GM0002,2021,CAT_A,10,,,,0\n"
              "GM0003,2022,CAT_A,10,100,,,0\n"
              "GM0003,2023,CAT_A,,,,,\n");
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[0].figures.n_ended, 10);
    EXPECT_DOUBLE_EQ(*rows[0].figures.pct_plan, 100.0 * 6 / 8);  // MOVED is not in the denominator
    EXPECT_FALSE(rows[1].figures.n_ended.has_value());           // 9 ended: everything suppressed
    EXPECT_FALSE(rows[1].figures.n_satisfaction.has_value());
    EXPECT_EQ(t.help_forms.Name(rows[1].category), "CAT_B");
}

TEST(WorkloadQueryTest, Q2GroupsByProviderAndYear) {
    const TrajectoryTable t = LoadSample();
    EXPECT_EQ(ProviderOutcomesCsv(t, OutcomesByProvider(t)),
              "provider,end_year,n_ended,pct_plan,pct_goal_full,mean_satisfaction,n_satisfaction\n"
              "P1,2020,10,75,57.142857142857146,8.333333333333334,3\n"
              "P1,2021,10,,,,0\n"
              "P2,2020,,,,,\n"
              "P3,2022,10,100,,,0\n"
              "P3,2023,,,,,\n");
}

TEST(WorkloadQueryTest, Q3CountsReentryWithinTheWindow) {
    const TrajectoryTable t = LoadSample();
    const auto rows = ReentryByMunicipality(t);
    // GM0002 has no PLAN ends, so no row; GM0003 x 2022: clients 401 and 404 re-enter.
    EXPECT_EQ(ReentryCsv(t, rows),
              "gemeente,end_year,n_plan_ended,n_reentry,pct_reentry\n"
              "GM0001,2020,15,0,0\n"
              "GM0003,2022,10,2,20\n"
              "GM0003,2023,,,\n");
}

TEST(WorkloadQueryTest, Q4IsQ1ForOneMunicipality) {
    const TrajectoryTable t = LoadSample();
    const auto q1 = OutcomesByMunicipality(t);
    for (const std::string code : {"GM0001", "GM0002", "GM0003", "GM0009"}) {
        std::vector<MunicipalityOutcomeRow> expected;
        for (const auto& row : q1) {
            if (t.municipalities.Name(row.municipality) == code) expected.push_back(row);
        }
        EXPECT_EQ(MunicipalityOutcomesCsv(t, OutcomesOfMunicipality(t, code)), MunicipalityOutcomesCsv(t, expected))
            << code;
    }
    EXPECT_TRUE(OutcomesOfMunicipality(t, "GM9999").empty());
}

TEST(WorkloadQueryTest, OneThreadGivesTheSameResults) {
    const TrajectoryTable t = LoadSample();
    EXPECT_EQ(MunicipalityOutcomesCsv(t, OutcomesByMunicipality(t, 1)),
              MunicipalityOutcomesCsv(t, OutcomesByMunicipality(t, 2)));
    EXPECT_EQ(ProviderOutcomesCsv(t, OutcomesByProvider(t, 1)), ProviderOutcomesCsv(t, OutcomesByProvider(t, 3)));
    EXPECT_EQ(ReentryCsv(t, ReentryByMunicipality(t, 1)), ReentryCsv(t, ReentryByMunicipality(t, 2)));
}

TEST(WorkloadQueryTest, EmptyTableGivesNoRows) {
    auto t = ParseWorkloadCsv(kHeader, "empty.csv");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->size(), 0u);
    EXPECT_TRUE(OutcomesByMunicipality(*t).empty());
    EXPECT_TRUE(OutcomesByProvider(*t).empty());
    EXPECT_TRUE(ReentryByMunicipality(*t).empty());
    EXPECT_TRUE(OutcomesOfMunicipality(*t, "GM0001").empty());
}

// --- Errors: never a crash, always the line.

Error ParseError(const std::string& text, unsigned threads = 2) {
    auto t = ParseWorkloadCsv(text, "bad.csv", threads);
    EXPECT_FALSE(t.has_value());
    return t ? Error{} : t.error();
}

std::string WithLine3(const std::string& line) {
    return std::string(kHeader) + "1,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,,,,,2010,F\n" + line + "\n";
}

TEST(WorkloadCsvTest, ReportsTheLineOfAnError) {
    struct Case {
        std::string line, field, rule;
    };
    const Case cases[] = {
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,,,,,2010", "bad.csv:3:0", "wrong number of fields"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,,,,,2010,F,x", "bad.csv:3:0", "wrong number of fields"},
        {"2", "bad.csv:3:0", "wrong number of fields"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-02-30,,,,,2010,F", "bad.csv:3:6", "invalid date"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,2020-1-05,PLAN,,,2010,F", "bad.csv:3:7", "invalid date"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,1899-12-31,,,,,2010,F", "bad.csv:3:6", "invalid date"},
        {"2,00000000000000a,GM0001,P1,CAT_A,2020-01-01,,,,,2010,F", "bad.csv:3:2", "invalid client"},
        {"2,00000000000000ag,GM0001,P1,CAT_A,2020-01-01,,,,,2010,F", "bad.csv:3:2", "invalid client"},
        {"2,00000000000000aa,,P1,CAT_A,2020-01-01,,,,,2010,F", "bad.csv:3:3", "missing code"},
        {"2,00000000000000aa,\"GM0001\",P1,CAT_A,2020-01-01,,,,,2010,F", "bad.csv:3:3", "quoted field"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,2020-02-01,DONE,,,2010,F", "bad.csv:3:8", "invalid end_reason"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,,PLAN,,,2010,F", "bad.csv:3:8", "invalid end_reason"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,2020-02-01,PLAN,ALL,,2010,F", "bad.csv:3:9", "invalid goal"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,2020-02-01,PLAN,,11,2010,F", "bad.csv:3:10",
         "invalid satisfaction"},
        {"2,00000000000000aa,GM0001,P1,CAT_A,2020-01-01,2020-02-01,PLAN,,0,2010,F", "bad.csv:3:10",
         "invalid satisfaction"},
    };
    for (const Case& c : cases) {
        for (const unsigned threads : {1u, 2u}) {
            const Error e = ParseError(WithLine3(c.line), threads);
            EXPECT_EQ(e.code, ErrorCode::kInvalidArgument) << c.line;
            EXPECT_EQ(e.field, c.field) << c.line;
            EXPECT_NE(e.message.find(c.rule), std::string::npos) << c.line << ": " << e.message;
        }
    }
}

TEST(WorkloadCsvTest, RejectsAWrongHeaderOrEmptyFile) {
    EXPECT_EQ(ParseError("").field, "bad.csv:1:0");
    EXPECT_EQ(ParseError("trajectory_id,client\n1,2\n").field, "bad.csv:1:0");
}

TEST(WorkloadCsvTest, ReportsTheFirstErrorAcrossChunks) {
    std::vector<Row> rows = SampleRows();
    rows[30].start = "2021-13-01";  // line 32, in the second half
    EXPECT_EQ(ParseError(Csv(rows), 1).field, "bad.csv:32:6");
    EXPECT_EQ(ParseError(Csv(rows), 2).field, "bad.csv:32:6");
    rows[3].end = "2021-02-29";  // line 5, in the first half
    EXPECT_EQ(ParseError(Csv(rows), 2).field, "bad.csv:5:7");
    EXPECT_EQ(ParseError(Csv(rows), 4).field, "bad.csv:5:7");
}

TEST(WorkloadCsvTest, NeverCrashesOnTruncatedInput) {
    const std::string text = Csv(SampleRows());
    for (std::size_t n = 0; n <= text.size(); n += 7) {
        for (const unsigned threads : {1u, 3u}) {
            const auto t = ParseWorkloadCsv(std::string_view(text).substr(0, n), "cut.csv", threads);
            if (t) {
                EXPECT_LE(t->size(), 46u);
            } else {
                EXPECT_NE(t.error().field.find("cut.csv:"), std::string::npos);
            }
        }
    }
}

TEST(WorkloadCsvTest, AcceptsCrlfBlankLinesAndNoFinalNewline) {
    std::string text = Csv(SampleRows());
    std::string crlf;
    for (const char ch : text) crlf += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
    crlf.insert(crlf.find("\r\n", 3000) + 2, "\r\n\n");  // blank lines in the middle
    crlf.resize(crlf.size() - 2);                        // no final line break
    for (const unsigned threads : {1u, 2u, 5u}) {
        auto t = ParseWorkloadCsv(crlf, "crlf.csv", threads);
        ASSERT_TRUE(t.has_value()) << t.error().message;
        EXPECT_EQ(t->size(), 46u);
        EXPECT_EQ(ReentryCsv(*t, ReentryByMunicipality(*t)), ReentryCsv(*t, ReentryByMunicipality(LoadSample())));
    }
}

// --- The split over threads.

std::string TempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() / fmt::format("kompas-{}-{}", getpid(), name)).string();
}

// A few thousand rows with repeated clients spread over the whole file.
std::string GeneratedCsv(int rows) {
    std::mt19937 rng(20240601);
    const char* reasons[] = {"PLAN", "PLAN", "PLAN", "CLIENT_STOP", "PROVIDER_STOP", "MOVED", "OTHER"};
    const char* goals[] = {"", "FULL", "PARTIAL", "NONE"};
    std::string out(kHeader);
    for (int i = 0; i < rows; ++i) {
        const int start = 16436 + i;  // from 2015-01-01 on, ascending like gen.py
        const bool ended = rng() % 8 != 0;
        const int end = start + 7 + static_cast<int>(rng() % 700);
        const auto date = [](int day) {
            const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(day))};
            return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                               static_cast<unsigned>(ymd.day()));
        };
        out += fmt::format("{},{:016x},GM{:04},P{:05},C{},{},{},{},{},{},2010,M\n", i + 1, 0x5eed0000 + rng() % 900,
                           rng() % 40, rng() % 120, rng() % 6, date(start), ended ? date(end) : "",
                           ended ? reasons[rng() % 7] : "", ended ? goals[rng() % 4] : "",
                           rng() % 2 ? std::to_string(1 + rng() % 10) : "");
    }
    return out;
}

TEST(WorkloadCsvTest, ThreadsSplitTheFileWithoutChangingTheResult) {
    const std::string text = GeneratedCsv(4000);
    const std::string path = TempPath("split.csv");
    std::ofstream(path, std::ios::binary) << text;
    auto one = ParseWorkloadCsv(text, "gen.csv", 1);
    ASSERT_TRUE(one.has_value()) << one.error().message;
    EXPECT_EQ(one->size(), 4000u);
    EXPECT_LE(one->client_count, 900u);
    EXPECT_GT(one->client_count, 800u);
    for (const unsigned threads : {2u, 3u, 8u}) {
        auto many = ParseWorkloadCsv(text, "gen.csv", threads);
        ASSERT_TRUE(many.has_value()) << many.error().message;
        ExpectSameTable(*one, *many);
    }
    auto mapped = LoadWorkloadCsv(path, 2);
    std::filesystem::remove(path);
    ASSERT_TRUE(mapped.has_value()) << mapped.error().message;
    ExpectSameTable(*one, *mapped);
    EXPECT_EQ(MunicipalityOutcomesCsv(*one, OutcomesByMunicipality(*one, 1)),
              MunicipalityOutcomesCsv(*mapped, OutcomesByMunicipality(*mapped, 2)));
    EXPECT_EQ(ReentryCsv(*one, ReentryByMunicipality(*one, 1)), ReentryCsv(*mapped, ReentryByMunicipality(*mapped)));
}

TEST(WorkloadCsvTest, LoadReportsAMissingFile) {
    const auto t = LoadWorkloadCsv(TempPath("does-not-exist.csv"));
    ASSERT_FALSE(t.has_value());
    EXPECT_EQ(t.error().code, ErrorCode::kNotFound);
}

TEST(WorkloadCsvTest, LoadReadsAnEmptyFileAsAWrongHeader) {
    const std::string path = TempPath("empty.csv");
    std::ofstream(path, std::ios::binary).flush();
    const auto t = LoadWorkloadCsv(path);
    std::filesystem::remove(path);
    ASSERT_FALSE(t.has_value());
    EXPECT_EQ(t.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kompas::bench
