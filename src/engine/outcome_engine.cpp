#include "engine/outcome_engine.hpp"

#include <utility>

namespace kompas::engine {
namespace {

std::uint8_t Small(const std::optional<int>& value) { return value ? static_cast<std::uint8_t>(*value) : 0; }

std::optional<std::uint64_t> Hex64(std::string_view text) {
    std::uint64_t value = 0;
    for (const char c : text) {
        int digit = 0;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return std::nullopt;
        }
        value = value << 4 | static_cast<std::uint64_t>(digit);
    }
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

void ProductTableBuilder::Add(const Trajectory& t) {
    TrajectoryTable& table = table_;
    const auto client = clients_.try_emplace(KeyOf(t.client), static_cast<std::uint32_t>(clients_.size())).first;
    table.client.push_back(client->second);
    table.municipality.push_back(table.municipalities.Intern(t.municipality));
    table.provider.push_back(table.providers.Intern(t.provider));
    table.help_form.push_back(static_cast<std::uint8_t>(table.help_forms.Intern(t.help_form)));
    table.start_day.push_back(t.start_day);
    table.end_day.push_back(t.end_day ? *t.end_day : kNoDay);
    table.reason.push_back(t.reason ? static_cast<std::uint8_t>(*t.reason) : 0);
    table.without_help_youth.push_back(Small(t.youth.without_help));
    table.without_help_parent.push_back(Small(t.parent.without_help));
    table.satisfaction_youth.push_back(Small(t.youth.satisfaction));
    table.satisfaction_parent.push_back(Small(t.parent.satisfaction));
}

TrajectoryTable ProductTableBuilder::Build() {
    table_.client_count = static_cast<std::uint32_t>(clients_.size());
    table_.Finish();
    clients_ = {};
    return std::exchange(table_, TrajectoryTable());
}

OutcomeEngine::OutcomeEngine()
    : table_(std::make_shared<const TrajectoryTable>()), scopes_(std::make_shared<ScopeCache>(table_)) {}

Result<void> OutcomeEngine::Reload(const ForEach& for_each, std::string version) {
    std::lock_guard reload(reload_mutex_);
    ProductTableBuilder builder;
    auto read = for_each([&builder](const Trajectory& trajectory) -> Result<void> {
        builder.Add(trajectory);
        return {};
    });
    if (!read) return std::unexpected(std::move(read.error()));
    auto table = std::make_shared<const TrajectoryTable>(builder.Build());
    auto scopes = std::make_shared<ScopeCache>(table);
    std::lock_guard lock(mutex_);
    table_ = std::move(table);
    scopes_ = std::move(scopes);
    version_ = std::move(version);
    return {};
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

}  // namespace kompas::engine
