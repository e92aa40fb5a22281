// The ObservationSink an import writes into: each Put upserts, each Ensure inserts only what
// is absent, through statements prepared once per import.
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>

#include "core/observation_sink.hpp"
#include "store/sql_database.hpp"
#include "store/store.hpp"

namespace kompas {

// Writes into the transaction that the caller has open on `db`; borrows `db`, which must outlive
// it. Counts the rows delivered per kind and remembers the first failure, so that a writer that
// ignores an error still cannot commit half an import. Not thread-safe.
class ImportSink final : public ObservationSink {
public:
    static Result<ImportSink> Create(SqlDatabase& db);

    Result<void> PutRegion(const Region& region) override;
    Result<void> PutIndicator(const Indicator& indicator) override;
    Result<void> PutObservation(const Observation& observation) override;
    Result<void> EnsureRegion(const Region& region) override;
    Result<void> EnsureIndicator(const Indicator& indicator) override;

    const ImportSummary& summary() const { return summary_; }
    const std::optional<Error>& first_error() const { return first_error_; }

private:
    struct Statements {
        std::unique_ptr<SqlStatement> put_region, ensure_region, put_indicator, ensure_indicator, put_observation;
    };
    explicit ImportSink(Statements statements) : statements_(std::move(statements)) {}

    // `what` names the row in an error message; joined only when there is one.
    Result<void> Run(SqlStatement& statement, std::span<const SqlValue> params, std::int64_t& count,
                     std::initializer_list<std::string_view> what);

    Statements statements_;
    ImportSummary summary_;
    std::optional<Error> first_error_;
};

}  // namespace kompas
