// `kompas audit verify`: walks the audit trail's hash chain and names the first record that was
// changed or removed.
#include <fmt/core.h>

#include "cli/account_commands.hpp"
#include "cli/commands.hpp"
#include "service/accounts.hpp"

namespace kompas {

void AddAuditCommands(CLI::App& app, Config& config, int& exit_code) {
    auto* audit = app.add_subcommand("audit", "Het auditlogboek");
    audit->require_subcommand(1);
    auto* verify = audit->add_subcommand("verify", "Controleer dat geen record is gewijzigd of verwijderd");
    AddStorageOptions(*verify, config);
    verify->callback([&config, &exit_code] {
        auto store = OpenConfiguredStore(config);
        if (!store) {
            fmt::print(stderr, "kompas: {}\n", store.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        auto verification = VerifyAudit(**store);
        if (!verification) {
            fmt::print(stderr, "kompas: {}\n", verification.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        const std::string line = DescribeAuditVerification(*verification);
        if (verification->ok) {
            fmt::print("{}\n", line);
            exit_code = 0;
        } else {
            fmt::print(stderr, "{}\n", line);
            exit_code = kExitBadInput;
        }
    });
}

}  // namespace kompas
