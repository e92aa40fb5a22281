#include "service/trajectories.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <fstream>
#include <functional>
#include <mutex>
#include <span>
#include <spanstream>
#include <string_view>
#include <thread>
#include <utility>

#include "ingest/content_hash.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {
namespace {

// A zip (and so an .xlsx workbook) starts with "PK\3\4".
bool IsZip(std::string_view first_bytes) { return first_bytes.starts_with(std::string_view("PK\3\4", 4)); }

bool IsZip(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, sizeof magic);
    return IsZip(std::string_view(magic, static_cast<std::size_t>(in.gcount())));
}

// Turns a delivered record into a stored one, in place: the pseudonym replaces the BSN (which is
// wiped from the record at once) and the provider is checked against the one the delivery is for.
Result<void> Pseudonymise(const Pseudonymiser& pseudonymiser, DeliveredTrajectory& delivered,
                          const std::optional<std::string>& provider) {
    Trajectory& trajectory = delivered.trajectory;
    trajectory.client = pseudonymiser.Pseudonym(delivered.bsn);
    std::fill(delivered.bsn.begin(), delivered.bsn.end(), '0');
    if (provider) {
        if (!trajectory.provider.empty() && trajectory.provider != *provider) {
            // No AGB codes in the message: eight digits in that column may as well be a BSN whose
            // leading zero Excel dropped, and ImportError would hide them anyway.
            return std::unexpected(ImportError(delivered.at, "aanbieder",
                                               "deze regel noemt in de kolom agb_aanbieder een andere aanbieder dan "
                                               "uw organisatie; u levert alleen trajecten van uw eigen organisatie"));
        }
        trajectory.provider = *provider;
    } else if (trajectory.provider.empty()) {
        return std::unexpected(ImportError(delivered.at, "aanbieder",
                                           "de kolom agb_aanbieder ontbreekt of is leeg; zonder aanbieder kan het "
                                           "traject niet worden opgeslagen"));
    }
    return {};
}

void WipeBsns(std::span<DeliveredTrajectory> rows) {
    for (DeliveredTrajectory& row : rows) std::fill(row.bsn.begin(), row.bsn.end(), '0');
}

// Records in batches from a reading thread to the writing one, with room for a few batches only,
// so that memory stays bounded whatever the size of the file. The reader ends with its result: the
// rows before an error are handed over first, so the writer sees the same sequence (rows, then the
// error) as when one thread did both.
//
// The pseudonyms (a keyed BLAKE2b per record, about 0.6 us each here) are shared between the two
// threads, so that neither waits long for the other: the reader makes those of the first half of
// each batch, the writer the rest. Measured on 6 million records (issue 10): with all of them on
// the reader, it was busy all the time and the writer a third of it; half each keeps both busy
// for most of it. Which thread makes a pseudonym changes nothing in the result.
class RecordQueue {
public:
    static constexpr std::size_t kBatchRows = 2048;
    static constexpr std::size_t kBatches = 32;  // room for the writer's pauses while it sorts a run

    struct Batch {
        Batch() = default;
        Batch(Batch&&) noexcept = default;
        Batch& operator=(Batch&&) noexcept = default;
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        ~Batch() { WipeBsns(rows); }  // a batch dropped unread (the import stopped) leaves no BSN behind

        // The reader's share of the pseudonyms: the first half of the rows, at least one.
        std::size_t ReadersShare() const { return (rows.size() + 1) / 2; }

        std::vector<DeliveredTrajectory> rows;
        std::size_t pseudonymised = 0;    // the first rows, whose pseudonyms the reader made
        std::optional<Result<void>> end;  // the reader's result, on its last batch
        std::exception_ptr thrown;        // what the reader threw, on its last batch
    };

    // Reader side: false when the writer has stopped (then the reader should stop too).
    bool Push(Batch batch) {
        std::unique_lock lock(mutex_);
        space_.wait(lock, [this] { return batches_.size() < kBatches || stopped_; });
        if (stopped_) return false;
        batches_.push_back(std::move(batch));
        ready_.notify_one();
        return true;
    }

