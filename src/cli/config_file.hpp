// The optional TOML configuration file. Its values become the defaults of the command-line
// options they name, so that flags win over KOMPAS_* environment variables, and both win over
// the file. A top-level key sets an option of `kompas` itself; a table names a command:
//
//   log-level = "info"
//   [serve]
//   port = 8080
//   data-dir = "/var/lib/kompas"
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/error.hpp"

namespace kompas {

// The file named by --config FILE, --config=FILE or KOMPAS_CONFIG; "" when none.
std::string FindConfigFile(int argc, char** argv);

// Applies the file to the options of `app` and its commands. An unknown table or key, or a value
// an option refuses, is an invalid_argument naming it.
Result<void> ApplyConfigFile(CLI::App& app, const std::string& path);

}  // namespace kompas
