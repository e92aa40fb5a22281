// The audit trail's hash chain: each record's hash is BLAKE2b-256 over the previous record's
// hash and CanonicalAuditRecord (core/audit.hpp). A verifier walks the records in seq order and
// names the first one that was changed, removed or put out of place. Removing the newest records
// leaves an intact shorter chain; copies of the last hash kept elsewhere detect that.
#pragma once

#include <string>
#include <string_view>

#include "core/audit.hpp"

namespace kompas {

// Hex BLAKE2b-256 of (length-prefixed prev_hash, canonical record).
std::string AuditHash(std::string_view prev_hash, const AuditRecord& record);

// Checks records fed in seq order; stops judging at the first bad one. Not thread-safe.
class AuditChainVerifier {
public:
    // Returns false once the chain is broken (further records are ignored).
    bool Feed(const AuditRecord& record);
    const AuditVerification& result() const { return result_; }

private:
    std::int64_t expected_seq_ = 1;
    std::string prev_hash_;
    AuditVerification result_;
};

}  // namespace kompas
