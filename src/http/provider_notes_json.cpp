#include "http/provider_notes_json.hpp"

#include "http/json.hpp"
#include "http/json_fields.hpp"

namespace kompas {
namespace {

using json_fields::Invalid;
using json_fields::OptionalText;
using json_fields::Text;

nlohmann::json ToJson(const ProviderActionView& view) {
    const ProviderAction& action = view.action;
    return {{"id", action.id},
            {"organisation_id", action.organisation_id},
            {"title", action.fields.title},
            {"description", action.fields.description},
            {"help_form", OrNull(action.fields.help_form)},
            {"due_on", action.fields.due_on},
            {"status", ActionStatusName(action.fields.status)},
            {"overdue", view.overdue},
            {"created_at", action.created_at},
            {"updated_at", action.updated_at}};
}

}  // namespace

nlohmann::json ToJson(const ProviderNotes& notes) {
    nlohmann::json contact = nullptr;
    if (notes.contact) {
        const OutcomeContact& c = *notes.contact;
        contact = {{"name", c.name},
                   {"role", c.role},
                   {"email", c.email},
                   {"phone", c.phone},
                   {"updated_by", c.updated_by},
                   {"updated_at", c.updated_at}};
    }
    nlohmann::json actions = nlohmann::json::array();
    for (const auto& action : notes.actions) actions.push_back(ToJson(action));
    return {{"organisation_id", notes.organisation_id},
            {"organisation_name", notes.organisation_name},
            {"agb", OrNull(notes.agb)},
            {"can_edit", notes.can_edit},
            {"contact", std::move(contact)},
            {"actions", std::move(actions)}};
}

nlohmann::json ToJson(const MunicipalityProviderNotes& notes) {
    nlohmann::json providers = nlohmann::json::array();
    for (const auto& entry : notes.providers) {
        nlohmann::json item = {{"agb", entry.agb}, {"name", entry.name}, {"notes", nullptr}};
        if (entry.notes) {
            nlohmann::json own = ToJson(*entry.notes);
            own["can_edit"] = false;  // a municipality reads them
            item["notes"] = std::move(own);
        }
        providers.push_back(std::move(item));
    }
    return {{"code", notes.code},
            {"name", OrNull(notes.name)},
            {"providers", std::move(providers)},
            {"other_provider_count", notes.other_provider_count}};
}

Result<OutcomeContact> ReadOutcomeContact(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    OutcomeContact contact;
    for (auto [field, target, required] :
         {std::tuple{"name", &contact.name, false}, std::tuple{"role", &contact.role, false},
          std::tuple{"email", &contact.email, false}, std::tuple{"phone", &contact.phone, false}}) {
        auto value = Text(body, field, required, 400);
        if (!value) return std::unexpected(value.error());
        *target = std::move(*value);
    }
    return contact;
}

Result<NewProviderAction> ReadProviderAction(const nlohmann::json& body) {
    if (!body.is_object()) return Invalid("body", "Stuur een JSON-object");
    NewProviderAction input;
    auto title = Text(body, "title", true, 1000);
    if (!title) return std::unexpected(title.error());
    input.title = std::move(*title);
    auto description = Text(body, "description", false, 20000);
    if (!description) return std::unexpected(description.error());
    input.description = std::move(*description);
    auto help_form = OptionalText(body, "help_form", 10);
    if (!help_form) return std::unexpected(help_form.error());
    input.help_form = std::move(*help_form);
    auto due_on = Text(body, "due_on", true, 10);
    if (!due_on) return std::unexpected(due_on.error());
    input.due_on = std::move(*due_on);
    auto status = Text(body, "status", false, 40);
    if (!status) return std::unexpected(status.error());
    if (!status->empty()) {
        const auto parsed = ParseActionStatus(*status);
        if (!parsed) return Invalid("status", "Kies een status: open, in_progress, done of dropped");
        input.status = *parsed;
    }
    return input;
}

}  // namespace kompas
