// The youth-profile services on the real demo file in a real SQLite store: the figures the
// acceptance names, and the errors the API maps to 400 and 404.
#include "service/youth_profile.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "service/imports.hpp"

namespace kompas {
namespace {

class YouthProfileTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder_ = std::filesystem::temp_directory_path() / ("kompas-service-test-" + std::to_string(::getpid()));
        std::filesystem::remove_all(folder_);
        std::filesystem::create_directories(folder_);
        store_ = std::move(OpenStore("sqlite:" + (folder_ / "kompas.db").string()).value());
        ASSERT_TRUE(store_->Migrate().has_value());
        const auto imported =
            ImportPath(*store_, ImportFormat::kCbsCsv, KOMPAS_SOURCE_DIR "/data/demo/kwb-almere-2018-2025.csv");
        ASSERT_TRUE(imported.has_value()) << imported.error().message;
    }
    static void TearDownTestSuite() {
        store_.reset();
        std::filesystem::remove_all(folder_);
    }

    static const Observation* Find(const std::vector<Observation>& all, std::string_view indicator,
                                   std::string_view period) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Observation& o) {
            return o.indicator == indicator && o.period == period;
        });
        return it == all.end() ? nullptr : &*it;
    }

    static inline std::filesystem::path folder_;
    static inline std::unique_ptr<Store> store_;
};

TEST_F(YouthProfileTest, AlmereYouthCareFiguresAsCbsPublishedThem) {
    const auto all = ListObservations(*store_, "GM0034", "").value();
    const auto* share_2018 = Find(all, "PercentageJongerenMetJeugdzorg", "2018JJ00");
    const auto* share_2024 = Find(all, "PercentageJongerenMetJeugdzorg", "2024JJ00");
    const auto* count_2018 = Find(all, "JongerenMetJeugdzorgInNatura", "2018JJ00");
    const auto* count_2024 = Find(all, "JongerenMetJeugdzorgInNatura", "2024JJ00");
    ASSERT_TRUE(share_2018 && share_2024 && count_2018 && count_2024);
    EXPECT_NEAR(*share_2018->value, 9.6, 1e-9);
    EXPECT_NEAR(*share_2024->value, 11.7, 1e-9);
    EXPECT_NEAR(*count_2018->value, 5805, 1e-9);
    EXPECT_NEAR(*count_2024->value, 7400, 1e-9);
    EXPECT_EQ(Find(all, "PercentageJongerenMetJeugdzorg", "2025JJ00"), nullptr) << "2025 has no youth-care column";
}

TEST_F(YouthProfileTest, ProfileOfAlmereLeadsWithYouthCareAndItsChange) {
    const auto profile = GetRegionProfile(*store_, "GM0034").value();
    ASSERT_FALSE(profile.entries.empty());
    const auto& first = profile.entries.front();
    EXPECT_EQ(first.indicator, "PercentageJongerenMetJeugdzorg");
    EXPECT_EQ(first.latest.period, "2024JJ00");
    EXPECT_NEAR(*first.latest.value, 11.7, 1e-9);
    ASSERT_TRUE(first.previous.has_value());
    EXPECT_EQ(first.previous->period, "2023JJ00");
    EXPECT_NEAR(*first.change, 0.3, 1e-9);
    EXPECT_EQ(profile.indicators.size(), profile.entries.size());
}

TEST_F(YouthProfileTest, DistrictProfileComparesWithItsMunicipality) {
    const auto profile = GetRegionProfile(*store_, "WK003401").value();
    ASSERT_TRUE(profile.parent.has_value());
    EXPECT_EQ(profile.parent->code, "GM0034");
    const auto with_parent = std::count_if(profile.entries.begin(), profile.entries.end(),
                                           [](const ProfileEntry& e) { return e.parent.has_value(); });
    EXPECT_GT(with_parent, 0);
    for (const auto& entry : profile.entries) {
        if (entry.parent) {
            EXPECT_EQ(entry.parent->period, entry.latest.period);
        }
    }
}

TEST_F(YouthProfileTest, RegionDetailWalksUpAndDown) {
    const auto detail = GetRegionDetail(*store_, "BU00340101").value();
    ASSERT_EQ(detail.ancestors.size(), 3u);
    EXPECT_EQ(detail.ancestors[0].code, "NL01");
    EXPECT_EQ(detail.ancestors[1].code, "GM0034");
    EXPECT_EQ(detail.ancestors[2].code, "WK003401");
    const auto district = GetRegionDetail(*store_, "WK003401").value();
    EXPECT_FALSE(district.children.empty());
    for (const auto& child : district.children) EXPECT_TRUE(child.code.starts_with("BU003401"));
}

TEST_F(YouthProfileTest, ErrorsSayWhatIsWrong) {
    EXPECT_EQ(GetRegionProfile(*store_, "GM9999").error().code, ErrorCode::kNotFound);
    EXPECT_EQ(GetRegionProfile(*store_, "XX12").error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(ListObservations(*store_, "", "").error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(ListObservations(*store_, "GM0034", "GeenIndicator").error().code, ErrorCode::kNotFound);
    EXPECT_EQ(ListRegions(*store_, "", "gemeente").error().code, ErrorCode::kInvalidArgument);
    const auto districts = ListRegions(*store_, "GM0034", "district").value();
    ASSERT_FALSE(districts.empty());
    for (const auto& d : districts) EXPECT_EQ(d.level, RegionLevel::kDistrict);
}

}  // namespace
}  // namespace kompas