    // Writer side.
    Batch Pop() {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return !batches_.empty(); });
        Batch batch = std::move(batches_.front());
        batches_.pop_front();
        space_.notify_one();
        return batch;
    }

    // Writer side: no more batches are wanted; a waiting reader returns.
    void Stop() {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        batches_.clear();
        space_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::condition_variable space_;
    std::deque<Batch> batches_;
    bool stopped_ = false;
};

// The provider is part of the identity: two providers may deliver files with equal bytes.
std::string DeliveryFormat(bool excel, const std::optional<std::string>& provider) {
    return std::string(excel ? "trajectories-xlsx" : "trajectories-csv") + (provider ? ":" + *provider : "");
}

// One trajectory file into the store in one transaction: `read` runs the reader with a handler
// that pseudonymises every record. Reading, checking and pseudonymising run on a thread of their
// own while this one writes to the store (whose connection stays on this thread).
Result<ImportSummary> ImportDelivery(Store& store, const Pseudonymiser& pseudonymiser, const std::string& hash,
                                     bool excel, const std::string& display_name,
                                     const std::optional<std::string>& provider,
                                     const std::function<Result<void>(const TrajectoryHandler&)>& read) {
    const ImportRecord record{DeliveryFormat(excel, provider), display_name, hash};
    return store.ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter& writer) -> Result<void> {
        RecordQueue queue;
        std::jthread reader([&] {
            RecordQueue::Batch batch;
            bool stopped = false;
            Result<void> result;
            // Makes the reader's share of the batch's pseudonyms and hands it over. An error in a
            // pseudonym keeps the rows before it in the batch (they go first, then the error).
            const auto hand_over = [&]() -> Result<void> {
                for (const std::size_t share = batch.ReadersShare(); batch.pseudonymised < share;
                     ++batch.pseudonymised) {
                    auto made = Pseudonymise(pseudonymiser, batch.rows[batch.pseudonymised], provider);
                    if (!made) {
                        WipeBsns(std::span(batch.rows).subspan(batch.pseudonymised));
                        batch.rows.resize(batch.pseudonymised);
                        return made;
                    }
                }
                if (queue.Push(std::exchange(batch, {}))) return {};
                stopped = true;
                return Fail(ErrorCode::kInternal, "import gestopt");
            };
            try {
                result = read([&](DeliveredTrajectory&& delivered) -> Result<void> {
                    if (batch.rows.capacity() == 0) batch.rows.reserve(RecordQueue::kBatchRows);
                    batch.rows.push_back(std::move(delivered));
                    if (batch.rows.size() < RecordQueue::kBatchRows) return {};
                    return hand_over();
                });
                if (result && !batch.rows.empty()) result = hand_over();
            } catch (...) {
                batch.thrown = std::current_exception();  // thrown again on the writing thread
            }
            if (stopped) return;
            batch.end = std::move(result);
            (void)queue.Push(std::move(batch));
        });
        // Whichever way this thread leaves, a reader waiting for room returns before the join.
        const struct StopOnExit {
            RecordQueue& queue;
            ~StopOnExit() { queue.Stop(); }
        } stop_on_exit{queue};
        for (;;) {
            RecordQueue::Batch batch = queue.Pop();
            for (std::size_t i = 0; i < batch.rows.size(); ++i) {
                DeliveredTrajectory& row = batch.rows[i];
                if (i >= batch.pseudonymised) {
                    if (auto made = Pseudonymise(pseudonymiser, row, provider); !made) return made;
                }
                if (auto put = writer.Put(std::move(row.trajectory), TrajectoryChange::kWhole); !put) return put;
            }
            if (batch.thrown) std::rethrow_exception(batch.thrown);
            if (batch.end) return std::move(*batch.end);
        }
    });
}

Result<std::vector<std::filesystem::path>> ExpandXmlFiles(const std::vector<std::filesystem::path>& paths) {
    std::vector<std::filesystem::path> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            std::vector<std::filesystem::path> found;
            for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
                 !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
                if (it->is_regular_file() && it->path().extension() == ".xml") found.push_back(it->path());
            }
            if (ec) return Fail(ErrorCode::kNotFound, "Map " + path.string() + " niet te lezen: " + ec.message());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (std::filesystem::is_regular_file(path, ec)) {
            files.push_back(path);
        } else {
            return Fail(ErrorCode::kNotFound, "Bestand of map " + path.string() + " bestaat niet");
        }
    }
    if (files.empty()) return Fail(ErrorCode::kInvalidArgument, "Geen iJw-berichten (*.xml) gevonden");
    return files;
}

}  // namespace

