// The portfolio analysis as a workbook: the matrix of results × activities first, then the results,
// the activities, the echelons and the decisions, each with Dutch headings. Activities are in the
// order of the page (by name), never ranked.
#pragma once

#include <string>
#include <vector>

#include "core/portfolio.hpp"
#include "export/xlsx_writer.hpp"

namespace kompas {

std::vector<ExportTable> PortfolioSheets(const Portfolio& portfolio, const std::string& collaboration_name);

// Dutch labels shared by the sheets.
const char* EchelonLabel(Echelon echelon);
const char* ActivityStatusLabel(ActivityStatus status);
const char* LevelLabel(Level level);
const char* ActivityDecisionLabel(ActivityDecisionKind kind);

}  // namespace kompas
