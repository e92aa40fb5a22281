// The rows of a trajectory file (docs/import-trajectories.md), shared by the CSV and the Excel
// reader: which column holds what, and the checks on one row. Error messages name file, line,
// column and the rule broken, and never contain the BSN, the birth date or the postcode.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "ingest/trajectory_source.hpp"

namespace kompas {

enum class TrajectoryField : std::uint8_t {
    kBsn,
    kBirthDate,
    kSex,
    kMunicipality,
    kPostcode,  // accepted and checked against the municipality rule, never stored
    kReferrer,
    kHelpForm,
    kStart,
    kEnd,
    kReason,
    kSatisfactionYouth,
    kSatisfactionParent,
    kWithoutHelpYouth,
    kWithoutHelpParent,
    kProvider,
};
inline constexpr std::size_t kTrajectoryFieldCount = 15;

// The column name of a field as the header spells it ("bsn", "datum_aanvang", ...).
const char* TrajectoryFieldName(TrajectoryField field);
// True for the three date columns.
bool IsTrajectoryDateField(TrajectoryField field);

// The columns of one file, from its header. Immutable; copy freely.
class TrajectoryColumns {
public:
    // Header names are matched case-insensitively after trimming, with spaces and '-' read as '_'
    // and 'ë' as 'e'. Columns with names, addresses and other unknown columns are ignored, except
    // that a name one typing error away from a known column is refused (it would silently lose a
    // column). Errors: a required column missing (line, column 0), a column given twice or a
    // misspelt one (line, its column).
    static Result<TrajectoryColumns> FromHeader(std::span<const std::string> header, const std::string& file_name,
                                                std::size_t line);

    std::size_t width() const { return by_index_.size(); }
    // The field of the 0-based column `index`; nullopt for an ignored column.
    std::optional<TrajectoryField> FieldAt(std::size_t index) const;

    // Checks one row (fields by 0-based column; missing trailing fields count as empty) and
    // returns the record with its BSN. Errors name `file_name`:`line`:column (1-based).
    Result<DeliveredTrajectory> Read(std::span<const std::string> row, const std::string& file_name,
                                     std::size_t line) const;

private:
    std::array<std::optional<std::size_t>, kTrajectoryFieldCount> index_{};
    std::vector<std::optional<TrajectoryField>> by_index_;
};

// True when every field is empty or blank: such rows (";;;;" at the end of an export) are skipped.
bool IsBlankRow(std::span<const std::string> row);

// Why `bsn` (already trimmed) cannot be used, in Dutch and without repeating it; nullopt when it
// is nine digits that pass the elfproef. The protocol's placeholders 999999999 (unknown) and
// 000000000 (unborn) get their own explanation.
std::optional<std::string> BsnProblem(std::string_view bsn);

}  // namespace kompas
