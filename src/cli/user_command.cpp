// `kompas user add` and `kompas org add`: accounts from the command line. The password comes
// from standard input (one line), never from the arguments, where `ps` and shell history see it.
#include <fmt/core.h>

#include <iostream>
#include <string>

#include "cli/account_commands.hpp"
#include "cli/commands.hpp"
#include "service/accounts.hpp"

namespace kompas {
namespace {

struct UserArgs {
    bool admin = false;
    std::string email;
    std::string name;
    std::string organisation;
    bool password_stdin = true;  // the only way; the flag documents it
};

struct OrgArgs {
    std::string name;
    std::string kind;
    std::string region;
    std::string agb;
};

int ExitCodeFor(const Error& error) {
    return error.code == ErrorCode::kUnavailable || error.code == ErrorCode::kInternal ? kExitEnvironment
                                                                                       : kExitBadInput;
}

int AddUser(const Config& config, const UserArgs& args) {
    std::string password;
    if (!std::getline(std::cin, password)) {
        fmt::print(stderr, "kompas: geef het wachtwoord op standaardinvoer (één regel)\n");
        return kExitBadInput;
    }
    if (!password.empty() && password.back() == '\r') password.pop_back();
    auto store = OpenConfiguredStore(config);
    if (!store) {
        fmt::print(stderr, "kompas: {}\n", store.error().message);
        return kExitEnvironment;
    }
    auto person =
        AddPerson(**store, NewPerson{args.email, args.name, args.organisation, password, args.admin}, args.admin);
    password.assign(password.size(), '\0');
    if (!person) {
        fmt::print(stderr, "kompas: account niet aangemaakt: {}\n", person.error().message);
        return ExitCodeFor(person.error());
    }
    fmt::print("{}\n", person->id);
    return 0;
}

int AddOrg(const Config& config, const OrgArgs& args) {
    const auto kind = ParseOrganisationKind(args.kind);
    if (!kind) {
        fmt::print(stderr, "kompas: onbekende soort organisatie '{}'\n", args.kind);
        return kExitBadInput;
    }
    auto store = OpenConfiguredStore(config);
    if (!store) {
        fmt::print(stderr, "kompas: {}\n", store.error().message);
        return kExitEnvironment;
    }
    auto organisation = AddOrganisation(
        **store,
        NewOrganisation{args.name, *kind, args.region.empty() ? std::nullopt : std::optional<std::string>(args.region),
                        args.agb.empty() ? std::nullopt : std::optional<std::string>(args.agb)});
    if (!organisation) {
        fmt::print(stderr, "kompas: organisatie niet aangemaakt: {}\n", organisation.error().message);
        return ExitCodeFor(organisation.error());
    }
    fmt::print("{}\n", organisation->id);
    return 0;
}

}  // namespace

void AddUserCommands(CLI::App& app, Config& config, int& exit_code) {
    auto* user = app.add_subcommand("user", "Accounts beheren");
    user->require_subcommand(1);
    auto user_args = std::make_shared<UserArgs>();
    auto* add = user->add_subcommand("add", "Een account aanmaken; het wachtwoord komt van standaardinvoer");
    add->add_flag("--admin", user_args->admin, "Platformbeheerder (in de organisatie 'Kompas beheer')");
    add->add_option("--email", user_args->email, "E-mailadres")->required();
    add->add_option("--name", user_args->name, "Naam")->required();
    add->add_option("--organisation", user_args->organisation, "Id van de organisatie (org_...)");
    add->add_flag("--password-stdin", user_args->password_stdin, "Lees het wachtwoord van standaardinvoer (altijd zo)");
    AddStorageOptions(*add, config);
    add->callback([&config, &exit_code, user_args] { exit_code = AddUser(config, *user_args); });

    auto* org = app.add_subcommand("org", "Organisaties beheren");
    org->require_subcommand(1);
    auto org_args = std::make_shared<OrgArgs>();
    auto* org_add = org->add_subcommand("add", "Een organisatie aanmaken; drukt het id af");
    org_add->add_option("--name", org_args->name, "Naam")->required();
    org_add
        ->add_option("--kind", org_args->kind,
                     "municipality, youth_care_region, provider, civic_partner, knowledge_institute, platform")
        ->required();
    org_add->add_option("--region", org_args->region, "CBS-regiocode, bijvoorbeeld GM0034");
    org_add->add_option("--agb", org_args->agb, "AGB-code van een zorgaanbieder (8 cijfers)");
    AddStorageOptions(*org_add, config);
    org_add->callback([&config, &exit_code, org_args] { exit_code = AddOrg(config, *org_args); });
}

}  // namespace kompas
