// The sub-commands of the `kompas` program; each registers its options and its action.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/config.hpp"

namespace kompas {

// Exit codes: 0 success, 1 bad input (nothing stored), 2 usage, 3 environment (database, port).
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitEnvironment = 3;

void AddServeCommand(CLI::App& app, Config& config, int& exit_code);
void AddImportCommands(CLI::App& app, Config& config, int& exit_code);
void AddDbCommands(CLI::App& app, Config& config, int& exit_code);
// `import trajectories` and `import ijw`, under the `import` command.
void AddTrajectoryImportCommands(CLI::App& import, Config& config, int& exit_code);
// issue 13: `kompas backup --to FILE` and `kompas restore FILE [--force] [--check]`.
void AddBackupCommands(CLI::App& app, Config& config, int& exit_code);

// Loads the demo data set (data/demo) into the store: every CBS CSV file named kwb-*.csv, every
// generic long CSV named *-long.csv and, with a pseudonymiser, the made-up trajectory records in
// trajecten-*.csv. Importing it again changes nothing.
Result<void> LoadDemo(Store& store, const std::string& demo_dir, const Pseudonymiser* pseudonymiser = nullptr);
// Imports the reference lists in `reference_dir` (gemeentelijke-herindelingen.csv) when present.
// Safe on every start: the same content is imported once, a changed list replaces the old one.
Result<void> LoadReference(Store& store, const std::string& reference_dir);

}  // namespace kompas
