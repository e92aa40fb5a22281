// Tests of the trajectory table: dictionary encoding, the indexes Finish() derives and HasStartIn.
#include "engine/trajectory_table.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "core/trajectory.hpp"

namespace kompas::engine {
namespace {

TEST(DictionaryTest, InternsInOrderOfFirstAppearance) {
    Dictionary d;
    EXPECT_EQ(d.Intern("GM0363"), 0u);
    EXPECT_EQ(d.Intern("GM0034"), 1u);
    EXPECT_EQ(d.Intern("GM0363"), 0u);
    EXPECT_EQ(d.Intern(""), 2u);
    EXPECT_EQ(d.size(), 3u);
    EXPECT_EQ(d.Name(1), "GM0034");
    EXPECT_EQ(d.names(), (std::vector<std::string>{"GM0363", "GM0034", ""}));
    EXPECT_EQ(d.Find("GM0034"), 1u);
    EXPECT_EQ(d.Find(""), 2u);
    EXPECT_FALSE(d.Find("GM0035").has_value());
    EXPECT_FALSE(d.Find("GM036").has_value());
}

// Appends one trajectory with the columns the indexes use.
void Add(TrajectoryTable& t, std::uint32_t client, std::uint32_t municipality, std::int32_t start) {
    t.client.push_back(client);
    t.municipality.push_back(municipality);
    t.provider.push_back(0);
    t.help_form.push_back(0);
    t.start_day.push_back(start);
    t.end_day.push_back(kNoDay);
    t.reason.push_back(0);
    t.without_help_youth.push_back(0);
    t.satisfaction_youth.push_back(0);
}

TrajectoryTable Sample() {
    TrajectoryTable t;
    t.municipalities.Intern("GM0001");
    t.municipalities.Intern("GM0002");
    t.municipalities.Intern("GM0003");  // no rows
    Add(t, 2, 1, 300);
    Add(t, 0, 0, 100);
    Add(t, 2, 0, 50);  // out of start order: Finish sorts each client's starts
    Add(t, 0, 1, 100);
    Add(t, 2, 1, 200);
    t.client_count = 4;  // client 3 has no trajectories, client 1 neither
    t.Finish();
    return t;
}

TEST(TrajectoryTableTest, FinishIndexesStartsPerClient) {
    const TrajectoryTable t = Sample();
    EXPECT_EQ(t.size(), 5u);
    EXPECT_EQ(t.client_count, 4u);
    EXPECT_EQ(t.client_offsets, (std::vector<std::uint32_t>{0, 2, 2, 5, 5}));
    EXPECT_EQ(t.client_starts, (std::vector<std::int32_t>{100, 100, 50, 200, 300}));
}

TEST(TrajectoryTableTest, FinishIndexesRowsPerMunicipality) {
    const TrajectoryTable t = Sample();
    EXPECT_EQ(t.municipality_offsets, (std::vector<std::uint32_t>{0, 2, 5, 5}));
    EXPECT_EQ(t.municipality_rows, (std::vector<std::uint32_t>{1, 2, 0, 3, 4}));
}

TEST(TrajectoryTableTest, FinishCoversClientIdsBeyondTheCount) {
    TrajectoryTable t;
    t.municipalities.Intern("GM0001");
    Add(t, 0, 0, 10);
    Add(t, 5, 0, 20);
    t.Finish();  // client_count left at 0
    EXPECT_EQ(t.client_count, 6u);
    ASSERT_EQ(t.client_offsets.size(), 7u);
    EXPECT_TRUE(t.HasStartIn(5, 19, 20));
}

TEST(TrajectoryTableTest, HasStartInIsExclusiveBeforeAndInclusiveAfter) {
    const TrajectoryTable t = Sample();
    // Client 2 starts on 50, 200 and 300.
    EXPECT_TRUE(t.HasStartIn(2, 49, 50));
    EXPECT_FALSE(t.HasStartIn(2, 50, 199));  // a start on `after` itself does not count
    EXPECT_TRUE(t.HasStartIn(2, 50, 200));   // a start on `until` does
    EXPECT_TRUE(t.HasStartIn(2, 199, 1000));
    EXPECT_FALSE(t.HasStartIn(2, 300, 1000));
    EXPECT_FALSE(t.HasStartIn(2, 201, 299));
    EXPECT_TRUE(t.HasStartIn(0, 0, 100));  // two starts on the same day
    EXPECT_FALSE(t.HasStartIn(1, kNoDay, 1000));
    EXPECT_FALSE(t.HasStartIn(3, kNoDay, 1000));
}

TEST(TrajectoryTableTest, FinishMarksEndsWithoutANewStartWithinAYear) {
    TrajectoryTable t;
    t.municipalities.Intern("GM0001");
    const Day end = DayFromCivil(2024, 3, 31);
    Add(t, 0, 0, DayFromCivil(2024, 1, 1));
    t.end_day.back() = end;                   // client 0 starts again on 2025-03-31: within the year
    Add(t, 0, 0, DayFromCivil(2025, 3, 31));  // ongoing: no end, so 0
    Add(t, 1, 0, DayFromCivil(2024, 1, 1));
    t.end_day.back() = end;  // client 1 starts again on 2025-04-01: a day too late
    Add(t, 1, 0, DayFromCivil(2025, 4, 1));
    Add(t, 2, 0, DayFromCivil(2024, 1, 1));
    t.end_day.back() = end;  // client 2 starts again on the end day itself: a transfer, not a re-entry
    Add(t, 2, 0, end);
    t.Finish();
    EXPECT_EQ(t.no_reentry, (std::vector<std::uint8_t>{0, 0, 1, 0, 1, 0}));
}

TEST(TrajectoryTableTest, ClearEmptiesEverything) {
    TrajectoryTable t = Sample();
    t.Clear();
    EXPECT_EQ(t.size(), 0u);
    EXPECT_EQ(t.client_count, 0u);
    EXPECT_EQ(t.municipalities.size(), 0u);
    EXPECT_TRUE(t.client_offsets.empty());
    EXPECT_TRUE(t.municipality_rows.empty());
    t.Finish();  // an empty table is fine
    EXPECT_EQ(t.client_offsets, std::vector<std::uint32_t>{0});
    EXPECT_EQ(t.municipality_offsets, std::vector<std::uint32_t>{0});
}

TEST(TrajectoryTableTest, ReserveKeepsTheTableEmpty) {
    TrajectoryTable t;
    t.Reserve(100);
    EXPECT_EQ(t.size(), 0u);
    EXPECT_GE(t.start_day.capacity(), 100u);
}

}  // namespace
}  // namespace kompas::engine
