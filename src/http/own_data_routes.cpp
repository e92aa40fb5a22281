#include "http/own_data_routes.hpp"

#include "http/json.hpp"
#include "http/json_fields.hpp"
#include "http/reply.hpp"
#include "http/route_helpers.hpp"
#include "service/indicator_editor.hpp"
#include "service/own_data.hpp"

namespace kompas {
namespace {

struct OwnDataUpload {
    ImportFormat format = ImportFormat::kCbsCsv;
    TrajectoryUpload file;  // filename and decoded content
};

// { "format": "kwb-csv" | "odata-zip" | "long-csv", "filename", "content_base64" }
Result<OwnDataUpload> ReadOwnDataUpload(const nlohmann::json& body) {
    const auto format = body.find("format");
    const auto parsed = format != body.end() && format->is_string()
                            ? ParseOwnDataFormat(format->get_ref<const std::string&>())
                            : std::nullopt;
    if (!parsed) return Fail(ErrorCode::kInvalidArgument, "format is kwb-csv, odata-zip of long-csv", "format");
    auto file = ReadTrajectoryUpload(body);
    if (!file) return std::unexpected(std::move(file.error()));
    return OwnDataUpload{*parsed, std::move(*file)};
}

// PUT /api/indicators/{key}: { title, unit, decimals, direction, definition, source }
Result<Indicator> ReadIndicatorDescription(const nlohmann::json& body) {
    Indicator indicator;
    auto title = json_fields::Text(body, "title", true, 200);
    if (!title) return std::unexpected(title.error());
    indicator.title = std::move(*title);
    auto unit = json_fields::Text(body, "unit", false, 40);
    if (!unit) return std::unexpected(unit.error());
    indicator.unit = std::move(*unit);
    const auto decimals = body.find("decimals");
    if (decimals == body.end() || !decimals->is_number_integer()) {
        return json_fields::Invalid("decimals", "Geef het aantal decimalen als geheel getal");
    }
    indicator.decimals = decimals->get<int>();
    auto direction = json_fields::Text(body, "direction", true, 40);
    if (!direction) return std::unexpected(direction.error());
    const auto parsed = ParseDirection(*direction);
    if (!parsed) return json_fields::Invalid("direction", "direction is higher_is_better, lower_is_better of neutral");
    indicator.direction = *parsed;
    auto definition = json_fields::Text(body, "definition", false, 5000);
    if (!definition) return std::unexpected(definition.error());
    indicator.definition = std::move(*definition);
    auto source = json_fields::Text(body, "source", false, 5000);
    if (!source) return std::unexpected(source.error());
    indicator.source = std::move(*source);
    return indicator;
}

Result<std::string> ReadNote(const nlohmann::json& body) { return json_fields::Text(body, "note", false, 5000); }

HttpResponse EditingReply(const Result<IndicatorForEditing>& result) {
    if (!result) return ErrorResponse(result.error());
    nlohmann::json note = nullptr;
    if (result->note) {
        note = {{"text", result->note->note},
                {"updated_by", result->note->updated_by},
                {"updated_at", result->note->updated_at}};
    }
    const nlohmann::json json = {
        {"indicator", ToJson(result->indicator)},
        {"built_in", result->built_in},
        {"owner_organisation_id",
         result->owner_organisation_id ? nlohmann::json(*result->owner_organisation_id) : nlohmann::json(nullptr)},
        {"note", note},
        {"can_edit", result->can_edit},
        {"can_note", result->can_note}};
    return JsonResponse(Dump(json));
}

}  // namespace

void AddOwnDataRoutes(Router& router, StorePool& pool) {
    router.Add(
        "GET", "/api/own-data/area",
        [&pool](const RequestContext& context) {
            auto area = OwnDataArea(*pool.Borrow(), CallerOf(context));
            if (!area) return ErrorResponse(area.error());
            nlohmann::json json = {{"any_region", !area->has_value()}, {"municipality", nullptr}};
            if (*area) json["municipality"] = (*area)->municipality;
            return JsonResponse(Dump(json));
        },
        Access::kSignedIn);
    router.Add(
        "POST", "/api/own-data/uploads",
        [&pool](const RequestContext& context) {
            return WithBody(context, ReadOwnDataUpload, [&](const OwnDataUpload& upload) {
                auto summary = UploadOwnData(*pool.Borrow(), CallerOf(context), upload.format, upload.file.filename,
                                             upload.file.bytes, Now());
                if (!summary) return ErrorResponse(summary.error());
                const nlohmann::json json = {{"format", ImportFormatName(upload.format)},
                                             {"already_imported", summary->already_imported},
                                             {"regions", summary->regions},
                                             {"indicators", summary->indicators},
                                             {"observations", summary->observations}};
                return JsonResponse(Dump(json), 201);
            });
        },
        Access::kSignedIn);
    router.Add(
        "GET", "/api/indicators/{key}/editing",
        [&pool](const RequestContext& context) {
            return EditingReply(GetIndicatorForEditing(*pool.Borrow(), CallerOf(context), context.params.at("key")));
        },
        Access::kSignedIn);
    router.Add(
        "PUT", "/api/indicators/{key}",
        [&pool](const RequestContext& context) {
            return WithBody(context, ReadIndicatorDescription, [&](Indicator indicator) {
                indicator.key = context.params.at("key");
                return EditingReply(EditIndicator(*pool.Borrow(), CallerOf(context), indicator, Now()));
            });
        },
        Access::kSignedIn);
    router.Add(
        "PUT", "/api/indicators/{key}/note",
        [&pool](const RequestContext& context) {
            return WithBody(context, ReadNote, [&](const std::string& note) {
                return EditingReply(
                    SetIndicatorNote(*pool.Borrow(), CallerOf(context), context.params.at("key"), note, Now()));
            });
        },
        Access::kSignedIn);
}

}  // namespace kompas
