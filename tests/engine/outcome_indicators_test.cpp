// The national outcome indicators on tiny hand-built tables; every expected number is worked out by
// hand in the comments.
#include "engine/outcome_indicators.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace kompas::engine {
namespace {

struct Spec {
    std::uint32_t client = 0;
    std::string start_day{};
    std::string end_day{};  // empty: ongoing
    int reason = 0;         // 1..5 = 01..05
    std::string help_form = "01";
    std::string provider = "11111111";
    std::string municipality = "GM0001";
    int wh_youth = 0;
    int wh_parent = 0;
    int sat_youth = 0;
    int sat_parent = 0;
};

Day D(const char* text) { return *ParseDay(text); }

TrajectoryTable Build(const std::vector<Spec>& specs) {
    TrajectoryTable t;
    for (const Spec& s : specs) {
        t.client.push_back(s.client);
        t.municipality.push_back(t.municipalities.Intern(s.municipality));
        t.provider.push_back(t.providers.Intern(s.provider));
        t.help_form.push_back(static_cast<std::uint8_t>(t.help_forms.Intern(s.help_form)));
        t.start_day.push_back(*ParseDay(s.start_day));
        t.end_day.push_back(s.end_day.empty() ? kNoDay : *ParseDay(s.end_day));
        t.reason.push_back(static_cast<std::uint8_t>(s.reason));
        t.without_help_youth.push_back(static_cast<std::uint8_t>(s.wh_youth));
        t.without_help_parent.push_back(static_cast<std::uint8_t>(s.wh_parent));
        t.satisfaction_youth.push_back(static_cast<std::uint8_t>(s.sat_youth));
        t.satisfaction_parent.push_back(static_cast<std::uint8_t>(s.sat_parent));
    }
    t.Finish();
    return t;
}

OutcomeQuery ProviderQuery(const std::string& code, Granularity g, const char* reference) {
    OutcomeQuery q;
    q.scope = OutcomeQuery::Scope::kProvider;
    q.code = code;
    q.granularity = g;
    q.reference_date = D(reference);
    q.suppress = false;
    return q;
}

OutcomeQuery MunicipalityQuery(const std::string& code, Granularity g, const char* reference, bool suppress) {
    OutcomeQuery q = ProviderQuery(code, g, reference);
    q.scope = OutcomeQuery::Scope::kMunicipality;
    q.suppress = suppress;
    return q;
}

const OutcomeRow* Find(const OutcomeReport& r, const std::string& help_form, const std::string& period) {
    for (const OutcomeRow& row : r.rows) {
        if (row.help_form == help_form && row.period == period) return &row;
    }
    return nullptr;
}

const ProviderRow* FindProvider(const OutcomeReport& r, const std::string& provider, const std::string& period) {
    for (const ProviderRow& row : r.providers) {
        if (row.provider == provider && row.period == period) return &row;
    }
    return nullptr;
}

std::vector<std::string> Periods(const OutcomeReport& r, const std::string& help_form) {
    std::vector<std::string> periods;
    for (const OutcomeRow& row : r.rows) {
        if (row.help_form == help_form) periods.push_back(row.period);
    }
    return periods;
}

// started / ended / ongoing of a row, as one vector for compact expectations.
std::vector<std::int64_t> Flows(const OutcomeFigures& f) {
    return {f.started.value.value_or(-1), f.ended.value.value_or(-1), f.ongoing.value.value_or(-1)};
}

// a: 2024-01-01 .. 2024-12-31 (01)   b: 2023-12-31 .. 2024-06-30 (02)   c: 2024-07-01 .. 2024-07-01 (03)
// d: 2024-06-30 .. (ongoing)         e: 2023-05-05 .. 2025-01-01 (01)
std::vector<Spec> EdgeSpecs() {
    return {
        {.client = 0, .start_day = "2024-01-01", .end_day = "2024-12-31", .reason = 1},
        {.client = 1, .start_day = "2023-12-31", .end_day = "2024-06-30", .reason = 2},
        {.client = 2, .start_day = "2024-07-01", .end_day = "2024-07-01", .reason = 3},
        {.client = 3, .start_day = "2024-06-30"},
        {.client = 4, .start_day = "2023-05-05", .end_day = "2025-01-01", .reason = 1},
    };
}

TEST(OutcomeIndicators, StartedEndedOngoingAtYearEdges) {
    const TrajectoryTable t = Build(EdgeSpecs());
    const auto r = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2025-06-01"));
    // Years from the earliest start (2023) to the reference year (2025).
    EXPECT_EQ(Periods(r, "all"), (std::vector<std::string>{"2023", "2024", "2025"}));
    // 2023: started b (12-31) and e; nothing ended; ongoing at 12-31: b and e.
    EXPECT_EQ(Flows(Find(r, "all", "2023")->figures), (std::vector<std::int64_t>{2, 0, 2}));
    // 2024: started a (01-01), c, d; ended a (12-31), b, c; ongoing at 12-31: d (open) and e
    // (ends 2025-01-01); a ended on the last day itself, so it is no longer ongoing. 2 + 3 − 3 = 2.
    EXPECT_EQ(Flows(Find(r, "all", "2024")->figures), (std::vector<std::int64_t>{3, 3, 2}));
    // 2025: e ended 01-01; d still ongoing at 12-31.
    EXPECT_EQ(Flows(Find(r, "all", "2025")->figures), (std::vector<std::int64_t>{0, 1, 1}));
    // One help form only: its rows equal the margin.
    EXPECT_EQ(Flows(Find(r, "01", "2024")->figures), (std::vector<std::int64_t>{3, 3, 2}));
    EXPECT_EQ(Find(r, "01", "2024")->help_form_label, std::string(HelpFormLabel("01")));
    EXPECT_EQ(Find(r, "all", "2024")->help_form_label, "Alle hulpvormen");
    EXPECT_TRUE(r.providers.empty());  // provider scope: no provider breakdown
}

TEST(OutcomeIndicators, HalfYearsSplitAtJuneThirtyAndJulyFirst) {
    const TrajectoryTable t = Build(EdgeSpecs());
    const auto r = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kHalfYear, "2025-06-01"));
    EXPECT_EQ(Periods(r, "all"),
              (std::vector<std::string>{"2023-H1", "2023-H2", "2024-H1", "2024-H2", "2025-H1", "2025-H2"}));
    // 2023-H1: e started 05-05 and is ongoing at 06-30.
    EXPECT_EQ(Flows(Find(r, "all", "2023-H1")->figures), (std::vector<std::int64_t>{1, 0, 1}));
    // 2023-H2: b started 12-31; ongoing b and e.
    EXPECT_EQ(Flows(Find(r, "all", "2023-H2")->figures), (std::vector<std::int64_t>{1, 0, 2}));
    // 2024-H1: started a (01-01) and d (06-30); ended b (06-30, in H1); ongoing at 06-30: a, d, e
    // (b ended that day). 2 + 2 − 1 = 3.
    EXPECT_EQ(Flows(Find(r, "all", "2024-H1")->figures), (std::vector<std::int64_t>{2, 1, 3}));
    // 2024-H2: started c (07-01, in H2); ended c (07-01) and a (12-31); ongoing d, e. 3 + 1 − 2 = 2.
    EXPECT_EQ(Flows(Find(r, "all", "2024-H2")->figures), (std::vector<std::int64_t>{1, 2, 2}));
    // H1 + H2 = year for the flows: 2 + 1 = 3 started, 1 + 2 = 3 ended; ongoing(H2) = ongoing(year).
    EXPECT_EQ(Flows(Find(r, "all", "2025-H1")->figures), (std::vector<std::int64_t>{0, 1, 1}));
    // 2025-H2: nothing started or ended, d still ongoing: the row is there.
    EXPECT_EQ(Flows(Find(r, "all", "2025-H2")->figures), (std::vector<std::int64_t>{0, 0, 1}));
}

