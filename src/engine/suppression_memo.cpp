#include "engine/suppression_memo.hpp"

#include <span>

namespace kompas::engine {
namespace {

// Two independent 64-bit hashes over the same words: FNV-1a and a multiply-rotate mix.
class Fingerprinter {
public:
    void Word(std::uint64_t w) {
        for (int i = 0; i < 8; ++i) fnv_ = (fnv_ ^ ((w >> (8 * i)) & 0xFF)) * 1099511628211ULL;
        mix_ = (mix_ ^ (w * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
        mix_ ^= mix_ >> 31;
    }
    template <typename T>
    void List(std::span<const T> values) {
        Word(values.size());
        for (const T& v : values) Word(static_cast<std::uint64_t>(v));
    }
    TableFingerprint Done() const { return {fnv_, mix_}; }

private:
    std::uint64_t fnv_ = 1469598103934665603ULL;
    std::uint64_t mix_ = 0x2545F4914F6CDD1DULL;
};

}  // namespace

TableFingerprint FingerprintOf(const ConstraintTable& t, const ConstraintSuppressionOptions& options) {
    Fingerprinter f;
    f.Word(static_cast<std::uint64_t>(options.min_count));
    f.Word(options.complementary ? 1 : 0);
    f.Word(options.published_statuses ? 1 : 0);
    f.List<std::int64_t>(t.counts);
    f.List<std::int32_t>(t.owners);
    f.List<std::uint32_t>(t.part_offsets);
    f.Word(t.parts.size());
    for (const CellPart& p : t.parts) {
        f.Word(static_cast<std::uint64_t>(p.owner));
        f.Word(static_cast<std::uint64_t>(p.count));
    }
    f.List<std::int64_t>(t.min_counts);
    f.List<char>(t.forced);
    f.List<char>(t.zero_may_be_primary);
    f.List<char>(t.unlabelled);
    f.List<char>(t.known);
    f.List<std::int32_t>(t.follows);
    f.Word(t.equations.size());
    for (const LinearEquation& eq : t.equations) {
        f.List<std::uint32_t>(eq.lhs);
        f.List<std::uint32_t>(eq.rhs);
    }
    return f.Done();
}

std::optional<std::vector<Suppression>> SuppressionMemo::Find(const TableFingerprint& key) {
    std::lock_guard lock(mutex_);
    const auto found = entries_.find(key);
    if (found == entries_.end()) return std::nullopt;
    order_.splice(order_.begin(), order_, found->second.used);
    ++hits_;
    std::vector<Suppression> statuses;
    statuses.reserve(found->second.statuses.size());
    for (const std::uint8_t b : found->second.statuses) statuses.push_back(static_cast<Suppression>(b));
    return statuses;
}

void SuppressionMemo::Keep(const TableFingerprint& key, std::span<const Suppression> statuses) {
    const std::size_t bytes = statuses.size() + 64;
    if (bytes > budget_) return;
    std::lock_guard lock(mutex_);
    if (entries_.contains(key)) return;
    order_.push_front(key);
    std::vector<std::uint8_t> kept;
    kept.reserve(statuses.size());
    for (const Suppression s : statuses) kept.push_back(static_cast<std::uint8_t>(s));
    entries_.emplace(key, Entry{std::move(kept), order_.begin()});
    bytes_ += bytes;
    while (bytes_ > budget_ && !order_.empty()) {
        const auto last = entries_.find(order_.back());
        bytes_ -= last->second.statuses.size() + 64;
        entries_.erase(last);
        order_.pop_back();
    }
}

Result<std::vector<Suppression>> SuppressionMemo::Suppress(const ConstraintTable& table,
                                                           const ConstraintSuppressionOptions& options) {
    const TableFingerprint key = FingerprintOf(table, options);
    if (auto kept = Find(key)) return std::move(*kept);
    // Computed outside the lock: two threads with the same table compute the same answer.
    auto statuses = SuppressConstraintTable(table, options);
    if (statuses) Keep(key, *statuses);
    return statuses;
}

void SuppressionMemo::Clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    order_.clear();
    bytes_ = 0;
}

std::size_t SuppressionMemo::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

std::size_t SuppressionMemo::hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
}

SuppressionMemo& SuppressionMemo::Shared() {
    static SuppressionMemo memo;
    return memo;
}

SuppressionMemo& SuppressionMemo::ByRows() {
    static SuppressionMemo memo;
    return memo;
}

}  // namespace kompas::engine
