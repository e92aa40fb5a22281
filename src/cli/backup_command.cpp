// `kompas backup --to FILE` and `kompas restore FILE [--force]`: a checked copy of the database
// (store/backup.hpp). Both say where the pseudonym key is, because it is never in the backup.
#include <fmt/core.h>

#include <filesystem>

#include "cli/commands.hpp"
#include "service/accounts.hpp"
#include "store/backup.hpp"

namespace kompas {
namespace {

void PrintKeyAdvice(const Config& config) {
    std::error_code error;
    const std::filesystem::path key = std::filesystem::absolute(PseudonymKeyPath(config), error);
    const bool present = std::filesystem::exists(key, error);
    fmt::print(
        "De pseudoniemsleutel zit NIET in deze back-up: die staat als apart bestand (rechten 0600) naast de "
        "database, in {}{}.\n"
        "Maak daar een eigen kopie van en bewaar die op een andere plek dan de back-up. Zonder die sleutel "
        "zijn nieuwe leveringen niet meer te koppelen aan de cliënten in de back-up. Houd ze gescheiden: wie "
        "beide heeft en een BSN kent, kan die cliënt in de back-up terugvinden.\n",
        key.string(), present ? "" : " (dat bestand bestaat nu nog niet)");
}

std::string Where(const Config& config) {
    if (config.DatabaseKind() == "postgresql") return "de ingestelde PostgreSQL-database";
    std::string url = config.DatabaseUrl();
    if (url.starts_with("sqlite:")) url.erase(0, std::string_view("sqlite:").size());
    return url;
}

}  // namespace

void AddBackupCommands(CLI::App& app, Config& config, int& exit_code) {
    auto* backup = app.add_subcommand("backup", "Maak een back-up van de database, ook terwijl de server draait");
    AddStorageOptions(*backup, config);
    static std::string to;
    backup->add_option("--to", to, "Het nieuwe back-upbestand")->required();
    backup->callback([&config, &exit_code] {
        auto written = WriteBackup(config.DatabaseUrl(), to);
        if (!written) {
            fmt::print(stderr, "kompas: {}\n", written.error().message);
            exit_code = written.error().code == ErrorCode::kUnavailable ? kExitEnvironment : kExitBadInput;
            return;
        }
        fmt::print("Back-up van {} geschreven naar {}\n", Where(config), to);
        fmt::print("  database: {}, {} bytes, SHA-256 {}\n", written->database, written->size, written->sha256);
        PrintKeyAdvice(config);
        exit_code = 0;
    });

    auto* restore = app.add_subcommand("restore", "Zet een back-up terug (stop eerst de server)");
    AddStorageOptions(*restore, config);
    static std::string from;
    static bool force = false;
    static bool check_only = false;
    restore->add_option("file", from, "Het back-upbestand")->required();
    restore->add_flag("--force", force, "Overschrijf een database die niet leeg is");
    restore->add_flag("--check", check_only, "Controleer alleen de controlesom; zet niets terug");
    restore->callback([&config, &exit_code] {
        if (check_only) {
            auto checked = CheckBackup(from);
            if (!checked) {
                fmt::print(stderr, "kompas: {}\n", checked.error().message);
                exit_code = kExitBadInput;
                return;
            }
            fmt::print("{}: back-up van {} ({}) van {}, controlesom klopt\n", from, checked->database, checked->size,
                       checked->created);
            exit_code = 0;
            return;
        }
        auto restored = RestoreBackup(from, config.DatabaseUrl(), force);
        if (!restored) {
            fmt::print(stderr, "kompas: {}\n", restored.error().message);
            exit_code = restored.error().code == ErrorCode::kUnavailable ? kExitEnvironment : kExitBadInput;
            return;
        }
        fmt::print("Back-up van {} ({}) teruggezet in {}\n", restored->created, restored->database, Where(config));
        auto store = OpenConfiguredStore(config);
        if (!store) {
            fmt::print(stderr, "kompas: de teruggezette database opent niet: {}\n", store.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        auto verification = VerifyAudit(**store);
        if (!verification || !verification->ok) {
            fmt::print(stderr, "kompas: na het terugzetten klopt het auditlogboek niet: {}\n",
                       verification ? DescribeAuditVerification(*verification) : verification.error().message);
            exit_code = kExitBadInput;
            return;
        }
        fmt::print("{}\n", DescribeAuditVerification(*verification));
        std::error_code error;
        if (!std::filesystem::exists(PseudonymKeyPath(config), error)) {
            fmt::print(
                "Let op: de pseudoniemsleutel ontbreekt in {}. Zet de apart bewaarde kopie terug voordat u "
                "de server start; anders maakt Kompas een nieuwe sleutel en passen nieuwe leveringen niet bij "
                "de bestaande cliënten.\n",
                PseudonymKeyPath(config).string());
        }
        exit_code = 0;
    });
}

}  // namespace kompas
