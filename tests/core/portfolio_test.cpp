// The portfolio analysis: gaps both ways, sums per result and echelon with honest incompleteness,
// the cost per reached child and what stands out against priority and urgency.
#include "core/portfolio.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

SocietalResult MakeResult(std::string id, std::string title) {
    SocietalResult result;
    result.id = std::move(id);
    result.title = std::move(title);
    result.ambition_id = "amb_1";
    return result;
}

Activity MakeActivity(std::string id, Echelon echelon, std::vector<std::string> results,
                      std::vector<ActivityYear> years) {
    Activity activity;
    activity.id = id;
    activity.fields.name = "Activiteit " + id;
    activity.fields.echelon = echelon;
    for (auto& result : results) activity.fields.results.push_back(ResultLink{std::move(result), "omdat"});
    activity.fields.years = std::move(years);
    return activity;
}

class PortfolioTest : public ::testing::Test {
protected:
    std::vector<SocietalResult> results_{MakeResult("res_a", "Minder schooluitval"),
                                         MakeResult("res_b", "Meer jongeren sporten"),
                                         MakeResult("res_c", "Minder jeugdzorg")};
    std::vector<Ambition> ambitions_{Ambition{"amb_1", "col", "Gezond opgroeien", "", "2026-01-01", {}, {}, {}, 3}};
};

TEST_F(PortfolioTest, GapsBothWays) {
    const std::vector<Activity> activities{MakeActivity("act_1", Echelon::kPrevention, {"res_a"}, {}),
                                           MakeActivity("act_2", Echelon::kBasic, {}, {})};
    const Portfolio portfolio = BuildPortfolio(results_, ambitions_, activities, {}, {}, std::nullopt);
    EXPECT_EQ(portfolio.results_without_activity, (std::vector<std::string>{"res_b", "res_c"}));
    EXPECT_EQ(portfolio.activities_without_result, (std::vector<std::string>{"act_2"}));
    ASSERT_EQ(portfolio.cells.size(), 1u);
    EXPECT_EQ(portfolio.cells[0].reason, "omdat");
    EXPECT_EQ(portfolio.results[0].ambition_title, "Gezond opgroeien");
    EXPECT_FALSE(portfolio.year.has_value());
}

TEST_F(PortfolioTest, AResultOfAnotherCollaborationIsNotACell) {
    const std::vector<Activity> activities{MakeActivity("act_1", Echelon::kPrevention, {"res_elsewhere"}, {})};
    const Portfolio portfolio = BuildPortfolio(results_, ambitions_, activities, {}, {}, std::nullopt);
    EXPECT_TRUE(portfolio.cells.empty());
    EXPECT_EQ(portfolio.activities_without_result, (std::vector<std::string>{"act_1"}));
}

TEST_F(PortfolioTest, SumsPerResultAndEchelonOfTheLatestYear) {
    const std::vector<Activity> activities{
        MakeActivity("act_1", Echelon::kPrevention, {"res_a", "res_b"},
                     {ActivityYear{2024, 10, 8, 1000, 900}, ActivityYear{2025, 100, 80, 20000, 16000}}),
        MakeActivity("act_2", Echelon::kPrevention, {"res_a"},
                     {ActivityYear{2025, 50, std::nullopt, 5000, std::nullopt}}),
        MakeActivity("act_3", Echelon::kIntensive, {"res_c"}, {ActivityYear{2025, 5, 5, 75000, 80000}})};
    const Portfolio portfolio = BuildPortfolio(results_, ambitions_, activities, {}, {}, std::nullopt);
    ASSERT_TRUE(portfolio.year.has_value());
    EXPECT_EQ(*portfolio.year, 2025);
    EXPECT_EQ(portfolio.years, (std::vector<int>{2024, 2025}));
    const PortfolioFigures& a = portfolio.results[0].figures;
    EXPECT_EQ(a.activities, 2);
    EXPECT_EQ(a.budget_planned, 25000);
    EXPECT_EQ(a.budget_spent, 16000);  // act_2 does not know what it spent
    EXPECT_TRUE(a.incomplete);
    EXPECT_EQ(portfolio.results[1].figures.budget_planned, 20000);  // act_1 counts for both results
    EXPECT_FALSE(portfolio.results[1].figures.incomplete);
    EXPECT_EQ(portfolio.total.budget_planned, 100000);  // each activity once
    EXPECT_EQ(portfolio.echelons[1].echelon, Echelon::kPrevention);
    EXPECT_EQ(portfolio.echelons[1].figures.reach_planned, 150);
    EXPECT_EQ(portfolio.echelons[3].figures.budget_spent, 80000);
    EXPECT_EQ(portfolio.echelons[0].figures.activities, 0);
    EXPECT_FALSE(portfolio.echelons[0].figures.budget_planned.has_value());
    ASSERT_TRUE(portfolio.results[0].budget_share.has_value());
    EXPECT_DOUBLE_EQ(*portfolio.results[0].budget_share, 0.25);

    const Portfolio earlier = BuildPortfolio(results_, ambitions_, activities, {}, {}, 2024);
    EXPECT_EQ(earlier.total.budget_planned, 1000);
    EXPECT_TRUE(earlier.total.incomplete);  // act_2 and act_3 have no 2024
}

