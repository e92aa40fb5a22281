#include "core/portfolio.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kompas {
namespace {

void AddFigure(std::optional<std::int64_t>& sum, const std::optional<std::int64_t>& value, bool& incomplete) {
    if (!value) {
        incomplete = true;
        return;
    }
    sum = sum.value_or(0) + *value;
}

// Adds one activity's year (or nothing known, when it has no figures for that year).
void Add(PortfolioFigures& figures, const ActivityYear* year) {
    ++figures.activities;
    const ActivityYear none;
    const ActivityYear& y = year ? *year : none;
    AddFigure(figures.budget_planned, y.budget_planned, figures.incomplete);
    AddFigure(figures.budget_spent, y.budget_spent, figures.incomplete);
    AddFigure(figures.reach_planned, y.reach_planned, figures.incomplete);
    AddFigure(figures.reach_actual, y.reach_actual, figures.incomplete);
}

const ActivityYear* YearOf(const Activity& activity, std::optional<int> year) {
    if (!year) return nullptr;
    for (const auto& item : activity.fields.years) {
        if (item.year == *year) return &item;
    }
    return nullptr;
}

bool Important(const PortfolioResultRow& row) { return row.priority == Level::kHigh || row.urgency == Level::kHigh; }

PortfolioAttention AttentionFor(const PortfolioResultRow& row, std::size_t result_count) {
    if (Important(row) && row.figures.activities == 0) return PortfolioAttention::kImportantWithoutActivity;
    if (!row.budget_share || result_count == 0) return PortfolioAttention::kNone;
    const double equal = 1.0 / static_cast<double>(result_count);
    if (Important(row) && *row.budget_share < equal) return PortfolioAttention::kImportantLittleBudget;
    if (row.priority == Level::kLow && *row.budget_share > 2.0 * equal) {
        return PortfolioAttention::kLowPriorityMuchBudget;
    }
    return PortfolioAttention::kNone;
}

}  // namespace

const char* PortfolioAttentionName(PortfolioAttention attention) {
    switch (attention) {
        case PortfolioAttention::kNone:
            return "none";
        case PortfolioAttention::kImportantWithoutActivity:
            return "important_without_activity";
        case PortfolioAttention::kImportantLittleBudget:
            return "important_little_budget";
        case PortfolioAttention::kLowPriorityMuchBudget:
            return "low_priority_much_budget";
    }
    return "none";
}

const char* PortfolioAttentionText(PortfolioAttention attention) {
    switch (attention) {
        case PortfolioAttention::kNone:
            return "";
        case PortfolioAttention::kImportantWithoutActivity:
            return "Hoge prioriteit of urgentie, maar geen enkele activiteit draagt eraan bij.";
        case PortfolioAttention::kImportantLittleBudget:
            return "Hoge prioriteit of urgentie, maar minder dan een gelijk deel van het geplande budget.";
        case PortfolioAttention::kLowPriorityMuchBudget:
            return "Lage prioriteit, maar meer dan twee keer een gelijk deel van het geplande budget.";
    }
    return "";
}

Portfolio BuildPortfolio(const std::vector<SocietalResult>& results, const std::vector<Ambition>& ambitions,
                         const std::vector<Activity>& activities, const std::vector<ResultPriority>& priorities,
                         std::vector<ActivityDecision> decisions, std::optional<int> year) {
    Portfolio portfolio;
    std::set<int> years;
    for (const auto& activity : activities) {
        for (const auto& item : activity.fields.years) years.insert(item.year);
    }
    portfolio.years.assign(years.begin(), years.end());
    portfolio.year = year;
    if (!portfolio.year && !years.empty()) portfolio.year = *years.rbegin();

    std::map<std::string, std::size_t> result_index;
    for (const auto& result : results) {
        PortfolioResultRow row;
        row.result_id = result.id;
        row.title = result.title;
        for (const auto& ambition : ambitions) {
            if (ambition.id == result.ambition_id) row.ambition_title = ambition.title;
        }
        for (const auto& priority : priorities) {
            if (priority.result_id == result.id) {
                row.priority = priority.priority;
                row.urgency = priority.urgency;
            }
        }
        result_index[result.id] = portfolio.results.size();
        portfolio.results.push_back(std::move(row));
    }
    for (const Echelon echelon : kEchelons) portfolio.echelons.push_back(PortfolioEchelonRow{echelon, {}});

    for (const auto& activity : activities) {
        const NewActivity& fields = activity.fields;
        const ActivityYear* figures = YearOf(activity, portfolio.year);
        PortfolioActivityRow row;
        row.activity_id = activity.id;
        row.name = fields.name;
        row.actor = activity.actor;
        row.echelon = fields.echelon;
        row.status = fields.status;
        row.kind = fields.kind;
        Add(row.figures, figures);
        if (figures && figures->budget_spent && figures->reach_actual && *figures->reach_actual > 0) {
            row.cost_per_child =
                static_cast<double>(*figures->budget_spent) / static_cast<double>(*figures->reach_actual);
            row.cost_basis = "spent";
        } else if (figures && figures->budget_planned && figures->reach_planned && *figures->reach_planned > 0) {
            row.cost_per_child =
                static_cast<double>(*figures->budget_planned) / static_cast<double>(*figures->reach_planned);
            row.cost_basis = "planned";
        }
        row.quality_known = QualityKnown(fields);
        row.monitoring_agreement = fields.monitoring.has_value();
        for (const auto& link : fields.results) {
            const auto found = result_index.find(link.result_id);
            if (found == result_index.end()) continue;
            row.result_ids.push_back(link.result_id);
            portfolio.cells.push_back(PortfolioCell{link.result_id, activity.id, link.reason});
            Add(portfolio.results[found->second].figures, figures);
        }
        if (row.result_ids.empty()) portfolio.activities_without_result.push_back(activity.id);
        for (auto& echelon : portfolio.echelons) {
            if (echelon.echelon == fields.echelon) Add(echelon.figures, figures);
        }
        Add(portfolio.total, figures);
        portfolio.activities.push_back(std::move(row));
    }

    for (auto& row : portfolio.results) {
        if (row.figures.activities == 0) portfolio.results_without_activity.push_back(row.result_id);
        if (portfolio.total.budget_planned && *portfolio.total.budget_planned > 0) {
            row.budget_share = static_cast<double>(row.figures.budget_planned.value_or(0)) /
                               static_cast<double>(*portfolio.total.budget_planned);
        }
        row.attention = AttentionFor(row, portfolio.results.size());
    }
    portfolio.decisions = std::move(decisions);
    return portfolio;
}

}  // namespace kompas
