// Trajectory files read from memory, as uploads are: CSV and .xlsx bytes arrive as records, count
// as the same import as the file on disk, and an upload writes nothing to the temporary directory
// (it used to go through a temporary file there, holding BSNs, left behind if the server was
// killed). On SQLite and PostgreSQL.
#include "service/trajectories.hpp"

#include <fmt/format.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <vector>

#include "account_fixture.hpp"
#include "core/trajectory.hpp"
#include "privacy/secrets.hpp"
#include "service/outcomes.hpp"

namespace kompas::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kAgb = "65656055";
const char* const kFixtureBsns[] = {"999900006", "111222333", "123456782", "010000008", "999990019"};

fs::path Fixture(const char* name) { return fs::path(KOMPAS_SOURCE_DIR) / "tests/fixtures/trajectories" / name; }

std::string Bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// While alive, TMPDIR names a fresh, empty directory that inotify watches; the old value returns
// afterwards. created() counts every entry made in it, even one removed again at once.
class WatchedTmpdir {
public:
    WatchedTmpdir() : dir_(fs::temp_directory_path() / ("kompas-tmpdir-" + RandomHex(8))) {
        if (const char* old = std::getenv("TMPDIR")) old_ = old;
        fs::create_directories(dir_);
        fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        watch_ = fd_ >= 0 ? inotify_add_watch(fd_, dir_.c_str(), IN_CREATE | IN_MOVED_TO) : -1;
        ::setenv("TMPDIR", dir_.c_str(), 1);
    }
    WatchedTmpdir(const WatchedTmpdir&) = delete;
    WatchedTmpdir& operator=(const WatchedTmpdir&) = delete;
    ~WatchedTmpdir() {
        if (old_) {
            ::setenv("TMPDIR", old_->c_str(), 1);
        } else {
            ::unsetenv("TMPDIR");
        }
        if (fd_ >= 0) ::close(fd_);
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }

    bool watching() const { return watch_ >= 0; }
    const fs::path& dir() const { return dir_; }

    std::size_t created() {
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(fd_, buffer, sizeof buffer);
            if (n <= 0) break;
            for (ssize_t at = 0; at < n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                ++events_;
                at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
        return events_;
    }

private:
    fs::path dir_;
    std::optional<std::string> old_;
    int fd_ = -1;
    int watch_ = -1;
    std::size_t events_ = 0;
};

class TrajectoryBytesTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        services_ = std::make_unique<OutcomeServices>(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
        provider_ = MakeOrganisation("Zorgaanbieder De Brug", OrganisationKind::kProvider, std::string(kAgb));
        person_ = MakePerson("hulp@debrug.nl", provider_);
    }

    Result<ImportSummary> FromBytes(const std::string& content, const std::string& name) {
        return ImportTrajectoryFile(*store_, services_->pseudonymiser, FileBytes{content}, name, std::string(kAgb));
    }

    std::vector<Trajectory> Stored() {
        auto stored = store_->ProviderTrajectories(kAgb, 100, 0);
        EXPECT_TRUE(stored.has_value()) << stored.error().message;
        return stored.value_or(std::vector<Trajectory>{});
    }

    std::unique_ptr<OutcomeServices> services_;
    Organisation provider_;
    Person person_;
};

TEST_P(TrajectoryBytesTest, CsvBytesArriveAsRecords) {
    const std::string csv = Bytes(Fixture("trajecten.csv"));
    ASSERT_FALSE(csv.empty());
    const auto summary = FromBytes(csv, "trajecten.csv");
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_FALSE(summary->already_imported);
    EXPECT_EQ(summary->trajectories, 5);
    const auto stored = Stored();
    ASSERT_EQ(stored.size(), 5u);
    for (const auto& t : stored) {
        EXPECT_EQ(t.provider, kAgb);
        EXPECT_EQ(t.client.size(), 64u);
        for (const char* bsn : kFixtureBsns) EXPECT_EQ(t.client.find(bsn), std::string::npos);
    }
    // The same file from disk is the same import: the hash of the bytes is the hash of the file.
    const auto from_disk = ImportTrajectoryFile(*store_, services_->pseudonymiser, Fixture("trajecten.csv"),
                                                "trajecten.csv", std::string(kAgb));
    ASSERT_TRUE(from_disk.has_value()) << from_disk.error().message;
    EXPECT_TRUE(from_disk->already_imported);
}

