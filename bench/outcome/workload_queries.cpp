// Q1-Q4 of the benchmark workload: dense counters per group (municipality or provider x end year
// x category), filled by up to `threads` threads over slices of the rows and then summed. End days
// are turned into year indexes with a lookup table over the range of end days present.
#include "outcome/workload_queries.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <limits>
#include <numeric>
#include <thread>

#include "core/trajectory.hpp"
#include "outcome/workload_csv.hpp"

namespace kompas::bench {

using engine::Dictionary;
using engine::kNoDay;
using engine::TrajectoryTable;

namespace {

// Runs fn(begin, end, part) over `parts` contiguous slices of [0, n); part 0 on the calling thread.
template <typename Fn>
void ForSlices(std::size_t n, unsigned parts, Fn&& fn) {
    parts = std::max(1u, parts);
    std::vector<std::thread> workers;
    for (unsigned i = 1; i < parts; ++i) {
        workers.emplace_back([&fn, n, parts, i] { fn(n * i / parts, n * (i + 1) / parts, i); });
    }
    fn(std::size_t{0}, n / parts, 0u);
    for (auto& w : workers) w.join();
}

// Year index (year - first_year) of each day in [first_day, first_day + index.size()).
struct EndYears {
    std::int32_t first_day = 0;
    int first_year = 0;
    std::size_t years = 0;  // 0 when nothing has ended
    std::vector<std::uint16_t> index;

    std::size_t Of(std::int32_t day) const { return index[static_cast<std::size_t>(day - first_day)]; }
};

// Assumes the end days lie within a few centuries of each other (the CSV loader allows 1900..2199).
EndYears MakeEndYears(std::int32_t min_day, std::int32_t max_day) {
    EndYears y;
    if (min_day > max_day) return y;
    y.first_day = min_day;
    y.first_year = YearOf(min_day);
    y.years = static_cast<std::size_t>(YearOf(max_day) - y.first_year + 1);
    y.index.resize(static_cast<std::size_t>(max_day - min_day) + 1);
    for (std::size_t i = 0; i < y.index.size(); ++i) {
        y.index[i] = static_cast<std::uint16_t>(YearOf(min_day + static_cast<std::int32_t>(i)) - y.first_year);
    }
    return y;
}

struct DayRange {
    std::int32_t min = std::numeric_limits<std::int32_t>::max();
    std::int32_t max = std::numeric_limits<std::int32_t>::min();
    void Add(std::int32_t day) {
        if (day == kNoDay) return;
        min = std::min(min, day);
        max = std::max(max, day);
    }
};

EndYears EndYearsOfTable(const TrajectoryTable& t, unsigned threads) {
    std::vector<DayRange> parts(std::max(1u, threads));
    ForSlices(t.size(), threads, [&](std::size_t begin, std::size_t end, unsigned part) {
        DayRange r;
        for (std::size_t i = begin; i < end; ++i) r.Add(t.end_day[i]);
        parts[part] = r;
    });
    DayRange all;
    for (const DayRange& r : parts) {
        if (r.min <= r.max) all.Add(r.min), all.Add(r.max);
    }
    return MakeEndYears(all.min, all.max);
}

struct Counters {
    std::uint32_t n = 0, plan = 0, not_moved = 0, goal_full = 0, goal = 0, sat_n = 0;
    std::uint64_t sat_sum = 0;