TEST(OutcomeIndicators, PlannedShareWithWilsonInterval) {
    const TrajectoryTable t = Build(EdgeSpecs());
    const auto r = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2025-06-01"));
    // 2024: ended a (01), b (02), c (03): 1 of 3 according to plan.
    const ShareFigure& planned = Find(r, "all", "2024")->figures.planned;
    EXPECT_EQ(planned.numerator, 1);
    EXPECT_EQ(planned.denominator, 3);
    EXPECT_NEAR(*planned.share, 1.0 / 3.0, 1e-12);
    // Wilson 95 % for 1/3 (Newcombe 1998, table I: 0.0615 – 0.7923).
    EXPECT_NEAR(planned.interval->lower, 0.061491945, 1e-6);
    EXPECT_NEAR(planned.interval->upper, 0.792340399, 1e-6);
    EXPECT_EQ(planned.suppression, Suppression::kNone);
    // 2023: nothing ended: n = 0, no share.
    const ShareFigure& none = Find(r, "all", "2023")->figures.planned;
    EXPECT_EQ(none.denominator, 0);
    EXPECT_FALSE(none.share.has_value());
    EXPECT_FALSE(none.interval.has_value());

    // 7 of 10 ended according to plan in 2024 → Wilson 0.3968 – 0.8922.
    std::vector<Spec> specs;
    for (std::uint32_t i = 0; i < 10; ++i) {
        specs.push_back({.client = i, .start_day = "2024-02-01", .end_day = "2024-09-01", .reason = i < 7 ? 1 : 4});
    }
    const auto r2 = *ComputeOutcomes(Build(specs), ProviderQuery("11111111", Granularity::kYear, "2025-06-01"));
    const ShareFigure& p2 = Find(r2, "all", "2024")->figures.planned;
    EXPECT_EQ(p2.numerator, 7);
    EXPECT_EQ(p2.denominator, 10);
    EXPECT_NEAR(p2.interval->lower, 0.396778147, 1e-6);
    EXPECT_NEAR(p2.interval->upper, 0.892208733, 1e-6);
}

