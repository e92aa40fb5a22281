#include "http/similar_routes.hpp"

#include "http/ambition_json.hpp"
#include "http/json.hpp"
#include "http/json_fields.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "service/similar_municipalities.hpp"

namespace kompas {
namespace {

nlohmann::json ClassJson(const MunicipalityTraits& traits) {
    return {{"region", ToJson(traits.region)},
            {"urbanisation", traits.urbanisation ? nlohmann::json(*traits.urbanisation) : nlohmann::json(nullptr)},
            {"urbanisation_name",
             traits.urbanisation ? nlohmann::json(UrbanisationName(*traits.urbanisation)) : nlohmann::json(nullptr)},
            {"size_class", traits.size_class ? nlohmann::json(*traits.size_class) : nlohmann::json(nullptr)},
            {"size_class_name",
             traits.size_class ? nlohmann::json(SizeClassName(*traits.size_class)) : nlohmann::json(nullptr)}};
}

}  // namespace

nlohmann::json ToJson(const GroupComparison& comparison) {
    nlohmann::json members = nlohmann::json::array();
    for (const auto& member : comparison.group.members) members.push_back(ToJson(member));
    nlohmann::json candidates = nlohmann::json::array();
    for (const auto& candidate : comparison.candidates) candidates.push_back(ClassJson(candidate));
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& entry : comparison.entries) {
        const auto& value = entry.value;
        entries.push_back({{"indicator", entry.indicator},
                           {"period", entry.period},
                           // A figure Kompas computed: rounded as the indicator is published.
                           {"value", value.value ? nlohmann::json(RoundToDecimals(*value.value, entry.decimals))
                                                 : nlohmann::json(nullptr)},
                           {"method", GroupMethodName(value.method)},
                           {"with_value", value.with_value},
                           {"without_value", value.without_value}});
    }
    return {{"municipality", ClassJson(comparison.self)},
            {"group",
             {{"mode", GroupModeName(comparison.group.mode)},
              {"name", comparison.group.name},
              {"classes_known", comparison.group.classes_known},
              {"members", members}}},
            {"candidates", candidates},
            {"entries", entries}};
}

nlohmann::json ToJsonArray(const std::vector<AreaSignal>& signals) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& signal : signals) {
        auto json = ToJson(signal.signal);
        json["collaboration_name"] = signal.collaboration_name;
        array.push_back(std::move(json));
    }
    return array;
}

void AddSimilarRoutes(Router& router, StorePool& pool) {
    router.Add("GET", "/api/regions/{code}/similar", [&pool](const RequestContext& context) {
        const auto& request = context.request;
        return Reply(GetSimilarMunicipalities(*pool.Borrow(), context.params.at("code"), request.Param("group"),
                                              request.Param("members")));
    });
    router.Add(
        "GET", "/api/regions/{code}/signals",
        [&pool](const RequestContext& context) {
            return Reply(ListAreaSignals(*pool.Borrow(), CallerOf(context), context.params.at("code")));
        },
        Access::kSignedIn);
}

}  // namespace kompas