    void AddRow(const TrajectoryTable& t, std::size_t r) {
        const std::uint8_t reason = t.reason[r];
        const std::uint8_t goal_value = t.without_help_youth[r];
        const std::uint8_t sat = t.satisfaction_youth[r];
        ++n;
        plan += reason == kReasonPlan;
        not_moved += reason != kReasonMoved;
        goal_full += goal_value == kGoalFull;
        goal += goal_value != 0;
        sat_sum += sat;
        sat_n += sat != 0;
    }
    void Add(const Counters& o) {
        n += o.n, plan += o.plan, not_moved += o.not_moved, goal_full += o.goal_full, goal += o.goal;
        sat_n += o.sat_n, sat_sum += o.sat_sum;
    }
};

WorkloadFigures Figures(const Counters& c) {
    WorkloadFigures f;
    if (c.n < kWorkloadMinCount) return f;
    f.n_ended = c.n;
    if (c.not_moved != 0) f.pct_plan = 100.0 * c.plan / c.not_moved;
    if (c.goal != 0) f.pct_goal_full = 100.0 * c.goal_full / c.goal;
    if (c.sat_n != 0) f.mean_satisfaction = static_cast<double>(c.sat_sum) / c.sat_n;
    f.n_satisfaction = c.sat_n;
    return f;
}

// Counters per (key, year, category) of the ended rows, indexed (key * years + year) * categories +
// category; without categories (kByCategory false) the last factor is 1.
template <bool kByCategory>
std::vector<Counters> CountOutcomes(const TrajectoryTable& t, const std::vector<std::uint32_t>& key, std::size_t keys,
                                    const EndYears& ey, unsigned threads) {
    const std::size_t categories = kByCategory ? t.help_forms.size() : 1;
    const std::size_t groups = keys * ey.years * categories;
    std::vector<std::vector<Counters>> parts(std::max(1u, threads));
    ForSlices(t.size(), threads, [&](std::size_t begin, std::size_t end, unsigned part) {
        std::vector<Counters> acc(groups);
        for (std::size_t r = begin; r < end; ++r) {
            const std::int32_t day = t.end_day[r];
            if (day == kNoDay) continue;
            std::size_t g = key[r] * ey.years + ey.Of(day);
            if constexpr (kByCategory) g = g * categories + t.help_form[r];
            acc[g].AddRow(t, r);
        }
        parts[part] = std::move(acc);
    });
    for (std::size_t p = 1; p < parts.size(); ++p) {
        for (std::size_t g = 0; g < groups; ++g) parts[0][g].Add(parts[p][g]);
    }
    return std::move(parts[0]);
}

std::vector<std::uint32_t> ByName(const Dictionary& d) {
    std::vector<std::uint32_t> ids(d.size());
    std::iota(ids.begin(), ids.end(), 0u);
    std::sort(ids.begin(), ids.end(), [&d](std::uint32_t a, std::uint32_t b) { return d.Name(a) < d.Name(b); });
    return ids;
}

// Q1 and Q4 rows from counters indexed (municipality slot * years + year) * categories + category.
void EmitMunicipalityRows(const TrajectoryTable& t, const std::vector<Counters>& acc, const EndYears& ey,
                          const std::vector<std::uint32_t>& municipalities,
                          const std::vector<std::uint32_t>& municipality_slots,
                          std::vector<MunicipalityOutcomeRow>& rows) {
    const std::vector<std::uint32_t> categories = ByName(t.help_forms);
    const std::size_t nc = t.help_forms.size();
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
        for (std::size_t y = 0; y < ey.years; ++y) {
            for (const std::uint32_t c : categories) {
                const Counters& a = acc[(municipality_slots[i] * ey.years + y) * nc + c];
                if (a.n == 0) continue;
                rows.push_back(
                    {municipalities[i], ey.first_year + static_cast<int>(y), static_cast<std::uint8_t>(c), Figures(a)});
            }
        }
    }
}

template <typename T>
void Put(std::string& out, const std::optional<T>& value) {
    out += ',';
    if (value) fmt::format_to(std::back_inserter(out), "{}", *value);
}

void PutFigures(std::string& out, const WorkloadFigures& f) {
    Put(out, f.n_ended), Put(out, f.pct_plan), Put(out, f.pct_goal_full), Put(out, f.mean_satisfaction);
    Put(out, f.n_satisfaction);
    out += '\n';
}

}  // namespace

std::vector<MunicipalityOutcomeRow> OutcomesByMunicipality(const TrajectoryTable& t, unsigned threads) {
    const EndYears ey = EndYearsOfTable(t, threads);
    const std::size_t keys = t.municipalities.size();
    const auto acc = CountOutcomes<true>(t, t.municipality, keys, ey, threads);
    const std::vector<std::uint32_t> order = ByName(t.municipalities);
    std::vector<MunicipalityOutcomeRow> rows;
    EmitMunicipalityRows(t, acc, ey, order, order, rows);
    return rows;
}

std::vector<ProviderOutcomeRow> OutcomesByProvider(const TrajectoryTable& t, unsigned threads) {
    const EndYears ey = EndYearsOfTable(t, threads);
    const auto acc = CountOutcomes<false>(t, t.provider, t.providers.size(), ey, threads);
    std::vector<ProviderOutcomeRow> rows;
    for (const std::uint32_t p : ByName(t.providers)) {
        for (std::size_t y = 0; y < ey.years; ++y) {
            const Counters& a = acc[p * ey.years + y];
            if (a.n != 0) rows.push_back({p, ey.first_year + static_cast<int>(y), Figures(a)});
        }
    }
    return rows;
}

