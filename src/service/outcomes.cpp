#include "service/outcomes.hpp"

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <functional>
#include <string>
#include <thread>

#include "engine/table_image.hpp"
#include "service/audit_entry.hpp"
#include "service/kept_suppression.hpp"
#include "service/trajectories.hpp"

namespace kompas {
namespace {

// The name an upload is called by in messages: its last path component, printable ASCII only.
std::string DisplayName(std::string_view filename) {
    const auto slash = filename.find_last_of("/\\");
    if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
    std::string name;
    for (const char c : filename.substr(0, 120)) name += (c > 0x20 && c < 0x7f) ? c : '_';
    if (name.empty() || name == "." || name == "..") return "upload";
    return name;
}

// A size for people: whole mebibytes when it is one, else bytes.
std::string SizeText(std::size_t bytes) {
    if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

// Background work (the warm-up): nice 10 for the calling thread, which the threads it starts inherit.
// If the system refuses, the work runs at the normal priority.
void LowerThisThreadsPriority() {
    constexpr int kBackgroundNice = 10;
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kBackgroundNice);
}

}  // namespace

void ReturnFreeMemory() {
    // A suppression of a large municipality allocates and frees hundreds of MiB; glibc keeps freed
    // memory in its arenas unless asked to give it back.
    malloc_trim(0);
}

Day DayOf(TimePoint now) {
    return static_cast<Day>(std::chrono::floor<std::chrono::days>(now).time_since_epoch().count());
}

namespace {

bool IsMunicipalityCode(std::string_view code) {
    return code.size() == 6 && code.starts_with("GM") &&
           code.substr(2).find_first_not_of("0123456789") == std::string_view::npos;
}

Result<std::map<std::string, std::string>> ProviderNames(Store& store) {
    auto organisations = store.Organisations();
    if (!organisations) return std::unexpected(std::move(organisations.error()));
    std::map<std::string, std::string> names;
    for (const auto& organisation : *organisations) {
        if (organisation.agb) names[*organisation.agb] = organisation.name;
    }
    return names;
}

}  // namespace

Result<OutcomeView> OwnOutcomes(Store& store, OutcomeServices& services, const Caller& caller,
                                engine::Granularity granularity, Day today) {
    auto provider = RequireProvider(store, caller);
    if (!provider) return std::unexpected(std::move(provider.error()));
    if (auto fresh = RefreshOutcomeEngine(store, services, today); !fresh) return std::unexpected(fresh.error());
    const auto table = services.engine.Snapshot();
    engine::OutcomeQuery query{engine::OutcomeQuery::Scope::kProvider, *provider->agb, granularity, today, false};
    auto report = engine::ComputeOutcomes(*table, query);
    if (!report) return std::unexpected(std::move(report.error()));
    return OutcomeView{"provider", *provider->agb, provider->name, granularity, today, std::move(*report), {}};
}

Result<void> RequireCommissioner(Store& store, const Caller& caller, const std::optional<std::string>& code) {
    if (caller.platform_admin) return {};
    auto organisation = store.FindOrganisation(caller.organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (*organisation) {
        const Organisation& o = **organisation;
        if (code && o.kind == OrganisationKind::kMunicipality && o.region == *code) return {};
        if (!code && (o.kind == OrganisationKind::kMunicipality || o.kind == OrganisationKind::kYouthCareRegion)) {
            return {};
        }
    }
    return Fail(ErrorCode::kForbidden,
                code ? "De uitkomsten van alle aanbieders samen ziet alleen de gemeente zelf; een aanbieder ziet "
                       "zijn eigen uitkomsten"
                     : "De landelijke vergelijking van aanbieders zien alleen gemeenten en jeugdzorgregio's");
}

namespace {

// What a municipality's report rests on besides the table: its region's name and the provider names.
struct MunicipalityContext {
    std::optional<std::string> name;
    std::map<std::string, std::string> provider_names;
};

// The checks every municipality report passes (a GM code, RequireCommissioner), its context, and
// the engine brought up to date with the store.
Result<MunicipalityContext> PrepareMunicipality(Store& store, OutcomeServices& services, const Caller& caller,
                                                std::string_view code, Day today) {
    if (!IsMunicipalityCode(code)) {
        return Fail(ErrorCode::kInvalidArgument, "Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363",
                    "code");
    }
    if (auto allowed = RequireCommissioner(store, caller, std::string(code)); !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    auto region = store.FindRegion(code);
    if (!region) return std::unexpected(std::move(region.error()));
    auto names = ProviderNames(store);
    if (!names) return std::unexpected(std::move(names.error()));
    if (auto fresh = RefreshOutcomeEngine(store, services, today); !fresh) return std::unexpected(fresh.error());
    MunicipalityContext context;
    if (*region) context.name = (*region)->name;
    context.provider_names = std::move(*names);
    return context;
}

// The part of a view's version that stands for what it shows besides the figures: `first` (the
// region's name, or the caller's own AGB code) and the provider names, as a hash and a length.
std::string NamesVersion(std::string_view first, const std::map<std::string, std::string>& names) {
    std::string described(first);
    for (const auto& [agb, name] : names) described += "\n" + agb + "=" + name;
    return std::to_string(std::hash<std::string>{}(described)) + "|" + std::to_string(described.size());
}

}  // namespace

Result<OutcomeView> MunicipalityOutcomes(Store& store, OutcomeServices& services, const Caller& caller,
                                         std::string_view code, engine::Granularity granularity, Day today) {
    auto context = PrepareMunicipality(store, services, caller, code, today);
    if (!context) return std::unexpected(std::move(context.error()));
    const auto published = services.Published();
    const std::string key = published.version + "|" + std::to_string(today) + "|" + std::string(code) + "|" +
                            engine::GranularityName(granularity);
    engine::OutcomeQuery query{engine::OutcomeQuery::Scope::kMunicipality, std::string(code), granularity, today, true};
    auto report = services.municipality_reports.Get(
        key,
        [scopes = published.scopes, query] {
            auto computed = engine::ComputeOutcomes(scopes->table(), query, scopes.get());
            ReturnFreeMemory();
            return computed;
        },
        services.compute_wait);
    if (!report) return std::unexpected(std::move(report.error()));
    return OutcomeView{"municipality", std::string(code),  std::move(context->name),           granularity,
                       today,          std::move(*report), std::move(context->provider_names), published.updating};
}

Result<std::string> MunicipalityReportVersion(Store& store, OutcomeServices& services, const Caller& caller,
                                              std::string_view code, engine::Granularity granularity, Day today) {
    auto context = PrepareMunicipality(store, services, caller, code, today);
    if (!context) return std::unexpected(std::move(context.error()));
    const auto published = services.Published();
    return published.version + (published.updating ? "|updating|" : "|") + std::to_string(today) + "|" +
           std::string(code) + "|" + engine::GranularityName(granularity) + "|" +
           NamesVersion(context->name.value_or(""), context->provider_names);
}

Result<OutcomeView> ExportMunicipalityOutcomes(Store& store, OutcomeServices& services, const Caller& caller,
                                               std::string_view code, engine::Granularity granularity, TimePoint now) {
    auto view = MunicipalityOutcomes(store, services, caller, code, granularity, DayOf(now));
    if (!view) return view;
    if (auto audited = RecordExport(store, caller, now, "outcomes", std::string(code)); !audited) {
        return std::unexpected(std::move(audited.error()));
    }
    return view;
}

Result<FunnelView> ProviderFunnel(Store& store, OutcomeServices& services, const Caller& caller,
                                  engine::FunnelIndicator indicator, int year,
                                  const std::optional<std::string>& municipality, Day today) {
    if (municipality && !IsMunicipalityCode(*municipality)) {
        return Fail(ErrorCode::kInvalidArgument, "Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363",
                    "municipality");
    }
    if (year < 1900 || year > 2200) return Fail(ErrorCode::kInvalidArgument, "Geef een jaartal", "year");
    if (auto allowed = RequireCommissioner(store, caller, municipality); !allowed) {
        return std::unexpected(std::move(allowed.error()));
    }
    auto names = ProviderNames(store);
    if (!names) return std::unexpected(std::move(names.error()));
    auto organisation = store.FindOrganisation(caller.organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (auto fresh = RefreshOutcomeEngine(store, services, today); !fresh) return std::unexpected(fresh.error());
    const auto published = services.Published();
    const std::string key = published.version + "|" + std::to_string(today) + "|" +
                            engine::FunnelIndicatorName(indicator) + "|" + std::to_string(year) + "|" +
                            municipality.value_or("");
    auto report = services.funnels.Get(
        key,
        [scopes = published.scopes, query = engine::FunnelQuery{indicator, year, municipality, today}] {
            auto funnel = engine::ComputeFunnel(scopes->table(), query, scopes.get());
            ReturnFreeMemory();
            return funnel;
        },
        services.compute_wait);
    if (!report) return std::unexpected(std::move(report.error()));
    std::optional<std::string> own;
    if (*organisation && (*organisation)->kind == OrganisationKind::kProvider) own = (*organisation)->agb;
    std::string version = key + (published.updating ? "|updating|" : "|") + NamesVersion(own.value_or(""), *names);
    return FunnelView{std::move(*report), std::move(*names), std::move(own), published.updating, std::move(version)};
}

namespace {
// The scopes a warm-up keeps while an older table is published (OutcomeServices::WarmUp).
constexpr std::size_t kWarmUpScopeBudget = std::size_t{32} << 20;
}  // namespace

struct OutcomeServices::Publishing {
    std::mutex mutex;
    std::condition_variable changed;
    engine::OutcomeEngine::Current done;  // the last table a warm-up did whole; none after a failed one
    std::uint64_t warm_ups = 0;           // started; only the last may publish
    std::function<void()> before_publish;
    std::chrono::steady_clock::duration last_took{};  // of the last warm-up that published
    std::uint64_t publications = 0;
};

OutcomeServices::OutcomeServices(Pseudonymiser key, std::size_t compute_threads)
    : pseudonymiser(std::move(key)), compute(compute_threads), publishing_(std::make_shared<Publishing>()) {}

void OutcomeServices::SetBeforePublish(std::function<void()> hook) {
    std::lock_guard lock(publishing_->mutex);
    publishing_->before_publish = std::move(hook);
}

OutcomeServices::Publication OutcomeServices::Published() const {
    auto current = engine.current();
    std::lock_guard lock(publishing_->mutex);
    const auto& done = publishing_->done;
    if (done.scopes && done.version != current.version) return {done.scopes, done.version, true};
    return {std::move(current.scopes), std::move(current.version), false};
}

bool OutcomeServices::WaitForPublication(std::chrono::milliseconds wait) const {
    const std::string version = engine.version();
    std::unique_lock lock(publishing_->mutex);
    // Or a later table, when another upload came meanwhile: that one then holds this one's records too.
    return publishing_->changed.wait_for(lock, wait, [&] {
        const auto& done = publishing_->done;
        return !done.scopes || done.version == version || done.version == engine.version();
    });
}

void OutcomeServices::WarmUp(Day today) {
    StopWarmUp();
    std::lock_guard warm(warm_mutex_);
    warm_stop_ = std::make_shared<std::atomic<bool>>(false);
    std::uint64_t number = 0;
    {
        std::lock_guard publish(publishing_->mutex);
        number = ++publishing_->warm_ups;
    }
    std::thread([stop = warm_stop_, current = engine.current(), today, publishing = publishing_, number] {
        const auto started = std::chrono::steady_clock::now();
        // While an older table is published, it stays in memory with its scopes. So that both fit in
        // memory at national scale, this warm-up then keeps few scopes of its own until it publishes:
        // it is after the patterns, which the scope keeping holds, and the pages recount a scope from
        // its kept pattern when they need it.
        bool older = false;
        {
            std::lock_guard lock(publishing->mutex);
            older = publishing->done.scopes && publishing->done.version != current.version;
        }
        if (older) current.scopes->SetBudget(kWarmUpScopeBudget);
        // On every core, behind the requests: this thread and the helpers it starts (which inherit
        // it) get a lower priority, so a page that is asked meanwhile gets a core first.
        LowerThisThreadsPriority();
        const std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
        auto prepared = current.scopes->Prepare(today, threads, stop.get());  // an error shows again when a page asks
        if (older) current.scopes->SetBudget(engine::kScopeBudget);
        ReturnFreeMemory();
        if (*stop) return;
        std::function<void()> hook;
        {
            std::lock_guard lock(publishing->mutex);
            hook = publishing->before_publish;
        }
        if (hook) hook();
        std::lock_guard lock(publishing->mutex);
        if (number != publishing->warm_ups) return;  // a later warm-up publishes
        // After a failure nothing older is served: the pages ask the current table, and show its error.
        publishing->done = prepared ? current : engine::OutcomeEngine::Current{};
        publishing->last_took = std::chrono::steady_clock::now() - started;
        ++publishing->publications;
        publishing->changed.notify_all();
    }).detach();
}

std::uint64_t OutcomeServices::Publications() const {
    std::lock_guard lock(publishing_->mutex);
    return publishing_->publications;
}

bool OutcomeServices::UploadWaitsForPublication() const {
    std::lock_guard lock(publishing_->mutex);
    return publishing_->last_took <= publish_wait;
}

namespace {

// Where and under which key the suppression is kept: the server and PrepareOutcomeSuppression must agree.
engine::ScopeKeeping KeepingIn(std::unique_ptr<Store> store, const Pseudonymiser& key) {
    return engine::ScopeKeeping{key.DerivedKey("outcome-suppression-fingerprint"),
                                std::make_shared<StoreKeptStatuses>(std::move(store))};
}

}  // namespace

void OutcomeServices::KeepSuppressionIn(std::unique_ptr<Store> store) {
    engine.SetScopeKeeping(KeepingIn(std::move(store), pseudonymiser));
}

Result<std::size_t> PrepareOutcomeSuppression(Store& store, std::unique_ptr<Store> kept, const Pseudonymiser& key,
                                              Day today, std::size_t threads) {
    engine::OutcomeEngine engine;
    engine.SetScopeKeeping(KeepingIn(std::move(kept), key));
    auto loaded = LoadOutcomeEngine(store, engine);
    if (!loaded) return std::unexpected(std::move(loaded.error()));
    if (*loaded == TableSource::kRecords) {
        if (auto image = KeepOutcomeTable(store, engine); !image) return std::unexpected(std::move(image.error()));
    }
    if (auto prepared = engine.Scopes()->Prepare(today, threads); !prepared) {
        return std::unexpected(std::move(prepared.error()));
    }
    return engine.Snapshot()->municipalities.size();
}

void OutcomeServices::StopWarmUp() {
    std::lock_guard lock(warm_mutex_);
    if (warm_stop_) *warm_stop_ = true;
}

Result<TableSource> LoadOutcomeEngine(Store& store, engine::OutcomeEngine& engine, const std::atomic<bool>* stop) {
    auto version = store.TrajectoryVersion();
    if (!version) return std::unexpected(std::move(version.error()));
    if (*version == engine.version()) return TableSource::kInAlready;
    // An error reading the image is not the records' error: they are read instead.
    if (auto image = store.FindOutcomeTable(*version); image && *image) {
        auto table = engine::TableFromImage(**image);
        *image = std::nullopt;  // hundreds of MB at national scale
        if (table) {
            engine.Install(std::move(*table), std::move(*version));
            ReturnFreeMemory();
            return TableSource::kImage;
        }
    }
    // A count to size the table by; without it the columns grow as they are read.
    const auto rows = store.CountAllTrajectories();
    auto loaded = engine.Reload(
        [&store, stop](const std::function<Result<void>(const TrajectoryRow&)>& visit) {
            if (!stop) return store.ForEachTrajectoryRow(visit);
            return store.ForEachTrajectoryRow([&visit, stop](const TrajectoryRow& row) -> Result<void> {
                if (stop->load(std::memory_order_relaxed)) {
                    return Fail(ErrorCode::kUnavailable, "Het laden van de trajecten is gestopt");
                }
                return visit(row);
            });
        },
        std::move(*version), rows ? static_cast<std::size_t>(std::max<std::int64_t>(*rows, 0)) : 0);
    ReturnFreeMemory();  // what building the table needed for a while
    if (!loaded) return std::unexpected(std::move(loaded.error()));
    return TableSource::kRecords;
}

Result<void> KeepOutcomeTable(Store& store, const engine::OutcomeEngine& engine) {
    // The version before the table: a reload between the two gives a newer table, and then the store's
    // version (never going back) differs from `version` below, so nothing is kept.
    const std::string version = engine.version();
    const auto table = engine.Snapshot();
    auto now = store.TrajectoryVersion();
    if (!now) return std::unexpected(std::move(now.error()));
    if (version.empty() || *now != version) return {};
    auto kept = store.KeepOutcomeTable(version, engine::TableImage(*table));
    ReturnFreeMemory();
    return kept;
}

Result<void> RefreshOutcomeEngine(Store& store, OutcomeServices& services, Day today) {
    if (!services.Loaded()) {
        Error error{.code = ErrorCode::kUnavailable,
                    .message =
                        "De trajecten worden na de start nog in het geheugen geladen; probeer het over enkele "
                        "seconden opnieuw",
                    .field = {},
                    .retry_after_seconds = 5};
        return std::unexpected(std::move(error));
    }
    auto version = store.TrajectoryVersion();
    if (!version) return std::unexpected(std::move(version.error()));
    if (*version == services.engine.version()) return {};
    auto loaded = LoadOutcomeEngine(store, services.engine);
    if (!loaded) return std::unexpected(std::move(loaded.error()));
    if (*loaded != TableSource::kInAlready) services.WarmUp(today);  // who loaded it, warms it up
    return {};
}

OutcomeServices::~OutcomeServices() {
    load_stop_ = true;
    if (loader_.joinable()) loader_.join();
    StopWarmUp();
}

void OutcomeServices::LoadInBackground(std::unique_ptr<Store> store, Day today, LoadDone done) {
    loaded_ = false;
    loader_ = std::thread([this, store = std::move(store), today, done = std::move(done)] {
        const auto wall = std::chrono::steady_clock::now();
        const std::clock_t cpu = std::clock();
        auto loaded = LoadOutcomeEngine(*store, engine, &load_stop_);
        if (load_stop_) return;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
        const double cpu_seconds = static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (done) done(loaded, engine.Snapshot()->size(), seconds, cpu_seconds);
        loaded_ = true;
        if (loaded) WarmUp(today);
        // Built from every record: kept as an image, so that the next start reads that instead. A
        // cache: when it cannot be kept, the next start reads the records again.
        if (loaded && *loaded == TableSource::kRecords && !load_stop_) (void)KeepOutcomeTable(*store, engine);
    });
}

Result<Organisation> RequireProvider(Store& store, const Caller& caller) {
    auto organisation = store.FindOrganisation(caller.organisation_id);
    if (!organisation) return std::unexpected(std::move(organisation.error()));
    if (!*organisation || (*organisation)->kind != OrganisationKind::kProvider) {
        return Fail(ErrorCode::kForbidden, "Alleen een zorgaanbieder levert trajecten en ziet zijn eigen trajecten");
    }
    if (!(*organisation)->agb) {
        return Fail(ErrorCode::kConflict,
                    "Uw organisatie heeft nog geen AGB-code; vraag de beheerder die in te stellen", "agb");
    }
    return std::move(**organisation);
}

Result<ImportSummary> UploadTrajectories(Store& store, OutcomeServices& services, const Caller& caller,
                                         std::string_view filename, std::string_view content, TimePoint now) {
    auto provider = RequireProvider(store, caller);
    if (!provider) return std::unexpected(std::move(provider.error()));
    if (content.empty()) return Fail(ErrorCode::kInvalidArgument, "Het bestand is leeg", "content_base64");
    if (content.size() > services.max_upload_bytes) {
        return Fail(ErrorCode::kInvalidArgument,
                    "Het bestand is groter dan " + SizeText(services.max_upload_bytes) + " (de grens)",
                    "content_base64");
    }
    // Read from memory: the bytes hold BSNs and may hold names, and nothing of them may land on disk
    // outside the database. The name, shown in messages and kept in the audit trail, loses any BSN.
    const std::string name = RedactInputEcho(DisplayName(filename));
    // The audit record in the import's own transaction: no upload is stored without it (issue 13).
    const AuditEntry audit = EntryFor(caller, now, AuditAction::kCreate, "trajectory_upload", name);
    auto summary =
        ImportTrajectoryFile(store, services.pseudonymiser, FileBytes{content}, name, provider->agb, nullptr, &audit);
    if (!summary) return summary;
    if (!summary->already_imported) {
        if (auto loaded = LoadOutcomeEngine(store, services.engine); !loaded) {
            return std::unexpected(std::move(loaded.error()));
        }
        services.WarmUp(DayOf(now));
        // Until then the figures across providers are those of before this upload (Published).
        if (services.UploadWaitsForPublication()) (void)services.WaitForPublication(services.publish_wait);
    }
    return summary;
}

Result<TrajectoryPage> ListOwnTrajectories(Store& store, const Caller& caller, std::int64_t limit, std::int64_t offset,
                                           TimePoint now) {
    auto provider = RequireProvider(store, caller);
    if (!provider) {
        if (provider.error().code == ErrorCode::kForbidden) {  // an attempt on client-level data is recorded too
            (void)store.AppendAudit(
                EntryFor(caller, now, AuditAction::kReadClientData, "trajectories", "", AuditResult::kDenied));
        }
        return std::unexpected(std::move(provider.error()));
    }
    if (limit < 1 || limit > 1000) return Fail(ErrorCode::kInvalidArgument, "limit ligt tussen 1 en 1000", "limit");
    if (offset < 0) return Fail(ErrorCode::kInvalidArgument, "offset is niet negatief", "offset");
    if (auto audited =
            store.AppendAudit(EntryFor(caller, now, AuditAction::kReadClientData, "trajectories", *provider->agb));
        !audited) {
        return std::unexpected(std::move(audited.error()));
    }
    auto total = store.CountTrajectories(*provider->agb);
    if (!total) return std::unexpected(std::move(total.error()));
    auto trajectories = store.ProviderTrajectories(*provider->agb, limit, offset);
    if (!trajectories) return std::unexpected(std::move(trajectories.error()));
    return TrajectoryPage{*total, std::move(*trajectories)};
}

}  // namespace kompas
