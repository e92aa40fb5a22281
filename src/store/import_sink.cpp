#include "store/import_sink.hpp"

#include "store/sql_rows.hpp"

namespace kompas {

Result<ImportSink> ImportSink::Create(SqlDatabase& db) {
    Statements statements;
    const std::pair<std::unique_ptr<SqlStatement>*, std::string_view> wanted[] = {
        {&statements.put_region, sql::kPutRegion},           {&statements.ensure_region, sql::kEnsureRegion},
        {&statements.put_indicator, sql::kPutIndicator},     {&statements.ensure_indicator, sql::kEnsureIndicator},
        {&statements.put_observation, sql::kPutObservation},
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
    return Run(*statements_.put_observation, sql::ObservationParams(observation), summary_.observations,
               {"observation", observation.indicator, observation.region, observation.period});
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
