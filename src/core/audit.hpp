// The audit trail (NEN 7513 as yardstick): who did what to which object, when, from where, and
// with what result. Records form a hash chain: each record's hash covers the previous record's
// hash and a canonical serialisation of its own fields, so a changed or removed record shows.
// Secrets (passwords, tokens, hashes of either) never appear in a record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kompas {

enum class AuditAction { kSignIn, kSignInFailed, kSignOut, kCreate, kUpdate, kDelete, kExport, kReadClientData };
enum class AuditResult { kOk, kDenied, kFailed };

// "sign_in", "sign_in_failed", "sign_out", "create", "update", "delete", "export", "read_client_data".
const char* AuditActionName(AuditAction action);
const char* AuditResultName(AuditResult result);  // "ok", "denied", "failed"

// What a change asks the store to record, in the same transaction as the change.
struct AuditEntry {
    std::string at;  // ISO-8601 UTC
    std::optional<std::string> person_id;
    std::optional<std::string> person_email;  // looked up from person_id when unset
    std::optional<std::string> organisation_id;
    AuditAction action = AuditAction::kCreate;
    std::string object_type;  // "organisation", "person", "session", "collaboration", "agreements",
                              // "partner", "evaluation_round", "evaluation_response", "audit"
    std::string object_id;
    AuditResult result = AuditResult::kOk;
    std::string remote;
};

// One stored record. JSON: { "seq", "at", "person_id", "person_email", "organisation_id",
// "action", "object_type", "object_id", "result", "remote", "hash" }. Action and result are kept
// as stored text so that a tampered record can still be read and reported.
struct AuditRecord {
    std::int64_t seq = 0;  // 1, 2, 3, ... without gaps
    std::string at;
    std::optional<std::string> person_id;
    std::optional<std::string> person_email;
    std::optional<std::string> organisation_id;
    std::string action;
    std::string object_type;
    std::string object_id;
    std::string result;
    std::string remote;
    std::string prev_hash;  // "" for the first record
    std::string hash;       // hex BLAKE2b-256 of prev_hash and CanonicalAuditRecord
};

// GET /api/audit?person=&object=&from=&to=&limit= ; newest first.
struct AuditQuery {
    std::string person;  // person_id, when set
    std::string object;  // object_id, when set
    std::string from;    // ISO-8601, inclusive, when set
    std::string to;      // ISO-8601, inclusive, when set
    int limit = 100;     // 1..1000
};

inline constexpr int kMaxAuditLimit = 1000;

// The outcome of walking the chain from seq 1.
struct AuditVerification {
    bool ok = true;
    std::int64_t records = 0;             // records checked
    std::optional<std::int64_t> bad_seq;  // the first record that does not fit
    std::string reason;                   // "changed (hash differs)", "missing before it (gap)", ...
};

// An unambiguous serialisation of every field except hash and prev_hash: each field as
// name, length and value, NULL distinct from "". Pure; the hash itself is in privacy/.
std::string CanonicalAuditRecord(const AuditRecord& record);

}  // namespace kompas
