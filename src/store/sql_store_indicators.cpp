// The SqlStore's own indicators and local notes (issue 15): the owner of an indicator a long CSV
// introduced, its description as that owner gives it, and one local note per indicator. Every
// change appends its audit record in the same transaction (Audited).
#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"

namespace kompas {

Result<void> SqlStore::ClaimIndicators(const std::vector<std::string>& keys, std::string_view organisation_id) {
    for (const std::string& key : keys) {
        const SqlValue lookup[] = {key};
        auto undescribed = Exists(*db_, "SELECT 1 FROM indicators WHERE key = $1 AND source = ''", lookup);
        if (!undescribed) return std::unexpected(std::move(undescribed.error()));
        if (!*undescribed) continue;
        const SqlValue params[] = {key, organisation_id};
        auto ran = db_->Exec(
            "INSERT INTO indicator_owners (indicator, organisation_id) VALUES ($1, $2) "
            "ON CONFLICT (indicator) DO NOTHING",
            params);
        if (!ran) return ran;
    }
    return {};
}

Result<std::optional<std::string>> SqlStore::IndicatorOwner(std::string_view key) {
    std::optional<std::string> owner;
    const SqlValue params[] = {key};
    auto ran = db_->Exec("SELECT organisation_id FROM indicator_owners WHERE indicator = $1", params,
                         [&owner](const SqlRow& row) -> Result<void> {
                             owner = row.Text(0);
                             return {};
                         });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return owner;
}

Result<void> SqlStore::UpdateIndicator(const Indicator& indicator, std::string_view owner, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue key[] = {indicator.key};
        auto found = Exists(*db_, "SELECT 1 FROM indicators WHERE key = $1", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Indicator niet gevonden");
        const SqlValue values[] = {indicator.title,
                                   indicator.unit,
                                   static_cast<std::int64_t>(indicator.decimals),
                                   DirectionName(indicator.direction),
                                   indicator.source,
                                   indicator.definition,
                                   indicator.key};
        if (auto updated = db_->Exec("UPDATE indicators SET title = $1, unit = $2, decimals = $3, direction = $4, "
                                     "source = $5, definition = $6 WHERE key = $7",
                                     values);
            !updated) {
            return updated;
        }
        const SqlValue claim[] = {indicator.key, owner};
        return db_->Exec(
            "INSERT INTO indicator_owners (indicator, organisation_id) VALUES ($1, $2) "
            "ON CONFLICT (indicator) DO NOTHING",
            claim);
    });
}

Result<std::vector<IndicatorNote>> SqlStore::IndicatorNotes() {
    std::vector<IndicatorNote> notes;
    auto ran = db_->Exec(
        "SELECT n.indicator, n.note, p.name, n.updated_at FROM indicator_notes n JOIN people p ON p.id = n.updated_by "
        "ORDER BY n.indicator",
        {}, [&notes](const SqlRow& row) -> Result<void> {
            notes.push_back({row.Text(0), row.Text(1), row.Text(2), row.Text(3)});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return notes;
}

Result<void> SqlStore::PutIndicatorNote(const IndicatorNote& note, const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const SqlValue key[] = {note.indicator};
        auto found = Exists(*db_, "SELECT 1 FROM indicators WHERE key = $1", key);
        if (!found) return std::unexpected(std::move(found.error()));
        if (!*found) return Fail(ErrorCode::kNotFound, "Indicator niet gevonden");
        if (note.note.empty()) return db_->Exec("DELETE FROM indicator_notes WHERE indicator = $1", key);
        const SqlValue params[] = {note.indicator, note.note, note.updated_by, note.updated_at};
        return db_->Exec(
            "INSERT INTO indicator_notes (indicator, note, updated_by, updated_at) VALUES ($1, $2, $3, $4) "
            "ON CONFLICT (indicator) DO UPDATE SET note = excluded.note, updated_by = excluded.updated_by, "
            "updated_at = excluded.updated_at",
            params);
    });
}

}  // namespace kompas
