// A fresh, migrated store per test on SQLite and PostgreSQL, with helpers to make accounts.
#pragma once

#include <gtest/gtest.h>

#include "service/accounts.hpp"
#include "service/collaborations.hpp"
#include "test_store.hpp"

namespace kompas::testing {

inline constexpr std::string_view kGoodPassword = "Zeer-geheim-42-tekens";

class AccountTest : public FreshStoreTest {
protected:
    static TimePoint T0() { return *ParseUtc("2026-11-24T10:00:00Z"); }

    Organisation MakeOrganisation(const std::string& name, OrganisationKind kind = OrganisationKind::kMunicipality,
                                  std::optional<std::string> agb = std::nullopt,
                                  std::optional<std::string> region = std::nullopt) {
        auto organisation = AddOrganisation(*store_, NewOrganisation{name, kind, std::move(region), std::move(agb)});
        EXPECT_TRUE(organisation.has_value()) << organisation.error().message;
        return organisation.value_or(Organisation{});
    }

    Person MakePerson(const std::string& email, const Organisation& organisation, bool admin = false) {
        auto person =
            AddPerson(*store_, NewPerson{email, "Naam " + email, organisation.id, std::string(kGoodPassword)}, admin);
        EXPECT_TRUE(person.has_value()) << person.error().message;
        return person.value_or(Person{});
    }

    static Caller CallerOf(const Person& person) {
        return Caller{person.id, person.organisation_id, person.platform_admin, "127.0.0.1", person.email};
    }
};

}  // namespace kompas::testing
