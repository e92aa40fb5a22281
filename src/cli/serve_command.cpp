#include <fmt/core.h>
#include <malloc.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "cli/commands.hpp"
#include "http/server.hpp"
#include "service/accounts.hpp"
#include "service/example_collaboration.hpp"
#include "service/outcomes.hpp"

namespace kompas {
namespace {

struct ServeArgs {
    ServerOptions server;
    int compute_seconds = 10;
    int publish_seconds = 3;
    std::size_t upload_limit = kMaxUploadBytes;
    std::size_t compute_threads = 1;
    int test_compute_pause_ms = 0;
    bool no_demo = false;
    bool demo_account = false;
    bool secure_cookies = false;
    std::string public_origin;
};

int Serve(const Config& config, const ServeArgs& args) {
    auto store = OpenConfiguredStore(config);
    if (!store) {
        fmt::print(stderr, "kompas: {}\n", store.error().message);
        return kExitEnvironment;
    }
    auto counts = (*store)->Counts();
    if (!counts) {
        fmt::print(stderr, "kompas: {}\n", counts.error().message);
        return kExitEnvironment;
    }
    if (auto loaded = LoadReference(**store, config.reference_dir); !loaded) {
        fmt::print(stderr, "kompas: referentiegegevens laden mislukt: {}\n", loaded.error().message);
        return kExitEnvironment;
    }
    // Block 5: the pseudonym key (created on the first start), needed by the demo's trajectories too.
    auto pseudonymiser = OpenPseudonymiser(config);
    if (!pseudonymiser) {
        fmt::print(stderr, "kompas: {}\n", pseudonymiser.error().message);
        return kExitEnvironment;
    }
    if (counts->observations == 0 && !args.no_demo) {
        fmt::print("Lege database: demogegevens laden uit {} ...\n", config.demo_dir);
        if (auto loaded = LoadDemo(**store, config.demo_dir, &*pseudonymiser); !loaded) {
            fmt::print(stderr, "kompas: demo laden mislukt: {}\n", loaded.error().message);
            return kExitEnvironment;
        }
    }
    if (args.demo_account) {
        auto password = EnsureDemoAccount(**store);
        if (!password) {
            fmt::print(stderr, "kompas: demo-account maken mislukt: {}\n", password.error().message);
            return kExitEnvironment;
        }
        if (!password->empty()) {
            fmt::print("Demo-account: demo@kompas.local  wachtwoord: {}  (alleen nu getoond)\n", *password);
        } else {
            fmt::print("Demo-account demo@kompas.local bestaat al; het wachtwoord werd bij de eerste start getoond\n");
        }
        // The worked example collaboration (issue 15): once, coordinated by the demo account.
        auto example = EnsureExampleCollaboration(**store);
        if (!example) {
            fmt::print(stderr, "kompas: voorbeeldsamenwerking maken mislukt: {}\n", example.error().message);
            return kExitEnvironment;
        }
        if (*example) {
            fmt::print("Voorbeeldsamenwerking \"{}\" gemaakt; het demo-account coördineert haar\n",
                       kExampleCollaborationName);
        }
    }
    // Few malloc arenas: the suppression threads allocate much and briefly, and each arena keeps what
    // it once held.
    mallopt(M_ARENA_MAX, 2);
    // Every trajectory in memory for the outcome indicators.
    auto outcomes = std::make_unique<OutcomeServices>(std::move(*pseudonymiser), args.compute_threads);
    outcomes->compute_wait = std::chrono::seconds(args.compute_seconds);
    outcomes->publish_wait = std::chrono::seconds(args.publish_seconds);
    outcomes->max_upload_bytes = args.upload_limit;
    outcomes->compute.SetTestPause(std::chrono::milliseconds(args.test_compute_pause_ms));
    // Requests that wait for a computation never hold every worker: one is left for the rest.
    outcomes->compute.SetMaxWaiters(std::max<std::size_t>(1, args.server.worker_threads - 1));
    // Each municipality's suppression is kept in the database, found again after a restart.
    auto kept_store = OpenStore(config.DatabaseUrl());
    if (!kept_store) {
        fmt::print(stderr, "kompas: {}\n", kept_store.error().message);
        return kExitEnvironment;
    }
    outcomes->KeepSuppressionIn(std::move(*kept_store));
    // Fast start (issue 10): the trajectories are read on a thread of their own, with this
    // connection, while the server already answers; outcome pages answer 503 with Retry-After until
    // they are in. Then the warm-up suppresses every municipality in the background.
    outcomes->LoadInBackground(
        std::move(*store), DayOf(std::chrono::system_clock::now()),
        [](const Result<TableSource>& loaded, std::size_t rows, double seconds, double cpu_seconds) {
            if (loaded) {
                fmt::print("Trajecten geladen: {} in {:.2f} s (processortijd {:.2f} s), {}\n", rows, seconds,
                           cpu_seconds,
                           *loaded == TableSource::kImage ? "uit de bewaarde tabel" : "uit de trajectrecords");
            } else {
                fmt::print(stderr, "kompas: trajecten laden mislukt: {}\n", loaded.error().message);
            }
            std::fflush(stdout);
        });

    auto pool = StorePool::Open(config.DatabaseUrl(), args.server.worker_threads);
    if (!pool) {
        fmt::print(stderr, "kompas: {}\n", pool.error().message);
        return kExitEnvironment;
    }
    const App app(std::move(*pool),
                  AppOptions{config.DatabaseKind(), config.web_dir, args.secure_cookies, args.public_origin},
                  std::move(outcomes));
    ServerOptions server = args.server;
    // The upload request carries the file as base64 in JSON: a third larger, and a little more
    // (32 MiB gives 48 MiB).
    server.upload_body_limit = args.upload_limit / 2 * 3;
    auto ran = RunServer(app, server, [&](std::uint16_t port) {
        const std::string host = args.server.address == "0.0.0.0" ? "localhost" : args.server.address;
        fmt::print("Kompas draait op http://{}:{}/  (stoppen: Ctrl+C)\n", host, port);
        std::fflush(stdout);
    });
    if (!ran) {
        fmt::print(stderr, "kompas: {}\n", ran.error().message);
        return kExitEnvironment;
    }
    return 0;
}

}  // namespace

void AddServeCommand(CLI::App& app, Config& config, int& exit_code) {
    auto args = std::make_shared<ServeArgs>();
    args->server.worker_threads = std::max(2u, std::thread::hardware_concurrency());
    auto* serve = app.add_subcommand("serve", "De webserver starten (laadt de demo in een lege database)");
    AddStorageOptions(*serve, config);
    serve->add_option("--port", args->server.port, "Poort")->envname("KOMPAS_PORT")->capture_default_str();
    serve->add_option("--address", args->server.address, "Adres om op te luisteren")
        ->envname("KOMPAS_ADDRESS")
        ->capture_default_str();
    serve->add_option("--web-dir", config.web_dir, "Map met de gebouwde webpagina's")
        ->envname("KOMPAS_WEB_DIR")
        ->capture_default_str();
    serve->add_option("--demo-dir", config.demo_dir, "Map met de demogegevens")
        ->envname("KOMPAS_DEMO_DIR")
        ->capture_default_str();
    serve
        ->add_option("--reference-dir", config.reference_dir,
                     "Map met referentiegegevens (gemeentelijke-herindelingen.csv), bij elke start ingelezen")
        ->envname("KOMPAS_REFERENCE_DIR")
        ->capture_default_str();
    serve->add_flag("--no-demo", args->no_demo, "Geen demogegevens laden in een lege database")
        ->envname("KOMPAS_NO_DEMO");
    serve
        ->add_flag("--demo-account", args->demo_account,
                   "Maak het demo-account demo@kompas.local met een willekeurig wachtwoord (alleen voor de demo)")
        ->envname("KOMPAS_DEMO_ACCOUNT");
    serve->add_option("--threads", args->server.worker_threads, "Aantal werkthreads (en databaseverbindingen)")
        ->envname("KOMPAS_THREADS")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    serve
        ->add_flag("--secure-cookies", args->secure_cookies,
                   "Kompas wordt via HTTPS bereikt: __Host-cookie met Secure, alleen https-origins")
        ->envname("KOMPAS_SECURE_COOKIES");
    serve
        ->add_option("--public-origin", args->public_origin,
                     "Het adres dat browsers zien achter een proxy, bijvoorbeeld https://kompas.example.nl")
        ->envname("KOMPAS_PUBLIC_ORIGIN");
    serve
        ->add_option("--compute-seconds", args->compute_seconds,
                     "Hoe lang een verzoek wacht op zwaar rekenwerk (rapport, trechter); daarna 503 met Retry-After "
                     "terwijl het rekenen doorgaat")
        ->envname("KOMPAS_COMPUTE_SECONDS")
        ->check(CLI::Range(0, 600))
        ->capture_default_str();
    serve
        ->add_option("--publish-seconds", args->publish_seconds,
                     "Hoe lang een upload van trajecten wacht tot de cijfers over alle aanbieders met de nieuwe "
                     "trajecten klaar zijn; tot dan tonen die pagina's de cijfers van daarvoor. Duurde het "
                     "laatste rekenwerk langer, dan wacht de upload niet")
        ->envname("KOMPAS_PUBLISH_SECONDS")
        ->check(CLI::Range(0, 600))
        ->capture_default_str();
    serve->add_option("--compute-threads", args->compute_threads, "Aantal threads voor zwaar rekenwerk")
        ->envname("KOMPAS_COMPUTE_THREADS")
        ->check(CLI::Range(1, 64))
        ->capture_default_str();
    serve
        ->add_option("--test-compute-pause-ms", args->test_compute_pause_ms,
                     "Alleen voor tests: elk rekenwerk wacht eerst zo lang")
        ->envname("KOMPAS_TEST_COMPUTE_PAUSE_MS")
        ->group("");  // not in --help
    serve->add_option("--body-limit", args->server.body_limit, "Grootste verzoek in bytes")
        ->envname("KOMPAS_BODY_LIMIT")
        ->capture_default_str();
    serve
        ->add_option("--upload-limit", args->upload_limit,
                     "Grootste trajectbestand in bytes dat een aanbieder mag uploaden (het verzoek mag de helft "
                     "groter zijn: base64)")
        ->envname("KOMPAS_UPLOAD_LIMIT")
        ->check(CLI::Range(std::size_t{1} << 20, std::size_t{1} << 30))
        ->capture_default_str();
    // Hardening (issue 13): limits before a session is known, deadlines, connection caps, proxy.
    serve
        ->add_option("--anonymous-body-limit", args->server.anonymous_body_limit,
                     "Grootste verzoek in bytes zonder geldige sessie (daarboven 413)")
        ->envname("KOMPAS_ANONYMOUS_BODY_LIMIT")
        ->capture_default_str();
    serve
        ->add_option("--header-limit", args->server.header_limit,
                     "Grootste kop (regel en kopregels) in bytes; daarboven 431")
        ->envname("KOMPAS_HEADER_LIMIT")
        ->check(CLI::Range(1024, 1 << 20))
        ->capture_default_str();
    serve
        ->add_option("--header-seconds", args->server.header_seconds, "Seconden voor de hele kop van een nieuw verzoek")
        ->envname("KOMPAS_HEADER_SECONDS")
        ->check(CLI::Range(1, 300))
        ->capture_default_str();
    serve->add_option("--idle-seconds", args->server.idle_seconds, "Seconden dat een open verbinding mag wachten")
        ->envname("KOMPAS_IDLE_SECONDS")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    serve
        ->add_option("--min-body-rate", args->server.min_body_rate,
                     "Kleinste gemiddelde snelheid van een verzoekbody in bytes per seconde (na 10 s)")
        ->envname("KOMPAS_MIN_BODY_RATE")
        ->capture_default_str();
    serve->add_option("--max-connections", args->server.max_connections, "Hoogstens zoveel open verbindingen")
        ->envname("KOMPAS_MAX_CONNECTIONS")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    serve
        ->add_option("--max-connections-per-address", args->server.max_connections_per_address,
                     "Hoogstens zoveel open verbindingen per clientadres (een vertrouwde proxy telt niet mee)")
        ->envname("KOMPAS_MAX_CONNECTIONS_PER_ADDRESS")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    serve
        ->add_option("--trusted-proxy", args->server.trusted_proxies,
                     "Adres van een reverse proxy waarvan X-Forwarded-For wordt geloofd (herhaalbaar)")
        ->envname("KOMPAS_TRUSTED_PROXY")
        ->delimiter(',');
    serve->callback([&config, &exit_code, args] { exit_code = Serve(config, *args); });
}

void AddDbCommands(CLI::App& app, Config& config, int& exit_code) {
    auto* db = app.add_subcommand("db", "Database beheren");
    db->require_subcommand(1);
    auto* migrate = db->add_subcommand("migrate", "Het schema bijwerken naar de nieuwste versie");
    AddStorageOptions(*migrate, config);
    migrate->callback([&config, &exit_code] {
        auto store = OpenConfiguredStore(config);
        if (!store) {
            fmt::print(stderr, "kompas: {}\n", store.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        fmt::print("Schema bijgewerkt ({})\n", config.DatabaseKind());
    });
    auto* status = db->add_subcommand("status", "Aantallen in de database tonen");
    AddStorageOptions(*status, config);
    status->callback([&config, &exit_code] {
        auto store = OpenConfiguredStore(config);
        auto counts = store ? (*store)->Counts() : Result<StoreCounts>(std::unexpected(store.error()));
        if (!counts) {
            fmt::print(stderr, "kompas: {}\n", counts.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        fmt::print("database: {}\nregions: {}\nindicators: {}\nobservations: {}\nimports: {}\n", config.DatabaseKind(),
                   counts->regions, counts->indicators, counts->observations, counts->imports);
    });
    auto* demo = app.add_subcommand("demo", "De demogegevens (Almere) in de database laden");
    AddStorageOptions(*demo, config);
    demo->add_option("--demo-dir", config.demo_dir, "Map met de demogegevens")->envname("KOMPAS_DEMO_DIR");
    demo->add_option("--reference-dir", config.reference_dir, "Map met referentiegegevens (herindelingen)")
        ->envname("KOMPAS_REFERENCE_DIR");
    demo->callback([&config, &exit_code] {
        auto store = OpenConfiguredStore(config);
        auto loaded =
            store ? LoadReference(**store, config.reference_dir) : Result<void>(std::unexpected(store.error()));
        auto pseudonymiser = OpenPseudonymiser(config);
        if (loaded && !pseudonymiser) loaded = std::unexpected(pseudonymiser.error());
        if (loaded) loaded = LoadDemo(**store, config.demo_dir, &*pseudonymiser);
        if (!loaded) {
            fmt::print(stderr, "kompas: {}\n", loaded.error().message);
            exit_code = kExitEnvironment;
            return;
        }
        fmt::print("Demogegevens geladen uit {}\n", config.demo_dir);
    });
}

}  // namespace kompas
