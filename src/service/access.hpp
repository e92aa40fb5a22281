// What the services check before they touch the store: a signed-in caller, a date, a known region,
// and the audit record of a change the store refused (kForbidden). Shared by every service that
// changes data.
#pragma once

#include <string_view>

#include "core/account.hpp"
#include "core/audit.hpp"
#include "core/error.hpp"
#include "core/region.hpp"
#include "store/store.hpp"

namespace kompas {

// Passes `result` on; when it is kForbidden, first appends `attempted` as denied (best effort).
template <typename T>
Result<T> Checked(Store& store, const AuditEntry& attempted, Result<T> result) {
    if (!result && result.error().code == ErrorCode::kForbidden) {
        AuditEntry denied = attempted;
        denied.result = AuditResult::kDenied;
        (void)store.AppendAudit(denied);
    }
    return result;
}

// kUnauthenticated when the caller has no person.
Result<void> RequireSignedIn(const Caller& caller);

// A date JJJJ-MM-DD.
bool IsDate(std::string_view text);

// The known region with code `raw` (normalised first). kInvalidArgument (`field`) for a code that
// does not parse; `unknown` (`field`) for a region that is not known: kInvalidArgument for a
// region in the input of a change, kNotFound for the region a read asks about.
Result<Region> RequireRegion(Store& store, std::string_view raw, const char* field,
                             ErrorCode unknown = ErrorCode::kInvalidArgument);

}  // namespace kompas
