#include "cli/config_file.hpp"

#include <toml++/toml.h>

#include <cstdlib>
#include <string_view>

namespace kompas {
namespace {

std::optional<std::string> ValueText(const toml::node& node) {
    if (const auto* text = node.as_string()) return text->get();
    if (const auto* integer = node.as_integer()) return std::to_string(integer->get());
    if (const auto* flag = node.as_boolean()) return flag->get() ? "true" : "false";
    if (const auto* number = node.as_floating_point()) return std::to_string(number->get());
    return std::nullopt;
}

Result<void> ApplyTable(CLI::App& command, const toml::table& table, const std::string& path,
                        const std::string& section) {
    for (const auto& [key, node] : table) {
        const std::string name(key.str());
        const std::string where = section.empty() ? name : "[" + section + "] " + name;
        if (const auto* nested = node.as_table()) {
            if (!section.empty()) return Fail(ErrorCode::kInvalidArgument, path + ": onbekende tabel " + where, name);
            const auto subs = command.get_subcommands([&name](CLI::App* sub) { return sub->get_name() == name; });
            if (subs.empty())
                return Fail(ErrorCode::kInvalidArgument, path + ": onbekende opdracht [" + name + "]", name);
            if (auto applied = ApplyTable(*subs.front(), *nested, path, name); !applied) return applied;
            continue;
        }
        CLI::Option* option = command.get_option_no_throw("--" + name);
        const auto text = ValueText(node);
        if (option == nullptr || name == "config") {
            return Fail(ErrorCode::kInvalidArgument, path + ": onbekende instelling " + where, name);
        }
        if (!text)
            return Fail(ErrorCode::kInvalidArgument, path + ": " + where + " heeft geen enkelvoudige waarde", name);
        try {
            option->run_callback_for_default()->default_val(*text);
        } catch (const CLI::Error& error) {
            return Fail(ErrorCode::kInvalidArgument, path + ": " + where + ": " + error.what(), name);
        }
    }
    return {};
}

}  // namespace

std::string FindConfigFile(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--config" && i + 1 < argc) return argv[i + 1];
        if (arg.starts_with("--config=")) return std::string(arg.substr(9));
    }
    const char* from_environment = std::getenv("KOMPAS_CONFIG");
    return from_environment != nullptr ? from_environment : "";
}

Result<void> ApplyConfigFile(CLI::App& app, const std::string& path) {
    toml::table table;
    try {
        table = toml::parse_file(path);
    } catch (const toml::parse_error& error) {
        const auto& at = error.source().begin;
        return Fail(ErrorCode::kInvalidArgument,
                    path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                        std::string(error.description()),
                    "config");
    }
    return ApplyTable(app, table, path, "");
}

}  // namespace kompas
