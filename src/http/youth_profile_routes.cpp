#include "http/youth_profile_routes.hpp"

#include "http/json.hpp"
#include "http/reply.hpp"
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
    router.Add("GET", "/api/regions/{code}/profile", [&pool](const RequestContext& context) {
        return Reply(GetRegionProfile(*pool.Borrow(), context.params.at("code")));
    });
    router.Add("GET", "/api/indicators", [&pool](const RequestContext&) { return Reply(pool.Borrow()->Indicators()); });
    router.Add("GET", "/api/observations", [&pool](const RequestContext& context) {
        const auto& request = context.request;
        return Reply(ListObservations(*pool.Borrow(), request.Param("region"), request.Param("indicator")));
    });
}

}  // namespace kompas
