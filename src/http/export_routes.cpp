#include "http/export_routes.hpp"

#include "http/action_json.hpp"
#include "http/ambition_json.hpp"
#include "http/export_reply.hpp"
#include "http/export_tables.hpp"
#include "http/json.hpp"
#include "http/route_helpers.hpp"
#include "service/actions.hpp"
#include "service/ambitions.hpp"
#include "service/audit_entry.hpp"
#include "service/youth_profile.hpp"

namespace kompas {

void AddExportRoutes(Router& router, StorePool& pool, OutcomeServices* outcomes) {
    router.Add(
        "GET", "/api/regions/{code}/profile/export",
        [&pool](const RequestContext& context) {
            auto format = ExportFormat(context.request);
            if (!format) return ErrorResponse(format.error());
            auto profile = GetRegionProfile(*pool.Borrow(), context.params.at("code"));
            if (!profile) return ErrorResponse(profile.error());
            return FileReply({ProfileExportTable(ToJson(*profile))}, *format,
                             "staat-van-de-jeugd-" + profile->region.code);
        },
        Access::kPublic);
    router.Add(
        "GET", "/api/collaborations/{id}/results/export",
        [&pool, outcomes](const RequestContext& context) {
            auto format = ExportFormat(context.request);
            if (!format) return ErrorResponse(format.error());
            const std::string& id = context.params.at("id");
            auto store = pool.Borrow();
            auto rows = ListResults(*store, CallerOf(context), id, outcomes, Now());
            if (!rows) return ErrorResponse(rows.error());
            if (auto audited = RecordExport(*store, CallerOf(context), Now(), "results", id); !audited) {
                return ErrorResponse(audited.error());
            }
            return FileReply({ResultsExportTable(ToJsonArray(*rows))}, *format, "resultaten");
        },
        Access::kSignedIn);
    router.Add(
        "GET", "/api/collaborations/{id}/actions/export",
        [&pool](const RequestContext& context) {
            auto format = ExportFormat(context.request);
            if (!format) return ErrorResponse(format.error());
            const std::string& id = context.params.at("id");
            auto store = pool.Borrow();
            auto actions = ListActions(*store, CallerOf(context), id, std::nullopt, Now());
            if (!actions) return ErrorResponse(actions.error());
            if (auto audited = RecordExport(*store, CallerOf(context), Now(), "improvement_actions", id); !audited) {
                return ErrorResponse(audited.error());
            }
            return FileReply({ActionsExportTable(ToJsonArray(*actions))}, *format, "verbeteracties");
        },
        Access::kSignedIn);
}

}  // namespace kompas
