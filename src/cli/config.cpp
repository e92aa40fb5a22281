#include "cli/config.hpp"

#include <filesystem>

namespace kompas {

std::string Config::DatabaseUrl() const {
    if (!database.empty()) return database;
    return "sqlite:" + (std::filesystem::path(data_dir) / "kompas.db").string();
}

std::string Config::DatabaseKind() const {
    const std::string url = DatabaseUrl();
    return url.starts_with("postgres") || url.starts_with("host=") ? "postgresql" : "sqlite";
}

void AddStorageOptions(CLI::App& command, Config& config) {
    command.add_option("--data-dir", config.data_dir, "Map met de gegevens (SQLite-bestand)")
        ->envname("KOMPAS_DATA_DIR")
        ->capture_default_str();
    command.add_option("--database", config.database, "Database: sqlite:PAD of postgresql://... (standaard SQLite)")
        ->envname("KOMPAS_DATABASE");
    command
        .add_option("--pseudonym-key", config.pseudonym_key,
                    "Sleutelbestand voor de pseudoniemen van cliënten (standaard DATA-DIR/pseudonym.key)")
        ->envname("KOMPAS_PSEUDONYM_KEY");
}

std::filesystem::path PseudonymKeyPath(const Config& config) {
    if (!config.pseudonym_key.empty()) return config.pseudonym_key;
    return std::filesystem::path(config.data_dir) / "pseudonym.key";
}

Result<Pseudonymiser> OpenPseudonymiser(const Config& config) {
    const std::filesystem::path key = PseudonymKeyPath(config);
    std::error_code ec;
    if (key.has_parent_path()) std::filesystem::create_directories(key.parent_path(), ec);
    if (ec)
        return Fail(ErrorCode::kUnavailable, "Kan map " + key.parent_path().string() + " niet maken: " + ec.message());
    return Pseudonymiser::LoadOrCreateKey(key);
}

Result<std::unique_ptr<Store>> OpenConfiguredStore(const Config& config) {
    if (config.DatabaseKind() == "sqlite") {
        std::error_code ec;
        std::filesystem::create_directories(config.data_dir, ec);
        if (ec) {
            return Fail(ErrorCode::kUnavailable, "Kan map " + config.data_dir + " niet maken: " + ec.message(),
                        "data-dir");
        }
    }
    auto store = OpenStore(config.DatabaseUrl());
    if (!store) return store;
    if (auto migrated = (*store)->Migrate(); !migrated) return std::unexpected(migrated.error());
    return store;
}

}  // namespace kompas