TEST(OutcomeIndicators, SatisfactionAndWithoutHelpCountEveryMeasurement) {
    const TrajectoryTable t = Build({
        // Ended in 2024: youth 8 + parent 6; youth 7 only; nothing at all.
        {.client = 0,
         .start_day = "2024-01-10",
         .end_day = "2024-05-01",
         .reason = 1,
         .wh_youth = 4,
         .wh_parent = 2,
         .sat_youth = 8,
         .sat_parent = 6},
        {.client = 1, .start_day = "2024-01-10", .end_day = "2024-08-01", .reason = 2, .wh_youth = 3, .sat_youth = 7},
        {.client = 2, .start_day = "2024-01-10", .end_day = "2024-11-01", .reason = 3, .wh_parent = 1},
        // Not ended: its answers do not count.
        {.client = 3, .start_day = "2024-01-10", .wh_youth = 4, .sat_youth = 10},
        // Ended in 2025: not in 2024.
        {.client = 4, .start_day = "2024-01-10", .end_day = "2025-02-01", .reason = 1, .wh_youth = 4, .sat_youth = 1},
    });
    const auto r = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2025-06-01"));
    const OutcomeFigures& f = Find(r, "all", "2024")->figures;
    // Satisfaction: (8 + 6 + 7) / 3 measurements = 7.0.
    EXPECT_EQ(f.satisfaction.n, 3);
    EXPECT_DOUBLE_EQ(*f.satisfaction.mean, 7.0);
    // Without help: measurements 4, 2, 3, 1 → 2 of 4 say 03 or 04.
    EXPECT_EQ(f.without_help.denominator, 4);
    EXPECT_EQ(f.without_help.numerator, 2);
    EXPECT_DOUBLE_EQ(*f.without_help.share, 0.5);
    EXPECT_NEAR(f.without_help.interval->lower, 0.150038989, 1e-6);  // Wilson 2/4
    // 2025: one measurement each (youth 1; youth 04).
    const OutcomeFigures& g = Find(r, "all", "2025")->figures;
    EXPECT_DOUBLE_EQ(*g.satisfaction.mean, 1.0);
    EXPECT_EQ(g.without_help.numerator, 1);
    EXPECT_EQ(g.without_help.denominator, 1);
}

// Planned ends at provider 11111111 in GM0001; new starts elsewhere where stated.
std::vector<Spec> ReentrySpecs() {
    return {
        // 1: new start on the end day itself: a transfer, not a re-entry.
        {.client = 1, .start_day = "2023-06-01", .end_day = "2024-03-15", .reason = 1},
        {.client = 1, .start_day = "2024-03-15", .help_form = "02", .provider = "22222222", .municipality = "GM0002"},
        // 2: new start exactly AddMonths(end, 12) = 2025-03-15, same provider: a re-entry.
        {.client = 2, .start_day = "2023-06-01", .end_day = "2024-03-15", .reason = 1},
        {.client = 2, .start_day = "2025-03-15", .end_day = "2025-04-01", .reason = 1},
        // 3: one day later: no re-entry.
        {.client = 3, .start_day = "2023-06-01", .end_day = "2024-03-15", .reason = 1},
        {.client = 3, .start_day = "2025-03-16", .provider = "22222222"},
        // 4: 2024-02-29 + 12 months = 2025-02-28 (no 29th): a start that day at another provider in
        // another municipality is a re-entry.
        {.client = 4, .start_day = "2023-06-01", .end_day = "2024-02-29", .reason = 1},
        {.client = 4, .start_day = "2025-02-28", .provider = "22222222", .municipality = "GM0002"},
        // 5: 2025-03-01 is past 2025-02-28: no re-entry.
        {.client = 5, .start_day = "2023-06-01", .end_day = "2024-02-29", .reason = 1},
        {.client = 5, .start_day = "2025-03-01", .provider = "22222222", .municipality = "GM0002"},
        // 6: ended by agreement (02): not in the population at all, whatever follows.
        {.client = 6, .start_day = "2023-06-01", .end_day = "2024-05-01", .reason = 2},
        // 7, 8: 2023-01-31 + 12 months = 2024-01-31: a start that day is a re-entry, the next day not.
        {.client = 7, .start_day = "2022-06-01", .end_day = "2023-01-31", .reason = 1},
        {.client = 7, .start_day = "2024-01-31", .provider = "22222222", .municipality = "GM0002"},
        {.client = 8, .start_day = "2022-06-01", .end_day = "2023-01-31", .reason = 1},
        {.client = 8, .start_day = "2024-02-01", .provider = "22222222", .municipality = "GM0002"},
    };
}

