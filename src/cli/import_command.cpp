#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "ingest/cbs_download.hpp"
#include "service/imports.hpp"
#include "service/trajectories.hpp"

namespace kompas {
namespace {

struct ImportArgs {
    std::vector<std::string> paths;
    std::string table;
    std::string base_url = "https://opendata.cbs.nl/ODataApi/odata";
    std::string keep;
};

int ExitCodeFor(const Error& error) {
    return error.code == ErrorCode::kInvalidArgument || error.code == ErrorCode::kNotFound ? kExitBadInput
                                                                                           : kExitEnvironment;
}

// Imports each path in its own transaction; stops at the first failure.
int ImportAll(const Config& config, ImportFormat format, const std::vector<std::string>& paths) {
    auto store = OpenConfiguredStore(config);
    if (!store) {
        fmt::print(stderr, "kompas: {}\n", store.error().message);
        return kExitEnvironment;
    }
    for (const auto& path : paths) {
        ImportSummary summary;
        {
            ProgressBar bar(std::filesystem::path(path).filename().string());
            auto result = ImportPath(**store, format, path, &bar);
            if (!result) {
                fmt::print(stderr, "kompas: import mislukt, er is niets opgeslagen uit {}:\n  {}\n", path,
                           result.error().message);
                return ExitCodeFor(result.error());
            }
            summary = *result;
        }
        if (summary.already_imported) {
            fmt::print("{}: al eerder ingelezen (zelfde inhoud); niets veranderd\n", path);
        } else if (format == ImportFormat::kSuccessions) {
            fmt::print("{}: {} herindelingsregels ingelezen (de vorige lijst is vervangen)\n", path,
                       summary.successions);
        } else {
            fmt::print("{}: {} regio's, {} indicatoren, {} waarnemingen ingelezen\n", path, summary.regions,
                       summary.indicators, summary.observations);
        }
    }
    return 0;
}

int DownloadAndImport(const Config& config, const ImportArgs& args) {
    std::error_code ec;
    const bool keep = !args.keep.empty();
    const std::filesystem::path folder =
        keep ? std::filesystem::path(args.keep)
             : std::filesystem::temp_directory_path() / fmt::format("kompas-cbs-{}-{}", args.table, ::getpid());
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        fmt::print(stderr, "kompas: kan map {} niet maken: {}\n", folder.string(), ec.message());
        return kExitEnvironment;
    }
    int code = 0;
    {
        ProgressBar bar("download " + args.table);
        auto downloaded = DownloadODataTable(DownloadOptions{args.table, args.base_url, folder}, &bar);
        if (!downloaded) {
            fmt::print(stderr, "kompas: download van {} mislukt: {}\n", args.table, downloaded.error().message);
            code = ExitCodeFor(downloaded.error());
        }
    }
    if (code == 0) code = ImportAll(config, ImportFormat::kCbsOData, {folder.string()});
    if (!keep) std::filesystem::remove_all(folder, ec);
    return code;
}

}  // namespace

void AddImportCommands(CLI::App& app, Config& config, int& exit_code) {
    auto* import =
        app.add_subcommand("import", "Gegevens inlezen (één transactie per bestand; opnieuw inlezen verandert niets)");
    import->require_subcommand(1);
    auto args = std::make_shared<ImportArgs>();

    const auto add_file_command = [&](const char* name, const char* help, ImportFormat format, const char* what) {
        auto* command = import->add_subcommand(name, help);
        AddStorageOptions(*command, config);
        command->add_option(what, args->paths, "Bestand(en) of map(pen)")->required();
        command->callback([&config, &exit_code, args, format] { exit_code = ImportAll(config, format, args->paths); });
    };
    add_file_command("kwb", "CBS-CSV zoals Kerncijfers wijken en buurten (; en BOM)", ImportFormat::kCbsCsv, "files");
    add_file_command("csv", "Eigen bron als lange CSV: indicator,region,period,value[,numerator,denominator]",
                     ImportFormat::kLongCsv, "files");
    add_file_command("odata", "Map met opgeslagen CBS StatLine OData-sets (TypedDataSet.json, ...)",
                     ImportFormat::kCbsOData, "folders");
    add_file_command("successions",
                     "Gemeentelijke herindelingen (old_code,old_name,new_code,new_name,date,share,source); "
                     "vervangt de hele lijst",
                     ImportFormat::kSuccessions, "files");

    AddTrajectoryImportCommands(*import, config, exit_code);

    auto* cbs = import->add_subcommand("cbs", "Een tabel downloaden van de CBS OData-API en inlezen");
    AddStorageOptions(*cbs, config);
    cbs->add_option("--table", args->table, "Tabelnummer, bijvoorbeeld 85098NED")->required();
    cbs->add_option("--base-url", args->base_url, "Adres van de OData-API")
        ->envname("KOMPAS_CBS_ODATA_URL")
        ->capture_default_str();
    cbs->add_option("--keep", args->keep, "Bewaar de gedownloade bestanden in deze map");
    cbs->callback([&config, &exit_code, args] { exit_code = DownloadAndImport(config, *args); });
}

Result<void> LoadDemo(Store& store, const std::string& demo_dir, const Pseudonymiser* pseudonymiser) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(demo_dir, ec)) files.push_back(entry.path());
    if (ec) return Fail(ErrorCode::kNotFound, "Demomap " + demo_dir + " niet gevonden: " + ec.message(), "demo-dir");
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        std::optional<ImportFormat> format;
        if (name.starts_with("kwb-") && name.ends_with(".csv")) format = ImportFormat::kCbsCsv;
        if (name.ends_with("-long.csv")) format = ImportFormat::kLongCsv;
        if (name.ends_with("-herindelingen.csv")) format = ImportFormat::kSuccessions;
        if (name.starts_with("trajecten-") && name.ends_with(".csv") && pseudonymiser != nullptr) {
            auto result = ImportTrajectoryFile(store, *pseudonymiser, file, name, std::nullopt);
            if (!result) return std::unexpected(result.error());
            continue;
        }
        if (!format) continue;
        auto result = ImportPath(store, *format, file);
        if (!result) return std::unexpected(result.error());
    }
    return {};
}

Result<void> LoadReference(Store& store, const std::string& reference_dir) {
    const std::filesystem::path file = std::filesystem::path(reference_dir) / "gemeentelijke-herindelingen.csv";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return {};
    auto result = ImportPath(store, ImportFormat::kSuccessions, file);
    if (!result) return std::unexpected(result.error());
    return {};
}

}  // namespace kompas
