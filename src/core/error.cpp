#include "core/error.hpp"

namespace kompas {

const char* ErrorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::kInvalidArgument:
            return "invalid_argument";
        case ErrorCode::kNotFound:
            return "not_found";
        case ErrorCode::kConflict:
            return "conflict";
        case ErrorCode::kForbidden:
            return "forbidden";
        case ErrorCode::kUnauthenticated:
            return "unauthenticated";
        case ErrorCode::kUnavailable:
            return "unavailable";
        case ErrorCode::kRateLimited:
            return "rate_limited";
        case ErrorCode::kInternal:
            return "internal";
    }
    return "internal";
}

}  // namespace kompas
