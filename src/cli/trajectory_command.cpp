// `kompas import trajectories` (national trajectory records as CSV or Excel) and `kompas import ijw`
// (JW305/JW307 messages). Both pseudonymise every BSN before it is stored and either store the
// whole delivery or nothing. Then both compute every municipality's suppression ahead and keep it in
// the database, so that the server's first pages after the import need not wait for it.
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "service/outcomes.hpp"
#include "service/trajectories.hpp"

namespace kompas {
namespace {

struct TrajectoryArgs {
    std::vector<std::string> paths;
    std::string provider;
    bool no_prepare = false;
};

int ExitCodeFor(const Error& error) {
    return error.code == ErrorCode::kInvalidArgument || error.code == ErrorCode::kNotFound ? kExitBadInput
                                                                                           : kExitEnvironment;
}

void PrintSummary(const std::string& what, const ImportSummary& summary) {
    if (summary.already_imported) {
        fmt::print("{}: al eerder ingelezen (zelfde inhoud); niets veranderd\n", what);
    } else {
        fmt::print("{}: {} trajecten ingelezen\n", what, summary.trajectories);
    }
}

// The store and the pseudonym key, or nullopt after printing why not.
std::optional<std::pair<std::unique_ptr<Store>, Pseudonymiser>> OpenStoreAndKey(const Config& config) {
    auto store = OpenConfiguredStore(config);
    if (!store) {
        fmt::print(stderr, "kompas: {}\n", store.error().message);
        return std::nullopt;
    }
    auto pseudonymiser = OpenPseudonymiser(config);
    if (!pseudonymiser) {
        fmt::print(stderr, "kompas: {}\n", pseudonymiser.error().message);
        return std::nullopt;
    }
    return std::pair{std::move(*store), std::move(*pseudonymiser)};
}

// After an import that stored something: every municipality's suppression computed ahead and kept
// (PrepareOutcomeSuppression). The import stands whatever happens here: a failure only means that the
// server computes the suppression itself, on its first pages, as it would without this step.
void PrepareSuppression(const Config& config, Store& store, const Pseudonymiser& key) {
    fmt::print("Tabel en onderdrukking per gemeente vooraf berekenen (overslaan: --no-prepare)...\n");
    std::fflush(stdout);
    const auto start = std::chrono::steady_clock::now();
    auto kept = OpenConfiguredStore(config);
    auto prepared =
        kept ? PrepareOutcomeSuppression(store, std::move(*kept), key, DayOf(std::chrono::system_clock::now()),
                                         std::max(1u, std::thread::hardware_concurrency()))
             : Result<std::size_t>(std::unexpected(kept.error()));
    if (!prepared) {
        fmt::print(stderr,
                   "kompas: tabel en onderdrukking zijn niet vooraf berekend ({}); de server berekent ze zelf\n",
                   prepared.error().message);
        return;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    fmt::print("Tabel en onderdrukking van {} gemeenten berekend en bewaard in {:.1f} s\n", *prepared, seconds);
}

int ImportTrajectories(const Config& config, const TrajectoryArgs& args) {
    if (!args.provider.empty() &&
        (args.provider.size() != 8 || args.provider.find_first_not_of("0123456789") != std::string::npos)) {
        fmt::print(stderr, "kompas: --provider is een AGB-code van 8 cijfers\n");
        return kExitBadInput;
    }
    auto opened = OpenStoreAndKey(config);
    if (!opened) return kExitEnvironment;
    auto& [store, pseudonymiser] = *opened;
    const std::optional<std::string> provider =
        args.provider.empty() ? std::nullopt : std::optional<std::string>(args.provider);
    bool stored = false;
    for (const auto& path : args.paths) {
        ImportSummary summary;
        {
            ProgressBar bar(std::filesystem::path(path).filename().string());
            auto result = ImportTrajectoryFile(*store, pseudonymiser, path, path, provider, &bar);
            if (!result) {
                fmt::print(stderr, "kompas: import mislukt, er is niets opgeslagen uit {}:\n  {}\n", path,
                           result.error().message);
                return ExitCodeFor(result.error());
            }
            summary = *result;
        }
        PrintSummary(path, summary);
        stored = stored || !summary.already_imported;
    }
    if (stored && !args.no_prepare) PrepareSuppression(config, *store, pseudonymiser);
    return 0;
}

int ImportIjw(const Config& config, const TrajectoryArgs& args) {
    auto opened = OpenStoreAndKey(config);
    if (!opened) return kExitEnvironment;
    auto& [store, pseudonymiser] = *opened;
    std::vector<std::filesystem::path> paths(args.paths.begin(), args.paths.end());
    Result<ImportSummary> result = Fail(ErrorCode::kInternal, "not run");
    {
        ProgressBar bar("iJw-berichten");
        result = ImportIjwMessages(*store, pseudonymiser, paths, config.ijw_xsd_dir, &bar);
    }
    if (!result) {
        fmt::print(stderr, "kompas: import mislukt, er is niets opgeslagen:\n  {}\n", result.error().message);
        return ExitCodeFor(result.error());
    }
    PrintSummary(fmt::format("{} pad(en) met iJw-berichten", paths.size()), *result);
    if (!result->already_imported && !args.no_prepare) PrepareSuppression(config, *store, pseudonymiser);
    return 0;
}

}  // namespace

void AddTrajectoryImportCommands(CLI::App& import, Config& config, int& exit_code) {
    auto args = std::make_shared<TrajectoryArgs>();

    auto* trajectories = import.add_subcommand(
        "trajectories", "Trajectgegevens jeugdhulp (landelijke trajectrecords) als CSV of Excel (.xlsx)");
    AddStorageOptions(*trajectories, config);
    trajectories->add_option("--provider", args->provider,
                             "AGB-code van de aanbieder; zonder deze optie moet elke regel agb_aanbieder hebben");
    trajectories->add_option("files", args->paths, "Bestand(en)")->required();
    const char* no_prepare =
        "Bereken de onderdrukking per gemeente niet vooraf (dan doet de server dat bij zijn eerste pagina's)";
    trajectories->add_flag("--no-prepare", args->no_prepare, no_prepare);
    trajectories->callback([&config, &exit_code, args] { exit_code = ImportTrajectories(config, *args); });

    auto* ijw = import.add_subcommand(
        "ijw", "iJw-berichten JW305 (start) en JW307 (stop) uit bestanden of mappen; alles of niets");
    AddStorageOptions(*ijw, config);
    ijw->add_option("--xsd-dir", config.ijw_xsd_dir, "Map met de XSD's van de iJw-berichten")
        ->envname("KOMPAS_IJW_XSD_DIR")
        ->capture_default_str();
    ijw->add_option("paths", args->paths, "Bestand(en) of map(pen)")->required();
    ijw->add_flag("--no-prepare", args->no_prepare, no_prepare);
    ijw->callback([&config, &exit_code, args] { exit_code = ImportIjw(config, *args); });
}

}  // namespace kompas
