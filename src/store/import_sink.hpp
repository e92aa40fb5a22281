// The ObservationSink an import writes into: each Put upserts, each Ensure inserts only what
// is absent, through statements prepared once per import. Observations are written in chunks of
// kChunk rows per statement (Finish() writes the last one).
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

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

    // Writes the observations still pending; the import is whole only after it.
    Result<void> Finish();

    const ImportSummary& summary() const { return summary_; }
    const std::optional<Error>& first_error() const { return first_error_; }

private:
    // A CBS CSV of 200 MB holds 3.4 million observations: one statement per chunk instead of one per
    // observation (issue 10). 7 parameters each: 896.
    static constexpr std::size_t kChunk = 128;

    struct Statements {
        std::unique_ptr<SqlStatement> put_region, ensure_region, put_indicator, ensure_indicator, put_observation,
            put_observations;  // kChunk at once
    };
    explicit ImportSink(Statements statements) : statements_(std::move(statements)) {}

    // Writes the pending observations: one statement for a whole chunk, else one each.
    Result<void> WritePending();

    // `what` names the row in an error message; joined only when there is one.
    Result<void> Run(SqlStatement& statement, std::span<const SqlValue> params, std::int64_t& count,
                     std::initializer_list<std::string_view> what);

    Statements statements_;
    std::vector<Observation> pending_;      // not written yet, in the order put
    std::unordered_set<std::string> keys_;  // of pending_: one statement may not touch a row twice
    std::vector<SqlValue> params_;
    ImportSummary summary_;
    std::optional<Error> first_error_;
};

}  // namespace kompas
