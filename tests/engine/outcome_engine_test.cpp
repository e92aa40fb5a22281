// Tests of the product's table builder (engine/outcome_engine.hpp): rows read as views become
// columns, and each client's pseudonym one dense id, in the order of first appearance.
#include "engine/outcome_engine.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

namespace kompas::engine {
namespace {

TrajectoryRow Row(std::string_view client, Day start) {
    TrajectoryRow row;
    row.client = client;
    row.provider = "65656055";
    row.municipality = "GM0363";
    row.help_form = "02";
    row.start_day = start;
    return row;
}

TEST(ProductTableBuilderTest, GivesEachClientOneDenseIdAcrossGrowth) {
    // 100,000 clients (spread over the buckets of the sort), each seen twice, the second time after
    // all others; half with pseudonyms of 64 hex characters, half with other text.
    std::vector<std::string> clients;
    for (int i = 0; i < 100000; ++i) {
        const auto n = static_cast<std::uint64_t>(i + 1);
        clients.push_back(i % 2 == 0 ? fmt::format("{:016x}{:016x}{:016x}{:016x}", n * 0x9e3779b97f4a7c15ULL,
                                                   n * 0xc2b2ae3d27d4eb4fULL, n, ~n)
                                     : fmt::format("client-{}", i));
    }
    ProductTableBuilder builder;
    for (std::size_t i = 0; i < clients.size(); ++i) builder.Add(Row(clients[i], static_cast<Day>(i)));
    for (std::size_t i = 0; i < clients.size(); ++i) builder.Add(Row(clients[i], static_cast<Day>(i + 1)));
    const TrajectoryTable table = builder.Build();
    ASSERT_EQ(table.size(), 200000u);
    EXPECT_EQ(table.client_count, 100000u);
    for (std::uint32_t i = 0; i < 100000; ++i) {
        ASSERT_EQ(table.client[i], i);  // in order of first appearance
        ASSERT_EQ(table.client[100000 + i], i);
    }
    EXPECT_EQ(table.municipalities.size(), 1u);
    EXPECT_EQ(table.providers.Name(0), "65656055");
}

// The key is the pseudonym's first 128 bits (32 hex characters). Keys that agree in their first 64
// bits (one bucket, and a tie on the first half of the key) are told apart by the second half; keys
// that differ only in case are the same hex value. And an empty table.
TEST(ProductTableBuilderTest, TellsClientsApartByTheWholeKey) {
    const std::string a(64, '0'), b = std::string(31, '0') + "1" + std::string(32, '0'),
                                  c = std::string(16, '0') + std::string(48, 'f');
    std::string c_upper = c;
    for (char& ch : c_upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    ProductTableBuilder builder;
    for (const std::string& client : std::vector<std::string>{b, a, c, b, c_upper, a}) builder.Add(Row(client, 100));
    const TrajectoryTable table = builder.Build();
    EXPECT_EQ(table.client, (std::vector<std::uint32_t>{0, 1, 2, 0, 2, 1}));
    EXPECT_EQ(table.client_count, 3u);

    const TrajectoryTable empty = ProductTableBuilder().Build();
    EXPECT_EQ(empty.size(), 0u);
    EXPECT_EQ(empty.client_count, 0u);
}

TEST(ProductTableBuilderTest, KeepsEveryColumnOfARow) {
    ProductTableBuilder builder;
    builder.Add(TrajectoryRow{.client = "a",
                              .provider = "11111111",
                              .municipality = "GM0034",
                              .help_form = "13",
                              .start_day = 100,
                              .end_day = 200,
                              .reason = 3,
                              .satisfaction_youth = 7,
                              .satisfaction_parent = 9,
                              .without_help_youth = 2,
                              .without_help_parent = 4});
    builder.Add(Row("b", 150));
    const TrajectoryTable t = builder.Build();
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t.municipalities.Name(t.municipality[0]), "GM0034");
    EXPECT_EQ(t.municipalities.Name(t.municipality[1]), "GM0363");
    EXPECT_EQ(t.help_forms.Name(t.help_form[0]), "13");
    EXPECT_EQ(t.end_day[0], 200);
    EXPECT_EQ(t.end_day[1], kNoDay);
    EXPECT_EQ(t.reason[0], 3);
    EXPECT_EQ(t.reason[1], 0);
    EXPECT_EQ(t.satisfaction_youth[0], 7);
    EXPECT_EQ(t.satisfaction_parent[0], 9);
    EXPECT_EQ(t.without_help_youth[0], 2);
    EXPECT_EQ(t.without_help_parent[0], 4);
    EXPECT_EQ(t.client_count, 2u);
    EXPECT_EQ(t.municipality_offsets.size(), 3u);  // Finish() ran
}

// Readers that find the engine behind an upload all ask for a reload at once: one reads the table,
// and a reload of the version that is in already reads nothing. Without a version, every reload reads.
TEST(OutcomeEngineTest, AReloadOfTheVersionInAlreadyReadsNothing) {
    OutcomeEngine engine;
    int reads = 0;
    const OutcomeEngine::ForEach for_each = [&reads](const auto& visit) -> Result<void> {
        ++reads;
        return visit(Row("a", 100));
    };
    ASSERT_TRUE(engine.Reload(for_each, "7").has_value());
    ASSERT_TRUE(engine.Reload(for_each, "7").has_value());
    EXPECT_EQ(reads, 1);
    EXPECT_EQ(engine.Snapshot()->size(), 1u);
    ASSERT_TRUE(engine.Reload(for_each, "8").has_value());
    EXPECT_EQ(reads, 2);
    EXPECT_EQ(engine.version(), "8");
    ASSERT_TRUE(engine.Reload(for_each).has_value());
    ASSERT_TRUE(engine.Reload(for_each).has_value());
    EXPECT_EQ(reads, 4);
}

}  // namespace
}  // namespace kompas::engine