TEST(OutcomeIndicators, NoReentryWindowEdges) {
    const TrajectoryTable t = Build(ReentrySpecs());
    // The municipality's report (unsuppressed here) looks for new starts anywhere.
    const auto r = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2026-01-01", false));
    EXPECT_EQ(r.reentry_basis, ReentryBasis::kAllProviders);
    // 2024: planned ends of clients 1-5 (client 2's second trajectory ends in 2025). Without a new
    // start within 12 months: 1 (transfer), 3, 5 → 3 of 5.
    const ReentryFigure& y2024 = Find(r, "all", "2024")->figures.no_reentry;
    EXPECT_EQ(y2024.denominator, 5);
    EXPECT_EQ(y2024.numerator, 3);
    EXPECT_NEAR(*y2024.share, 0.6, 1e-12);
    EXPECT_NEAR(y2024.interval->lower, 0.230724281, 1e-6);  // Wilson 3/5
    EXPECT_FALSE(y2024.incomplete);
    // The planned count is the population.
    EXPECT_EQ(Find(r, "all", "2024")->figures.planned.numerator, 5);
    EXPECT_EQ(Find(r, "all", "2024")->figures.planned.denominator, 6);  // + client 6 (02)
    // 2023: clients 7 (re-entry on 2024-01-31) and 8 (2024-02-01: none) → 1 of 2.
    const ReentryFigure& y2023 = Find(r, "all", "2023")->figures.no_reentry;
    EXPECT_EQ(y2023.denominator, 2);
    EXPECT_EQ(y2023.numerator, 1);
    // 2025: client 2's second trajectory (ends 2025-04-01, nothing after) → 1 of 1.
    EXPECT_EQ(Find(r, "all", "2025")->figures.no_reentry.numerator, 1);
    EXPECT_EQ(Find(r, "all", "2025")->figures.no_reentry.denominator, 1);
}

TEST(OutcomeIndicators, AProvidersOwnViewCountsReentryInItsOwnRecordsOnly) {
    // Regression (re-entry oracle): a provider's own view used to look for new starts at every
    // provider, so uploading a chosen BSN told whether that person had care elsewhere.
    const TrajectoryTable t = Build(ReentrySpecs());
    const auto own = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2026-01-01"));
    EXPECT_EQ(own.reentry_basis, ReentryBasis::kOwnRecords);
    // 2024: of clients 1-5 only client 2 starts again at 11111111 (2025-03-15): 4 of 5.
    const ReentryFigure& y2024 = Find(own, "all", "2024")->figures.no_reentry;
    EXPECT_EQ(y2024.denominator, 5);
    EXPECT_EQ(y2024.numerator, 4);
    // 2023: clients 7 and 8 start again only at 22222222: 2 of 2.
    EXPECT_EQ(Find(own, "all", "2023")->figures.no_reentry.numerator, 2);
    // 22222222's view knows nothing of 11111111's ends.
    const auto other = *ComputeOutcomes(t, ProviderQuery("22222222", Granularity::kYear, "2026-01-01"));
    for (const OutcomeRow& row : other.rows) EXPECT_EQ(row.figures.no_reentry.denominator.value_or(0), 0) << row.period;
}

TEST(OutcomeIndicators, NoReentryIsIncompleteUntilTheLastWindowHasPassed) {
    const TrajectoryTable t = Build(ReentrySpecs());
    // The latest planned end in 2024 is 2024-03-15, whose window ends 2025-03-15.
    const auto on = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2025-03-15"));
    EXPECT_FALSE(Find(on, "all", "2024")->figures.no_reentry.incomplete);
    const auto before = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2025-03-14"));
    EXPECT_TRUE(Find(before, "all", "2024")->figures.no_reentry.incomplete);
    // Half years: the 2024-H1 ends (02-29 and 03-15) are complete on 2025-03-15 ...
    const auto halves = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kHalfYear, "2025-03-15"));
    EXPECT_FALSE(Find(halves, "all", "2024-H1")->figures.no_reentry.incomplete);
    // ... and the 2025-H1 end (2025-04-01) is not: its window runs to 2026-04-01.
    EXPECT_TRUE(Find(halves, "all", "2025-H1")->figures.no_reentry.incomplete);
    // 2023 (ends 2023-01-31, windows to 2024-01-31) is complete either way.
    EXPECT_FALSE(Find(before, "all", "2023")->figures.no_reentry.incomplete);
}

