#include "core/similar_group.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

MunicipalityTraits Traits(std::string code, std::string name, std::optional<int> urban, std::optional<int> size) {
    return MunicipalityTraits{Region{std::move(code), std::move(name), RegionLevel::kMunicipality, "NL01"}, urban,
                              size};
}

Observation Obs(std::string region, std::optional<double> value, std::optional<double> numerator = std::nullopt,
                std::optional<double> denominator = std::nullopt) {
    Observation o;
    o.indicator = "p";
    o.region = std::move(region);
    o.period = "2024JJ00";
    o.value = value;
    o.numerator = numerator;
    o.denominator = denominator;
    o.status = value ? ObservationStatus::kKnown : ObservationStatus::kUnknown;
    return o;
}

TEST(SimilarGroupTest, SizeClassesFollowCbsBoundaries) {
    EXPECT_EQ(PopulationSizeClass(0), 1);
    EXPECT_EQ(PopulationSizeClass(4999), 1);
    EXPECT_EQ(PopulationSizeClass(5000), 2);
    EXPECT_EQ(PopulationSizeClass(49999), 4);
    EXPECT_EQ(PopulationSizeClass(50000), 5);
    EXPECT_EQ(PopulationSizeClass(149999), 6);
    EXPECT_EQ(PopulationSizeClass(229574), 7);  // Almere on 1 January 2025
    EXPECT_EQ(PopulationSizeClass(250000), 8);
    EXPECT_FALSE(PopulationSizeClass(-1).has_value());
    EXPECT_EQ(SizeClassName(7), "met 150.000 tot 250.000 inwoners");
    EXPECT_EQ(SizeClassName(1), "met minder dan 5.000 inwoners");
    EXPECT_EQ(SizeClassName(9), "");
    EXPECT_EQ(UrbanisationName(2), "sterk stedelijk");
    EXPECT_EQ(UrbanisationName(0), "");
}

TEST(SimilarGroupTest, SelectsBySameClassesAndNamesTheGroup) {
    const auto self = Traits("GM0034", "Almere", 2, 7);
    const std::vector<MunicipalityTraits> all = {self,
                                                 Traits("GM0902", "Bdorp", 2, 7),
                                                 Traits("GM0901", "Adorp", 2, 7),
                                                 Traits("GM0903", "Cstad", 2, 6),
                                                 Traits("GM0904", "Ddorp", 4, 7),
                                                 Traits("GM0905", "Edorp", std::nullopt, 7)};
    const auto both = SelectSimilarGroup(self, all, GroupMode::kBoth, {});
    EXPECT_EQ(both.name, "gemeenten met 150.000 tot 250.000 inwoners, sterk stedelijk");
    ASSERT_EQ(both.members.size(), 2u);
    EXPECT_EQ(both.members[0].code, "GM0901") << "ordered by name";
    EXPECT_EQ(both.members[1].code, "GM0902");

    const auto urban = SelectSimilarGroup(self, all, GroupMode::kUrbanisation, {});
    EXPECT_EQ(urban.name, "gemeenten die sterk stedelijk zijn");
    EXPECT_EQ(urban.members.size(), 3u);

    const auto size = SelectSimilarGroup(self, all, GroupMode::kSize, {});
    EXPECT_EQ(size.name, "gemeenten met 150.000 tot 250.000 inwoners");
    EXPECT_EQ(size.members.size(), 4u) << "an unknown urbanisation does not matter for size alone";

    const auto picked = SelectSimilarGroup(self, all, GroupMode::kPicked, {"GM0904", "GM0034", "GM9999"});
    ASSERT_EQ(picked.members.size(), 1u) << "itself and unknown codes are not members";
    EXPECT_EQ(picked.members[0].code, "GM0904");
}

TEST(SimilarGroupTest, UnknownOwnClassSelectsNobody) {
    const auto self = Traits("GM0905", "Edorp", std::nullopt, 7);
    const std::vector<MunicipalityTraits> all = {self, Traits("GM0901", "Adorp", 2, 7)};
    const auto both = SelectSimilarGroup(self, all, GroupMode::kBoth, {});
    EXPECT_FALSE(both.classes_known);
    EXPECT_TRUE(both.members.empty());
    EXPECT_TRUE(SelectSimilarGroup(self, all, GroupMode::kSize, {}).classes_known);
}

TEST(SimilarGroupTest, PoolsSharesWithCounts) {
    // 10 of 100 and 30 of 100: pooled 20 %, although the median of 10 and 30 is also 20; use
    // unequal denominators so that pooled and median differ.
    const auto value = ComputeGroupValue({"A", "B", "C"}, {Obs("A", 10, 10, 100), Obs("B", 30, 90, 300)}, true);
    ASSERT_TRUE(value.value.has_value());
    EXPECT_EQ(value.method, GroupMethod::kPooled);
    EXPECT_DOUBLE_EQ(*value.value, 25.0);  // 100 / 400
    EXPECT_EQ(value.with_value, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(value.without_value, (std::vector<std::string>{"C"}));
}

TEST(SimilarGroupTest, MedianWhenCountsAreMissing) {
    const auto odd = ComputeGroupValue({"A", "B", "C"}, {Obs("A", 10, 10, 100), Obs("B", 30), Obs("C", 14)}, true);
    EXPECT_EQ(odd.method, GroupMethod::kMedian);
    EXPECT_DOUBLE_EQ(*odd.value, 14.0);
    const auto even = ComputeGroupValue({"A", "B", "C"}, {Obs("A", 10), Obs("B", 30), Obs("C", std::nullopt)}, false);
    EXPECT_DOUBLE_EQ(*even.value, 20.0);
    EXPECT_EQ(even.without_value, (std::vector<std::string>{"C"})) << "unknown is not zero";
    const auto none = ComputeGroupValue({"A"}, {}, false);
    EXPECT_FALSE(none.value.has_value());
    EXPECT_EQ(none.without_value.size(), 1u);
}

}  // namespace
}  // namespace kompas
