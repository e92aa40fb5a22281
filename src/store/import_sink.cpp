#include "store/import_sink.hpp"

#include "store/sql_rows.hpp"

namespace kompas {
namespace {

// The observation upsert for `rows` rows at once.
std::string PutObservations(std::size_t rows) {
    return std::string(sql::kInsertObservations) + sql::Placeholders(rows, 7) + std::string(sql::kObservationConflict);
}

std::string KeyOf(const Observation& observation) {
    std::string key = observation.indicator;
    key += '\0';
    key += observation.region;
    key += '\0';
    key += observation.period;
    return key;
}

}  // namespace

Result<ImportSink> ImportSink::Create(SqlDatabase& db) {
    Statements statements;
    const std::string one = PutObservations(1);
    const std::string chunk = PutObservations(kChunk);
    const std::pair<std::unique_ptr<SqlStatement>*, std::string_view> wanted[] = {
        {&statements.put_region, sql::kPutRegion},
        {&statements.ensure_region, sql::kEnsureRegion},
        {&statements.put_indicator, sql::kPutIndicator},
        {&statements.ensure_indicator, sql::kEnsureIndicator},
        {&statements.put_observation, one},
        {&statements.put_observations, chunk},
    };
    for (const auto& [slot, text] : wanted) {
        auto statement = db.Prepare(text);
        if (!statement) return std::unexpected(std::move(statement.error()));
        *slot = std::move(*statement);
    }
    return ImportSink(std::move(statements));
}

Result<void> ImportSink::PutRegion(const Region& region) {
    return Run(*statements_.put_region, sql::RegionParams(region), summary_.regions, {"region", region.code});
}

Result<void> ImportSink::EnsureRegion(const Region& region) {
    return Run(*statements_.ensure_region, sql::RegionParams(region), summary_.regions, {"region", region.code});
}

Result<void> ImportSink::PutIndicator(const Indicator& indicator) {
    return Run(*statements_.put_indicator, sql::IndicatorParams(indicator), summary_.indicators,
               {"indicator", indicator.key});
}

Result<void> ImportSink::EnsureIndicator(const Indicator& indicator) {
    return Run(*statements_.ensure_indicator, sql::IndicatorParams(indicator), summary_.indicators,
               {"indicator", indicator.key});
}

Result<void> ImportSink::PutObservation(const Observation& observation) {
    if (first_error_) return std::unexpected(*first_error_);
    std::string key = KeyOf(observation);
    if (keys_.contains(key)) {  // the same row again: what is pending first, as one upsert after the other
        if (auto written = WritePending(); !written) return written;
    }
    keys_.insert(std::move(key));
    pending_.push_back(observation);
    if (pending_.size() < kChunk) return {};
    return WritePending();
}

Result<void> ImportSink::Finish() { return WritePending(); }

Result<void> ImportSink::WritePending() {
    Result<void> written;
    if (pending_.size() == kChunk) {
        params_.clear();
        for (const Observation& observation : pending_) {
            const auto params = sql::ObservationParams(observation);
            params_.insert(params_.end(), params.begin(), params.end());
        }
        const Observation& first = pending_.front();
        const Observation& last = pending_.back();
        std::int64_t rows = 0;
        written = Run(*statements_.put_observations, params_, rows,
                      {"observations", first.indicator, first.region, first.period, "..", last.indicator, last.region,
                       last.period});
        if (written) summary_.observations += rows * static_cast<std::int64_t>(kChunk);
    } else {
        for (const Observation& observation : pending_) {
            written = Run(*statements_.put_observation, sql::ObservationParams(observation), summary_.observations,
                          {"observation", observation.indicator, observation.region, observation.period});
            if (!written) break;
        }
    }
    pending_.clear();
    keys_.clear();
    return written;
}

Result<void> ImportSink::Run(SqlStatement& statement, std::span<const SqlValue> params, std::int64_t& count,
                             std::initializer_list<std::string_view> what) {
    // After a failure PostgreSQL refuses every statement until rollback; SQLite would go on and
    // store the rest. Refuse here too, so both behave alike.
    if (first_error_) return std::unexpected(*first_error_);
    auto ran = statement.Run(params);
    if (!ran) {
        std::string context;
        for (const std::string_view part : what) {
            if (!context.empty()) context += ' ';
            context += part;
        }
        ran.error().message = context + ": " + ran.error().message;
        first_error_ = ran.error();
        return ran;
    }
    ++count;
    return {};
}

}  // namespace kompas
