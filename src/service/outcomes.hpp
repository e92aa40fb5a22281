// Outcomes of youth care (block 5) as the HTTP layer offers them: uploads of trajectory files by a
// provider, a provider's own records (audited) and outcomes, and the suppressed outcomes of a
// municipality's residents and the funnel plots, which only the municipality and administrators see.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/account.hpp"
#include "engine/outcome_engine.hpp"
#include "engine/outcome_indicators.hpp"
#include "privacy/pseudonym.hpp"
#include "service/kept_work.hpp"
#include "store/store.hpp"

namespace kompas {

// Where LoadOutcomeEngine found the table.
enum class TableSource {
    kInAlready,  // the engine held this version already: nothing read
    kImage,      // the image kept for this version (Store::FindOutcomeTable)
    kRecords,    // every trajectory record, built into a table
};

// What the outcome routes share: the engine that holds every trajectory in memory, the key of the
// pseudonyms and the compute pool. Built once at start (LoadOutcomeEngine), shared by every worker
// thread.
// The default upload limit of a trajectory file (32 MiB).
inline constexpr std::size_t kMaxUploadBytes = 32u << 20;

struct OutcomeServices {
    explicit OutcomeServices(Pseudonymiser key, std::size_t compute_threads = 1);
    ~OutcomeServices();
    OutcomeServices(const OutcomeServices&) = delete;
    OutcomeServices& operator=(const OutcomeServices&) = delete;

    // Suppresses every municipality of the current table for `today` on background threads (one per
    // core, at a lower priority than the requests; one from the largest municipality down, the others
    // from the smallest up once the largest is done) into the engine's scope cache: the first pages
    // after a start or an upload then find their suppression done, or being done. When every
    // municipality is done, the table is published (Published). A new call stops the previous
    // warm-up first.
    void WarmUp(Day today);

    // What the figures across providers (a municipality's report, the funnels) are answered from
    // (docs/privacy.md, "Rekentijd", point 6). Normally the current table. After an upload or an
    // import, while the new table's suppression is not done for every municipality, the last table
    // whose suppression was done whole (by a warm-up), with `updating` set: so the first page after
    // an upload shows the figures of before it at once, instead of waiting for the suppression of
    // every municipality the upload changed. Before any warm-up was done (after a start), and after
    // a warm-up that failed, the current table.
    struct Publication {
        std::shared_ptr<engine::ScopeCache> scopes;  // holds its table
        std::string version;
        bool updating = false;
    };
    Publication Published() const;
    // Waits at most `wait` until the current table (or a later one) is the published one; whether it is.
    bool WaitForPublication(std::chrono::milliseconds wait) const;
    // Whether an upload waits up to `publish_wait` for its figures to be published: on small data they
    // are there within moments and the next page holds them. Not when the last warm-up that published
    // took longer than that wait (national data): the wait would only delay the upload's answer.
    bool UploadWaitsForPublication() const;
    // How many tables warm-ups have published so far (tests: WaitForPublication is true at once while
    // nothing was ever published, as the pages then use the current table).
    std::uint64_t Publications() const;
    // For tests: runs on the warm-up's thread once every municipality is done, before it publishes.
    // Set before the first WarmUp.
    void SetBeforePublish(std::function<void()> hook);
    // Tells the warm-up to stop after the municipality it is working on, without waiting for it: it
    // holds its own table and cache, and nothing of this object.
    void StopWarmUp();

    // Fast start (issue 10): loads the engine from `store` on a thread of its own, then warms up, so
    // that the server answers at once; a table built from every record is then kept as an image
    // (KeepOutcomeTable) for the next start. Until the table is in, Loaded() is false and every outcome
    // read answers kUnavailable with a retry-after hint. A load that fails leaves the engine empty
    // and unversioned: the next outcome read then loads it itself and shows the error. The destructor
    // stops a load that is still running (it checks between rows) and waits for its thread.
    // `done` is called on that thread when a load ends unstopped: its result, the rows, and the wall
    // and processor seconds it took (processor time of the whole process while it ran).
    using LoadDone =
        std::function<void(const Result<TableSource>&, std::size_t rows, double seconds, double cpu_seconds)>;
    void LoadInBackground(std::unique_ptr<Store> store, Day today, LoadDone done);
    bool Loaded() const { return loaded_; }

