// The evaluation summary: distribution, mean, median, min, max, change, and anonymity (also in
// rounds with too few answers to show anything that could point at one person).
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
    EXPECT_FALSE(s.hidden);
    ASSERT_TRUE(s.distribution.has_value());
    EXPECT_EQ((*s.distribution)[3], 1);
    EXPECT_EQ((*s.distribution)[6], 1);
    EXPECT_EQ((*s.distribution)[0], 0);
    EXPECT_DOUBLE_EQ(*s.mean, 7.0);
    EXPECT_DOUBLE_EQ(*s.median, 7.5);
    EXPECT_EQ(*s.min, 4);
    EXPECT_EQ(*s.max, 9);
    EXPECT_FALSE(s.previous_mean.has_value());
    EXPECT_FALSE(s.change.has_value());
}

TEST(EvaluationSummary, ChangeIsAgainstThePreviousRoundsMean) {
    const std::vector<ScoredResponse> previous = {AllScores(5), AllScores(6), AllScores(7)};
    const std::vector<ScoredResponse> current = {AllScores(7), AllScores(7), AllScores(9)};
    const auto summary = SummariseEvaluation(current, previous);
    EXPECT_DOUBLE_EQ(*summary[0].previous_mean, 6.0);
    EXPECT_EQ(summary[0].previous_responses, 3);
    EXPECT_NEAR(*summary[0].change, 23.0 / 3.0 - 6.0, 1e-12);
    EXPECT_DOUBLE_EQ(*summary[0].median, 7.0);
}

TEST(EvaluationSummary, EmptyRoundHasNullNumbers) {
    const auto summary = SummariseEvaluation({}, {});
    EXPECT_EQ(summary[0].responses, 0);
    EXPECT_TRUE(summary[0].hidden);
    EXPECT_FALSE(summary[0].distribution.has_value());
    EXPECT_FALSE(summary[0].mean.has_value());
    EXPECT_FALSE(summary[0].min.has_value());
    EXPECT_EQ(summary[0].previous_responses, 0);
}

TEST(EvaluationSummary, CommentsNameTheAuthorOnlyWhenSigned) {
    const std::vector<ScoredResponse> current = {AllScores(6, "zonder naam"), AllScores(8, "met naam", "An Jansen"),
                                                 AllScores(7)};
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

// Nothing that is derived from the scores, and no unsigned comment, may leave a round with fewer
// than kMinEvaluationAnswers answers: with one answer the "mean" is that person's score.
void ExpectNothingDerivedFromScores(const ElementSummary& s) {
    EXPECT_TRUE(s.hidden);
    EXPECT_FALSE(s.distribution.has_value());
    EXPECT_FALSE(s.mean.has_value());
    EXPECT_FALSE(s.median.has_value());
    EXPECT_FALSE(s.min.has_value());
    EXPECT_FALSE(s.max.has_value());
    EXPECT_FALSE(s.previous_mean.has_value());
    EXPECT_FALSE(s.change.has_value());
}

TEST(EvaluationSummary, OneAnswerGivesOnlyTheCountAndNoUnsignedComment) {
    const std::vector<ScoredResponse> previous = {AllScores(5), AllScores(6), AllScores(7)};
    const std::vector<ScoredResponse> current = {AllScores(9, "alleen ik")};
    const auto summary = SummariseEvaluation(current, previous);
    for (const ElementSummary& s : summary) {
        EXPECT_EQ(s.responses, 1);
        EXPECT_EQ(s.previous_responses, 3);
        ExpectNothingDerivedFromScores(s);
        EXPECT_TRUE(s.comments.empty());
    }
}

TEST(EvaluationSummary, TwoAnswersGiveOnlyTheCountAndSignedComments) {
    const std::vector<ScoredResponse> current = {AllScores(2, "zonder naam"), AllScores(9, "met naam", "An Jansen")};
    const auto summary = SummariseEvaluation(current, {});
    for (const ElementSummary& s : summary) {
        EXPECT_EQ(s.responses, 2);
        ExpectNothingDerivedFromScores(s);
        ASSERT_EQ(s.comments.size(), 1u);
        EXPECT_EQ(s.comments[0].text, "met naam");
        EXPECT_EQ(s.comments[0].signed_by, "An Jansen");
    }
}

TEST(EvaluationSummary, ThreeAnswersGiveEverything) {
    EXPECT_EQ(kMinEvaluationAnswers, 3);
    const std::vector<ScoredResponse> current = {AllScores(2, "zonder naam"), AllScores(9, "met naam", "An Jansen"),
                                                 AllScores(7, "nog een")};
    const auto summary = SummariseEvaluation(current, {});
    for (const ElementSummary& s : summary) {
        EXPECT_EQ(s.responses, 3);
        EXPECT_FALSE(s.hidden);
        ASSERT_TRUE(s.distribution.has_value());
        EXPECT_EQ((*s.distribution)[1] + (*s.distribution)[6] + (*s.distribution)[8], 3);
        EXPECT_DOUBLE_EQ(*s.mean, 6.0);
        EXPECT_DOUBLE_EQ(*s.median, 7.0);
        EXPECT_EQ(*s.min, 2);
        EXPECT_EQ(*s.max, 9);
        EXPECT_FALSE(s.previous_mean.has_value());  // no previous round
        EXPECT_FALSE(s.change.has_value());
        ASSERT_EQ(s.comments.size(), 3u);
        EXPECT_EQ(s.comments[0].text, "met naam");  // ordered by text, not by who answered first
    }
}

TEST(EvaluationSummary, NoChangeAgainstAPreviousRoundWithTooFewAnswers) {
    const std::vector<ScoredResponse> small = {AllScores(3), AllScores(4)};
    const std::vector<ScoredResponse> large = {AllScores(6), AllScores(7), AllScores(8)};
    // The previous round was small: its mean would be one or two people's scores.
    const auto after_small = SummariseEvaluation(large, small);
    EXPECT_FALSE(after_small[0].hidden);
    EXPECT_DOUBLE_EQ(*after_small[0].mean, 7.0);
    EXPECT_EQ(after_small[0].previous_responses, 2);
    EXPECT_FALSE(after_small[0].previous_mean.has_value());
    EXPECT_FALSE(after_small[0].change.has_value());
    // The current round is small: the change would give its mean away.
    const auto now_small = SummariseEvaluation(small, large);
    ExpectNothingDerivedFromScores(now_small[0]);
    EXPECT_EQ(now_small[0].previous_responses, 3);
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
