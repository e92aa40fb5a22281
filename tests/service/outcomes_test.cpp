// Block 5 through the services: a provider's upload, who may see records and outcomes, the audit
// of client-level reads, and that no BSN reaches the database; on SQLite and PostgreSQL.
#include "service/outcomes.hpp"

#include <atomic>
#include <fstream>
#include <future>
#include <iterator>
#include <sstream>
#include <thread>

#include "account_fixture.hpp"
#include "engine/suppression_memo.hpp"
#include "engine/table_image.hpp"

namespace kompas::testing {
namespace {

constexpr std::string_view kAgb = "65656055";
// BSNs that pass the elfproef; none of them is a real person's (generated for these tests).
const char* const kBsns[] = {"945807302", "215736813", "930364260", "212997221", "562241541", "990951455",
                             "405608652", "690702930", "137585846", "719540616", "358952542", "814542128"};

// Twelve planned ends in 2024 in GM0363 plus one ended by the client, all with the help form 02.
std::string SampleCsv() {
    std::ostringstream csv;
    csv << "bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
           "reden_beeindiging;tevredenheid_jeugdige;zonder_hulp_jeugdige;naam\n";
    for (int i = 0; i < 12; ++i) {
        csv << kBsns[i] << ";2010-03-0" << (i % 9) + 1 << ";1;GM0363;01;02;2023-0" << (i % 9) + 1 << "-10;2024-02-"
            << 10 + i << ";01;8;04;Jansen\n";
    }
    csv << kBsns[0] << ";2010-03-01;1;GM0363;01;02;2024-06-01;2024-09-01;03;;;Jansen\n";
    return csv.str();
}

// Two more planned ends in 2024 in GM0363, of other clients.
std::string TwoMoreCsv() {
    std::ostringstream csv;
    csv << "bsn;geboortedatum;geslacht;gemeentecode;verwijzer;hulpvorm;datum_aanvang;datum_einde;"
           "reden_beeindiging\n";
    for (const char* bsn : {"123456782", "111222333"})
        csv << bsn << ";2010-03-01;1;GM0363;01;02;2024-01-10;2024-03-10;01\n";
    return csv.str();
}

class OutcomesTest : public AccountTest {
protected:
    void SetUp() override {
        AccountTest::SetUp();
        if (IsSkipped()) return;
        services_ = std::make_unique<OutcomeServices>(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
        // An upload answers once its figures are published: at once on these few rows, so never a race.
        services_->publish_wait = std::chrono::seconds(60);
        provider_ = MakeOrganisation("Zorgaanbieder De Brug", OrganisationKind::kProvider, std::string(kAgb));
        municipality_ = MakeOrganisation("Gemeente Amsterdam", OrganisationKind::kMunicipality, std::nullopt,
                                         std::string("GM0363"));
        elsewhere_ =
            MakeOrganisation("Gemeente Almere", OrganisationKind::kMunicipality, std::nullopt, std::string("GM0034"));
        provider_person_ = MakePerson("hulp@debrug.nl", provider_);
        municipality_person_ = MakePerson("beleid@amsterdam.nl", municipality_);
        elsewhere_person_ = MakePerson("beleid@almere.nl", elsewhere_);
    }

    // Waits until warm-ups have published `count` tables (at most a minute); whether they have.
    bool WaitForPublications(std::uint64_t count) {
        for (int i = 0; i < 6000 && services_->Publications() < count; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return services_->Publications() >= count;
    }

    Result<ImportSummary> Upload(const Person& person, const std::string& content) {
        return UploadTrajectories(*store_, *services_, CallerOf(person), "trajecten.csv", content, T0());
    }

    // GM0363's ended trajectories of 2024 (all help forms) as `services` publish them: -1 when hidden,
    // none without such a row.
    std::optional<std::int64_t> Ended2024(OutcomeServices& services, Day today) {
        auto view = MunicipalityOutcomes(*store_, services, CallerOf(municipality_person_), "GM0363",
                                         engine::Granularity::kYear, today);
        EXPECT_TRUE(view.has_value());
        if (!view) return std::nullopt;
        for (const auto& row : view->report.rows) {
            if (row.help_form == "all" && row.period == "2024") return row.figures.ended.value.value_or(-1);
        }
        return std::nullopt;
    }

    std::int64_t AuditCount(std::string_view action, std::string_view result) {
        std::int64_t count = 0;
        auto visited = store_->ForEachAuditRecord([&](const AuditRecord& record) -> Result<void> {
            count += record.action == action && record.result == result;
            return {};
        });
        EXPECT_TRUE(visited.has_value());
        return count;
    }

    std::unique_ptr<OutcomeServices> services_;
    Organisation provider_, municipality_, elsewhere_;
    Person provider_person_, municipality_person_, elsewhere_person_;
};

TEST_P(OutcomesTest, AProviderUploadsAndSeesItsOwnOutcomes) {
    const auto summary = Upload(provider_person_, SampleCsv());
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->trajectories, 13);
    const auto own = OwnOutcomes(*store_, *services_, CallerOf(provider_person_), engine::Granularity::kYear,
                                 *ParseDay("2026-11-24"));
    ASSERT_TRUE(own.has_value()) << own.error().message;
    const engine::OutcomeRow* all2024 = nullptr;
    for (const auto& row : own->report.rows) {
        if (row.help_form == "all" && row.period == "2024") all2024 = &row;
    }
    ASSERT_NE(all2024, nullptr);
    EXPECT_EQ(all2024->figures.ended.value, 13);
    EXPECT_EQ(all2024->figures.planned.numerator, 12);
    EXPECT_EQ(all2024->figures.planned.denominator, 13);
    // The same file again changes nothing.
    const auto again = Upload(provider_person_, SampleCsv());
    ASSERT_TRUE(again.has_value());
    EXPECT_TRUE(again->already_imported);
}

TEST_P(OutcomesTest, OnlyAProviderWithAnAgbCodeUploads) {
    const auto refused = Upload(municipality_person_, SampleCsv());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
    const auto own = OwnOutcomes(*store_, *services_, CallerOf(municipality_person_), engine::Granularity::kYear, 0);
    ASSERT_FALSE(own.has_value());
    EXPECT_EQ(own.error().code, ErrorCode::kForbidden);
}

TEST_P(OutcomesTest, ABadRowStoresNothingAndNamesLineAndColumnButNotTheBsn) {
    std::string csv = SampleCsv();
    csv += "123456789;2010-03-01;1;GM0363;01;02;2024-06-01;;;;;\n";  // fails the elfproef
    const auto failed = Upload(provider_person_, csv);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(failed.error().message.find("trajecten.csv:15:1"), std::string::npos) << failed.error().message;
    EXPECT_EQ(failed.error().message.find("123456789"), std::string::npos);
    const auto page = ListOwnTrajectories(*store_, CallerOf(provider_person_), 100, 0, T0());
    ASSERT_TRUE(page.has_value());
    EXPECT_EQ(page->total, 0);
}

TEST_P(OutcomesTest, ClientRecordsAreTheOwnersOnlyAndEveryReadIsAudited) {
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    const auto page = ListOwnTrajectories(*store_, CallerOf(provider_person_), 5, 0, T0());
    ASSERT_TRUE(page.has_value()) << page.error().message;
    EXPECT_EQ(page->total, 13);
    EXPECT_EQ(page->trajectories.size(), 5u);
    for (const auto& t : page->trajectories) {
        EXPECT_EQ(t.client.size(), 64u);
        for (const char* bsn : kBsns) EXPECT_EQ(t.client.find(bsn), std::string::npos);
    }
    EXPECT_EQ(AuditCount("read_client_data", "ok"), 1);

    const auto denied = ListOwnTrajectories(*store_, CallerOf(municipality_person_), 5, 0, T0());
    ASSERT_FALSE(denied.has_value());
    EXPECT_EQ(denied.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(AuditCount("read_client_data", "denied"), 1);
}

TEST_P(OutcomesTest, OnlyTheMunicipalityItselfSeesItsResidentsOutcomesAndOnlySuppressed) {
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    const Day today = *ParseDay("2026-11-24");
    // Providers upload, so they see no figure that combines providers: not the municipality's, not a funnel.
    for (const Person* person : {&provider_person_, &elsewhere_person_}) {
        const auto refused =
            MunicipalityOutcomes(*store_, *services_, CallerOf(*person), "GM0363", engine::Granularity::kYear, today);
        ASSERT_FALSE(refused.has_value());
        EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
        const auto funnel = ProviderFunnel(*store_, *services_, CallerOf(*person), engine::FunnelIndicator::kPlanned,
                                           2024, std::string("GM0363"), today);
        ASSERT_FALSE(funnel.has_value());
        EXPECT_EQ(funnel.error().code, ErrorCode::kForbidden);
    }
    const auto national = ProviderFunnel(*store_, *services_, CallerOf(provider_person_),
                                         engine::FunnelIndicator::kPlanned, 2024, std::nullopt, today);
    ASSERT_FALSE(national.has_value());
    EXPECT_EQ(national.error().code, ErrorCode::kForbidden);
    EXPECT_TRUE(ProviderFunnel(*store_, *services_, CallerOf(elsewhere_person_), engine::FunnelIndicator::kPlanned,
                               2024, std::nullopt, today)
                    .has_value());
    // The provider's own view counts re-entry in its own records, and says so.
    const auto own = OwnOutcomes(*store_, *services_, CallerOf(provider_person_), engine::Granularity::kYear, today);
    ASSERT_TRUE(own.has_value()) << own.error().message;
    EXPECT_EQ(own->report.reentry_basis, engine::ReentryBasis::kOwnRecords);

    const auto view = MunicipalityOutcomes(*store_, *services_, CallerOf(municipality_person_), "GM0363",
                                           engine::Granularity::kYear, today);
    ASSERT_TRUE(view.has_value()) << view.error().message;
    ASSERT_FALSE(view->report.rows.empty());
    for (const auto& row : view->report.rows) {
        for (const auto* count : {&row.figures.started, &row.figures.ended, &row.figures.ongoing}) {
            if (count->value) {
                EXPECT_FALSE(*count->value > 0 && *count->value < 10) << row.period;
            }
        }
        if (row.figures.planned.denominator) {
            EXPECT_FALSE(*row.figures.planned.denominator > 0 && *row.figures.planned.denominator < 10);
        }
    }
    EXPECT_EQ(view->report.reentry_basis, engine::ReentryBasis::kAllProviders);
    const auto bad = MunicipalityOutcomes(*store_, *services_, CallerOf(municipality_person_), "0363",
                                          engine::Granularity::kYear, 0);
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

// The report is kept per table version and day: asked again it is the same, and an upload (a new
// version) is seen at once.
TEST_P(OutcomesTest, AKeptMunicipalityReportFollowsEveryUpload) {
    const Day today = *ParseDay("2026-11-24");
    const auto ended2024 = [&] { return Ended2024(*services_, today); };
    EXPECT_EQ(ended2024(), std::nullopt);  // nothing uploaded yet
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    EXPECT_EQ(ended2024(), 13);
    EXPECT_EQ(ended2024(), 13);  // kept
    ASSERT_TRUE(Upload(provider_person_, TwoMoreCsv()).has_value());
    EXPECT_EQ(ended2024(), 15);
}

// Issue 10: after an upload, the figures across providers are those of before it until the new table's
// suppression is done for every municipality, and say so; the provider's own figures hold the upload
// at once. Shown by holding the warm-up before it publishes.
TEST_P(OutcomesTest, UntilAnUploadIsSuppressedTheFiguresOfBeforeItAreServedAndSaySo) {
    const Day today = *ParseDay("2026-11-24");
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    // Published (WaitForPublication is true at once while nothing was ever published): so the second
    // upload below has figures of before it.
    ASSERT_TRUE(WaitForPublications(1));
    const auto caller = CallerOf(municipality_person_);
    const auto national = [&] {
        return ProviderFunnel(*store_, *services_, caller, engine::FunnelIndicator::kPlanned, 2024, std::nullopt,
                              today);
    };
    // Whether GM0363's report is marked `updating`, and the version a serialised report is kept under.
    const auto gm0363 = [&]() -> std::pair<bool, std::string> {
        auto view = MunicipalityOutcomes(*store_, *services_, caller, "GM0363", engine::Granularity::kYear, today);
        auto version =
            MunicipalityReportVersion(*store_, *services_, caller, "GM0363", engine::Granularity::kYear, today);
        EXPECT_TRUE(view.has_value() && version.has_value());
        if (!view || !version) return {false, ""};
        return {view->updating, *version};
    };
    const auto [updating_before, version_before] = gm0363();
    EXPECT_FALSE(updating_before);
    EXPECT_EQ(Ended2024(*services_, today), 13);
    // The version a serialised funnel is kept under: the same when nothing changed.
    const auto funnel_before = national();
    ASSERT_TRUE(funnel_before.has_value()) << funnel_before.error().message;
    EXPECT_EQ(national()->version, funnel_before->version);

    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> held{0};
    services_->SetBeforePublish([released, &held] {
        ++held;
        released.wait();
    });
    services_->publish_wait = std::chrono::milliseconds(0);
    ASSERT_TRUE(Upload(provider_person_, TwoMoreCsv()).has_value());
    for (int i = 0; i < 30000 && held == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ASSERT_EQ(held, 1) << "the warm-up of the new table reached the point of publishing";
    EXPECT_FALSE(services_->WaitForPublication(std::chrono::milliseconds(0)));

    // The figures of before the upload, marked; a report kept under the version says so too.
    const auto [updating_while, version_while] = gm0363();
    EXPECT_TRUE(updating_while);
    EXPECT_EQ(Ended2024(*services_, today), 13);
    EXPECT_NE(version_while, version_before);
    auto funnel = national();
    ASSERT_TRUE(funnel.has_value()) << funnel.error().message;
    EXPECT_TRUE(funnel->updating);
    EXPECT_NE(funnel->version, funnel_before->version);  // the same figures, but now marked `updating`
    const std::string funnel_while = funnel->version;
    // The provider's own figures are its own records, unsuppressed: the upload at once.
    auto own = OwnOutcomes(*store_, *services_, CallerOf(provider_person_), engine::Granularity::kYear, today);
    ASSERT_TRUE(own.has_value()) << own.error().message;
    EXPECT_FALSE(own->updating);
    std::optional<std::int64_t> own_ended;
    for (const auto& row : own->report.rows) {
        if (row.help_form == "all" && row.period == "2024") own_ended = row.figures.ended.value;
    }
    EXPECT_EQ(own_ended, 15);

    release.set_value();
    ASSERT_TRUE(services_->WaitForPublication(std::chrono::seconds(60)));
    EXPECT_FALSE(gm0363().first);
    EXPECT_EQ(Ended2024(*services_, today), 15);
    funnel = national();
    ASSERT_TRUE(funnel.has_value()) << funnel.error().message;
    EXPECT_FALSE(funnel->updating);
    EXPECT_NE(funnel->version, funnel_before->version);  // the new table
    EXPECT_NE(funnel->version, funnel_while);
    services_->SetBeforePublish({});
}

// An upload waits up to publish_wait for its figures only while the warm-ups are quicker than that
// wait: at national scale (a warm-up of tens of seconds) the wait would only delay its answer.
TEST_P(OutcomesTest, AnUploadWaitsForItsFiguresOnlyWhileWarmUpsAreQuick) {
    // A warm-up that takes at least 300 ms, against a wait of 100 ms.
    services_->publish_wait = std::chrono::milliseconds(100);
    EXPECT_TRUE(services_->UploadWaitsForPublication());  // no warm-up has published yet
    services_->SetBeforePublish([] { std::this_thread::sleep_for(std::chrono::milliseconds(300)); });
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    // Once it has published, an upload no longer waits.
    ASSERT_TRUE(WaitForPublications(1));
    EXPECT_FALSE(services_->UploadWaitsForPublication());
    services_->publish_wait = std::chrono::seconds(5);
    EXPECT_TRUE(services_->UploadWaitsForPublication());
    services_->SetBeforePublish({});
}

// Fast start (issue 10): the engine loads on a thread of its own; until it is in, an outcome read
// answers kUnavailable with a retry-after hint, afterwards the figures are there.
TEST_P(OutcomesTest, OutcomesWaitForTheLoadAfterTheStartWithRetryAfter) {
    const Day today = *ParseDay("2026-11-24");
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    auto started = std::make_unique<OutcomeServices>(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
    auto loader_store = OpenStore(database_->url());
    ASSERT_TRUE(loader_store.has_value()) << loader_store.error().message;
    std::promise<void> finished;
    std::optional<Error> while_loading;
    std::size_t rows = 0;
    started->LoadInBackground(std::move(*loader_store), today,
                              [&](const Result<TableSource>& loaded, std::size_t loaded_rows, double, double) {
                                  EXPECT_TRUE(loaded.has_value());
                                  rows = loaded_rows;
                                  // Still before the table counts as loaded: a page must wait.
                                  auto view = MunicipalityOutcomes(*store_, *started, CallerOf(municipality_person_),
                                                                   "GM0363", engine::Granularity::kYear, today);
                                  if (!view) while_loading = view.error();
                                  finished.set_value();
                              });
    ASSERT_EQ(finished.get_future().wait_for(std::chrono::seconds(30)), std::future_status::ready);
    EXPECT_EQ(rows, 13u);
    ASSERT_TRUE(while_loading.has_value());
    EXPECT_EQ(while_loading->code, ErrorCode::kUnavailable);
    EXPECT_EQ(while_loading->retry_after_seconds, 5);
    for (int i = 0; i < 3000 && !started->Loaded(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ASSERT_TRUE(started->Loaded());
    auto view = MunicipalityOutcomes(*store_, *started, CallerOf(municipality_person_), "GM0363",
                                     engine::Granularity::kYear, today);
    ASSERT_TRUE(view.has_value()) << view.error().message;
    std::optional<std::int64_t> ended;
    for (const auto& row : view->report.rows) {
        if (row.help_form == "all" && row.period == "2024") ended = row.figures.ended.value.value_or(-1);
    }
    EXPECT_EQ(ended, 13);
    // Built from every record: the loader keeps the table as an image for the next start before its
    // thread ends (the destructor waits for it).
    started.reset();
    const auto version = store_->TrajectoryVersion();
    ASSERT_TRUE(version.has_value());
    const auto image = store_->FindOutcomeTable(*version);
    ASSERT_TRUE(image.has_value() && image->has_value()) << "kept after the load from the records";
    const auto table = engine::TableFromImage(**image);
    ASSERT_TRUE(table.has_value()) << table.error().message;
    EXPECT_EQ(table->size(), 13u);
}

// Issue 10: after an import, every municipality's suppression is computed ahead and kept in the store
// (PrepareOutcomeSuppression, the last step of `kompas import trajectories`). A server started
// afterwards takes it from there instead of computing it: shown by changing what is kept, which the
// server then publishes. Without that change, the kept pattern gives the figures a fresh computation gives.
TEST_P(OutcomesTest, ASuppressionPreparedAfterAnImportIsWhatTheServerPublishes) {
    const Day today = *ParseDay("2026-11-24");
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    // As in a process of its own: a pattern this process kept in memory (another backend's run of
    // this test) would be found there, and not written to this store.
    engine::SuppressionMemo::ByRows().Clear();
    engine::SuppressionMemo::Shared().Clear();
    auto kept_store = OpenStore(database_->url());
    ASSERT_TRUE(kept_store.has_value()) << kept_store.error().message;
    const auto prepared = PrepareOutcomeSuppression(*store_, std::move(*kept_store),
                                                    Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}), today, 2);
    ASSERT_TRUE(prepared.has_value()) << prepared.error().message;
    EXPECT_EQ(*prepared, 1u) << "GM0363";
    const auto kept = store_->FindKeptSuppression("GM0363");
    ASSERT_TRUE(kept.has_value() && kept->has_value()) << "kept in the store";

    // A server started afterwards: a process of its own, so nothing is kept in memory.
    const auto ended2024 = [&]() -> std::optional<std::int64_t> {
        engine::SuppressionMemo::ByRows().Clear();
        engine::SuppressionMemo::Shared().Clear();
        OutcomeServices server(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
        auto connection = OpenStore(database_->url());
        EXPECT_TRUE(connection.has_value());
        if (!connection) return std::nullopt;
        server.KeepSuppressionIn(std::move(*connection));
        EXPECT_TRUE(LoadOutcomeEngine(*store_, server.engine).has_value());
        return Ended2024(server, today);
    };
    EXPECT_EQ(ended2024(), 13) << "the prepared pattern hides what a fresh computation hides";
    KeptSuppression everything_hidden = **kept;
    std::fill(everything_hidden.statuses.begin(), everything_hidden.statuses.end(), '2');
    ASSERT_TRUE(store_->KeepSuppression(everything_hidden).has_value());
    EXPECT_EQ(ended2024(), -1) << "the server took the pattern from the store instead of computing it";
    ASSERT_TRUE(store_->KeepSuppression(**kept).has_value());
    EXPECT_EQ(ended2024(), 13);
}

// Issue 10: the import keeps the table it built as an image, and a start reads that instead of every
// record, as long as the trajectories are still at the version it was built at. Shown by keeping
// another table's image under the current version, which a start then loads; a damaged image, or one
// of an older version, is passed over for the records.
TEST_P(OutcomesTest, AStartReadsTheTableTheImportKept) {
    const Day today = *ParseDay("2026-11-24");
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    auto kept_store = OpenStore(database_->url());
    ASSERT_TRUE(kept_store.has_value()) << kept_store.error().message;
    ASSERT_TRUE(PrepareOutcomeSuppression(*store_, std::move(*kept_store),
                                          Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}), today, 2)
                    .has_value());
    const auto version = store_->TrajectoryVersion();
    ASSERT_TRUE(version.has_value());
    ASSERT_TRUE(store_->FindOutcomeTable(*version).value_or(std::nullopt).has_value()) << "kept by the import";

    const auto load = [&](std::size_t& rows) -> std::optional<TableSource> {
        engine::OutcomeEngine fresh;
        auto loaded = LoadOutcomeEngine(*store_, fresh);
        EXPECT_TRUE(loaded.has_value()) << loaded.error().message;
        rows = fresh.Snapshot()->size();
        EXPECT_EQ(fresh.version(), *version);
        return loaded ? std::optional(*loaded) : std::nullopt;
    };
    std::size_t rows = 0;
    EXPECT_EQ(load(rows), TableSource::kImage);
    EXPECT_EQ(rows, 13u);
    {
        OutcomeServices server(Pseudonymiser::FromKeyForTest(Pseudonymiser::Key{7}));
        ASSERT_EQ(LoadOutcomeEngine(*store_, server.engine).value_or(TableSource::kInAlready), TableSource::kImage);
        EXPECT_EQ(Ended2024(server, today), 13) << "the figures of the table built from the records";
        EXPECT_EQ(LoadOutcomeEngine(*store_, server.engine).value_or(TableSource::kImage), TableSource::kInAlready);
    }

    // Another table under this version: the start takes it, so it reads the image, not the records.
    engine::ProductTableBuilder one;
    const std::string client(64, 'a');  // the row holds a view of it
    TrajectoryRow row;
    row.client = client;
    row.provider = "65656055";
    row.municipality = "GM0363";
    row.help_form = "02";
    row.start_day = *ParseDay("2024-01-10");
    one.Add(row);
    ASSERT_TRUE(store_->KeepOutcomeTable(*version, engine::TableImage(one.Build())).has_value());
    EXPECT_EQ(load(rows), TableSource::kImage);
    EXPECT_EQ(rows, 1u);

    // A damaged image: the records.
    ASSERT_TRUE(store_->KeepOutcomeTable(*version, "not an image").has_value());
    EXPECT_EQ(load(rows), TableSource::kRecords);
    EXPECT_EQ(rows, 13u);

    // Kept again; then an upload moves the trajectories on, and the image is of the version before.
    engine::OutcomeEngine again;
    ASSERT_TRUE(LoadOutcomeEngine(*store_, again).has_value());
    ASSERT_TRUE(KeepOutcomeTable(*store_, again).has_value());
    ASSERT_TRUE(store_->FindOutcomeTable(*version).value_or(std::nullopt).has_value());
    ASSERT_TRUE(Upload(provider_person_, TwoMoreCsv()).has_value());
    engine::OutcomeEngine after;
    EXPECT_EQ(LoadOutcomeEngine(*store_, after).value_or(TableSource::kInAlready), TableSource::kRecords);
    EXPECT_EQ(after.Snapshot()->size(), 15u);
    EXPECT_NE(after.version(), *version);
}

// SIGTERM while loading: the read stops at the next row and the old table stays.
TEST_P(OutcomesTest, AStoppedLoadEndsAtOnceAndKeepsTheOldTable) {
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    engine::OutcomeEngine fresh;
    const std::atomic<bool> stop = true;
    const auto loaded = LoadOutcomeEngine(*store_, fresh, &stop);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::kUnavailable);
    EXPECT_EQ(fresh.Snapshot()->size(), 0u);
    EXPECT_EQ(fresh.version(), "");
    const std::atomic<bool> go = false;
    ASSERT_TRUE(LoadOutcomeEngine(*store_, fresh, &go).has_value());
    EXPECT_EQ(fresh.Snapshot()->size(), 13u);
}

TEST_P(OutcomesTest, NoBsnIsWrittenToTheDatabaseFiles) {
    // This reads SQLite's files; PostgreSQL's cluster is searched by tests/cli/bsn_search.test.mjs.
    if (GetParam() != Backend::kSqlite) return;
    ASSERT_TRUE(Upload(provider_person_, SampleCsv()).has_value());
    ASSERT_TRUE(ListOwnTrajectories(*store_, CallerOf(provider_person_), 100, 0, T0()).has_value());
    std::int64_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(database_->directory())) {
        if (!entry.is_regular_file()) continue;
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (const char* bsn : kBsns) EXPECT_EQ(bytes.find(bsn), std::string::npos) << bsn << " in " << entry.path();
        EXPECT_EQ(bytes.find("Jansen"), std::string::npos) << "a name in " << entry.path();
    }
    EXPECT_GE(files, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, OutcomesTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const ::testing::TestParamInfo<Backend>& backend) { return BackendName(backend.param); });

}  // namespace
}  // namespace kompas::testing