TEST(OutcomeIndicators, SmallProvidersArePublishedTogetherAsOtherProviders) {
    // Two providers with 30 starts in 2024, six with 4 each (below 10 started, ended and ongoing in
    // every year): the six are one row "overige aanbieders", named nowhere.
    std::vector<Spec> specs;
    std::uint32_t client = 0;
    for (const char* provider : {"11111111", "22222222"}) {
        for (int i = 0; i < 30; ++i) {
            specs.push_back({.client = client++,
                             .start_day = "2024-02-01",
                             .end_day = "2024-09-01",
                             .reason = i < 24 ? 1 : 2,
                             .provider = provider});
        }
    }
    for (const char* provider : {"33333333", "44444444", "55555555", "66666666", "77777777", "88888888"}) {
        for (int i = 0; i < 4; ++i) {
            specs.push_back({.client = client++,
                             .start_day = "2024-02-01",
                             .end_day = "2024-09-01",
                             .reason = i < 2 ? 1 : 2,
                             .provider = provider});
        }
    }
    const TrajectoryTable t = Build(specs);
    const auto pub = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2025-12-31", true));
    std::set<std::string> shown;
    for (const ProviderRow& row : pub.providers) shown.insert(row.provider);
    EXPECT_EQ(shown, (std::set<std::string>{"11111111", "22222222"}));
    EXPECT_EQ(pub.other_provider_count, 6u);
    const OtherProvidersRow* others2024 = nullptr;
    for (const OtherProvidersRow& row : pub.other_providers) {
        if (row.period == "2024") others2024 = &row;
    }
    ASSERT_NE(others2024, nullptr);
    // 6 × 4 together: shown, as no provider's part leaves a few others (24 − 4 = 20, 12 − 2 = 10).
    EXPECT_EQ(others2024->figures.started.value, 24);
    EXPECT_EQ(others2024->figures.ended.value, 24);
    EXPECT_EQ(others2024->figures.planned.numerator, 12);
    // The exact view (never served to anyone) lists every provider.
    const auto exact = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2025-12-31", false));
    EXPECT_EQ(exact.other_provider_count, 0u);
    EXPECT_NE(FindProvider(exact, "33333333", "2024"), nullptr);
    // In the funnel a folded provider has no point: it is among those left out.
    const auto funnel = *ComputeFunnel(t, FunnelQuery{FunnelIndicator::kPlanned, 2024, "GM0001", D("2025-12-31")});
    EXPECT_EQ(funnel.points.size(), 2u);
    EXPECT_EQ(funnel.hidden, 6);
}

TEST(OutcomeIndicators, ProviderScopeAndMunicipalityScopeCountDifferentTrajectories) {
    // Provider 11111111 in GM0001 (3) and GM0002 (2); provider 22222222 in GM0001 (4).
    std::vector<Spec> specs;
    std::uint32_t client = 0;
    for (int i = 0; i < 3; ++i) specs.push_back({.client = client++, .start_day = "2024-03-01"});
    for (int i = 0; i < 2; ++i)
        specs.push_back({.client = client++, .start_day = "2024-03-01", .municipality = "GM0002"});
    for (int i = 0; i < 4; ++i) {
        specs.push_back({.client = client++, .start_day = "2024-03-01", .help_form = "02", .provider = "22222222"});
    }
    const TrajectoryTable t = Build(specs);
    // The provider's own view: both municipalities, one help form.
    const auto own = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2024-12-31"));
    EXPECT_EQ(Find(own, "all", "2024")->figures.started.value, 5);
    EXPECT_EQ(Find(own, "02", "2024"), nullptr);  // nothing of help form 02 at this provider
    // GM0001 unsuppressed: 3 + 4 residents, by help form and by provider.
    const auto gm = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2024-12-31", false));
    EXPECT_EQ(Find(gm, "all", "2024")->figures.started.value, 7);
    EXPECT_EQ(Find(gm, "01", "2024")->figures.started.value, 3);
    EXPECT_EQ(Find(gm, "02", "2024")->figures.started.value, 4);
    ASSERT_EQ(gm.providers.size(), 2u);
    EXPECT_EQ(gm.providers[0].provider, "11111111");
    EXPECT_EQ(FindProvider(gm, "11111111", "2024")->figures.started.value, 3);
    EXPECT_EQ(FindProvider(gm, "22222222", "2024")->figures.ongoing.value, 4);
    // Suppressed: 7 itself is below 10, so everything based on it goes, margin included.
    const auto pub = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2024-12-31", true));
    for (const OutcomeRow& row : pub.rows) {
        EXPECT_FALSE(row.figures.started.value.has_value());
        EXPECT_EQ(row.figures.started.suppression, Suppression::kPrimary);
        EXPECT_EQ(row.figures.ended.value, 0);  // nothing ended: 0 is shown
    }
    // Unknown codes: an empty report.
    EXPECT_TRUE(ComputeOutcomes(t, ProviderQuery("99999999", Granularity::kYear, "2024-12-31"))->rows.empty());
    EXPECT_TRUE(ComputeOutcomes(t, MunicipalityQuery("GM9999", Granularity::kYear, "2024-12-31", true))->rows.empty());
}

