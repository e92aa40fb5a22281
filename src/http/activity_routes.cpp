#include "http/activity_routes.hpp"

#include <charconv>

#include "export/portfolio_workbook.hpp"
#include "http/activity_body.hpp"
#include "http/activity_json.hpp"
#include "http/export_reply.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "service/activities.hpp"
#include "service/collaborations.hpp"

namespace kompas {
namespace {

const std::string& Id(const RequestContext& context) { return context.params.at("id"); }
const std::string& ActivityId(const RequestContext& context) { return context.params.at("activity_id"); }
const std::string& ResultId(const RequestContext& context) { return context.params.at("result_id"); }

// The optional ?year= of the portfolio.
Result<std::optional<int>> YearParam(const RequestContext& context) {
    const std::string text = context.request.Param("year");
    if (text.empty()) return std::optional<int>{};
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error != std::errc() || end != text.data() + text.size() || year < 1990 || year > 2100) {
        return Fail(ErrorCode::kInvalidArgument, "Het jaar is een jaartal tussen 1990 en 2100", "year");
    }
    return std::optional<int>(year);
}

// The portfolio as a workbook (every sheet), or as CSV its first table, the matrix.
HttpResponse ExportReply(Store& store, const RequestContext& context) {
    auto format = ExportFormat(context.request, "xlsx");
    if (!format) return ErrorResponse(format.error());
    auto year = YearParam(context);
    if (!year) return ErrorResponse(year.error());
    auto collaboration = GetCollaboration(store, CallerOf(context), Id(context));
    if (!collaboration) return ErrorResponse(collaboration.error());
    auto portfolio = ExportPortfolio(store, CallerOf(context), Id(context), *year, Now());
    if (!portfolio) return ErrorResponse(portfolio.error());
    return FileReply(PortfolioSheets(*portfolio, collaboration->collaboration.name), *format, "aanbodanalyse");
}

}  // namespace

void AddActivityRoutes(Router& router, StorePool& pool) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/collaborations/{id}/activities", [&pool](const RequestContext& context) {
        return Reply(ListActivities(*pool.Borrow(), CallerOf(context), Id(context)));
    });
    add("POST", "/api/collaborations/{id}/activities", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewActivity, [&](const NewActivity& input) {
            return Reply(CreateActivity(*pool.Borrow(), CallerOf(context), Id(context), input, Now()), 201);
        });
    });
    add("GET", "/api/collaborations/{id}/activities/{activity_id}", [&pool](const RequestContext& context) {
        return Reply(GetActivity(*pool.Borrow(), CallerOf(context), Id(context), ActivityId(context)));
    });
    add("PUT", "/api/collaborations/{id}/activities/{activity_id}", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewActivity, [&](const NewActivity& input) {
            return Reply(
                UpdateActivity(*pool.Borrow(), CallerOf(context), Id(context), ActivityId(context), input, Now()));
        });
    });
    add("DELETE", "/api/collaborations/{id}/activities/{activity_id}", [&pool](const RequestContext& context) {
        return Reply(DeleteActivity(*pool.Borrow(), CallerOf(context), Id(context), ActivityId(context), Now()));
    });
    add("POST", "/api/collaborations/{id}/activities/{activity_id}/decisions", [&pool](const RequestContext& context) {
        return WithBody(context, ReadNewActivityDecision, [&](const NewActivityDecision& input) {
            return Reply(
                DecideOnActivity(*pool.Borrow(), CallerOf(context), Id(context), ActivityId(context), input, Now()),
                201);
        });
    });
    add("PUT", "/api/collaborations/{id}/results/{result_id}/priority", [&pool](const RequestContext& context) {
        return WithBody(context, ReadResultPriority, [&](const std::pair<Level, Level>& input) {
            return Reply(SetResultPriority(*pool.Borrow(), CallerOf(context), Id(context), ResultId(context),
                                           input.first, input.second, Now()));
        });
    });
    add("GET", "/api/collaborations/{id}/portfolio", [&pool](const RequestContext& context) {
        auto year = YearParam(context);
        if (!year) return ErrorResponse(year.error());
        return Reply(GetPortfolio(*pool.Borrow(), CallerOf(context), Id(context), *year));
    });
    add("GET", "/api/collaborations/{id}/portfolio/export",
        [&pool](const RequestContext& context) { return ExportReply(*pool.Borrow(), context); });
}

}  // namespace kompas
