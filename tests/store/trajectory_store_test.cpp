// The Store's trajectory records: merged by key, one transaction per delivery, idempotent by
// content hash; on SQLite and on PostgreSQL (when KOMPAS_TEST_POSTGRES_URL is set).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <tuple>

#include "test_store.hpp"

namespace kompas::testing {
namespace {

Trajectory MakeTrajectory(std::string client, Day start) {
    Trajectory t;
    t.client = std::move(client);
    t.provider = "65656055";
    t.municipality = "GM0363";
    t.birth_year = 2010;
    t.sex = "1";
    t.referrer = "01";
    t.help_form = "02";
    t.start_day = start;
    return t;
}

class TrajectoryStoreTest : public FreshStoreTest {
protected:
    Result<ImportSummary> Put(const std::string& hash,
                              const std::vector<std::pair<Trajectory, TrajectoryChange>>& rows) {
        const ImportRecord record{"trajectories-csv", "t.csv", hash};
        return store_->ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter& writer) -> Result<void> {
            for (const auto& [t, change] : rows) {
                if (auto put = writer.Put(t, change); !put) return put;
            }
            return {};
        });
    }

    std::vector<Trajectory> All() {
        std::vector<Trajectory> all;
        auto read = store_->ForEachTrajectory([&all](const Trajectory& t) -> Result<void> {
            all.push_back(t);
            return {};
        });
        EXPECT_TRUE(read.has_value()) << read.error().message;
        return all;
    }
};

TEST_P(TrajectoryStoreTest, WholeRecordsRoundTripWithEveryField) {
    Trajectory t = MakeTrajectory("aa", 19000);
    t.end_day = 19100;
    t.reason = EndReason::kByClient;
    t.youth = {8, 4};
    t.parent = {6, std::nullopt};
    const auto summary =
        Put("h1", {{t, TrajectoryChange::kWhole}, {MakeTrajectory("bb", 19001), TrajectoryChange::kWhole}});
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->trajectories, 2);
    const auto all = All();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0], t);
    EXPECT_FALSE(all[1].end_day.has_value());
    EXPECT_FALSE(all[1].youth.satisfaction.has_value());
}

TEST_P(TrajectoryStoreTest, TheSameContentTwiceChangesNothing) {
    ASSERT_TRUE(Put("same", {{MakeTrajectory("aa", 19000), TrajectoryChange::kWhole}}).has_value());
    bool called = false;
    const ImportRecord record{"trajectories-csv", "t.csv", "same"};
    const auto again = store_->ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter&) -> Result<void> {
        called = true;
        return {};
    });
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->already_imported);
    EXPECT_FALSE(called);
    EXPECT_EQ(All().size(), 1u);
}

TEST_P(TrajectoryStoreTest, AnErrorMidwayStoresNothing) {
    const ImportRecord record{"trajectories-csv", "t.csv", "broken"};
    const auto failed =
        store_->ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter& writer) -> Result<void> {
            if (auto put = writer.Put(MakeTrajectory("aa", 19000), TrajectoryChange::kWhole); !put) return put;
            return Fail(ErrorCode::kInvalidArgument, "t.csv:3:1: rule: broken");
        });
    ASSERT_FALSE(failed.has_value());
    EXPECT_TRUE(All().empty());
    // Nor is the file recorded: the corrected delivery with the same hash is not refused as seen.
    ASSERT_TRUE(Put("broken", {{MakeTrajectory("aa", 19000), TrajectoryChange::kWhole}}).has_value());
    EXPECT_EQ(All().size(), 1u);
}

TEST_P(TrajectoryStoreTest, AStopCompletesAStartInEitherOrder) {
    Trajectory start = MakeTrajectory("aa", 19000);
    Trajectory stop = start;
    stop.end_day = 19200;
    stop.reason = EndReason::kPlanned;
    ASSERT_TRUE(Put("start", {{start, TrajectoryChange::kStart}}).has_value());
    ASSERT_TRUE(Put("stop", {{stop, TrajectoryChange::kStop}}).has_value());
    ASSERT_EQ(All().size(), 1u);
    EXPECT_EQ(All()[0].end_day, 19200);
    // A start that arrives later (or again) leaves the recorded end alone.
    ASSERT_TRUE(Put("start-again", {{start, TrajectoryChange::kStart}}).has_value());
    EXPECT_EQ(All()[0].end_day, 19200);
    EXPECT_EQ(All()[0].reason, EndReason::kPlanned);
}

// Records are written in runs sorted by key with many per statement; the result must be what one
// upsert per record in delivery order gives: the last whole record of a key wins, a stop completes
// a start, and repeated keys inside one statement are no problem (PostgreSQL refuses those).
TEST_P(TrajectoryStoreTest, ManyRecordsWithRepeatedKeysMergeAsInDeliveryOrder) {
    std::vector<std::pair<Trajectory, TrajectoryChange>> rows;
    std::map<std::tuple<std::string, Day>, Trajectory> expected;
    for (int i = 0; i < 1500; ++i) {
        const int key = (i * 7919) % 1100;  // some keys come twice, in different places
        Trajectory t = MakeTrajectory(fmt::format("client{:05}", key), 19000 + key % 3);
        t.birth_year = 2000 + i % 17;
        t.youth.satisfaction = 1 + i % 10;
        rows.emplace_back(t, TrajectoryChange::kWhole);
        expected[{t.client, t.start_day}] = t;
    }
    // A start and then a stop of one key in the same delivery, after a whole record of it.
    Trajectory start = MakeTrajectory("client00007", 19000 + 7 % 3);
    start.birth_year = 1999;
    Trajectory stop = start;
    stop.end_day = 19500;
    stop.reason = EndReason::kPlanned;
    rows.emplace_back(start, TrajectoryChange::kStart);
    rows.emplace_back(stop, TrajectoryChange::kStop);
    Trajectory& merged = expected[{start.client, start.start_day}];
    merged.birth_year = 1999;
    merged.end_day = 19500;
    merged.reason = EndReason::kPlanned;

    const auto summary = Put("many", rows);
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->trajectories, static_cast<std::int64_t>(rows.size()));
    const auto all = All();
    ASSERT_EQ(all.size(), expected.size());
    for (const Trajectory& t : all) EXPECT_EQ(t, (expected[{t.client, t.start_day}])) << t.client;
}

