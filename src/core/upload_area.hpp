// The area an organisation may deliver figures for (own data, issue 15): a municipality
// organisation its own municipality and the districts and neighbourhoods in it; a platform
// administrator any region. Pure: the readers ask it about each row's region.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kompas {

struct UploadArea {
    std::string municipality;  // normalised "GM0034"
};

// True when `code` (normalised) is the municipality itself or a district or neighbourhood in it.
bool InUploadArea(const UploadArea& area, std::string_view code);

// Null area: any region. Otherwise the Dutch reason a row of region `code` is refused, or nothing.
std::optional<std::string> OutsideUploadArea(const UploadArea* area, std::string_view code);

}  // namespace kompas
