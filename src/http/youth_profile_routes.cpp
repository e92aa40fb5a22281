#include "http/youth_profile_routes.hpp"

#include "http/json.hpp"
#include "service/youth_profile.hpp"

namespace kompas {
namespace {

template <typename T>
HttpResponse Reply(const Result<T>& result) {
    if (!result) return ErrorResponse(result.error());
    if constexpr (requires { ToJsonArray(*result); }) {
        return JsonResponse(Dump(ToJsonArray(*result)));
    } else {
        return JsonResponse(Dump(ToJson(*result)));
    }
}

}  // namespace

void AddYouthProfileRoutes(Router& router, StorePool& pool, std::string database) {
    router.Add("GET", "/api/health", [&pool, database](const HttpRequest&, const PathParams&) {
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
    router.Add("GET", "/api/regions", [&pool](const HttpRequest& request, const PathParams&) {
        return Reply(ListRegions(*pool.Borrow(), request.Param("parent"), request.Param("level")));
    });
    router.Add("GET", "/api/regions/{code}", [&pool](const HttpRequest&, const PathParams& params) {
        return Reply(GetRegionDetail(*pool.Borrow(), params.at("code")));
    });
    router.Add("GET", "/api/regions/{code}/profile", [&pool](const HttpRequest&, const PathParams& params) {
        return Reply(GetRegionProfile(*pool.Borrow(), params.at("code")));
    });
    router.Add("GET", "/api/indicators", [&pool](const HttpRequest&, const PathParams&) {
        return Reply(pool.Borrow()->Indicators());
    });
    router.Add("GET", "/api/observations", [&pool](const HttpRequest& request, const PathParams&) {
        return Reply(ListObservations(*pool.Borrow(), request.Param("region"), request.Param("indicator")));
    });
}

}  // namespace kompas
