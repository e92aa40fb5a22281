// `kompas user add`, `kompas org add` and `kompas audit verify`: accounts and the audit trail
// from the command line. Passwords are read from standard input, never from the arguments.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/config.hpp"

namespace kompas {

// `kompas user add [--admin] --email E --name N [--organisation ID]` and
// `kompas org add --name N --kind K [--region CODE]`.
void AddUserCommands(CLI::App& app, Config& config, int& exit_code);
// `kompas audit verify [--head HASH]`: exit 0 when the chain is intact, 1 naming the first bad
// record or a head that is no longer there; `kompas audit head` prints "SEQ HASH" of the newest.
void AddAuditCommands(CLI::App& app, Config& config, int& exit_code);

}  // namespace kompas
