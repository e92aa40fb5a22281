// The SqlStore's collaborations and their partners (block 0). Every change takes the one accounts
// write lock, checks the caller's partnership in SQL, makes the change and appends its audit
// record, all in one transaction.
#include <algorithm>
#include <string>
#include <vector>

#include "store/sql_access.hpp"
#include "store/sql_rows.hpp"
#include "store/sql_store.hpp"
#include "store/write_transaction.hpp"

namespace kompas {
namespace {

std::string JoinRegions(const std::vector<std::string>& regions) {
    std::string joined;
    for (const auto& region : regions) joined += (joined.empty() ? "" : ",") + region;
    return joined;
}

std::vector<std::string> SplitRegions(const std::string& text) {
    std::vector<std::string> regions;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) regions.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return regions;
}

Result<Partner> PartnerFromRow(const SqlRow& row) {
    const auto kind = ParsePartnerKind(row.Text(1));
    const auto role = ParseCollaborationRole(row.Text(6));
    if (!kind || !role) return Fail(ErrorCode::kInternal, "database: unknown partner kind or role");
    Partner partner{row.Text(0),  *kind, OptionalText(row, 2), OptionalText(row, 3), row.Text(4),
                    std::nullopt, *role, row.Text(7)};
    if (!row.IsNull(5)) partner.person_role = ParsePersonRole(row.Text(5));
    return partner;
}
constexpr std::string_view kPartnerColumns =
    "SELECT p.id, p.kind, p.organisation_id, p.person_id, COALESCE(o.name, pe.name, ''), p.person_role, p.role, "
    "p.joined_at FROM partners p LEFT JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN people pe ON pe.id = p.person_id";

}  // namespace

Result<std::vector<Collaboration>> SqlStore::Collaborations(const Caller& caller) {
    std::vector<Collaboration> collaborations;
    const SqlValue params[] = {caller.organisation_id, caller.person_id};
    auto ran = db_->Exec(
        "SELECT c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description, "
        "MIN(CASE p.role WHEN 'coordinator' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END), "
        "(SELECT COUNT(*) FROM example_collaborations e WHERE e.collaboration_id = c.id) "
        "FROM collaborations c JOIN partners p ON p.collaboration_id = c.id "
        "WHERE (p.organisation_id IS NOT NULL AND p.organisation_id = $1) OR (p.person_id IS NOT NULL AND "
        "p.person_id = $2) "
        "GROUP BY c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description ORDER BY c.name, c.id",
        params, [&collaborations](const SqlRow& row) -> Result<void> {
            collaborations.push_back(Collaboration{row.Text(0), row.Text(1), row.Text(2), SplitRegions(row.Text(3)),
                                                   row.Text(4), OptionalText(row, 5), row.Text(6),
                                                   static_cast<CollaborationRole>(row.Integer(7).value_or(2)),
                                                   row.Integer(8).value_or(0) > 0});
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    return collaborations;
}

Result<void> SqlStore::CreateCollaboration(const Collaboration& collaboration, const Partner& coordinator,
                                           const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        const std::string regions = JoinRegions(collaboration.regions);
        const SqlValue params[] = {collaboration.id,           collaboration.name,
                                   collaboration.theme,        regions,
                                   collaboration.period_start, Nullable(collaboration.period_end),
                                   collaboration.description,  audit.at};
        auto inserted = db_->Exec(
            "INSERT INTO collaborations (id, name, theme, regions, period_start, period_end, description, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params);
        if (!inserted) return inserted;
        const SqlValue partner[] = {coordinator.id, collaboration.id, Nullable(coordinator.organisation_id),
                                    coordinator.joined_at};
        return db_->Exec(
            "INSERT INTO partners (id, collaboration_id, kind, organisation_id, person_id, person_role, role, "
            "joined_at) VALUES ($1, $2, 'organisation', $3, NULL, NULL, 'coordinator', $4)",
            partner);
    });
}

Result<std::optional<CollaborationDetail>> SqlStore::FindCollaboration(const Caller& caller, std::string_view id) {
    std::optional<CollaborationDetail> detail;
    const SqlValue params[] = {id, caller.organisation_id, caller.person_id};
    auto ran = db_->Exec(
        "SELECT c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description, "
        "MIN(CASE p.role WHEN 'coordinator' THEN 0 WHEN 'partner' THEN 1 ELSE 2 END), c.coordination, "
        "c.decision_making, c.funding, c.staffing, c.monitoring, c.monitoring_frequency, c.joining_and_leaving, "
        "(SELECT COUNT(*) FROM example_collaborations e WHERE e.collaboration_id = c.id) "
        "FROM collaborations c JOIN partners p ON p.collaboration_id = c.id "
        "WHERE c.id = $1 AND ((p.organisation_id IS NOT NULL AND p.organisation_id = $2) OR "
        "(p.person_id IS NOT NULL AND p.person_id = $3)) "
        "GROUP BY c.id, c.name, c.theme, c.regions, c.period_start, c.period_end, c.description, c.coordination, "
        "c.decision_making, c.funding, c.staffing, c.monitoring, c.monitoring_frequency, c.joining_and_leaving",
        params, [&detail](const SqlRow& row) -> Result<void> {
            detail = CollaborationDetail{Collaboration{row.Text(0), row.Text(1), row.Text(2), SplitRegions(row.Text(3)),
                                                       row.Text(4), OptionalText(row, 5), row.Text(6),
                                                       static_cast<CollaborationRole>(row.Integer(7).value_or(2)),
                                                       row.Integer(15).value_or(0) > 0},
                                         Agreements{row.Text(8), row.Text(9), row.Text(10), row.Text(11), row.Text(12),
                                                    row.Text(13), row.Text(14)},
                                         {}};
            return {};
        });
    if (!ran) return std::unexpected(std::move(ran.error()));
    if (!detail) return detail;
    const SqlValue key[] = {id};
    auto partners =
        db_->Exec(std::string(kPartnerColumns) + " WHERE p.collaboration_id = $1 ORDER BY p.joined_at, p.id", key,
                  sql::AppendTo(detail->partners, &PartnerFromRow));
    if (!partners) return std::unexpected(std::move(partners.error()));
    return detail;
}

Result<void> SqlStore::UpdateAgreements(const Caller& caller, std::string_view id, const Agreements& a,
                                        const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const SqlValue params[] = {a.coordination,         a.decision_making,     a.funding, a.staffing, a.monitoring,
                                   a.monitoring_frequency, a.joining_and_leaving, id};
        return db_->Exec(
            "UPDATE collaborations SET coordination = $1, decision_making = $2, funding = $3, staffing = $4, "
            "monitoring = $5, monitoring_frequency = $6, joining_and_leaving = $7 WHERE id = $8",
            params);
    });
}