    // Keeps each municipality's suppression in `store` (a connection of its own), under a fingerprint
    // keyed with a key derived from the pseudonym key: after a restart on the same trajectories it is
    // found again instead of computed (issue 10). Call before LoadInBackground.
    void KeepSuppressionIn(std::unique_ptr<Store> store);

    engine::OutcomeEngine engine;
    Pseudonymiser pseudonymiser;

    // Suppression is the costly part of a municipality's report and of a funnel (a national funnel
    // suppresses every municipality's report), and its result depends only on the table version, the
    // day and the question: so each is computed once, on the compute pool, and kept, keyed by
    // "version|day|question". A request waits for it at most `compute_wait` (then kUnavailable with
    // a retry-after hint). Entries of older versions or days are never asked for again; a full store
    // starts afresh.
    ComputePool compute;
    // The largest trajectory file a provider may upload, in bytes (`kompas serve --upload-limit`).
    std::size_t max_upload_bytes = kMaxUploadBytes;
    std::chrono::milliseconds compute_wait = std::chrono::seconds(10);
    // How long an upload waits, after the new table is in, for it to be published (WaitForPublication,
    // if UploadWaitsForPublication): a small upload then answers with its figures published, a large
    // one does not hold its request.
    std::chrono::milliseconds publish_wait = std::chrono::seconds(3);
    KeptWork<engine::FunnelReport> funnels{compute, 256};
    KeptWork<engine::OutcomeReport> municipality_reports{compute, 32};

private:
    // Shared with the warm-up threads, which outlive nothing of this object but this.
    struct Publishing;
    std::shared_ptr<Publishing> publishing_;
    std::mutex warm_mutex_;
    std::shared_ptr<std::atomic<bool>> warm_stop_;
    std::atomic<bool> loaded_{true};
    std::atomic<bool> load_stop_{false};
    std::thread loader_;
};

// Fills the engine from the store (at start, and after every import): from the table image kept for
// the store's trajectory version when there is one of this build, else from every record. A missing,
// outdated or damaged image is passed over for the records. With `stop`, the read of the records ends
// with kUnavailable as soon as it is set, and the old table stays.
Result<TableSource> LoadOutcomeEngine(Store& store, engine::OutcomeEngine& engine,
                                      const std::atomic<bool>* stop = nullptr);
// Keeps the engine's table as an image (Store::KeepOutcomeTable) under the version it was loaded at,
// for the next start to read instead of every record. Keeps nothing when the store's trajectories
// moved on while the table was read: the image would be of neither version.
Result<void> KeepOutcomeTable(Store& store, const engine::OutcomeEngine& engine);
// The table and the suppression of every municipality computed ahead (issue 10), after an import from
// the command line: a server started afterwards reads the table's image instead of every record, and
// finds the suppression kept (as after a restart) instead of computing it while its first pages wait.
// Loads the trajectories from `store` as the server does and keeps the table's image
// (KeepOutcomeTable), then suppresses every municipality for `today` on `threads` threads, largest
// first, and keeps each pattern through `kept` (a connection of its own), under the fingerprint keyed
// from `key`. A pattern kept already is read, not computed. Returns how many municipalities the
// trajectories have.
Result<std::size_t> PrepareOutcomeSuppression(Store& store, std::unique_ptr<Store> kept, const Pseudonymiser& key,
                                              Day today, std::size_t threads);
// Reloads only when a trajectory import was recorded since the last load (for instance by the
// command line next to the running server), and then warms up for `today`; every outcome read
// calls it first. While the first load after the start still runs
// (OutcomeServices::LoadInBackground): kUnavailable with a retry-after hint.
Result<void> RefreshOutcomeEngine(Store& store, OutcomeServices& services, Day today);

// The caller's own organisation when it is a provider with an AGB code: kForbidden for other kinds,
// kConflict for a provider without an AGB code.
Result<Organisation> RequireProvider(Store& store, const Caller& caller);

// A provider's upload of one CSV or .xlsx file (`content` are the file's bytes): imported for its
// own AGB code in one transaction, then the engine is refreshed. Errors name `filename`, line and
// column. The upload is audited (action create, object trajectory_upload).
Result<ImportSummary> UploadTrajectories(Store& store, OutcomeServices& services, const Caller& caller,
                                         std::string_view filename, std::string_view content, TimePoint now);

struct TrajectoryPage {
    std::int64_t total = 0;
    std::vector<Trajectory> trajectories;
};

// The caller's provider's own records; every call is audited as read_client_data.
Result<TrajectoryPage> ListOwnTrajectories(Store& store, const Caller& caller, std::int64_t limit, std::int64_t offset,
                                           TimePoint now);

// An outcome report with what the page shows around it.
struct OutcomeView {
    std::string kind;  // "provider" or "municipality"
    std::string code;  // AGB or GM code
    std::optional<std::string> name;
    engine::Granularity granularity = engine::Granularity::kYear;
    Day reference_date = 0;
    engine::OutcomeReport report;                       // report.reentry_basis says where re-entry is looked for
    std::map<std::string, std::string> provider_names;  // AGB code -> organisation name, where known
    bool updating = false;  // of the table before the last upload or import (OutcomeServices::Published)
};

// The caller's provider's own outcomes, unsuppressed (its own records).
Result<OutcomeView> OwnOutcomes(Store& store, OutcomeServices& services, const Caller& caller,
                                engine::Granularity granularity, Day today);

// Who may see figures that combine providers (docs/privacy.md): a platform administrator, and the
// municipality itself (an organisation of kind municipality whose region is `code`). Providers may
// not: they upload, and every uploader is a curious party. Without a code (the national funnel):
// administrators, municipalities and youth-care regions. kForbidden otherwise.
Result<void> RequireCommissioner(Store& store, const Caller& caller, const std::optional<std::string>& code);

// The outcomes of a municipality's residents, suppressed; for RequireCommissioner. kInvalidArgument
// for a code that is not GM + 4 digits.
Result<OutcomeView> MunicipalityOutcomes(Store& store, OutcomeServices& services, const Caller& caller,
                                         std::string_view code, engine::Granularity granularity, Day today);
// What the municipality's report depends on, for the caller who may see it (the checks of
// MunicipalityOutcomes, and the engine brought up to date): table version, day, code,
// granularity, the region's name and the provider names. Two calls with the same answer get the
// same report, so a serialised report may be kept under it.
Result<std::string> MunicipalityReportVersion(Store& store, OutcomeServices& services, const Caller& caller,
                                              std::string_view code, engine::Granularity granularity, Day today);

// The same report for a download, with an audit record of the export (object "outcomes", the code).
Result<OutcomeView> ExportMunicipalityOutcomes(Store& store, OutcomeServices& services, const Caller& caller,
                                               std::string_view code, engine::Granularity granularity, TimePoint now);

struct FunnelView {
    engine::FunnelReport report;
    std::map<std::string, std::string> provider_names;
    std::optional<std::string> own_provider;  // the caller's AGB code, to mark its own point
    bool updating = false;                    // as OutcomeView::updating
    // Everything the view rests on (the table version, day, question, whether it is of before an
    // upload, the caller's own code and the provider names): the same version, the same view. The
    // server keeps the serialised funnel under it.
    std::string version;
};

Result<FunnelView> ProviderFunnel(Store& store, OutcomeServices& services, const Caller& caller,
                                  engine::FunnelIndicator indicator, int year,
                                  const std::optional<std::string>& municipality, Day today);

// Gives memory that was freed back to the system (after a large computation).
void ReturnFreeMemory();

// Today as a day number (UTC).
Day DayOf(TimePoint now);

}  // namespace kompas