TEST(OutcomeIndicators, MunicipalitySuppressionHidesSmallCellsAndTheirComplement) {
    // GM0001 in 2024: help form 01 has 12 starts, help form 02 has 3; all 15 still ongoing. One provider.
    std::vector<Spec> specs;
    for (std::uint32_t i = 0; i < 15; ++i)
        specs.push_back({.client = i, .start_day = "2024-02-01", .help_form = i < 12 ? "01" : "02"});
    const TrajectoryTable t = Build(specs);
    const auto r = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2024-12-31", true));
    // 02's 3 is primary; 01's 12 would be 15 − 3 → hidden as its complement; the margin 15 stays.
    const OutcomeFigures& f01 = Find(r, "01", "2024")->figures;
    const OutcomeFigures& f02 = Find(r, "02", "2024")->figures;
    const OutcomeFigures& all = Find(r, "all", "2024")->figures;
    EXPECT_EQ(f02.started.suppression, Suppression::kPrimary);
    EXPECT_EQ(f01.started.suppression, Suppression::kComplementary);
    EXPECT_FALSE(f01.started.value.has_value());
    EXPECT_EQ(all.started.value, 15);
    EXPECT_EQ(f02.ongoing.suppression, Suppression::kPrimary);
    EXPECT_EQ(f01.ongoing.suppression, Suppression::kComplementary);
    EXPECT_EQ(all.ongoing.value, 15);
    // Nothing ended: zeros are shown, also next to a hidden count.
    EXPECT_EQ(f02.ended.value, 0);
    EXPECT_EQ(f02.planned.denominator, 0);
    // The single provider's row is the margin: shown.
    EXPECT_EQ(FindProvider(r, "11111111", "2024")->figures.started.value, 15);
    // Half years agree with the year: the H1 cells are the same people, hidden the same way.
    const auto h = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kHalfYear, "2024-12-31", true));
    EXPECT_EQ(Find(h, "02", "2024-H1")->figures.started.suppression, Suppression::kPrimary);
    EXPECT_EQ(Find(h, "01", "2024-H1")->figures.started.suppression, Suppression::kComplementary);
    EXPECT_EQ(Find(h, "all", "2024-H1")->figures.started.value, 15);
    EXPECT_EQ(Find(h, "01", "2024-H2")->figures.started.value, 0);
    // The year's ongoing is H2's: one cell, one status.
    EXPECT_EQ(Find(h, "01", "2024-H2")->figures.ongoing.suppression, f01.ongoing.suppression);
    // The provider's own view of the same trajectories hides nothing.
    const auto own = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2024-12-31"));
    EXPECT_EQ(Find(own, "02", "2024")->figures.started.value, 3);
}

TEST(OutcomeIndicators, FiguresAboutAHiddenGroupOfEndsAreHiddenWithIt) {
    // GM0001 in 2024: help form 02 ends 20 (planned, 2 measurements each); help form 11 ends 6, none
    // planned, each measured by youth and parent (12 measurements, which on their own would count).
    std::vector<Spec> specs;
    for (std::uint32_t i = 0; i < 26; ++i) {
        const bool small = i >= 20;
        specs.push_back({.client = i,
                         .start_day = "2023-03-01",
                         .end_day = "2024-05-01",
                         .reason = small ? 3 : 1,
                         .help_form = small ? "11" : "02",
                         .wh_youth = 4,
                         .wh_parent = 3,
                         .sat_youth = 7,
                         .sat_parent = 8});
    }
    const TrajectoryTable t = Build(specs);
    const auto r = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2026-11-24", true));
    const OutcomeFigures& f11 = Find(r, "11", "2024")->figures;
    EXPECT_EQ(f11.ended.suppression, Suppression::kPrimary);
    // 12 measurements of 6 trajectories: still a figure about fewer than 10 trajectories.
    EXPECT_FALSE(f11.satisfaction.mean.has_value());
    EXPECT_FALSE(f11.satisfaction.n.has_value());
    EXPECT_FALSE(f11.without_help.denominator.has_value());
    // "No planned end among them" (a population of 0) would say something about all six.
    EXPECT_FALSE(f11.no_reentry.denominator.has_value());
    EXPECT_NE(f11.no_reentry.suppression, Suppression::kNone);
    // The provider's own view shows them all.
    const auto own = *ComputeOutcomes(t, ProviderQuery("11111111", Granularity::kYear, "2026-11-24"));
    EXPECT_EQ(Find(own, "11", "2024")->figures.satisfaction.n, 12);
    EXPECT_EQ(Find(own, "11", "2024")->figures.no_reentry.denominator, 0);
}

