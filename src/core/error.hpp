// Recoverable failures as values: a protocol-neutral code, a message for a person, and the
// field or place it concerns. The HTTP layer maps codes to statuses in one table.
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace kompas {

enum class ErrorCode {
    kInvalidArgument,  // bad input: a malformed file, a value out of range
    kNotFound,
    kConflict,
    kForbidden,
    kUnauthenticated,
    kUnavailable,  // a dependency is down: the database, the network
    kRateLimited,  // too many attempts: try again later
    kInternal,
};

// An Error is a plain value; copy it freely.
struct Error {
    ErrorCode code = ErrorCode::kInternal;
    std::string message;          // Dutch or English, written for a person
    std::string field;            // the input field, or "file:line:column" for imports; may be empty
    int retry_after_seconds = 0;  // kUnavailable, kRateLimited: when asking again may work; 0 = no hint
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> Fail(ErrorCode code, std::string message, std::string field = {}) {
    return std::unexpected<Error>(Error{code, std::move(message), std::move(field)});
}

// Stable lower-case names for logs and JSON ("invalid_argument", "not_found", ...).
const char* ErrorCodeName(ErrorCode code);

}  // namespace kompas
