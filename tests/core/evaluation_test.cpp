// The evaluation summary: distribution, mean, median, min, max, change, and anonymity.
#include "core/evaluation.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

ScoredResponse AllScores(int score, std::string comment = "", std::optional<std::string> signed_by = std::nullopt) {
    ScoredResponse response;
    for (const auto element : kEvaluationElements) response.scores.push_back(ElementScore{element, score, comment});
    response.signed_by = std::move(signed_by);
    return response;
}

TEST(EvaluationSummary, GivesDistributionMeanMedianMinMaxPerElementInFixedOrder) {
    const std::vector<ScoredResponse> current = {AllScores(4), AllScores(7), AllScores(8), AllScores(9)};
    const auto summary = SummariseEvaluation(current, {});
    ASSERT_EQ(summary.size(), 6u);
    EXPECT_EQ(summary[0].element, EvaluationElement::kSharedHorizon);
    EXPECT_EQ(summary[5].element, EvaluationElement::kLeadership);
    const ElementSummary& s = summary[2];
    EXPECT_EQ(s.responses, 4);
    EXPECT_EQ(s.distribution[3], 1);
    EXPECT_EQ(s.distribution[6], 1);
    EXPECT_EQ(s.distribution[0], 0);
    EXPECT_DOUBLE_EQ(*s.mean, 7.0);
    EXPECT_DOUBLE_EQ(*s.median, 7.5);
    EXPECT_EQ(*s.min, 4);
    EXPECT_EQ(*s.max, 9);
    EXPECT_FALSE(s.previous_mean.has_value());
    EXPECT_FALSE(s.change.has_value());
}

TEST(EvaluationSummary, ChangeIsAgainstThePreviousRoundsMean) {
    const std::vector<ScoredResponse> previous = {AllScores(5), AllScores(6)};
    const std::vector<ScoredResponse> current = {AllScores(7)};
    const auto summary = SummariseEvaluation(current, previous);
    EXPECT_DOUBLE_EQ(*summary[0].previous_mean, 5.5);
    EXPECT_DOUBLE_EQ(*summary[0].change, 1.5);
    EXPECT_DOUBLE_EQ(*summary[0].median, 7.0);
}

TEST(EvaluationSummary, EmptyRoundHasNullNumbers) {
    const auto summary = SummariseEvaluation({}, {});
    EXPECT_EQ(summary[0].responses, 0);
    EXPECT_FALSE(summary[0].mean.has_value());
    EXPECT_FALSE(summary[0].min.has_value());
}

TEST(EvaluationSummary, CommentsNameTheAuthorOnlyWhenSigned) {
    const std::vector<ScoredResponse> current = {AllScores(6, "zonder naam"), AllScores(8, "met naam", "An Jansen")};
    const auto summary = SummariseEvaluation(current, {});
    ASSERT_EQ(summary[0].comments.size(), 2u);
    for (const auto& comment : summary[0].comments) {
        if (comment.text == "met naam") {
            EXPECT_EQ(comment.signed_by, "An Jansen");
        } else {
            EXPECT_FALSE(comment.signed_by.has_value());
        }
    }
}

TEST(EvaluationResponseRule, EachElementExactlyOnceWithScoresOneToTen) {
    EvaluationResponse response;
    for (const auto element : kEvaluationElements) response.scores.push_back(ElementScore{element, 5, ""});
    EXPECT_TRUE(ValidateEvaluationResponse(response).has_value());
    response.scores[1].element = EvaluationElement::kSharedHorizon;
    EXPECT_FALSE(ValidateEvaluationResponse(response).has_value());
    response.scores[1].element = EvaluationElement::kPartnerInterest;
    response.scores[2].score = 11;
    EXPECT_EQ(ValidateEvaluationResponse(response).error().field, "scores");
    response.scores[2].score = 0;
    EXPECT_FALSE(ValidateEvaluationResponse(response).has_value());
    response.scores.pop_back();
    EXPECT_FALSE(ValidateEvaluationResponse(response).has_value());
}

}  // namespace
}  // namespace kompas
