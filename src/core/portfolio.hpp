// The portfolio analysis (aanbodanalyse, block 3B): results × activities with the budget and reach
// of one year per result and per echelon, the gaps both ways, where much or little is invested set
// against the priority and urgency of each result, and the cost per reached child per activity,
// for discussion and never as a ranking. Pure: computed from what the store returns. JSON: the
// schema Portfolio of docs/api/openapi.yaml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/activity.hpp"
#include "core/ambition.hpp"

namespace kompas {

// Sums over a group of activities for one year. A figure is the sum of the known values, or null
// when no activity in the group knows it; `incomplete` says that at least one activity in the group
// does not know the figure, so the sum is a lower bound. JSON: { "activities", "budget_planned",
// "budget_spent", "reach_planned", "reach_actual", "incomplete" }
struct PortfolioFigures {
    std::int64_t activities = 0;
    std::optional<std::int64_t> budget_planned;
    std::optional<std::int64_t> budget_spent;
    std::optional<std::int64_t> reach_planned;
    std::optional<std::int64_t> reach_actual;
    bool incomplete = false;
};

// What stands out when investment is set against the result's priority and urgency. The rule: a
// result's share is its activities' planned budget over the whole planned budget; "little" is below
// an equal share (100 % divided by the number of results), "much" above twice an equal share.
enum class PortfolioAttention { kNone, kImportantWithoutActivity, kImportantLittleBudget, kLowPriorityMuchBudget };
// "none", "important_without_activity", "important_little_budget", "low_priority_much_budget".
const char* PortfolioAttentionName(PortfolioAttention attention);
// Dutch, for the page and the export; "" for none.
const char* PortfolioAttentionText(PortfolioAttention attention);

// JSON: { "result_id", "title", "ambition_title", "priority" | null, "urgency" | null, "figures",
//         "budget_share" | null, "attention", "attention_text" }
struct PortfolioResultRow {
    std::string result_id;
    std::string title;
    std::string ambition_title;
    std::optional<Level> priority;
    std::optional<Level> urgency;
    PortfolioFigures figures;            // an activity serving several results counts for each of them
    std::optional<double> budget_share;  // 0..1; null when no planned budget is known at all
    PortfolioAttention attention = PortfolioAttention::kNone;
};

// JSON: { "activity_id", "name", "actor", "echelon", "status", "kind" | null, "figures",
//         "cost_per_child" | null, "cost_basis": "spent" | "planned" | null, "quality_known",
//         "monitoring_agreement", "result_ids" }
struct PortfolioActivityRow {
    std::string activity_id;
    std::string name;
    std::string actor;
    Echelon echelon = Echelon::kPrevention;
    ActivityStatus status = ActivityStatus::kPlanned;
    std::optional<ActivityKind> kind;
    PortfolioFigures figures;
    // Budget spent per child reached, or else planned budget per child planned; whole euros.
    std::optional<double> cost_per_child;
    std::optional<std::string> cost_basis;
    bool quality_known = false;
    bool monitoring_agreement = false;
    std::vector<std::string> result_ids;
};

// JSON: { "result_id", "activity_id", "reason" }
struct PortfolioCell {
    std::string result_id;
    std::string activity_id;
    std::string reason;
};

// JSON: { "echelon", "figures" }
struct PortfolioEchelonRow {
    Echelon echelon = Echelon::kPrevention;
    PortfolioFigures figures;
};

// JSON: { "year" | null, "years", "results", "activities", "cells", "echelons", "total",
//         "results_without_activity", "activities_without_result", "decisions" }
struct Portfolio {
    std::optional<int> year;                       // the year the figures are of; null when no activity has any year
    std::vector<int> years;                        // every year some activity has figures for, ascending
    std::vector<PortfolioResultRow> results;       // in the order given
    std::vector<PortfolioActivityRow> activities;  // in the order given (by name)
    std::vector<PortfolioCell> cells;
    std::vector<PortfolioEchelonRow> echelons;  // the four, in kEchelons order
    PortfolioFigures total;
    std::vector<std::string> results_without_activity;   // result ids
    std::vector<std::string> activities_without_result;  // activity ids
    std::vector<ActivityDecision> decisions;
};

// `year`: the year to show; the latest year any activity has figures for when absent.
Portfolio BuildPortfolio(const std::vector<SocietalResult>& results, const std::vector<Ambition>& ambitions,
                         const std::vector<Activity>& activities, const std::vector<ResultPriority>& priorities,
                         std::vector<ActivityDecision> decisions, std::optional<int> year);

}  // namespace kompas
