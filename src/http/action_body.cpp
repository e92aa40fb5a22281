#include "http/action_body.hpp"

#include "http/json_fields.hpp"

namespace kompas {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;

Result<NewImprovementAction> ReadNewImprovementAction(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    NewImprovementAction input;
    auto title = Text(body, "title", true, 1000);
    if (!title) return std::unexpected(title.error());
    input.title = std::move(*title);
    auto description = Text(body, "description", false, 20000);
    if (!description) return std::unexpected(description.error());
    input.description = std::move(*description);
    auto owner = Text(body, "owner_person_id", true, 200);
    if (!owner) return std::unexpected(owner.error());
    input.owner_person_id = std::move(*owner);
    auto due_on = Text(body, "due_on", true, 10);
    if (!due_on) return std::unexpected(due_on.error());
    input.due_on = std::move(*due_on);
    ActionSubject& about = input.about;
    for (auto [field, target] : {std::pair{"result_id", &about.result_id}, std::pair{"activity_id", &about.activity_id},
                                 std::pair{"indicator", &about.indicator}, std::pair{"region", &about.region},
                                 std::pair{"organisation_id", &about.organisation_id}}) {
        auto value = OptionalText(body, field, 200);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    return input;
}

Result<std::pair<ActionStatus, std::string>> ReadActionStatus(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    auto name = Text(body, "status", true, 40);
    if (!name) return std::unexpected(name.error());
    const auto status = ParseActionStatus(*name);
    if (!status) return Invalid("status", "Kies een status: open, in_progress, done of dropped");
    auto note = Text(body, "note", false, 4000);
    if (!note) return std::unexpected(note.error());
    return std::pair{*status, std::move(*note)};
}

}  // namespace kompas
