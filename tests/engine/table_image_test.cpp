// Tests of the table image (engine/table_image.hpp): a built table comes back whole, and an image that
// is cut short, of another build, or does not hold together is refused instead of reaching a query.
#include "engine/table_image.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "engine/outcome_engine.hpp"
#include "tests/engine/same_table.hpp"

namespace kompas::engine {
namespace {

// Three municipalities, two providers, clients with several trajectories, ended and ongoing, answers.
TrajectoryTable Built() {
    ProductTableBuilder builder;
    const char* municipalities[] = {"GM0363", "GM0034", "GM0014"};
    for (int i = 0; i < 300; ++i) {
        const std::string client = fmt::format("{:064x}", static_cast<unsigned>(i % 97) * 2654435761u);
        TrajectoryRow row;
        row.client = client;
        row.provider = i % 5 == 0 ? "65656055" : "11112222";
        row.municipality = municipalities[i % 3];
        row.help_form = i % 2 == 0 ? "02" : "07";
        row.start_day = 19000 + i * 7;
        if (i % 4 != 0) {
            row.end_day = row.start_day + 90;
            row.reason = 1 + i % 5;
            row.satisfaction_youth = 1 + i % 10;
            row.without_help_youth = i % 5;
            row.satisfaction_parent = i % 11;
            row.without_help_parent = 4 - i % 5;
        }
        builder.Add(row);
    }
    return builder.Build();
}

TEST(TableImageTest, ABuiltTableComesBackWhole) {
    const TrajectoryTable table = Built();
    ASSERT_EQ(table.size(), 300u);
    auto back = TableFromImage(TableImage(table));
    ASSERT_TRUE(back.has_value()) << back.error().message;
    ExpectSameTable(table, *back);
    // The dictionaries find their codes again, and the figures are the same.
    EXPECT_EQ(back->municipalities.Find("GM0034"), table.municipalities.Find("GM0034"));
    EXPECT_EQ(back->providers.Find("65656055"), table.providers.Find("65656055"));
    EXPECT_FALSE(back->help_forms.Find("99").has_value());
}

TEST(TableImageTest, AnEmptyBuiltTableComesBack) {
    const TrajectoryTable table = ProductTableBuilder().Build();
    auto back = TableFromImage(TableImage(table));
    ASSERT_TRUE(back.has_value()) << back.error().message;
    EXPECT_EQ(back->size(), 0u);
    ExpectSameTable(table, *back);
}

TEST(TableImageTest, AnImageCutShortOrTooLongIsRefused) {
    const std::string image = TableImage(Built());
    for (std::size_t length = 0; length < image.size(); ++length) {
        const auto back = TableFromImage(std::string_view(image).substr(0, length));
        ASSERT_FALSE(back.has_value()) << "cut at " << length << " of " << image.size();
        EXPECT_EQ(back.error().code, ErrorCode::kInvalidArgument);
    }
    EXPECT_FALSE(TableFromImage(image + '\0').has_value());
}

TEST(TableImageTest, AnImageOfAnotherBuildIsRefused) {
    std::string image = TableImage(Built());
    // The revision is the first text: its length (4 bytes), then the hash.
    ASSERT_GT(image.size(), 8u);
    image[6] = image[6] == 'a' ? 'b' : 'a';
    const auto back = TableFromImage(image);
    ASSERT_FALSE(back.has_value());
    EXPECT_NE(back.error().message.find("another build"), std::string::npos) << back.error().message;
}

// A single changed value anywhere in the columns: either the table still holds together (a day, an
// answer inside its scale) or the image is refused; never an id outside its dictionary or an index
// out of order. Shown for each byte set to 0xFF, which makes every id and count too large.
TEST(TableImageTest, AnImageThatDoesNotHoldTogetherIsRefused) {
    const TrajectoryTable table = Built();
    const std::string image = TableImage(table);
    std::size_t refused = 0;
    for (std::size_t at = 4 + TableRevision().size(); at < image.size(); ++at) {
        std::string damaged = image;
        if (damaged[at] == '\xFF') continue;
        damaged[at] = '\xFF';
        const auto back = TableFromImage(damaged);
        if (!back) {
            ++refused;
            continue;
        }
        for (const std::uint32_t m : back->municipality) ASSERT_LT(m, back->municipalities.size()) << at;
        for (const std::uint32_t p : back->provider) ASSERT_LT(p, back->providers.size()) << at;
        for (const std::uint32_t c : back->client) ASSERT_LT(c, back->client_count) << at;
        for (const std::uint8_t h : back->help_form) ASSERT_LT(h, back->help_forms.size()) << at;
        for (const std::uint8_t r : back->reason) ASSERT_LE(r, 5) << at;
        for (const std::uint32_t r : back->municipality_rows) ASSERT_LT(r, back->size()) << at;
        ASSERT_EQ(back->client_offsets.back(), back->size()) << at;
    }
    EXPECT_GT(refused, image.size() / 2) << "most bytes are ids, counts and offsets";
}

// Two codes that are the same name would give one code two ids.
TEST(TableImageTest, ADictionaryWithANameTwiceIsRefused) {
    TrajectoryTable table = Built();
    const std::string image = TableImage(table);
    const std::string first = "GM0363", second = "GM0034";
    std::string damaged = image;
    const auto at = damaged.find(second);
    ASSERT_NE(at, std::string::npos);
    damaged.replace(at, second.size(), first);
    EXPECT_FALSE(TableFromImage(damaged).has_value());
}

}  // namespace
}  // namespace kompas::engine