Result<ImportSummary> ImportTrajectoryFile(Store& store, const Pseudonymiser& pseudonymiser,
                                           const std::filesystem::path& path, const std::string& display_name,
                                           const std::optional<std::string>& provider, Progress* progress) {
    auto hash = HashFile(path);
    if (!hash) return std::unexpected(std::move(hash.error()));
    const bool excel = IsZip(path);
    return ImportDelivery(store, pseudonymiser, *hash, excel, display_name, provider,
                          [&](const TrajectoryHandler& handle) -> Result<void> {
                              if (excel) return ReadTrajectoryXlsx(path, handle, progress);
                              std::ifstream in(path, std::ios::binary);
                              if (!in)
                                  return Fail(ErrorCode::kNotFound, "Bestand " + display_name + " is niet te openen");
                              return ReadTrajectoryCsv(in, display_name, handle, progress);
                          });
}

Result<ImportSummary> ImportTrajectoryFile(Store& store, const Pseudonymiser& pseudonymiser, FileBytes bytes,
                                           const std::string& display_name, const std::optional<std::string>& provider,
                                           Progress* progress, const AuditEntry* audit) {
    auto hash = HashBytes(bytes.content);
    if (!hash) return std::unexpected(std::move(hash.error()));
    const bool excel = IsZip(bytes.content);
    // An upload is in memory already: read, check and pseudonymise all of it first, and only then
    // write it in one short transaction, so that the (SQLite) write lock is not held while a
    // client's file is parsed (issue 13).
    std::vector<Trajectory> rows;
    const TrajectoryHandler collect = [&](DeliveredTrajectory&& delivered) -> Result<void> {
        if (auto made = Pseudonymise(pseudonymiser, delivered, provider); !made) return made;
        rows.push_back(std::move(delivered.trajectory));
        return {};
    };
    Result<void> read;
    if (excel) {
        read = ReadTrajectoryXlsx(bytes.content, display_name, collect, progress);
    } else {
        std::ispanstream in(std::span<const char>(bytes.content.data(), bytes.content.size()));
        read = ReadTrajectoryCsv(in, display_name, collect, progress);
    }
    if (!read) return std::unexpected(std::move(read.error()));
    ImportRecord record{DeliveryFormat(excel, provider), display_name, *hash};
    if (audit != nullptr) record.audit = *audit;  // in the same transaction (issue 13)
    return store.ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter& writer) -> Result<void> {
        for (const Trajectory& trajectory : rows) {
            if (auto put = writer.Put(trajectory, TrajectoryChange::kWhole); !put) return put;
        }
        return {};
    });
}

Result<ImportSummary> ImportIjwMessages(Store& store, const Pseudonymiser& pseudonymiser,
                                        const std::vector<std::filesystem::path>& paths,
                                        const std::filesystem::path& xsd_dir, Progress* progress) {
    auto files = ExpandXmlFiles(paths);
    if (!files) return std::unexpected(std::move(files.error()));
    std::vector<ImportRecord> records;
    records.reserve(files->size());
    for (const auto& file : *files) {
        auto hash = HashFile(file);
        if (!hash) return std::unexpected(std::move(hash.error()));
        records.push_back(ImportRecord{"ijw", file.filename().string(), *hash});
    }
    return store.ImportTrajectories(records, [&](TrajectoryWriter& writer) -> Result<void> {
        std::uint64_t done = 0;
        for (const auto& file : *files) {
            auto read = ReadIjwMessage(file, xsd_dir, [&](DeliveredTrajectory&& delivered) -> Result<void> {
                const TrajectoryChange change =
                    delivered.stop_message ? TrajectoryChange::kStop : TrajectoryChange::kStart;
                if (auto made = Pseudonymise(pseudonymiser, delivered, std::nullopt); !made) return made;
                return writer.Put(std::move(delivered.trajectory), change);
            });
            if (!read) return std::unexpected(std::move(read.error()));
            if (progress != nullptr) progress->Advance(++done, files->size());
        }
        return {};
    });
}

}  // namespace kompas
