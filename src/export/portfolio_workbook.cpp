#include "export/portfolio_workbook.hpp"

#include <map>

namespace kompas {
namespace {

ExportCell Figure(const std::optional<std::int64_t>& value) {
    return value ? ExportCell(static_cast<double>(*value)) : ExportCell(std::monostate{});
}

ExportCell Text(std::string text) { return ExportCell(std::move(text)); }

// The four figures of a group, then a note when some activity does not know one.
void AppendFigures(std::vector<ExportCell>& row, const PortfolioFigures& figures) {
    row.push_back(static_cast<double>(figures.activities));
    row.push_back(Figure(figures.budget_planned));
    row.push_back(Figure(figures.budget_spent));
    row.push_back(Figure(figures.reach_planned));
    row.push_back(Figure(figures.reach_actual));
    row.push_back(Text(figures.incomplete ? "niet van elke activiteit bekend" : ""));
}

const std::vector<ExportCell> kFigureHeadings = {Text("Activiteiten"),       Text("Budget gepland (€)"),
                                                 Text("Budget besteed (€)"), Text("Bereik gepland"),
                                                 Text("Bereik werkelijk"),   Text("Opmerking")};

}  // namespace

const char* EchelonLabel(Echelon echelon) {
    switch (echelon) {
        case Echelon::kCitizenInitiative:
            return "Burgerinitiatief";
        case Echelon::kPrevention:
            return "Preventie";
        case Echelon::kBasic:
            return "Basisvoorziening en 1e lijn";
        case Echelon::kIntensive:
            return "Intensieve zorg";
    }
    return "";
}

const char* ActivityStatusLabel(ActivityStatus status) {
    switch (status) {
        case ActivityStatus::kPlanned:
            return "Gepland";
        case ActivityStatus::kRunning:
            return "Loopt";
        case ActivityStatus::kEnded:
            return "Beëindigd";
        case ActivityStatus::kRebuilding:
            return "Wordt omgebouwd";
        case ActivityStatus::kWindingDown:
            return "Wordt afgebouwd";
    }
    return "";
}

const char* LevelLabel(Level level) {
    switch (level) {
        case Level::kHigh:
            return "hoog";
        case Level::kMedium:
            return "gemiddeld";
        case Level::kLow:
            return "laag";
    }
    return "";
}

const char* ActivityDecisionLabel(ActivityDecisionKind kind) {
    switch (kind) {
        case ActivityDecisionKind::kContinue:
            return "Voortzetten";
        case ActivityDecisionKind::kRebuild:
            return "Ombouwen";
        case ActivityDecisionKind::kWindDown:
            return "Afbouwen";
    }
    return "";
}

std::vector<ExportTable> PortfolioSheets(const Portfolio& portfolio, const std::string& collaboration_name) {
    const std::string year = portfolio.year ? std::to_string(*portfolio.year) : "geen jaar met cijfers";
    std::map<std::pair<std::string, std::string>, std::string> reasons;  // (result, activity) -> reason
    for (const auto& cell : portfolio.cells) reasons[{cell.result_id, cell.activity_id}] = cell.reason;

    ExportTable matrix{"Matrix", {}, {48}};
    std::vector<ExportCell> heading{Text("Resultaat \\ activiteit")};
    for (const auto& activity : portfolio.activities) {
        heading.push_back(Text(activity.name));
        matrix.widths.push_back(24);
    }
    matrix.rows.push_back(std::move(heading));
    for (const auto& result : portfolio.results) {
        std::vector<ExportCell> row{Text(result.title)};
        for (const auto& activity : portfolio.activities) {
            const auto found = reasons.find({result.result_id, activity.activity_id});
            if (found == reasons.end()) {
                row.emplace_back(std::monostate{});
            } else {
                row.push_back(Text(found->second.empty() ? "draagt bij" : "draagt bij: " + found->second));
            }
        }
        matrix.rows.push_back(std::move(row));
    }
    std::vector<ExportCell> without{Text("(geen resultaat)")};
    for (const auto& activity : portfolio.activities) {
        without.push_back(Text(activity.result_ids.empty() ? "draagt aan geen resultaat bij" : ""));
    }
    matrix.rows.push_back(std::move(without));
    matrix.rows.push_back({});
    matrix.rows.push_back({Text(collaboration_name + ": aanbodanalyse, cijfers van " + year)});

    ExportTable results{"Resultaten", {}, {48, 30, 12, 12, 12, 18, 18, 16, 16, 30, 14, 60}};
    std::vector<ExportCell> result_heading{Text("Resultaat"), Text("Ambitie"), Text("Prioriteit"), Text("Urgentie")};
    result_heading.insert(result_heading.end(), kFigureHeadings.begin(), kFigureHeadings.end());
    result_heading.push_back(Text("Aandeel gepland budget (%)"));
    result_heading.push_back(Text("Valt op"));
    results.rows.push_back(std::move(result_heading));
    for (const auto& result : portfolio.results) {
        std::vector<ExportCell> row{Text(result.title), Text(result.ambition_title),
                                    Text(result.priority ? LevelLabel(*result.priority) : "niet gegeven"),
                                    Text(result.urgency ? LevelLabel(*result.urgency) : "niet gegeven")};
        AppendFigures(row, result.figures);
        row.push_back(result.budget_share ? ExportCell(*result.budget_share * 100.0) : ExportCell(std::monostate{}));
        row.push_back(Text(PortfolioAttentionText(result.attention)));
        results.rows.push_back(std::move(row));
    }

    ExportTable activities{"Activiteiten", {}, {36, 28, 26, 18, 12, 18, 18, 16, 16, 30, 18, 16, 16, 20}};
    std::vector<ExportCell> activity_heading{Text("Activiteit"), Text("Uitvoerder"), Text("Echelon"), Text("Status")};
    activity_heading.insert(activity_heading.end(), kFigureHeadings.begin(), kFigureHeadings.end());
    activity_heading.push_back(Text("Kosten per bereikt kind (€)"));
    activity_heading.push_back(Text("Op basis van"));
    activity_heading.push_back(Text("Kwaliteit"));
    activity_heading.push_back(Text("Monitoringsafspraak"));
    activities.rows.push_back(std::move(activity_heading));
    for (const auto& activity : portfolio.activities) {
        std::vector<ExportCell> row{Text(activity.name), Text(activity.actor), Text(EchelonLabel(activity.echelon)),
                                    Text(ActivityStatusLabel(activity.status))};
        AppendFigures(row, activity.figures);
        row.push_back(activity.cost_per_child ? ExportCell(*activity.cost_per_child) : ExportCell(std::monostate{}));
        row.push_back(Text(!activity.cost_basis              ? ""
                           : *activity.cost_basis == "spent" ? "besteed en werkelijk bereik"
                                                             : "gepland budget en bereik"));
        row.push_back(Text(activity.quality_known ? "onderbouwd" : "onbekend"));
        row.push_back(Text(activity.monitoring_agreement ? "ja" : "nee"));
        activities.rows.push_back(std::move(row));
    }

    ExportTable echelons{"Echelons", {}, {30, 12, 18, 18, 16, 16, 30}};
    std::vector<ExportCell> echelon_heading{Text("Echelon")};
    echelon_heading.insert(echelon_heading.end(), kFigureHeadings.begin(), kFigureHeadings.end());
    echelons.rows.push_back(std::move(echelon_heading));
    for (const auto& echelon : portfolio.echelons) {
        std::vector<ExportCell> row{Text(EchelonLabel(echelon.echelon))};
        AppendFigures(row, echelon.figures);
        echelons.rows.push_back(std::move(row));
    }
    std::vector<ExportCell> total{Text("Totaal")};
    AppendFigures(total, portfolio.total);
    echelons.rows.push_back(std::move(total));

    ExportTable decisions{"Besluiten", {}, {36, 16, 12, 60, 24}};
    decisions.rows.push_back({Text("Activiteit"), Text("Besluit"), Text("Datum"), Text("Waarom"), Text("Door")});
    std::map<std::string, std::string> names;
    for (const auto& activity : portfolio.activities) names[activity.activity_id] = activity.name;
    for (const auto& decision : portfolio.decisions) {
        decisions.rows.push_back({Text(names[decision.activity_id]), Text(ActivityDecisionLabel(decision.decision)),
                                  Text(decision.decided_on), Text(decision.reason), Text(decision.decided_by)});
    }
    return {std::move(matrix), std::move(results), std::move(activities), std::move(echelons), std::move(decisions)};
}

}  // namespace kompas
