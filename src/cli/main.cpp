// kompas: the server and the command line of Kompas. `kompas --help` lists the commands.
#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include "cli/account_commands.hpp"
#include "cli/commands.hpp"
#include "cli/config_file.hpp"

int main(int argc, char** argv) {
    kompas::Config config;
    int exit_code = 0;
    CLI::App app{"Kompas: het Kwaliteitskompas jeugd als werkend gereedschap", "kompas"};
    app.set_version_flag("--version", KOMPAS_VERSION);
    // Read before parsing (FindConfigFile), so that its values become defaults that the
    // environment and the flags override; registered here for --help.
    std::string config_file;
    app.add_option("--config", config_file, "Optioneel TOML-bestand; KOMPAS_*-variabelen en vlaggen gaan voor")
        ->envname("KOMPAS_CONFIG");
    std::string log_level = "info";
    app.add_option("--log-level", log_level, "trace, debug, info, warn, error")->envname("KOMPAS_LOG_LEVEL");
    app.require_subcommand(1);
    kompas::AddServeCommand(app, config, exit_code);
    kompas::AddImportCommands(app, config, exit_code);
    kompas::AddDbCommands(app, config, exit_code);
    kompas::AddUserCommands(app, config, exit_code);
    kompas::AddAuditCommands(app, config, exit_code);
    kompas::AddBackupCommands(app, config, exit_code);  // issue 13: backup and restore
    app.parse_complete_callback([&log_level] { spdlog::set_level(spdlog::level::from_str(log_level)); });
    if (const std::string path = kompas::FindConfigFile(argc, argv); !path.empty()) {
        if (auto applied = kompas::ApplyConfigFile(app, path); !applied) {
            fmt::print(stderr, "kompas: {}\n", applied.error().message);
            return 2;
        }
    }
    CLI11_PARSE(app, argc, argv);
    return exit_code;
}
