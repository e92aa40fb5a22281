#include "core/provider_notes.hpp"

#include <gtest/gtest.h>

namespace kompas {
namespace {

std::string FieldOf(const Result<void>& result) { return result ? std::string("ok") : result.error().field; }

TEST(OutcomeContact, NeedsANameAndAPlausibleAddress) {
    OutcomeContact contact{"Ilse de Wit", "Kwaliteitsfunctionaris", "ilse@noord.example", "030 123 45 67", "", ""};
    EXPECT_EQ(FieldOf(ValidateOutcomeContact(contact)), "ok");
    contact.email = "";
    contact.phone = "";
    EXPECT_EQ(FieldOf(ValidateOutcomeContact(contact)), "ok") << "e-mail and phone may be left out";
    contact.email = "geen-adres";
    EXPECT_EQ(FieldOf(ValidateOutcomeContact(contact)), "email");
    contact.email = "";
    contact.phone = std::string(41, '1');
    EXPECT_EQ(FieldOf(ValidateOutcomeContact(contact)), "phone");
    contact.phone = "";
    contact.name = "";
    EXPECT_EQ(FieldOf(ValidateOutcomeContact(contact)), "name");
    contact.name = std::string(201, 'a');
    EXPECT_EQ(FieldOf(ValidateOutcomeContact(contact)), "name");
}

TEST(ProviderAction, NeedsATitleADueDateAndAKnownHelpForm) {
    NewProviderAction action{"Eindgesprek bij elke afsluiting", "", std::nullopt, "2027-03-31", ActionStatus::kOpen};
    EXPECT_EQ(FieldOf(ValidateProviderAction(action)), "ok");
    for (const char* form : {"01", "04", "11", "14", "00"}) {
        action.help_form = form;
        EXPECT_EQ(FieldOf(ValidateProviderAction(action)), "ok") << form;
    }
    for (const char* form : {"05", "09", "10", "15", "1", "ab", "011"}) {
        action.help_form = form;
        EXPECT_EQ(FieldOf(ValidateProviderAction(action)), "help_form") << form;
    }
    action.help_form.reset();
    for (const char* date : {"31-03-2027", "2027-3-31", "", "2027-02-30x"}) {
        action.due_on = date;
        EXPECT_EQ(FieldOf(ValidateProviderAction(action)), "due_on") << date;
    }
    action.due_on = "2027-03-31";
    action.title = "";
    EXPECT_EQ(FieldOf(ValidateProviderAction(action)), "title");
    action.title = "x";
    action.description = std::string(4001, 'a');
    EXPECT_EQ(FieldOf(ValidateProviderAction(action)), "description");
}

}  // namespace
}  // namespace kompas
