#include "engine/outcome_engine.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kompas::engine {
namespace {

// Hex digit values, and 0xFF for anything else.
constexpr std::array<std::uint8_t, 256> kHexDigits = [] {
    std::array<std::uint8_t, 256> digits{};
    digits.fill(0xFF);
    for (int c = 0; c < 10; ++c) digits['0' + c] = static_cast<std::uint8_t>(c);
    for (int c = 0; c < 6; ++c) {
        digits['a' + c] = static_cast<std::uint8_t>(10 + c);
        digits['A' + c] = static_cast<std::uint8_t>(10 + c);
    }
    return digits;
}();

std::optional<std::uint64_t> Hex64(std::string_view text) {
    std::uint64_t value = 0;
    std::uint8_t bad = 0;
    for (const char c : text) {
        const std::uint8_t digit = kHexDigits[static_cast<unsigned char>(c)];
        bad |= digit;  // only 0xFF has the high bit
        value = value << 4 | (digit & 0x0F);
    }
    if (bad & 0x80) return std::nullopt;
    return value;
}

ProductTableBuilder::ClientKey KeyOf(std::string_view client) {
    if (client.size() >= 32) {
        const auto high = Hex64(client.substr(0, 16));
        const auto low = Hex64(client.substr(16, 16));
        if (high && low) return {*high, *low};
    }
    std::uint64_t fnv = 1469598103934665603ULL;  // FNV-1a, beside std::hash: two independent 64-bit hashes
    for (const char c : client) fnv = (fnv ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    return {std::hash<std::string_view>{}(client), fnv};
}

}  // namespace

std::uint32_t DenseClientIds(std::vector<ProductTableBuilder::ClientKey> keys, std::vector<std::uint32_t>& ids) {
    struct Entry {
        ProductTableBuilder::ClientKey key;
        std::uint32_t row;
    };
    constexpr unsigned kShift = 48;  // the top 16 bits pick the bucket
    std::vector<std::uint32_t> bucket_start((std::size_t{1} << (64 - kShift)) + 1, 0);
    for (const auto& key : keys) ++bucket_start[(key.high >> kShift) + 1];
    for (std::size_t b = 1; b < bucket_start.size(); ++b) bucket_start[b] += bucket_start[b - 1];
    std::vector<Entry> entries(keys.size());
    {
        std::vector<std::uint32_t> next(bucket_start.begin(), bucket_start.end() - 1);
        for (std::uint32_t r = 0; r < keys.size(); ++r) entries[next[keys[r].high >> kShift]++] = Entry{keys[r], r};
    }
    keys = {};  // the entries hold them now
    // Within a bucket by key, and equal keys by row: each run of one key starts with its first row.
    const auto less = [](const Entry& a, const Entry& b) {
        if (a.key.high != b.key.high) return a.key.high < b.key.high;
        if (a.key.low != b.key.low) return a.key.low < b.key.low;
        return a.row < b.row;
    };
    for (std::size_t b = 0; b + 1 < bucket_start.size(); ++b) {
        std::sort(entries.begin() + bucket_start[b], entries.begin() + bucket_start[b + 1], less);
    }
    // ids[r] = the first row of r's client; then, in row order, a first row takes the next id and
    // every later row the id its first row took already.
    ids.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool first = i == 0 || !(entries[i].key == entries[i - 1].key);
        ids[entries[i].row] = first ? entries[i].row : ids[entries[i - 1].row];
    }
    std::uint32_t clients = 0;
    for (std::uint32_t r = 0; r < ids.size(); ++r) ids[r] = ids[r] == r ? clients++ : ids[ids[r]];
    return clients;
}

void ProductTableBuilder::Reserve(std::size_t rows) {
    table_.Reserve(rows);
    keys_.reserve(rows);
}

void ProductTableBuilder::Add(const TrajectoryRow& t) {
    TrajectoryTable& table = table_;
    keys_.push_back(KeyOf(t.client));
    table.municipality.push_back(table.municipalities.Intern(t.municipality));
    table.provider.push_back(table.providers.Intern(t.provider));
    table.help_form.push_back(static_cast<std::uint8_t>(table.help_forms.Intern(t.help_form)));
    table.start_day.push_back(t.start_day);
    table.end_day.push_back(t.end_day ? *t.end_day : kNoDay);
    table.reason.push_back(static_cast<std::uint8_t>(t.reason));
    table.without_help_youth.push_back(static_cast<std::uint8_t>(t.without_help_youth));
    table.without_help_parent.push_back(static_cast<std::uint8_t>(t.without_help_parent));
    table.satisfaction_youth.push_back(static_cast<std::uint8_t>(t.satisfaction_youth));
    table.satisfaction_parent.push_back(static_cast<std::uint8_t>(t.satisfaction_parent));
}

