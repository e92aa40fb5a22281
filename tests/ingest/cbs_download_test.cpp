#include "ingest/cbs_download.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <string>
#include <vector>

#include "ingest/cbs_odata.hpp"
#include "memory_sink.hpp"
#include "test_paths.hpp"

extern char** environ;

namespace kompas {
namespace {

using testing::FixtureDir;
using testing::MemorySink;

// Runs tests/ingest/fake_cbs_odata.py for the length of a test. Owns the child process.
class FakeCbs {
public:
    explicit FakeCbs(std::vector<std::string> extra_args) {
        std::vector<std::string> args = {"python3", std::string(KOMPAS_SOURCE_DIR) + "/tests/ingest/fake_cbs_odata.py",
                                         "--root",  (FixtureDir() / "odata").string(),
                                         "--port",  "0"};
        args.insert(args.end(), extra_args.begin(), extra_args.end());
        std::vector<char*> argv;
        for (auto& arg : args) argv.push_back(arg.data());
        argv.push_back(nullptr);

        std::array<int, 2> pipe_fds{};
        if (pipe(pipe_fds.data()) != 0) return;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
        if (posix_spawnp(&pid_, "python3", &actions, nullptr, argv.data(), environ) != 0) pid_ = 0;
        posix_spawn_file_actions_destroy(&actions);
        close(pipe_fds[1]);
        std::string line;
        char c = 0;
        while (pid_ != 0 && read(pipe_fds[0], &c, 1) == 1 && c != '\n') line += c;
        close(pipe_fds[0]);
        if (!line.empty()) port_ = std::stoi(line);
    }
    ~FakeCbs() {
        if (pid_ == 0) return;
        kill(pid_, SIGTERM);
        waitpid(pid_, nullptr, 0);
    }
    FakeCbs(const FakeCbs&) = delete;
    FakeCbs& operator=(const FakeCbs&) = delete;

    int port() const { return port_; }
    std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/odata"; }

private:
    pid_t pid_ = 0;
    int port_ = 0;
};

class DownloadTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = std::filesystem::temp_directory_path() /
                  ("kompas_download_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(folder_);
    }
    void TearDown() override { std::filesystem::remove_all(folder_); }

    std::filesystem::path folder_;
};

class BytesProgress : public Progress {
public:
    void Advance(std::uint64_t done, std::uint64_t) override { bytes = done; }
    std::uint64_t bytes = 0;
};

TEST_F(DownloadTest, FollowsNextLinksAndReadsTheFolder) {
    FakeCbs fake({"--page-size", "3"});
    ASSERT_NE(fake.port(), 0) << "the fake CBS server did not start";
    // A stale page from an earlier download must not survive.
    std::filesystem::create_directories(folder_);
    std::ofstream(folder_ / "TypedDataSet_9.json") << "{}";

    BytesProgress progress;
    const auto downloaded = DownloadODataTable({"85098NED", fake.base_url(), folder_}, &progress);
    ASSERT_TRUE(downloaded) << downloaded.error().message;
    EXPECT_GT(progress.bytes, 0u);
    EXPECT_EQ(ODataPages(folder_, "TypedDataSet").size(), 4u);  // 10 rows in pages of 3
    EXPECT_EQ(ODataPages(folder_, "RegioS").size(), 2u);
    EXPECT_FALSE(std::filesystem::exists(folder_ / "TypedDataSet_9.json"));

    MemorySink sink;
    ODataSummary summary;
    const auto read = ReadODataFolder(folder_, sink, nullptr, &summary);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(summary.rows, 10u);
    EXPECT_EQ(sink.observations.size(), 16u);
    EXPECT_DOUBLE_EQ(*sink.Find("PercentageJongerenMetJeugdhulp", "GM0034", "2022JJ00")->value, 11.7);
    EXPECT_EQ(sink.regions.at("GM0363").name, "Amsterdam");
}

TEST_F(DownloadTest, AsksForMorePagesWhenAFullPageHasNoNextLink) {
    FakeCbs fake({"--page-size", "3", "--no-next-link"});
    ASSERT_NE(fake.port(), 0);
    DownloadOptions options{"85098NED", fake.base_url(), folder_};
    options.page_rows = 3;
    ASSERT_TRUE(DownloadODataTable(options));
    EXPECT_EQ(ODataPages(folder_, "TypedDataSet").size(), 4u);
    MemorySink sink;
    ODataSummary summary;
    ASSERT_TRUE(ReadODataFolder(folder_, sink, nullptr, &summary));
    EXPECT_EQ(summary.rows, 10u);
}

TEST_F(DownloadTest, UnknownTableIsUnavailableWithTheHttpStatus) {
    FakeCbs fake({});
    ASSERT_NE(fake.port(), 0);
    const auto result = DownloadODataTable({"00000NED", fake.base_url(), folder_});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kUnavailable);
    EXPECT_NE(result.error().message.find("CBS antwoordde met HTTP 404 voor "), std::string::npos)
        << result.error().message;
}

TEST_F(DownloadTest, UnreachableServerIsUnavailable) {
    DownloadOptions options{"85098NED", "http://127.0.0.1:9/odata", folder_};
    options.timeout_seconds = 5;
    const auto result = DownloadODataTable(options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kUnavailable);
}

TEST_F(DownloadTest, RejectsATableIdThatIsNoName) {
    const auto result = DownloadODataTable({"../../etc", "http://127.0.0.1:9/odata", folder_});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kompas