// Issue 10: a delivery larger than one sorted run (131,072 records) is sorted through a temporary
// file and written in one pass (on PostgreSQL through COPY); the later whole record of a key still
// wins when the two land in different runs, and text with tabs and backslashes survives.
TEST_P(TrajectoryStoreTest, ADeliveryLargerThanOneRunMergesAcrossRuns) {
    constexpr int kKeys = 100'000;
    constexpr int kRows = 2 * kKeys + 1;
    const ImportRecord record{"trajectories-csv", "big.csv", "big"};
    const auto summary =
        store_->ImportTrajectories(std::span(&record, 1), [&](TrajectoryWriter& writer) -> Result<void> {
            for (int i = 0; i < kRows; ++i) {
                const int key = i % kKeys;  // every key twice, the second 100,000 records later
                Trajectory t =
                    MakeTrajectory(fmt::format("{:064x}", static_cast<unsigned>(key) * 2654435761u), 19000 + key % 5);
                t.birth_year = i < kKeys ? 2001 : 2002;
                t.referrer = key == 42 ? "a\tb\\c" : "01";
                if (auto put = writer.Put(t, TrajectoryChange::kWhole); !put) return put;
            }
            return {};
        });
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->trajectories, kRows);
    const auto all = All();
    ASSERT_EQ(all.size(), static_cast<std::size_t>(kKeys));
    int later = 0;
    int odd_text = 0;
    for (const Trajectory& t : all) {
        later += t.birth_year == 2002 ? 1 : 0;
        odd_text += t.referrer == "a\tb\\c" ? 1 : 0;
    }
    EXPECT_EQ(later, kKeys);
    EXPECT_EQ(odd_text, 1);
}

// Issue 10: into an empty table PostgreSQL takes a delivery of whole records by COPY directly; into
// a filled one through a temporary table and an upsert. The second delivery here overlaps the
// first: its records replace the stored ones of their key, and the first's other records stay.
TEST_P(TrajectoryStoreTest, AWholeDeliveryOverStoredRecordsReplacesThemAndKeepsTheRest) {
    std::vector<std::pair<Trajectory, TrajectoryChange>> first;
    std::vector<std::pair<Trajectory, TrajectoryChange>> second;
    for (int key = 0; key < 300; ++key) {
        Trajectory t = MakeTrajectory(fmt::format("client{:05}", key), 19000);
        t.birth_year = 2001;
        if (key < 200) first.emplace_back(t, TrajectoryChange::kWhole);
        t.birth_year = 2002;
        if (key >= 100) second.emplace_back(t, TrajectoryChange::kWhole);
    }
    ASSERT_TRUE(Put("first", first).has_value());
    const auto summary = Put("second", second);
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    const auto all = All();
    ASSERT_EQ(all.size(), 300u);
    std::map<std::string, int> born;
    for (const Trajectory& t : all) born[t.client] = t.birth_year;
    EXPECT_EQ(born["client00000"], 2001);
    EXPECT_EQ(born["client00099"], 2001);
    EXPECT_EQ(born["client00100"], 2002);
    EXPECT_EQ(born["client00199"], 2002);
    EXPECT_EQ(born["client00299"], 2002);
}

TEST_P(TrajectoryStoreTest, AProviderSeesItsOwnRecordsAndCount) {
    Trajectory other = MakeTrajectory("cc", 19002);
    other.provider = "12345678";
    ASSERT_TRUE(Put("mixed", {{MakeTrajectory("aa", 19000), TrajectoryChange::kWhole},
                              {MakeTrajectory("bb", 19001), TrajectoryChange::kWhole},
                              {other, TrajectoryChange::kWhole}})
                    .has_value());
    const auto count = store_->CountTrajectories("65656055");
    ASSERT_TRUE(count.has_value());
    EXPECT_EQ(*count, 2);
    const auto page = store_->ProviderTrajectories("65656055", 1, 1);
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->size(), 1u);
    EXPECT_EQ((*page)[0].client, "bb");
}

TEST_P(TrajectoryStoreTest, OrganisationsAreFoundByTheirAgbCode) {
    const Organisation provider{"org_0000000000000001", "De Brug", OrganisationKind::kProvider, std::nullopt,
                                std::string("65656055")};
    AuditEntry audit;
    audit.at = "2026-11-24T10:00:00Z";
    audit.object_type = "organisation";
    audit.object_id = provider.id;
    ASSERT_TRUE(store_->CreateOrganisation(provider, audit).has_value());
    const auto found = store_->FindOrganisationByAgb("65656055");
    ASSERT_TRUE(found.has_value());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, provider.id);
    EXPECT_EQ((*found)->agb, std::optional<std::string>("65656055"));
    // The code is unique: a second organisation with it is refused.
    Organisation twin = provider;
    twin.id = "org_0000000000000002";
    audit.object_id = twin.id;
    EXPECT_FALSE(store_->CreateOrganisation(twin, audit).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, TrajectoryStoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& backend) { return BackendName(backend.param); });

}  // namespace
}  // namespace kompas::testing
