// A municipality's suppression kept under the fingerprint of its rows (ScopeKeeping,
// engine/outcome_indicators.hpp): a report made from a kept suppression hides exactly what a report
// computed from scratch hides; a kept suppression is found again by a new scope cache (as after a
// restart); and a change to a row, another key or another reference year is computed anew.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "engine/outcome_indicators.hpp"

namespace kompas::engine {
namespace {

// Where the statuses are kept, in memory, counting what is asked (thread-safe, as ScopeCache::Prepare
// on several threads needs).
class FakeKept final : public KeptStatuses {
public:
    std::optional<std::vector<Suppression>> Load(std::string_view municipality, const TableFingerprint& key) override {
        std::lock_guard lock(mutex_);
        ++loads;
        const auto found = kept.find(std::string(municipality));
        if (found == kept.end() || !(found->second.first == key)) return std::nullopt;
        ++hits;
        return found->second.second;
    }
    void Save(std::string_view municipality, const TableFingerprint& key,
              std::span<const Suppression> statuses) override {
        std::lock_guard lock(mutex_);
        ++saves;
        kept[std::string(municipality)] = {key, {statuses.begin(), statuses.end()}};
    }
    std::map<std::string, std::pair<TableFingerprint, std::vector<Suppression>>> kept;
    int loads = 0, hits = 0, saves = 0;

private:
    std::mutex mutex_;
};

// Two municipalities (or `municipalities` of sizes 1 : 2 : 3 ...), providers from large to tiny, three
// help forms, six years: enough small counts for primary and complementary suppression and for
// "overige aanbieders".
TrajectoryTable Table(std::uint32_t change_row = ~0u, std::uint64_t municipalities = 2) {
    TrajectoryTable t;
    std::uint64_t state = 12345;
    const auto next = [&state](std::uint64_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % n;
    };
    for (std::uint32_t i = 0; i < 1500; ++i) {
        const std::uint64_t p = next(30);
        const std::uint64_t provider = p < 20 ? p % 4 : p;  // four large providers, then small ones
        t.client.push_back(static_cast<std::uint32_t>(next(900)));
        if (municipalities == 2) {
            t.municipality.push_back(t.municipalities.Intern(next(3) == 0 ? "GM0002" : "GM0001"));
        } else {
            std::uint64_t share = next(municipalities * (municipalities + 1) / 2), m = 0;
            while (share > m) share -= ++m;
            t.municipality.push_back(t.municipalities.Intern("GM000" + std::to_string(1 + m)));
        }
        t.provider.push_back(t.providers.Intern("1000" + std::to_string(1000 + provider)));
        t.help_form.push_back(static_cast<std::uint8_t>(t.help_forms.Intern("0" + std::to_string(1 + next(3)))));
        const Day start = DayFromCivil(2020 + static_cast<int>(next(6)), 1 + static_cast<unsigned>(next(12)), 1);
        t.start_day.push_back(start);
        const bool ended = next(4) != 0;
        t.end_day.push_back(ended ? start + 30 + static_cast<Day>(next(500)) : kNoDay);
        t.reason.push_back(static_cast<std::uint8_t>(ended ? 1 + next(5) : 0));
        t.without_help_youth.push_back(static_cast<std::uint8_t>(ended ? next(5) : 0));
        t.without_help_parent.push_back(static_cast<std::uint8_t>(ended ? next(5) : 0));
        t.satisfaction_youth.push_back(static_cast<std::uint8_t>(ended ? next(11) : 0));
        t.satisfaction_parent.push_back(0);
        if (i == change_row) t.reason.back() = t.reason.back() == 1 ? 2 : 1;
    }
    t.Finish();
    return t;
}

// Which figures a report hides, and its counts, in order.
std::vector<std::int64_t> Shape(const OutcomeReport& r) {
    std::vector<std::int64_t> shape;
    const auto add = [&shape](const OutcomeFigures& f) {
        for (const auto* c : {&f.started, &f.ended, &f.ongoing}) shape.push_back(c->value.value_or(-1));
        for (const ShareFigure* s : {static_cast<const ShareFigure*>(&f.planned), &f.without_help,
                                     static_cast<const ShareFigure*>(&f.no_reentry)}) {
            shape.push_back(s->numerator.value_or(-1));
            shape.push_back(s->denominator.value_or(-1));
        }
        shape.push_back(f.satisfaction.n.value_or(-1));
    };
    for (const auto& row : r.rows) add(row.figures);
    for (const auto& row : r.providers) add(row.figures);
    for (const auto& row : r.other_providers) add(row.figures);
    return shape;
}

std::size_t HiddenCount(const std::vector<std::int64_t>& shape) {
    return static_cast<std::size_t>(std::count(shape.begin(), shape.end(), -1));
}

OutcomeQuery Query(const char* code, Granularity g, Day reference) {
    OutcomeQuery q;
    q.code = code;
    q.granularity = g;
    q.reference_date = reference;
    return q;
}

const Day kReference = DayFromCivil(2026, 3, 1);

// GM0001's year report on a fresh memory and a new cache with key {1, 2}: its suppression is
// computed and kept in `kept`.
bool KeepGM0001(const std::shared_ptr<const TrajectoryTable>& table, const std::shared_ptr<FakeKept>& kept) {
    SuppressionMemo::ByRows().Clear();
    ScopeCache cache(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    return ComputeOutcomes(*table, Query("GM0001", Granularity::kYear, kReference), &cache).has_value();
}

TEST(ScopeKeeping, AKeptSuppressionHidesWhatAComputedOneHides) {
    const auto table = std::make_shared<const TrajectoryTable>(Table());
    auto kept = std::make_shared<FakeKept>();
    SuppressionMemo::ByRows().Clear();
    ScopeCache first(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    for (const char* code : {"GM0001", "GM0002"}) {
        for (const auto g : {Granularity::kYear, Granularity::kHalfYear}) {
            const auto scratch = ComputeOutcomes(*table, Query(code, g, kReference));
            const auto cached = ComputeOutcomes(*table, Query(code, g, kReference), &first);
            ASSERT_TRUE(scratch && cached);
            const auto shape = Shape(*scratch);
            EXPECT_GT(HiddenCount(shape), 0u) << code;  // the table has something to hide
            EXPECT_EQ(Shape(*cached), shape) << code;
            EXPECT_FALSE(cached->other_providers.empty()) << code;
        }
    }
    EXPECT_EQ(kept->saves, 2);  // once per municipality, for both granularities

    // A new cache, as after a restart: the suppression comes from where it was kept.
    SuppressionMemo::ByRows().Clear();
    ScopeCache second(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    for (const char* code : {"GM0001", "GM0002"}) {
        const auto scratch = ComputeOutcomes(*table, Query(code, Granularity::kHalfYear, kReference));
        const auto again = ComputeOutcomes(*table, Query(code, Granularity::kHalfYear, kReference), &second);
        ASSERT_TRUE(scratch && again);
        EXPECT_EQ(Shape(*again), Shape(*scratch)) << code;
    }
    EXPECT_EQ(kept->hits, 2);
    EXPECT_EQ(kept->saves, 2);  // nothing computed again

    // The national funnel from kept scopes equals the one without a cache.
    const FunnelQuery funnel{FunnelIndicator::kPlanned, 2024, {}, kReference};
    const auto plain = ComputeFunnel(*table, funnel);
    const auto from_kept = ComputeFunnel(*table, funnel, &second);
    ASSERT_TRUE(plain && from_kept);
    ASSERT_EQ(from_kept->points.size(), plain->points.size());
    for (std::size_t i = 0; i < plain->points.size(); ++i) {
        EXPECT_EQ(from_kept->points[i].provider, plain->points[i].provider);
        EXPECT_EQ(from_kept->points[i].numerator, plain->points[i].numerator);
        EXPECT_EQ(from_kept->points[i].denominator, plain->points[i].denominator);
    }
    EXPECT_EQ(from_kept->hidden, plain->hidden);
}

TEST(ScopeKeeping, AChangedRowAnotherKeyOrAnotherYearIsComputedAnew) {
    const auto table = std::make_shared<const TrajectoryTable>(Table());
    auto kept = std::make_shared<FakeKept>();
    ASSERT_TRUE(KeepGM0001(table, kept));
    const auto original_entry = kept->kept.at("GM0001");
    const TableFingerprint original = original_entry.first;
    const auto fingerprint_with = [&](std::shared_ptr<const TrajectoryTable> t, SipKey key, Day reference) {
        SuppressionMemo::ByRows().Clear();
        ScopeCache cache(t, std::size_t{64} << 20, ScopeKeeping{key, kept});
        const int saves = kept->saves;
        const auto report = ComputeOutcomes(*t, Query("GM0001", Granularity::kYear, reference), &cache);
        EXPECT_TRUE(report);
        const auto scratch = ComputeOutcomes(*t, Query("GM0001", Granularity::kYear, reference));
        EXPECT_EQ(Shape(*report), Shape(*scratch));
        EXPECT_EQ(kept->saves, saves + 1);  // not found: computed and kept
        return kept->kept.at("GM0001").first;
    };
    // One end reason changed, in a row of GM0001 with an end.
    std::uint32_t row = 0;
    while (table->municipalities.Name(table->municipality[row]) != "GM0001" || table->end_day[row] == kNoDay) ++row;
    const auto changed = std::make_shared<const TrajectoryTable>(Table(row));
    EXPECT_FALSE(fingerprint_with(changed, {1, 2}, kReference) == original);
    EXPECT_FALSE(fingerprint_with(table, {3, 4}, kReference) == original);
    EXPECT_FALSE(fingerprint_with(table, {1, 2}, DayFromCivil(2027, 3, 1)) == original);
    // The same rows on another day of the same year: found again, nothing computed.
    SuppressionMemo::ByRows().Clear();
    kept->kept["GM0001"] = original_entry;
    ScopeCache same(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    const int saves = kept->saves;
    ASSERT_TRUE(ComputeOutcomes(*table, Query("GM0001", Granularity::kYear, DayFromCivil(2026, 9, 1)), &same));
    EXPECT_EQ(kept->saves, saves);
}

TEST(ScopeKeeping, KeptStatusesOfTheWrongSizeAreNotUsed) {
    const auto table = std::make_shared<const TrajectoryTable>(Table());
    auto kept = std::make_shared<FakeKept>();
    ASSERT_TRUE(KeepGM0001(table, kept));
    kept->kept["GM0001"].second.pop_back();
    SuppressionMemo::ByRows().Clear();
    ScopeCache cache(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    const auto report = ComputeOutcomes(*table, Query("GM0001", Granularity::kYear, kReference), &cache);
    ASSERT_TRUE(report);
    EXPECT_EQ(Shape(*report), Shape(*ComputeOutcomes(*table, Query("GM0001", Granularity::kYear, kReference))));
    EXPECT_EQ(kept->saves, 2);
}

// Two municipalities whose rows are the same (the same clients, providers and dates): the same
// fingerprint of the rows, and each is kept under its own code, one after the other on one thread.
TEST(ScopeKeeping, TwoMunicipalitiesWithTheSameRowsAreEachKept) {
    const TrajectoryTable one = Table();
    TrajectoryTable twins;
    for (const char* code : {"GM0001", "GM0002"}) {
        for (std::size_t i = 0; i < one.size(); ++i) {
            if (one.municipalities.Name(one.municipality[i]) != "GM0001") continue;
            twins.client.push_back(one.client[i]);
            twins.municipality.push_back(twins.municipalities.Intern(code));
            twins.provider.push_back(twins.providers.Intern(one.providers.Name(one.provider[i])));
            twins.help_form.push_back(
                static_cast<std::uint8_t>(twins.help_forms.Intern(one.help_forms.Name(one.help_form[i]))));
            twins.start_day.push_back(one.start_day[i]);
            twins.end_day.push_back(one.end_day[i]);
            twins.reason.push_back(one.reason[i]);
            twins.without_help_youth.push_back(one.without_help_youth[i]);
            twins.without_help_parent.push_back(one.without_help_parent[i]);
            twins.satisfaction_youth.push_back(one.satisfaction_youth[i]);
            twins.satisfaction_parent.push_back(one.satisfaction_parent[i]);
        }
    }
    twins.Finish();
    const auto table = std::make_shared<const TrajectoryTable>(std::move(twins));
    auto kept = std::make_shared<FakeKept>();
    SuppressionMemo::ByRows().Clear();
    ScopeCache cache(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    ASSERT_TRUE(cache.Prepare(kReference, 1));
    ASSERT_EQ(kept->kept.size(), 2u);
    EXPECT_TRUE(kept->kept.at("GM0001").first == kept->kept.at("GM0002").first);  // the same rows
    EXPECT_EQ(kept->kept.at("GM0001").second, kept->kept.at("GM0002").second);
}

// ScopeCache::Prepare on several threads, one from the largest municipality down and the others from
// the smallest up: every municipality is suppressed and kept exactly once, and hides what a report
// from scratch hides; told to stop before it starts, it suppresses nothing.
TEST(ScopeKeeping, PreparingOnSeveralThreadsSuppressesEveryMunicipalityOnce) {
    const auto table = std::make_shared<const TrajectoryTable>(Table(~0u, 7));
    ASSERT_EQ(table->municipalities.size(), 7u);
    for (const std::size_t threads : {1u, 2u, 3u, 9u}) {
        auto kept = std::make_shared<FakeKept>();
        SuppressionMemo::ByRows().Clear();
        ScopeCache cache(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
        ASSERT_TRUE(cache.Prepare(kReference, threads)) << threads;
        EXPECT_EQ(kept->saves, 7) << threads;
        EXPECT_EQ(kept->kept.size(), 7u) << threads;
        EXPECT_EQ(cache.size(), 7u) << threads;
        for (int m = 1; m <= 7; ++m) {
            const std::string code = "GM000" + std::to_string(m);
            const auto scratch = ComputeOutcomes(*table, Query(code.c_str(), Granularity::kHalfYear, kReference));
            const auto prepared =
                ComputeOutcomes(*table, Query(code.c_str(), Granularity::kHalfYear, kReference), &cache);
            ASSERT_TRUE(scratch && prepared) << code;
            EXPECT_EQ(Shape(*prepared), Shape(*scratch)) << code << " on " << threads << " threads";
        }
        EXPECT_EQ(kept->saves, 7) << threads;  // the reports found their suppression done
    }
    auto kept = std::make_shared<FakeKept>();
    SuppressionMemo::ByRows().Clear();
    ScopeCache cache(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    const std::atomic<bool> stop{true};
    ASSERT_TRUE(cache.Prepare(kReference, 2, &stop));
    EXPECT_EQ(kept->saves, 0);
    EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
// A smaller budget lets go of scopes at once (a warm-up next to a published older table keeps few);
// what is let go of is computed again from its kept pattern, the same as before.
TEST(ScopeKeeping, ASmallerBudgetLetsGoOfScopesThatComeBackTheSame) {
    const auto table = std::make_shared<const TrajectoryTable>(Table());
    auto kept = std::make_shared<FakeKept>();
    SuppressionMemo::ByRows().Clear();
    ScopeCache cache(table, std::size_t{64} << 20, ScopeKeeping{{1, 2}, kept});
    const auto before = ComputeOutcomes(*table, Query("GM0001", Granularity::kYear, kReference), &cache);
    ASSERT_TRUE(before && ComputeOutcomes(*table, Query("GM0002", Granularity::kYear, kReference), &cache));
    EXPECT_EQ(cache.size(), 2u);
    EXPECT_GT(cache.bytes(), 0u);
    cache.SetBudget(cache.bytes() - 1);  // one of the two must go
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_LE(cache.bytes(), cache.budget());
    cache.SetBudget(0);
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.bytes(), 0u);
    const int saves = kept->saves;
    const auto after = ComputeOutcomes(*table, Query("GM0001", Granularity::kYear, kReference), &cache);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(Shape(*after), Shape(*before));
    EXPECT_EQ(kept->saves, saves);  // its pattern was kept: not suppressed again
}

}  // namespace kompas::engine
