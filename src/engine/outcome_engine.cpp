#include "engine/outcome_engine.hpp"

#include <utility>

namespace kompas::engine {
namespace {

std::uint8_t Small(const std::optional<int>& value) { return value ? static_cast<std::uint8_t>(*value) : 0; }

}  // namespace

void ProductTableBuilder::Add(const Trajectory& t) {
    TrajectoryTable& table = table_;
    table.client.push_back(clients_.Intern(t.client));
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
    clients_ = Dictionary();
    return std::exchange(table_, TrajectoryTable());
}

OutcomeEngine::OutcomeEngine() : table_(std::make_shared<const TrajectoryTable>()) {}

Result<void> OutcomeEngine::Reload(const ForEach& for_each, std::string version) {
    std::lock_guard reload(reload_mutex_);
    ProductTableBuilder builder;
    auto read = for_each([&builder](const Trajectory& trajectory) -> Result<void> {
        builder.Add(trajectory);
        return {};
    });
    if (!read) return std::unexpected(std::move(read.error()));
    auto table = std::make_shared<const TrajectoryTable>(builder.Build());
    std::lock_guard lock(mutex_);
    table_ = std::move(table);
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

}  // namespace kompas::engine