TEST_P(TrajectoryBytesTest, XlsxBytesArriveAsTheSameRecordsAsTheirCsvTwin) {
    const std::string xlsx = Bytes(Fixture("trajecten.xlsx"));
    ASSERT_TRUE(xlsx.starts_with("PK"));
    const auto summary = FromBytes(xlsx, "trajecten.xlsx");
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->trajectories, 5);
    const auto from_xlsx = Stored();
    ASSERT_EQ(from_xlsx.size(), 5u);
    const auto from_disk = ImportTrajectoryFile(*store_, services_->pseudonymiser, Fixture("trajecten.xlsx"),
                                                "trajecten.xlsx", std::string(kAgb));
    ASSERT_TRUE(from_disk.has_value()) << from_disk.error().message;
    EXPECT_TRUE(from_disk->already_imported);
    // The CSV twin holds the same records: importing it adds none and changes none.
    ASSERT_TRUE(FromBytes(Bytes(Fixture("trajecten.csv")), "trajecten.csv").has_value());
    const auto after_csv = Stored();
    ASSERT_EQ(after_csv.size(), 5u);
    for (std::size_t i = 0; i < after_csv.size(); ++i) {
        EXPECT_EQ(after_csv[i].client, from_xlsx[i].client);
        EXPECT_EQ(after_csv[i].start_day, from_xlsx[i].start_day);
        EXPECT_EQ(after_csv[i].help_form, from_xlsx[i].help_form);
    }
}

TEST_P(TrajectoryBytesTest, BadBytesAreRefusedAndNameTheUpload) {
    const auto csv = FromBytes(
        "bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvang\n"
        "999900006;2010-02-14;1;GM0363;99;2024-01-15\n",
        "fout.csv");
    ASSERT_FALSE(csv.has_value());
    EXPECT_TRUE(csv.error().message.starts_with("fout.csv:2:5: hulpvorm")) << csv.error().message;
    std::string broken = Bytes(Fixture("trajecten.xlsx"));
    broken.resize(broken.size() / 2);  // a truncated workbook: still "PK\3\4", no central directory
    const auto xlsx = FromBytes(broken, "half.xlsx");
    ASSERT_FALSE(xlsx.has_value());
    EXPECT_EQ(xlsx.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(xlsx.error().message.starts_with("half.xlsx:")) << xlsx.error().message;
    EXPECT_TRUE(Stored().empty());
}

TEST_P(TrajectoryBytesTest, AnUploadWritesNothingToTheTemporaryDirectory) {
    WatchedTmpdir tmpdir;
    ASSERT_TRUE(tmpdir.watching());
    ASSERT_EQ(fs::temp_directory_path(), tmpdir.dir());
    const auto upload = [&](const std::string& name, const std::string& content) {
        return UploadTrajectories(*store_, *services_, CallerOf(person_), name, content, T0());
    };
    const auto csv = upload("trajecten.csv", Bytes(Fixture("trajecten.csv")));
    ASSERT_TRUE(csv.has_value()) << csv.error().message;
    const auto xlsx = upload("trajecten.xlsx", Bytes(Fixture("trajecten.xlsx")));
    ASSERT_TRUE(xlsx.has_value()) << xlsx.error().message;
    EXPECT_FALSE(upload("fout.csv", "bsn;geboortedatum\n999900006;x\n").has_value());
    EXPECT_EQ(tmpdir.created(), 0u) << "an upload created a file in TMPDIR";
    EXPECT_TRUE(fs::is_empty(tmpdir.dir()));
    EXPECT_EQ(Stored().size(), 5u);
    // The watch does see a file made there, even one removed again at once.
    std::ofstream(tmpdir.dir() / "control") << "x";
    fs::remove(tmpdir.dir() / "control");
    EXPECT_EQ(tmpdir.created(), 1u);
}

TEST_P(TrajectoryBytesTest, AnUploadNamedAfterABsnDoesNotRepeatIt) {
    const auto failed = UploadTrajectories(*store_, *services_, CallerOf(person_), "999900006.csv",
                                           "bsn;geboortedatum\n999900006;x\n", T0());
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().message.find("999900006"), std::string::npos) << failed.error().message;
    EXPECT_EQ(failed.error().field.find("999900006"), std::string::npos) << failed.error().field;
}

