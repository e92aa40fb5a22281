#include "service/audit_entry.hpp"

namespace kompas {

AuditEntry EntryFor(const Caller& caller, TimePoint now, AuditAction action, std::string object_type,
                    std::string object_id, AuditResult result) {
    AuditEntry entry;
    entry.at = FormatUtc(now);
    if (!caller.person_id.empty()) entry.person_id = caller.person_id;
    if (!caller.email.empty()) entry.person_email = caller.email;
    if (!caller.organisation_id.empty()) entry.organisation_id = caller.organisation_id;
    entry.action = action;
    entry.object_type = std::move(object_type);
    entry.object_id = std::move(object_id);
    entry.result = result;
    entry.remote = caller.remote;
    return entry;
}

Result<void> RecordExport(Store& store, const Caller& caller, TimePoint now, std::string object_type,
                          std::string object_id) {
    return store.AppendAudit(EntryFor(caller, now, AuditAction::kExport, std::move(object_type), std::move(object_id)));
}

}  // namespace kompas