Result<Partner> SqlStore::AddPartner(const Caller& caller, std::string_view id, const Partner& partner,
                                     const AuditEntry& audit) {
    std::optional<Partner> added;
    auto done = Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        const bool is_person = partner.kind == PartnerKind::kPerson;
        const std::string member = is_person ? partner.person_id.value_or("") : partner.organisation_id.value_or("");
        const SqlValue member_key[] = {member};
        auto exists =
            Exists(*db_, is_person ? "SELECT 1 FROM people WHERE id = $1" : "SELECT 1 FROM organisations WHERE id = $1",
                   member_key);
        if (!exists) return std::unexpected(std::move(exists.error()));
        if (!*exists) {
            return Fail(ErrorCode::kInvalidArgument, is_person ? "Onbekende persoon" : "Onbekende organisatie",
                        is_person ? "person_id" : "organisation_id");
        }
        const SqlValue dup_key[] = {id, member};
        auto duplicate =
            Exists(*db_,
                   is_person ? "SELECT 1 FROM partners WHERE collaboration_id = $1 AND person_id = $2"
                             : "SELECT 1 FROM partners WHERE collaboration_id = $1 AND organisation_id = $2",
                   dup_key);
        if (!duplicate) return std::unexpected(std::move(duplicate.error()));
        if (*duplicate) return Fail(ErrorCode::kConflict, "Deze partner doet al mee aan de samenwerking");
        const std::string person_role = partner.person_role ? PersonRoleName(*partner.person_role) : "";
        const SqlValue params[] = {partner.id,
                                   id,
                                   PartnerKindName(partner.kind),
                                   Nullable(partner.organisation_id),
                                   Nullable(partner.person_id),
                                   partner.person_role ? SqlValue(std::string_view(person_role)) : SqlValue(),
                                   CollaborationRoleName(partner.role),
                                   partner.joined_at};
        auto inserted = db_->Exec(
            "INSERT INTO partners (id, collaboration_id, kind, organisation_id, person_id, person_role, role, "
            "joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params);
        if (!inserted) return inserted;
        std::vector<Partner> found;
        const SqlValue key[] = {partner.id};
        auto read =
            db_->Exec(std::string(kPartnerColumns) + " WHERE p.id = $1", key, sql::AppendTo(found, &PartnerFromRow));
        if (!read) return read;
        if (!found.empty()) added = std::move(found.front());
        return {};
    });
    if (!done) return std::unexpected(std::move(done.error()));
    if (!added) return Fail(ErrorCode::kInternal, "partner: not found after adding it");
    return *added;
}

Result<void> SqlStore::RemovePartner(const Caller& caller, std::string_view id, std::string_view partner_id,
                                     const AuditEntry& audit) {
    return Audited(*db_, audit, [&]() -> Result<void> {
        if (auto role = RequireRole(*db_, caller, id, CollaborationRole::kCoordinator); !role) {
            return std::unexpected(std::move(role.error()));
        }
        std::optional<std::string> role;
        std::int64_t coordinators = 0;
        const SqlValue params[] = {id, partner_id};
        auto ran = db_->Exec(
            "SELECT role, (SELECT COUNT(*) FROM partners WHERE collaboration_id = $1 AND role = 'coordinator') "
            "FROM partners WHERE collaboration_id = $1 AND id = $2",
            params, [&](const SqlRow& row) -> Result<void> {
                role = row.Text(0);
                coordinators = row.Integer(1).value_or(0);
                return {};
            });
        if (!ran) return ran;
        if (!role) return Fail(ErrorCode::kNotFound, "Partner niet gevonden");
        if (*role == "coordinator" && coordinators <= 1) {
            return Fail(ErrorCode::kConflict, "De laatste coördinator kan niet weg; maak eerst een ander coördinator");
        }
        return db_->Exec("DELETE FROM partners WHERE collaboration_id = $1 AND id = $2", params);
    });
}

}  // namespace kompas
