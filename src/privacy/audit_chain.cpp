#include "privacy/audit_chain.hpp"

#include <fmt/format.h>

#include "privacy/secrets.hpp"

namespace kompas {

std::string AuditHash(std::string_view prev_hash, const AuditRecord& record) {
    return Blake2bHex(fmt::format("prev={}:{};{}", prev_hash.size(), prev_hash, CanonicalAuditRecord(record)));
}

bool AuditChainVerifier::Feed(const AuditRecord& record) {
    if (!result_.ok) return false;
    auto broken = [this](std::int64_t seq, std::string reason) {
        result_.ok = false;
        result_.bad_seq = seq;
        result_.reason = std::move(reason);
        return false;
    };
    if (record.seq != expected_seq_) {
        if (record.seq > expected_seq_) return broken(expected_seq_, "is missing (gap in the sequence)");
        return broken(record.seq, "is out of order (seq repeats)");
    }
    if (record.prev_hash != prev_hash_) {
        return broken(record.seq, "does not follow the record before it (prev_hash differs)");
    }
    if (AuditHash(prev_hash_, record) != record.hash) return broken(record.seq, "is changed (hash differs)");
    prev_hash_ = record.hash;
    ++expected_seq_;
    ++result_.records;
    return true;
}

}  // namespace kompas