std::vector<ReentryRow> ReentryByMunicipality(const TrajectoryTable& t, unsigned threads) {
    struct Reentry {
        std::uint32_t n = 0, reentry = 0;
    };
    const EndYears ey = EndYearsOfTable(t, threads);
    const std::size_t groups = t.municipalities.size() * ey.years;
    std::vector<std::vector<Reentry>> parts(std::max(1u, threads));
    ForSlices(t.size(), threads, [&](std::size_t begin, std::size_t end, unsigned part) {
        std::vector<Reentry> acc(groups);
        for (std::size_t r = begin; r < end; ++r) {
            const std::int32_t day = t.end_day[r];
            if (t.reason[r] != kReasonPlan || day == kNoDay) continue;
            Reentry& a = acc[t.municipality[r] * ey.years + ey.Of(day)];
            ++a.n;
            a.reentry += t.HasStartIn(t.client[r], day, day + kReentryDays);
        }
        parts[part] = std::move(acc);
    });
    std::vector<ReentryRow> rows;
    for (const std::uint32_t m : ByName(t.municipalities)) {
        for (std::size_t y = 0; y < ey.years; ++y) {
            Reentry a;
            for (const auto& part : parts) a.n += part[m * ey.years + y].n, a.reentry += part[m * ey.years + y].reentry;
            if (a.n == 0) continue;
            ReentryRow row{m, ey.first_year + static_cast<int>(y), {}, {}, {}};
            if (a.n >= kWorkloadMinCount) {
                row.n_plan_ended = a.n;
                row.n_reentry = a.reentry;
                row.pct_reentry = 100.0 * a.reentry / a.n;
            }
            rows.push_back(row);
        }
    }
    return rows;
}

std::vector<MunicipalityOutcomeRow> OutcomesOfMunicipality(const TrajectoryTable& t, std::string_view municipality) {
    const auto m = t.municipalities.Find(municipality);
    if (!m || *m + 1 >= t.municipality_offsets.size()) return {};
    const auto first = t.municipality_rows.begin() + t.municipality_offsets[*m];
    const auto last = t.municipality_rows.begin() + t.municipality_offsets[*m + 1];
    DayRange range;
    for (auto it = first; it != last; ++it) range.Add(t.end_day[*it]);
    const EndYears ey = MakeEndYears(range.min, range.max);
    const std::size_t nc = t.help_forms.size();
    std::vector<Counters> acc(ey.years * nc);
    for (auto it = first; it != last; ++it) {
        const std::int32_t day = t.end_day[*it];
        if (day != kNoDay) acc[ey.Of(day) * nc + t.help_form[*it]].AddRow(t, *it);
    }
    std::vector<MunicipalityOutcomeRow> rows;
    EmitMunicipalityRows(t, acc, ey, {*m}, {0}, rows);
    return rows;
}

std::string MunicipalityOutcomesCsv(const TrajectoryTable& t, const std::vector<MunicipalityOutcomeRow>& rows) {
    std::string out = "gemeente,end_year,category,n_ended,pct_plan,pct_goal_full,mean_satisfaction,n_satisfaction\n";
    for (const auto& row : rows) {
        fmt::format_to(std::back_inserter(out), "{},{},{}", t.municipalities.Name(row.municipality), row.end_year,
                       t.help_forms.Name(row.category));
        PutFigures(out, row.figures);
    }
    return out;
}

std::string ProviderOutcomesCsv(const TrajectoryTable& t, const std::vector<ProviderOutcomeRow>& rows) {
    std::string out = "provider,end_year,n_ended,pct_plan,pct_goal_full,mean_satisfaction,n_satisfaction\n";
    for (const auto& row : rows) {
        fmt::format_to(std::back_inserter(out), "{},{}", t.providers.Name(row.provider), row.end_year);
        PutFigures(out, row.figures);
    }
    return out;
}

std::string ReentryCsv(const TrajectoryTable& t, const std::vector<ReentryRow>& rows) {
    std::string out = "gemeente,end_year,n_plan_ended,n_reentry,pct_reentry\n";
    for (const auto& row : rows) {
        fmt::format_to(std::back_inserter(out), "{},{}", t.municipalities.Name(row.municipality), row.end_year);
        Put(out, row.n_plan_ended), Put(out, row.n_reentry), Put(out, row.pct_reentry);
        out += '\n';
    }
    return out;
}

}  // namespace kompas::bench
