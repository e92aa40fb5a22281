// Where Kompas keeps its data and finds its files, as flags, KOMPAS_* environment variables
// and an optional TOML file (in that order of precedence) set them.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <string>

#include "privacy/pseudonym.hpp"
#include "store/store.hpp"

namespace kompas {

struct Config {
    std::string data_dir = "./kompas-data";
    std::string database;  // empty: SQLite in data_dir/kompas.db
    std::string web_dir = KOMPAS_SOURCE_DIR "/web/dist";
    std::string demo_dir = KOMPAS_SOURCE_DIR "/data/demo";
    std::string reference_dir = KOMPAS_SOURCE_DIR "/data/reference";  // municipal mergers
    std::string ijw_xsd_dir = KOMPAS_SOURCE_DIR "/data/ijw/xsd";      // iJw message schemas
    std::string pseudonym_key;  // empty: data_dir/pseudonym.key (outside the database)

    std::string DatabaseUrl() const;
    std::string DatabaseKind() const;  // "sqlite" or "postgresql"
};

// Adds --data-dir and --database (with their environment variables) to a command.
void AddStorageOptions(CLI::App& command, Config& config);

// Opens and migrates the configured store; creates the data directory for SQLite.
Result<std::unique_ptr<Store>> OpenConfiguredStore(const Config& config);

// The key file of the client pseudonyms; created (mode 0600) on first use.
std::filesystem::path PseudonymKeyPath(const Config& config);
Result<Pseudonymiser> OpenPseudonymiser(const Config& config);

}  // namespace kompas