// A file from disk is read on one thread and written on another, and the two share the pseudonyms
// of each batch of 2,048 records (issue 10). `count` records of distinct clients, each with the
// provider `agb`, except the record at `other` (0-based), which names another provider.
fs::path ManyRecords(const fs::path& dir, std::size_t count, std::vector<std::string>& bsns,
                     std::optional<std::size_t> other = std::nullopt) {
    fs::create_directories(dir);
    const fs::path file = dir / "veel-trajecten.csv";
    std::ofstream out(file, std::ios::binary);
    out << "bsn;geboortedatum;geslacht;gemeentecode;hulpvorm;datum_aanvang;agb_aanbieder\n";
    bsns.clear();
    for (std::uint64_t n = 100000000; bsns.size() < count; ++n) {
        std::string bsn = std::to_string(n);
        if (!PassesElfproef(bsn)) continue;
        const bool stranger = other && *other == bsns.size();
        out << bsn << ";2012-05-07;2;GM0363;02;2024-01-15;" << (stranger ? "12345678" : std::string(kAgb)) << "\n";
        bsns.push_back(std::move(bsn));
    }
    return file;
}

TEST_P(TrajectoryBytesTest, EveryRecordOfAFileOfManyBatchesGetsItsOwnPseudonym) {
    const fs::path dir = fs::temp_directory_path() / ("kompas-batches-" + RandomHex(8));
    std::vector<std::string> bsns;
    const fs::path file = ManyRecords(dir, 2 * 2048 + 905, bsns);
    const auto imported = ImportTrajectoryFile(*store_, services_->pseudonymiser, file, "veel.csv", std::string(kAgb));
    fs::remove_all(dir);
    ASSERT_TRUE(imported.has_value()) << imported.error().message;
    EXPECT_EQ(imported->trajectories, static_cast<std::int64_t>(bsns.size()));
    std::multiset<std::string> stored;
    ASSERT_TRUE(store_
                    ->ForEachTrajectory([&](const Trajectory& t) -> Result<void> {
                        stored.insert(t.client);
                        return {};
                    })
                    .has_value());
    std::multiset<std::string> expected;
    for (const std::string& bsn : bsns) expected.insert(services_->pseudonymiser.Pseudonym(bsn));
    EXPECT_EQ(stored, expected);
}

// Wherever the record of another provider falls (in the reader's half of a batch, in the writer's,
// in the last short batch), the import stops at its line and stores nothing.
TEST_P(TrajectoryBytesTest, ARecordOfAnotherProviderStopsAFileOfManyBatchesAtItsLine) {
    for (const std::size_t other : {std::size_t{0}, std::size_t{2048 + 10}, std::size_t{2048 + 1500},
                                    std::size_t{2 * 2048 + 3}, std::size_t{2 * 2048 + 904}}) {
        const fs::path dir = fs::temp_directory_path() / ("kompas-batches-" + RandomHex(8));
        std::vector<std::string> bsns;
        const fs::path file = ManyRecords(dir, 2 * 2048 + 905, bsns, other);
        const auto imported =
            ImportTrajectoryFile(*store_, services_->pseudonymiser, file, "veel.csv", std::string(kAgb));
        fs::remove_all(dir);
        ASSERT_FALSE(imported.has_value()) << other;
        const std::string line = fmt::format("veel.csv:{}:0: aanbieder:", other + 2);  // line 1 is the header
        EXPECT_NE(imported.error().message.find(line), std::string::npos) << imported.error().message;
        std::size_t stored = 0;
        ASSERT_TRUE(store_
                        ->ForEachTrajectory([&](const Trajectory&) -> Result<void> {
                            ++stored;
                            return {};
                        })
                        .has_value());
        EXPECT_EQ(stored, 0u) << other;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, TrajectoryBytesTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& backend) { return BackendName(backend.param); });

}  // namespace
}  // namespace kompas::testing
