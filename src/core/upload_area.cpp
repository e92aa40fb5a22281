#include "core/upload_area.hpp"

#include <fmt/format.h>

#include "core/region.hpp"

namespace kompas {

bool InUploadArea(const UploadArea& area, std::string_view code) {
    if (area.municipality.empty()) return false;
    std::string current(code);
    // A neighbourhood is two steps below its municipality, a district one.
    for (int step = 0; step < 3 && !current.empty(); ++step) {
        if (current == area.municipality) return true;
        const RegionLevel level = LevelOfCode(current);
        if (level != RegionLevel::kNeighbourhood && level != RegionLevel::kDistrict) return false;
        current = DerivedParent(current);
    }
    return false;
}

std::optional<std::string> OutsideUploadArea(const UploadArea* area, std::string_view code) {
    if (area == nullptr || InUploadArea(*area, code)) return std::nullopt;
    return fmt::format("regio {} valt buiten het gebied van uw organisatie (gemeente {} met haar wijken en buurten)",
                       code, area->municipality);
}

}  // namespace kompas
