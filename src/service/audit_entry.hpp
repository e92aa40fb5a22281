// The audit entry for something a caller did: who (person, e-mail, organisation, address), when,
// what, to which object, with what result. Shared by every service that changes data.
#pragma once

#include <string>

#include "core/account.hpp"
#include "core/audit.hpp"
#include "core/error.hpp"
#include "store/store.hpp"

namespace kompas {

AuditEntry EntryFor(const Caller& caller, TimePoint now, AuditAction action, std::string object_type,
                    std::string object_id, AuditResult result = AuditResult::kOk);

// Records a download of `object_type` `object_id` (action export) after it was read with the
// caller's rights. Every export route calls it.
Result<void> RecordExport(Store& store, const Caller& caller, TimePoint now, std::string object_type,
                          std::string object_id);

}  // namespace kompas