void ProductTableBuilder::Add(const Trajectory& t) {
    Add(TrajectoryRow{.client = t.client,
                      .provider = t.provider,
                      .municipality = t.municipality,
                      .help_form = t.help_form,
                      .start_day = t.start_day,
                      .end_day = t.end_day,
                      .reason = t.reason ? static_cast<int>(*t.reason) : 0,
                      .satisfaction_youth = t.youth.satisfaction.value_or(0),
                      .satisfaction_parent = t.parent.satisfaction.value_or(0),
                      .without_help_youth = t.youth.without_help.value_or(0),
                      .without_help_parent = t.parent.without_help.value_or(0)});
}

TrajectoryTable ProductTableBuilder::Build() {
    table_.client_count = DenseClientIds(std::exchange(keys_, {}), table_.client);
    // Growing by doubling leaves up to half of each column unused: give that back before the table
    // is kept for the life of the server.
    // Also, the rows are put in municipality order (stable): a municipality's report reads its rows
    // one after the other instead of all over the columns, which at national scale is most of its time.
    std::vector<std::uint32_t> offsets, order;
    std::uint32_t municipalities = static_cast<std::uint32_t>(table_.municipalities.size());
    for (const std::uint32_t m : table_.municipality) municipalities = std::max(municipalities, m + 1);
    GroupRows(table_.municipality, municipalities, offsets, order);
    const auto permuted = [&order](auto& column) {
        if (column.empty()) return;
        std::remove_reference_t<decltype(column)> sorted;
        sorted.reserve(order.size());
        for (const std::uint32_t r : order) sorted.push_back(column[r]);
        column = std::move(sorted);
    };
    permuted(table_.client);
    permuted(table_.municipality);
    permuted(table_.provider);
    permuted(table_.start_day);
    permuted(table_.end_day);
    for (auto* column : {&table_.help_form, &table_.reason, &table_.without_help_youth, &table_.without_help_parent,
                         &table_.satisfaction_youth, &table_.satisfaction_parent}) {
        permuted(*column);
    }
    order = {};
    table_.Finish();
    return std::exchange(table_, TrajectoryTable());
}

OutcomeEngine::OutcomeEngine()
    : table_(std::make_shared<const TrajectoryTable>()), scopes_(std::make_shared<ScopeCache>(table_)) {}

Result<void> OutcomeEngine::Reload(const ForEach& for_each, std::string version, std::size_t rows) {
    std::lock_guard reload(reload_mutex_);
    // Readers that find the table behind an upload all ask for a reload; the first loads, and the
    // others, waiting here, find that version in: reading millions of rows again would change nothing.
    if (!version.empty() && version == this->version()) return {};
    ProductTableBuilder builder;
    builder.Reserve(rows);
    auto read = for_each([&builder](const TrajectoryRow& row) -> Result<void> {
        builder.Add(row);
        return {};
    });
    if (!read) return std::unexpected(std::move(read.error()));
    SwapIn(builder.Build(), std::move(version));
    return {};
}

void OutcomeEngine::Install(TrajectoryTable table, std::string version) {
    std::lock_guard reload(reload_mutex_);
    SwapIn(std::move(table), std::move(version));
}

void OutcomeEngine::SwapIn(TrajectoryTable built, std::string version) {
    auto table = std::make_shared<const TrajectoryTable>(std::move(built));
    std::lock_guard lock(mutex_);
    auto scopes = std::make_shared<ScopeCache>(table, kScopeBudget, keeping_);
    table_ = std::move(table);
    scopes_ = std::move(scopes);
    version_ = std::move(version);
}

std::string OutcomeEngine::version() const {
    std::lock_guard lock(mutex_);
    return version_;
}

std::shared_ptr<const TrajectoryTable> OutcomeEngine::Snapshot() const {
    std::lock_guard lock(mutex_);
    return table_;
}

std::shared_ptr<ScopeCache> OutcomeEngine::Scopes() const {
    std::lock_guard lock(mutex_);
    return scopes_;
}

OutcomeEngine::Current OutcomeEngine::current() const {
    std::lock_guard lock(mutex_);
    return {scopes_, version_};
}

void OutcomeEngine::SetScopeKeeping(ScopeKeeping keeping) {
    std::lock_guard lock(mutex_);
    keeping_ = std::move(keeping);
    scopes_ = std::make_shared<ScopeCache>(table_, kScopeBudget, keeping_);
}

}  // namespace kompas::engine
