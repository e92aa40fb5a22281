#include "http/youth_profile_routes.hpp"

#include <memory>
#include <string>

#include "http/json.hpp"
#include "http/reply.hpp"
#include "http/report_bodies.hpp"
#include "service/youth_profile.hpp"

namespace kompas {

void AddYouthProfileRoutes(Router& router, StorePool& pool, std::string database) {
    router.Add("GET", "/api/health", [&pool, database](const RequestContext&) {
        auto counts = pool.Borrow()->Counts();
        if (!counts) return ErrorResponse(counts.error());
        const nlohmann::json body = {{"status", "ok"},
                                     {"version", KOMPAS_VERSION},
                                     {"database", database},
                                     {"counts",
                                      {{"regions", counts->regions},
                                       {"indicators", counts->indicators},
                                       {"observations", counts->observations}}}};
        return JsonResponse(Dump(body));
    });
    router.Add("GET", "/api/regions", [&pool](const RequestContext& context) {
        const auto& request = context.request;
        return Reply(ListRegions(*pool.Borrow(), request.Param("parent"), request.Param("level")));
    });
    router.Add("GET", "/api/regions/{code}", [&pool](const RequestContext& context) {
        return Reply(GetRegionDetail(*pool.Borrow(), context.params.at("code")));
    });
    // A profile is public and the same for everyone: its body is kept until the public data change
    // (Store::PublicDataVersion, which also sees CLI imports). A kept profile costs one row read and
    // a lookup instead of five queries, the JSON and its gzip (issue 13's load figures).
    auto profiles = std::make_shared<ReportBodies>(std::size_t{32} << 20);
    router.Add("GET", "/api/regions/{code}/profile", [&pool, profiles](const RequestContext& context) {
        auto store = pool.Borrow();
        // The version is read before the data, so a kept body is never older than its key says.
        auto version = store->PublicDataVersion();
        if (!version) return ErrorResponse(version.error());
        auto code = NormaliseRegionCode(context.params.at("code"));
        if (!code) return Reply(GetRegionProfile(*store, context.params.at("code")));  // its error
        const std::string key = *code + "@" + std::to_string(*version);
        auto body = profiles->Find(key);
        if (!body) {
            auto profile = GetRegionProfile(*store, *code);
            if (!profile) return ErrorResponse(profile.error());
            body = profiles->Put(key, Dump(ToJson(*profile)));
        }
        return BodyResponse(context.request, *body);
    });
    router.Add("GET", "/api/indicators", [&pool](const RequestContext&) { return Reply(pool.Borrow()->Indicators()); });
    router.Add("GET", "/api/observations", [&pool](const RequestContext& context) {
        const auto& request = context.request;
        return Reply(ListObservations(*pool.Borrow(), request.Param("region"), request.Param("indicator")));
    });
}

}  // namespace kompas
