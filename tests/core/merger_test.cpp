#include "core/merger.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kompas {
namespace {

Observation Count(std::string region, std::string period, double value) {
    Observation o;
    o.indicator = "JongerenMetJeugdzorg";
    o.region = std::move(region);
    o.period = std::move(period);
    o.value = value;
    return o;
}

Observation Percentage(std::string region, std::string period, double value, std::optional<double> numerator = {},
                       std::optional<double> denominator = {}) {
    Observation o = Count(std::move(region), std::move(period), value);
    o.indicator = "PercentageJongerenMetJeugdzorg";
    o.numerator = numerator;
    o.denominator = denominator;
    return o;
}

// The real merger of 1 January 2019: Dongeradeel, Ferwerderadiel and Kollumerland en
// Nieuwkruisland became Noardeast-Fryslân. The figures below are made up.
SuccessionTable NoardeastFryslan() {
    auto table = SuccessionTable::Create(
        {{"GM0058", "GM1970", "2019-01-01"}, {"GM1722", "GM1970", "2019-01-01"}, {"GM0079", "GM1970", "2019-01-01"}});
    EXPECT_TRUE(table.has_value()) << table.error().message;
    return *table;
}

TEST(SuccessionTableTest, SumsTheCountsOfThePredecessors) {
    const SuccessionTable table = NoardeastFryslan();
    const std::vector<Observation> observations = {Count("GM0058", "2018JJ00", 310), Count("GM1722", "2018JJ00", 95),
                                                   Count("GM0079", "2018JJ00", 160), Count("GM1970", "2019JJ00", 590)};
    auto converted = table.ToTodaysBoundaries("GM1970", observations, /*is_count=*/true);
    ASSERT_TRUE(converted.has_value()) << converted.error().message;
    ASSERT_EQ(converted->size(), 2u);
    const DerivedObservation& y2018 = (*converted)[0];
    EXPECT_EQ(y2018.observation.period, "2018JJ00");
    EXPECT_EQ(y2018.observation.region, "GM1970");
    EXPECT_EQ(y2018.derivation, Derivation::kSummedFromPredecessors);
    EXPECT_EQ(y2018.observation.status, ObservationStatus::kKnown);
    EXPECT_DOUBLE_EQ(*y2018.observation.value, 565);
    EXPECT_EQ(y2018.sources, (std::vector<std::string>{"GM0058", "GM0079", "GM1722"}));
    const DerivedObservation& y2019 = (*converted)[1];
    EXPECT_EQ(y2019.derivation, Derivation::kAsPublished);
    EXPECT_DOUBLE_EQ(*y2019.observation.value, 590);
    EXPECT_STREQ(DerivationName(y2018.derivation), "summed_from_predecessors");
}

TEST(SuccessionTableTest, DoesNotAveragePercentagesWithoutCounts) {
    const SuccessionTable table = NoardeastFryslan();
    const std::vector<Observation> observations = {Percentage("GM0058", "2018JJ00", 12.0),
                                                   Percentage("GM1722", "2018JJ00", 10.0),
                                                   Percentage("GM0079", "2018JJ00", 11.0)};
    auto converted = table.ToTodaysBoundaries("GM1970", observations, /*is_count=*/false);
    ASSERT_TRUE(converted.has_value());
    ASSERT_EQ(converted->size(), 1u);
    const DerivedObservation& out = converted->front();
    EXPECT_EQ(out.derivation, Derivation::kNotConvertible);
    EXPECT_FALSE(out.observation.value.has_value());
    EXPECT_EQ(out.observation.status, ObservationStatus::kUnknown);
    EXPECT_NE(out.note.find("GM0058"), std::string::npos);
}

TEST(SuccessionTableTest, RecomputesAPercentageFromItsCounts) {
    const SuccessionTable table = NoardeastFryslan();
    const std::vector<Observation> observations = {Percentage("GM0058", "2018JJ00", 12.4, 310, 2500),
                                                   Percentage("GM1722", "2018JJ00", 9.5, 95, 1000),
                                                   Percentage("GM0079", "2018JJ00", 8.0, 160, 2000)};
    auto converted = table.ToTodaysBoundaries("GM1970", observations, /*is_count=*/false);
    ASSERT_TRUE(converted.has_value());
    const DerivedObservation& out = converted->front();
    EXPECT_EQ(out.derivation, Derivation::kRecomputedFromCounts);
    EXPECT_NEAR(*out.observation.value, 565.0 / 5500.0 * 100.0, 1e-9);  // not the mean of 12.4, 9.5, 8.0
    EXPECT_DOUBLE_EQ(*out.observation.numerator, 565);
    EXPECT_DOUBLE_EQ(*out.observation.denominator, 5500);
    // A per-mille indicator with its own scale.
    auto per_mille = table.ToTodaysBoundaries("GM1970", observations, false, 1000.0);
    EXPECT_NEAR(*per_mille->front().observation.value, 565.0 / 5500.0 * 1000.0, 1e-9);
}

TEST(SuccessionTableTest, AMissingPredecessorMakesTheSumUnknown) {
    const SuccessionTable table = NoardeastFryslan();
    Observation confidential = Count("GM0079", "2018JJ00", 0);
    confidential.value.reset();
    confidential.status = ObservationStatus::kConfidential;
    const std::vector<Observation> observations = {Count("GM0058", "2018JJ00", 310), confidential};
    auto converted = table.ToTodaysBoundaries("GM1970", observations, true);
    ASSERT_TRUE(converted.has_value());
    const DerivedObservation& out = converted->front();
    EXPECT_EQ(out.derivation, Derivation::kNotConvertible);
    EXPECT_EQ(out.observation.status, ObservationStatus::kUnknown);
    EXPECT_FALSE(out.observation.value.has_value());
    EXPECT_NE(out.note.find("GM0079"), std::string::npos);
    EXPECT_NE(out.note.find("GM1722"), std::string::npos);
    EXPECT_EQ(out.note.find("GM0058"), std::string::npos);
}

TEST(SuccessionTableTest, FollowsAChainOfMergers) {
    // A -> B in 2019 (B continues), B -> C in 2023.
    auto table = SuccessionTable::Create({{"GM0001", "GM0002", "2019-01-01"},
                                          {"GM0002", "GM0002", "2019-01-01"},
                                          {"GM0002", "GM0003", "2023-01-01"},
                                          {"GM0004", "GM0003", "2023-01-01"}});
    ASSERT_TRUE(table.has_value()) << table.error().message;
    EXPECT_EQ(table->PredecessorsOf("gm0003"), (std::vector<std::string>{"GM0001", "GM0002", "GM0004"}));
    EXPECT_EQ(table->PredecessorsOf("GM0002"), (std::vector<std::string>{"GM0001"}));
    EXPECT_TRUE(table->PredecessorsOf("GM0001").empty());
    const std::vector<Observation> observations = {Count("GM0001", "2018JJ00", 1),   Count("GM0002", "2018JJ00", 10),
                                                   Count("GM0004", "2018JJ00", 100), Count("GM0002", "2020JJ00", 12),
                                                   Count("GM0004", "2020JJ00", 120), Count("GM0003", "2024JJ00", 150)};
    auto converted = table->ToTodaysBoundaries("GM0003", observations, true);
    ASSERT_TRUE(converted.has_value());
    ASSERT_EQ(converted->size(), 3u);
    EXPECT_DOUBLE_EQ(*(*converted)[0].observation.value, 111);  // 2018: A + B(old) + D
    EXPECT_EQ((*converted)[0].sources, (std::vector<std::string>{"GM0001", "GM0002", "GM0004"}));
    EXPECT_DOUBLE_EQ(*(*converted)[1].observation.value, 132);  // 2020: B (with A) + D
    EXPECT_EQ((*converted)[1].sources, (std::vector<std::string>{"GM0002", "GM0004"}));
    EXPECT_EQ((*converted)[2].derivation, Derivation::kAsPublished);
}

TEST(SuccessionTableTest, TheOwnFigureOfAnAbsorbingMunicipalityIsOnlyAPart) {
    // Purmerend absorbed Beemster on 1 January 2023: Purmerend's 2022 figure is old Purmerend.
    auto table = SuccessionTable::Create({{"GM0439", "GM0439", "2023-01-01"}, {"GM0370", "GM0439", "2023-01-01"}});
    ASSERT_TRUE(table.has_value());
    const std::vector<Observation> with_beemster = {Count("GM0439", "2022JJ00", 800), Count("GM0370", "2022JJ00", 90)};
    auto converted = table->ToTodaysBoundaries("GM0439", with_beemster, true);
    ASSERT_TRUE(converted.has_value());
    EXPECT_DOUBLE_EQ(*converted->front().observation.value, 890);
    const std::vector<Observation> without = {Count("GM0439", "2022JJ00", 800)};
    converted = table->ToTodaysBoundaries("GM0439", without, true);
    EXPECT_EQ(converted->front().derivation, Derivation::kNotConvertible);
}

TEST(SuccessionTableTest, ASeriesAlreadyInTodaysBoundariesIsTakenAsPublished) {
    const SuccessionTable table = NoardeastFryslan();
    const std::vector<Observation> observations = {Count("GM1970", "2016JJ00", 600), Count("GM0058", "2016JJ00", 1)};
    auto converted = table.ToTodaysBoundaries("GM1970", observations, true);
    ASSERT_TRUE(converted.has_value());
    EXPECT_EQ(converted->front().derivation, Derivation::kAsPublished);
    EXPECT_DOUBLE_EQ(*converted->front().observation.value, 600);
}

TEST(SuccessionTableTest, SplitsAreApportionedByShare) {
    // GM0010 is split: 70 % to GM0020, 30 % to GM0030 (which continues).
    auto table = SuccessionTable::Create({{"GM0010", "GM0020", "2021-01-01", 0.7},
                                          {"GM0010", "GM0030", "2021-01-01", 0.3},
                                          {"GM0030", "GM0030", "2021-01-01"},
                                          {"GM0040", "GM0020", "2021-01-01"}});
    ASSERT_TRUE(table.has_value()) << table.error().message;
    const std::vector<Observation> counts = {Count("GM0010", "2020JJ00", 100), Count("GM0030", "2020JJ00", 50),
                                             Count("GM0040", "2020JJ00", 10)};
    auto to_20 = table->ToTodaysBoundaries("GM0020", counts, true);
    ASSERT_TRUE(to_20.has_value());
    EXPECT_DOUBLE_EQ(*to_20->front().observation.value, 80);
    EXPECT_NE(to_20->front().note.find("benadering"), std::string::npos);
    auto to_30 = table->ToTodaysBoundaries("GM0030", counts, true);
    EXPECT_DOUBLE_EQ(*to_30->front().observation.value, 80);
}

TEST(SuccessionTableTest, RejectsInvalidLists) {
    auto bad_code = SuccessionTable::Create({{"WK003401", "GM1970", "2019-01-01"}});
    ASSERT_FALSE(bad_code.has_value());
    EXPECT_EQ(bad_code.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(bad_code.error().field, "successions[0]");
    EXPECT_FALSE(SuccessionTable::Create({{"GM0058", "GM1970", "2019-02-30"}}).has_value());
    EXPECT_FALSE(SuccessionTable::Create({{"GM0058", "GM1970", "1-1-2019"}}).has_value());
    EXPECT_FALSE(SuccessionTable::Create({{"GM0058", "GM1970", "2019-01-01", 0.0}}).has_value());
    EXPECT_FALSE(SuccessionTable::Create({{"GM0058", "GM1970", "2019-01-01", 1.5}}).has_value());
    auto shares =
        SuccessionTable::Create({{"GM0010", "GM0020", "2021-01-01", 0.7}, {"GM0010", "GM0030", "2021-01-01", 0.2}});
    ASSERT_FALSE(shares.has_value());
    EXPECT_NE(shares.error().message.find("tellen op"), std::string::npos);
    auto cycle = SuccessionTable::Create({{"GM0001", "GM0002", "2019-01-01"}, {"GM0002", "GM0001", "2020-01-01"}});
    EXPECT_FALSE(cycle.has_value());
    auto same_day_cycle =
        SuccessionTable::Create({{"GM0001", "GM0002", "2019-01-01"}, {"GM0002", "GM0001", "2019-01-01"}});
    EXPECT_FALSE(same_day_cycle.has_value());
    EXPECT_FALSE(
        SuccessionTable::Create({{"GM0001", "GM0002", "2019-01-01"}, {"GM0001", "GM0002", "2019-01-01"}}).has_value());
    // GM0002 existed since 2019 and receives again in 2023 without continuing itself.
    EXPECT_FALSE(
        SuccessionTable::Create({{"GM0001", "GM0002", "2019-01-01"}, {"GM0004", "GM0002", "2023-01-01"}}).has_value());
}

TEST(SuccessionTableTest, RejectsMixedOrMalformedObservations) {
    const SuccessionTable table = NoardeastFryslan();
    const std::vector<Observation> mixed = {Count("GM0058", "2018JJ00", 1), Percentage("GM1722", "2018JJ00", 1)};
    EXPECT_FALSE(table.ToTodaysBoundaries("GM1970", mixed, true).has_value());
    const std::vector<Observation> twice = {Count("GM0058", "2018JJ00", 1), Count("GM0058", "2018JJ00", 2)};
    EXPECT_FALSE(table.ToTodaysBoundaries("GM1970", twice, true).has_value());
    EXPECT_FALSE(table.ToTodaysBoundaries("Noardeast", {}, true).has_value());
    // Observations of unrelated codes are ignored.
    const std::vector<Observation> other = {Count("GM0363", "2018JJ00", 1)};
    auto converted = table.ToTodaysBoundaries("GM1970", other, true);
    ASSERT_TRUE(converted.has_value());
    EXPECT_TRUE(converted->empty());
}

}  // namespace
}  // namespace kompas