// Ends in 2024 (planned and unplanned counts 0 or ≥ 10, and no share of 0 % or 100 % below 20 ends,
// so no planned figure is hidden for its count), one provider per municipality except where stated:
//   GM0001: A 11111111 40 ends (30 planned), E 33333333 30 ends (20 planned)
//   GM0002: A 5 ends (primary), B 44444444 30 ends, C 55555555 25 ends — all three hidden there
//   GM0003: D 22222222 20 ends (10 planned)    GM0004: F 66666666 6 ends    GM0005: G 77777777 20 ends (20)
TrajectoryTable FunnelTable() {
    std::vector<Spec> specs;
    std::uint32_t client = 0;
    const auto add = [&](const char* provider, const char* municipality, int ends, int planned) {
        for (int i = 0; i < ends; ++i) {
            specs.push_back({.client = client++,
                             .start_day = "2024-01-15",
                             .end_day = "2024-03-01",
                             .reason = i < planned ? 1 : 2,
                             .provider = provider,
                             .municipality = municipality});
        }
    };
    add("11111111", "GM0001", 40, 30);
    add("33333333", "GM0001", 30, 20);
    add("11111111", "GM0002", 5, 0);
    add("44444444", "GM0002", 30, 20);
    add("55555555", "GM0002", 25, 15);
    add("22222222", "GM0003", 20, 10);
    add("66666666", "GM0004", 6, 0);
    add("77777777", "GM0005", 20, 20);
    return Build(specs);
}

TEST(OutcomeIndicators, OneProviderAloneKeepsItsFiguresAndHidesOnlyTheExtremeShare) {
    // Regression: the only provider of a municipality knows every cell; that it can read "nobody
    // else" off a hidden 0 once hid the whole report. 20 ends, 10 planned, none re-entered: the
    // 100 % no_reentry of 10 is hidden, nothing else.
    std::vector<Spec> specs;
    for (std::uint32_t i = 0; i < 20; ++i) {
        specs.push_back({.client = i, .start_day = "2024-01-15", .end_day = "2024-03-01", .reason = i < 10 ? 1 : 2});
    }
    const auto r = *ComputeOutcomes(Build(specs), MunicipalityQuery("GM0001", Granularity::kYear, "2025-06-01", true));
    const OutcomeFigures& f = Find(r, "all", "2024")->figures;
    EXPECT_EQ(f.ended.value, 20);
    EXPECT_EQ(f.planned.numerator, 10);
    EXPECT_EQ(f.no_reentry.denominator, 10);
    EXPECT_TRUE(f.no_reentry.numerator_hidden);
    EXPECT_FALSE(f.no_reentry.numerator.has_value() || f.no_reentry.share.has_value() ||
                 f.no_reentry.interval.has_value());
    EXPECT_EQ(FindProvider(r, "11111111", "2024")->figures.planned.numerator, 10);
}

TEST(OutcomeIndicators, SmallNumeratorsAndComplementsAreNotShown) {
    // 30 ends: 27 planned (3 not: a complement of 1-4), 12 measurements of which 2 say "without
    // help" (a numerator of 1-4). Bases stay; counts, shares and intervals go.
    std::vector<Spec> specs;
    for (std::uint32_t i = 0; i < 30; ++i) {
        specs.push_back({.client = i,
                         .start_day = "2024-01-15",
                         .end_day = "2024-03-01",
                         .reason = i < 27 ? 1 : 2,
                         .wh_youth = i < 12 ? (i < 2 ? 4 : 1) : 0});
    }
    const auto r = *ComputeOutcomes(Build(specs), MunicipalityQuery("GM0001", Granularity::kYear, "2025-06-01", true));
    const OutcomeFigures& f = Find(r, "all", "2024")->figures;
    EXPECT_EQ(f.planned.denominator, 30);
    EXPECT_TRUE(f.planned.numerator_hidden);
    EXPECT_FALSE(f.planned.numerator || f.planned.share || f.planned.interval);
    EXPECT_EQ(f.without_help.denominator, 12);
    EXPECT_TRUE(f.without_help.numerator_hidden);
    EXPECT_FALSE(f.without_help.numerator || f.without_help.share);
    // The provider's own view shows all of it.
    const auto own = *ComputeOutcomes(Build(specs), ProviderQuery("11111111", Granularity::kYear, "2025-06-01"));
    EXPECT_EQ(Find(own, "all", "2024")->figures.planned.numerator, 27);
    EXPECT_EQ(Find(own, "all", "2024")->figures.without_help.numerator, 2);
}

