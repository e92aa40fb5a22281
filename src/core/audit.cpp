#include "core/audit.hpp"

#include <fmt/format.h>

namespace kompas {
namespace {

// name=<length>:<value>; or name=- for NULL. Lengths make it unambiguous whatever the values hold.
void Field(std::string& out, std::string_view name, const std::optional<std::string>& value) {
    if (!value) {
        out += fmt::format("{}=-;", name);
        return;
    }
    out += fmt::format("{}={}:{};", name, value->size(), *value);
}

}  // namespace

const char* AuditActionName(AuditAction action) {
    switch (action) {
        case AuditAction::kSignIn:
            return "sign_in";
        case AuditAction::kSignInFailed:
            return "sign_in_failed";
        case AuditAction::kSignOut:
            return "sign_out";
        case AuditAction::kCreate:
            return "create";
        case AuditAction::kUpdate:
            return "update";
        case AuditAction::kDelete:
            return "delete";
        case AuditAction::kExport:
            return "export";
        case AuditAction::kReadClientData:
            return "read_client_data";
    }
    return "unknown";
}

const char* AuditResultName(AuditResult result) {
    switch (result) {
        case AuditResult::kOk:
            return "ok";
        case AuditResult::kDenied:
            return "denied";
        case AuditResult::kFailed:
            return "failed";
    }
    return "unknown";
}

std::string CanonicalAuditRecord(const AuditRecord& record) {
    std::string out = "kompas-audit-v1;";
    Field(out, "seq", std::to_string(record.seq));
    Field(out, "at", record.at);
    Field(out, "person_id", record.person_id);
    Field(out, "person_email", record.person_email);
    Field(out, "organisation_id", record.organisation_id);
    Field(out, "action", record.action);
    Field(out, "object_type", record.object_type);
    Field(out, "object_id", record.object_id);
    Field(out, "result", record.result);
    Field(out, "remote", record.remote);
    return out;
}

}  // namespace kompas
