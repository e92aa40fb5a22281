#include "http/outcome_routes.hpp"

#include <charconv>

#include "http/export_reply.hpp"
#include "http/outcome_export.hpp"
#include "http/outcome_json.hpp"
#include "http/reply.hpp"
#include "http/report_bodies.hpp"
#include "http/route_helpers.hpp"
#include "http/session_context.hpp"

namespace kompas {
namespace {

Result<engine::Granularity> GranularityParam(const RequestContext& context) {
    const std::string text = context.request.Param("granularity");
    if (text.empty()) return engine::Granularity::kYear;
    const auto granularity = engine::ParseGranularity(text);
    if (!granularity) return Fail(ErrorCode::kInvalidArgument, "granularity is year of half_year", "granularity");
    return *granularity;
}

Result<std::int64_t> IntegerParam(const RequestContext& context, const char* name, std::int64_t fallback) {
    const std::string text = context.request.Param(name);
    if (text.empty()) return fallback;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        return Fail(ErrorCode::kInvalidArgument, std::string(name) + " is een geheel getal", name);
    }
    return value;
}

}  // namespace

void AddOutcomeRoutes(Router& router, StorePool& pool, OutcomeServices& services) {
    const auto add = [&router](const char* method, const char* pattern, Handler handler) {
        router.Add(method, pattern, std::move(handler), Access::kSignedIn);
    };
    add("GET", "/api/outcomes/provider", [&pool, &services](const RequestContext& context) {
        auto granularity = GranularityParam(context);
        if (!granularity) return ErrorResponse(granularity.error());
        return Reply(OwnOutcomes(*pool.Borrow(), services, CallerOf(context), *granularity, DayOf(Now())));
    });
    // The report is the same for everyone allowed to see it: once written, its body is kept.
    auto bodies = std::make_shared<ReportBodies>();
    add("GET", "/api/outcomes/municipality/{code}", [&pool, &services, bodies](const RequestContext& context) {
        auto granularity = GranularityParam(context);
        if (!granularity) return ErrorResponse(granularity.error());
        const std::string& code = context.params.at("code");
        const Day today = DayOf(Now());
        auto store = pool.Borrow();
        auto version = MunicipalityReportVersion(*store, services, CallerOf(context), code, *granularity, today);
        if (!version) return ErrorResponse(version.error());
        auto body = bodies->Find(*version);
        if (!body) {
            auto view = MunicipalityOutcomes(*store, services, CallerOf(context), code, *granularity, today);
            if (!view) return ErrorResponse(view.error());
            body = bodies->Put(*version, Dump(ToJson(*view)));
        }
        return BodyResponse(context.request, *body);
    });
    add("GET", "/api/outcomes/municipality/{code}/export", [&pool, &services](const RequestContext& context) {
        auto format = ExportFormat(context.request);
        if (!format) return ErrorResponse(format.error());
        auto granularity = GranularityParam(context);
        if (!granularity) return ErrorResponse(granularity.error());
        auto view = ExportMunicipalityOutcomes(*pool.Borrow(), services, CallerOf(context), context.params.at("code"),
                                               *granularity, Now());
        if (!view) return ErrorResponse(view.error());
        return FileReply({OutcomeExportTable(ToJson(*view))}, *format,
                         "uitkomsten-" + view->code + "-" + engine::GranularityName(*granularity));
    });
    // A funnel is the same for every caller with the same view version: once written, its body is kept
    // (a national funnel has thousands of points; writing and compressing them cost 20 ms a request).
    auto funnel_bodies = std::make_shared<ReportBodies>(std::size_t{32} << 20);
    add("GET", "/api/outcomes/funnel", [&pool, &services, funnel_bodies](const RequestContext& context) {
        const std::string indicator_text = context.request.Param("indicator");
        const auto indicator = indicator_text.empty() ? std::optional(engine::FunnelIndicator::kPlanned)
                                                      : engine::ParseFunnelIndicator(indicator_text);
        if (!indicator) {
            return ErrorResponse(
                Error{ErrorCode::kInvalidArgument, "indicator is planned, without_help of no_reentry", "indicator"});
        }
        const Day today = DayOf(Now());
        auto year = IntegerParam(context, "year", YearOf(today) - 1);
        if (!year) return ErrorResponse(year.error());
        const std::string municipality = context.request.Param("municipality");
        auto view = ProviderFunnel(*pool.Borrow(), services, CallerOf(context), *indicator, static_cast<int>(*year),
                                   municipality.empty() ? std::nullopt : std::optional(municipality), today);
        if (!view) return ErrorResponse(view.error());
        auto body = funnel_bodies->Find(view->version);
        if (!body) body = funnel_bodies->Put(view->version, Dump(ToJson(*view)));
        return BodyResponse(context.request, *body);
    });
    add("GET", "/api/trajectories", [&pool](const RequestContext& context) {
        auto limit = IntegerParam(context, "limit", 100);
        if (!limit) return ErrorResponse(limit.error());
        auto offset = IntegerParam(context, "offset", 0);
        if (!offset) return ErrorResponse(offset.error());
        return Reply(ListOwnTrajectories(*pool.Borrow(), CallerOf(context), *limit, *offset, Now()));
    });
    add("POST", "/api/trajectories/uploads", [&pool, &services](const RequestContext& context) {
        return WithBody(context, ReadTrajectoryUpload, [&](const TrajectoryUpload& upload) {
            auto summary =
                UploadTrajectories(*pool.Borrow(), services, CallerOf(context), upload.filename, upload.bytes, Now());
            if (!summary) return ErrorResponse(summary.error());
            nlohmann::json json = ToJson(*summary);
            json["filename"] = upload.filename;
            return JsonResponse(Dump(json), 201);
        });
    });
}

}  // namespace kompas
