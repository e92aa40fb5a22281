#include "http/export_reply.hpp"

#include "export/csv_writer.hpp"
#include "export/xlsx_writer.hpp"

namespace kompas {

Result<std::string> ExportFormat(const HttpRequest& request, std::string_view fallback) {
    std::string format = request.Param("format");
    if (format.empty()) format = std::string(fallback);
    if (format != "csv" && format != "xlsx")
        return Fail(ErrorCode::kInvalidArgument, "Het formaat is csv of xlsx", "format");
    return format;
}

HttpResponse FileReply(const std::vector<ExportTable>& tables, std::string_view format, std::string_view filename) {
    HttpResponse response;
    if (format == "csv") {
        response.content_type = "text/csv; charset=utf-8";
        response.body = tables.empty() ? std::string() : WriteCsv(tables.front());
    } else {
        auto bytes = WriteXlsx(tables);
        if (!bytes) return ErrorResponse(bytes.error());
        response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        response.body = std::move(*bytes);
    }
    response.headers.emplace_back("Content-Disposition",
                                  "attachment; filename=\"" + std::string(filename) + "." + std::string(format) + "\"");
    return response;
}

}  // namespace kompas