TEST(OutcomeFunnel, NationalPointsByCodeWithHiddenProviders) {
    const TrajectoryTable t = FunnelTable();
    FunnelQuery q;
    q.indicator = FunnelIndicator::kPlanned;
    q.year = 2024;
    q.reference_date = D("2025-06-01");
    const auto f = *ComputeFunnel(t, q);
    // A (45 nationally) has one hidden municipality figure (its 5 in GM0002): 45 − 40 would give it
    // away. B and C have only their hidden GM0002 figures. F has n = 6 < 10. Left: D, E and G.
    EXPECT_EQ(f.hidden, 4);
    ASSERT_EQ(f.points.size(), 3u);
    // By code, not by share: D 0.5, E 0.67, G 1.0.
    EXPECT_EQ(f.points[0].provider, "22222222");
    EXPECT_EQ(f.points[0].denominator, 20);
    EXPECT_EQ(f.points[0].numerator, 10);
    EXPECT_DOUBLE_EQ(f.points[0].share, 0.5);
    EXPECT_EQ(f.points[1].provider, "33333333");
    EXPECT_EQ(f.points[1].denominator, 30);
    EXPECT_EQ(f.points[1].numerator, 20);
    EXPECT_EQ(f.points[2].provider, "77777777");
    EXPECT_DOUBLE_EQ(f.points[2].share, 1.0);
    // Pooled over the points shown: (10 + 20 + 20) / (20 + 30 + 20) = 5/7.
    EXPECT_DOUBLE_EQ(*f.rate, 50.0 / 70.0);
    // E (0.67 of 30 against 0.71) lies within the 95 % limits; G (20 of 20) above them.
    EXPECT_EQ(f.points[1].position, FunnelPosition::kWithin);
    EXPECT_NE(f.points[2].position, FunnelPosition::kWithin);
    for (const FunnelPoint& p : f.points) {
        const FunnelLimits limits = *ComputeFunnelLimits(50.0 / 70.0, p.denominator);
        EXPECT_EQ(p.position, ClassifyInFunnel(kompas::Fraction{p.numerator, p.denominator}, limits));
        // Each point carries its share's 95 % Wilson interval, as a table's share does.
        const Interval wilson = *WilsonInterval(p.numerator, p.denominator);
        EXPECT_DOUBLE_EQ(p.interval.lower, wilson.lower);
        EXPECT_DOUBLE_EQ(p.interval.upper, wilson.upper);
    }
    // The curve: from 10 to the largest n shown (30), increasing, about 40 sizes at most.
    ASSERT_FALSE(f.limits.empty());
    EXPECT_EQ(f.limits.front().denominator, 10);
    EXPECT_EQ(f.limits.back().denominator, 30);
    EXPECT_LE(f.limits.size(), 40u);
    for (std::size_t i = 1; i < f.limits.size(); ++i) EXPECT_LT(f.limits[i - 1].denominator, f.limits[i].denominator);
    EXPECT_FALSE(f.incomplete);
}

TEST(OutcomeFunnel, MunicipalityFunnelFollowsTheReportsSuppression) {
    const TrajectoryTable t = FunnelTable();
    FunnelQuery q;
    q.indicator = FunnelIndicator::kPlanned;
    q.year = 2024;
    q.reference_date = D("2025-06-01");
    q.municipality = "GM0001";
    // GM0001: A 30/40 and E 20/30, nothing small: both shown.
    const auto gm1 = *ComputeFunnel(t, q);
    EXPECT_EQ(gm1.hidden, 0);
    ASSERT_EQ(gm1.points.size(), 2u);
    EXPECT_EQ(gm1.points[0].provider, "11111111");
    EXPECT_EQ(gm1.points[0].numerator, 30);
    EXPECT_DOUBLE_EQ(*gm1.rate, 50.0 / 70.0);
    // GM0002: A's 5 is primary, and B and C hide each other from each other (and from A).
    q.municipality = "GM0002";
    const auto gm2 = *ComputeFunnel(t, q);
    EXPECT_EQ(gm2.hidden, 3);
    EXPECT_TRUE(gm2.points.empty());
    EXPECT_FALSE(gm2.rate.has_value());
    // Every point of a municipality funnel is a figure its report shows.
    q.municipality = "GM0001";
    q.indicator = FunnelIndicator::kNoReentry;
    const auto nr = *ComputeFunnel(t, q);
    const auto report = *ComputeOutcomes(t, MunicipalityQuery("GM0001", Granularity::kYear, "2025-06-01", true));
    for (const FunnelPoint& p : nr.points) {
        const ProviderRow* row = FindProvider(report, p.provider, "2024");
        ASSERT_NE(row, nullptr);
        EXPECT_EQ(row->figures.no_reentry.denominator, p.denominator);
        EXPECT_EQ(row->figures.no_reentry.numerator, p.numerator);
    }
    EXPECT_EQ(nr.points.size(), 2u);  // A 30, E 20 planned ends
    EXPECT_FALSE(nr.incomplete);      // windows end 2025-03-01, before 2025-06-01
    q.reference_date = D("2025-02-28");
    EXPECT_TRUE(ComputeFunnel(t, q)->incomplete);
}

}  // namespace
}  // namespace kompas::engine
