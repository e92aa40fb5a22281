// The external sort of a large trajectory import (store/trajectory_runs): sorted runs spilled to a
// temporary file come back merged in key order, every field intact, and records of one key in the
// order of their runs.
#include "store/trajectory_runs.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace kompas::testing {
namespace {

PendingTrajectory Make(int client, int start, int birth_year, TrajectoryChange change = TrajectoryChange::kWhole) {
    PendingTrajectory row;
    row.t.provider = client % 2 == 0 ? "11111111" : "22222222";
    row.t.client = fmt::format("{:064x}", client);
    row.t.help_form = "0" + std::to_string(1 + client % 4);
    row.t.start_day = start;
    row.t.municipality = "GM0363";
    row.t.birth_year = birth_year;
    row.t.sex = "2";
    row.t.referrer = client % 3 == 0 ? "" : "04";
    row.change = change;
    return row;
}

// Spills `rows` as one run, sorted stably by key.
void SpillSorted(TrajectoryRuns& runs, const std::vector<PendingTrajectory>& rows) {
    std::vector<std::uint32_t> order(rows.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return TrajectoryKeyLess(rows[a].t, rows[b].t); });
    ASSERT_TRUE(runs.Spill(rows, order).has_value());
}

std::vector<PendingTrajectory> MergeAll(TrajectoryRuns& runs) {
    std::vector<PendingTrajectory> merged;
    auto done = runs.Merge([&merged](PendingTrajectory&& row) -> Result<void> {
        merged.push_back(std::move(row));
        return {};
    });
    EXPECT_TRUE(done.has_value()) << done.error().message;
    return merged;
}

TEST(TrajectoryRunsTest, EveryFieldComesBackUnchanged) {
    auto runs = TrajectoryRuns::Create();
    ASSERT_TRUE(runs.has_value()) << runs.error().message;
    PendingTrajectory full = Make(7, 19000, 2011, TrajectoryChange::kStop);
    full.t.end_day = 19400;
    full.t.reason = EndReason::kByClient;
    full.t.youth = {9, 3};
    full.t.parent = {std::nullopt, 1};
    full.t.referrer = "a\tb\\c";
    const PendingTrajectory bare = Make(8, -5, 1999);
    SpillSorted(*runs, {full, bare});
    const auto merged = MergeAll(*runs);
    ASSERT_EQ(merged.size(), 2u);
    // Provider 11111111 (even clients) sorts before 22222222.
    EXPECT_EQ(merged[0].t, bare.t);
    EXPECT_EQ(merged[0].change, TrajectoryChange::kWhole);
    EXPECT_EQ(merged[1].t, full.t);
    EXPECT_EQ(merged[1].change, TrajectoryChange::kStop);
}

TEST(TrajectoryRunsTest, RunsMergeInKeyOrderWithEarlierRunsFirstForOneKey) {
    auto runs = TrajectoryRuns::Create();
    ASSERT_TRUE(runs.has_value());
    // Three runs over overlapping keys; the birth year tells which run a record came from.
    for (int run = 0; run < 3; ++run) {
        std::vector<PendingTrajectory> rows;
        for (int i = 0; i < 5000; ++i) rows.push_back(Make((i * 7919 + run * 13) % 6000, 19000 + i % 2, 2000 + run));
        SpillSorted(*runs, rows);
    }
    const auto merged = MergeAll(*runs);
    ASSERT_EQ(merged.size(), 15000u);
    for (std::size_t i = 1; i < merged.size(); ++i) {
        ASSERT_FALSE(TrajectoryKeyLess(merged[i].t, merged[i - 1].t)) << "out of order at " << i;
        if (SameTrajectoryKey(merged[i].t, merged[i - 1].t)) {
            ASSERT_GE(merged[i].t.birth_year, merged[i - 1].t.birth_year) << "runs out of order at " << i;
        }
    }
}

// KeyOrder sorts on numeric prefixes of provider and client first. Keys that agree in those
// prefixes, providers longer than eight bytes, a NUL byte and bytes above 0x7f must still come out
// exactly as the stable sort on the full key puts them.
TEST(TrajectoryRunsTest, KeyOrderIsTheStableOrderOfTheFullKey) {
    const std::vector<std::string> providers = {
        "11111111", "1111111", "111111111", "11111111a", std::string("11\0", 3), "11", "\xff\x01", "\x01\xff", ""};
    const std::vector<std::string> clients = {"abcdefgh0", "abcdefgh1", "abcdefgh", "abcdefg", std::string("ab\0c", 4),
                                              "ab",        "\xe9t\xe9", "zz"};
    std::vector<PendingTrajectory> rows;
    for (int i = 0; i < 3000; ++i) {
        PendingTrajectory row = Make(i, 19000 + (i * 31) % 3, 1990 + i % 20);
        row.t.provider = providers[static_cast<std::size_t>(i * 7) % providers.size()];
        row.t.client = clients[static_cast<std::size_t>(i * 13) % clients.size()];
        row.t.help_form = i % 5 == 0 ? "01" : "02";
        rows.push_back(row);
    }
    std::vector<std::uint32_t> expected(rows.size());
    std::iota(expected.begin(), expected.end(), 0u);
    std::stable_sort(expected.begin(), expected.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return TrajectoryKeyLess(rows[a].t, rows[b].t); });
    EXPECT_EQ(KeyOrder(rows), expected);
}

TEST(TrajectoryRunsTest, NoRunsMergeToNothing) {
    auto runs = TrajectoryRuns::Create();
    ASSERT_TRUE(runs.has_value());
    EXPECT_TRUE(runs->empty());
    EXPECT_TRUE(MergeAll(*runs).empty());
}

}  // namespace
}  // namespace kompas::testing
