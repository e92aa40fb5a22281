#include "core/source_location.hpp"

#include <fmt/format.h>

namespace kompas {

Error ImportError(const SourcePosition& at, std::string_view rule, std::string_view detail) {
    const std::string where = fmt::format("{}:{}:{}", at.file, at.line, at.column);
    return Error{ErrorCode::kInvalidArgument, fmt::format("{}: {}: {}", where, rule, detail), where};
}

}  // namespace kompas
