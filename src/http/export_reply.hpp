// Answering with a download: the ?format= of an export (csv or xlsx), and the tables as a CSV file
// (the first table) or an .xlsx workbook (a sheet per table) with Content-Disposition: attachment.
// Shared by every export route.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "export/table.hpp"
#include "http/message.hpp"

namespace kompas {

// "csv" or "xlsx" from the request's format parameter; `fallback` when it is absent.
Result<std::string> ExportFormat(const HttpRequest& request, std::string_view fallback = "csv");

// `filename` without extension, e.g. "uitkomsten-GM0363-year".
HttpResponse FileReply(const std::vector<ExportTable>& tables, std::string_view format, std::string_view filename);

}  // namespace kompas
