#include "core/provider_notes.hpp"

#include "core/account.hpp"
#include "core/trajectory.hpp"

namespace kompas {
namespace {

Result<void> Invalid(std::string message, std::string field) {
    return Fail(ErrorCode::kInvalidArgument, std::move(message), std::move(field));
}

}  // namespace

Result<void> ValidateOutcomeContact(const OutcomeContact& contact) {
    if (contact.name.empty()) return Invalid("Geef de naam van het aanspreekpunt", "name");
    if (contact.name.size() > 200) return Invalid("De naam is te lang (hooguit 200 tekens)", "name");
    if (contact.role.size() > 200) return Invalid("De functie is te lang (hooguit 200 tekens)", "role");
    if (!contact.email.empty() && (contact.email.find('@') == std::string::npos || contact.email.size() > 200)) {
        return Invalid("Geef een geldig e-mailadres, of laat het leeg", "email");
    }
    if (contact.phone.size() > 40) return Invalid("Het telefoonnummer is te lang (hooguit 40 tekens)", "phone");
    return {};
}

Result<void> ValidateProviderAction(const NewProviderAction& action) {
    if (action.title.empty()) return Invalid("Geef de verbeteractie een titel", "title");
    if (action.title.size() > 300) return Invalid("De titel is te lang (hooguit 300 tekens)", "title");
    if (action.description.size() > 4000)
        return Invalid("De toelichting is te lang (hooguit 4000 tekens)", "description");
    if (action.help_form && !IsHelpForm(*action.help_form)) {
        return Invalid("Kies een hulpvorm uit het protocol (01–04, 11–14 of 00), of geen", "help_form");
    }
    if (action.due_on.size() != 10 || !ParseUtc(action.due_on)) {
        return Invalid("Geef de streefdatum als JJJJ-MM-DD", "due_on");
    }
    return {};
}

}  // namespace kompas
