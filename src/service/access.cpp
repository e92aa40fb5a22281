#include "service/access.hpp"

#include <string>

namespace kompas {

Result<void> RequireSignedIn(const Caller& caller) {
    if (caller.person_id.empty()) return Fail(ErrorCode::kUnauthenticated, "Niet aangemeld");
    return {};
}

bool IsDate(std::string_view text) { return text.size() == 10 && ParseUtc(text).has_value(); }

Result<Region> RequireRegion(Store& store, std::string_view raw, const char* field, ErrorCode unknown) {
    auto code = NormaliseRegionCode(raw);
    if (!code) return Fail(ErrorCode::kInvalidArgument, code.error().message, field);
    auto region = store.FindRegion(*code);
    if (!region) return std::unexpected(std::move(region.error()));
    if (!region->has_value()) return Fail(unknown, "Regio " + *code + " is niet bekend", field);
    return std::move(**region);
}

}  // namespace kompas