TEST_F(PortfolioTest, CostPerChildFromSpendingElseFromThePlan) {
    const std::vector<Activity> activities{
        MakeActivity("act_1", Echelon::kPrevention, {}, {ActivityYear{2025, 100, 80, 20000, 16000}}),
        MakeActivity("act_2", Echelon::kPrevention, {}, {ActivityYear{2025, 50, std::nullopt, 5000, std::nullopt}}),
        MakeActivity("act_3", Echelon::kPrevention, {}, {ActivityYear{2025, 0, 0, 5000, 5000}})};
    const Portfolio portfolio = BuildPortfolio(results_, ambitions_, activities, {}, {}, std::nullopt);
    EXPECT_DOUBLE_EQ(portfolio.activities[0].cost_per_child.value_or(-1), 200.0);
    EXPECT_EQ(portfolio.activities[0].cost_basis, "spent");
    EXPECT_DOUBLE_EQ(portfolio.activities[1].cost_per_child.value_or(-1), 100.0);
    EXPECT_EQ(portfolio.activities[1].cost_basis, "planned");
    EXPECT_FALSE(portfolio.activities[2].cost_per_child.has_value());  // nobody reached: no division by 0
}

TEST_F(PortfolioTest, WhatStandsOutAgainstPriority) {
    const std::vector<Activity> activities{
        MakeActivity("act_1", Echelon::kPrevention, {"res_a"}, {ActivityYear{2025, 10, 10, 90000, 90000}}),
        MakeActivity("act_2", Echelon::kPrevention, {"res_b"}, {ActivityYear{2025, 10, 10, 10000, 10000}})};
    const std::vector<ResultPriority> priorities{ResultPriority{"res_a", Level::kLow, Level::kLow},
                                                 ResultPriority{"res_b", Level::kHigh, Level::kMedium},
                                                 ResultPriority{"res_c", Level::kMedium, Level::kHigh}};
    const Portfolio portfolio = BuildPortfolio(results_, ambitions_, activities, priorities, {}, std::nullopt);
    EXPECT_EQ(portfolio.results[0].attention, PortfolioAttention::kLowPriorityMuchBudget);  // 90 % > 2 × 33 %
    EXPECT_EQ(portfolio.results[1].attention, PortfolioAttention::kImportantLittleBudget);  // 10 % < 33 %
    EXPECT_EQ(portfolio.results[2].attention, PortfolioAttention::kImportantWithoutActivity);
    EXPECT_EQ(portfolio.results[1].priority, Level::kHigh);

    // Without priorities nothing is judged.
    const Portfolio plain = BuildPortfolio(results_, ambitions_, activities, {}, {}, std::nullopt);
    for (const auto& row : plain.results) EXPECT_EQ(row.attention, PortfolioAttention::kNone);
}

TEST(ActivityQuality, KnownFromRecognitionOrTheLadder) {
    NewActivity activity;
    EXPECT_FALSE(QualityKnown(activity));
    activity.recognition = Recognition::kWellDescribed;
    EXPECT_FALSE(QualityKnown(activity));
    activity.effect_ladder = EffectLadderStep::kDescriptive;
    EXPECT_FALSE(QualityKnown(activity));
    activity.effect_ladder = EffectLadderStep::kTheoretical;
    EXPECT_TRUE(QualityKnown(activity));
    activity.effect_ladder.reset();
    activity.recognition = Recognition::kEffectiveFirst;
    EXPECT_TRUE(QualityKnown(activity));
}

TEST(ActivityNames, RoundTrip) {
    for (const Echelon echelon : kEchelons) EXPECT_EQ(ParseEchelon(EchelonName(echelon)), echelon);
    EXPECT_EQ(EchelonName(Echelon::kCitizenInitiative), std::string("citizen_initiative"));
    EXPECT_EQ(ParseActivityStatus("winding_down"), ActivityStatus::kWindingDown);
    EXPECT_EQ(ParseRecognition("effective_strong"), Recognition::kEffectiveStrong);
    EXPECT_FALSE(ParseEchelon("Prevention").has_value());
    EXPECT_EQ(StatusAfter(ActivityDecisionKind::kWindDown), ActivityStatus::kWindingDown);
    EXPECT_FALSE(StatusAfter(ActivityDecisionKind::kContinue).has_value());
}

}  // namespace
}  // namespace kompas
