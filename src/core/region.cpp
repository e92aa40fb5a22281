#include "core/region.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace kompas {
namespace {

struct Shape {
    std::string_view prefix;
    std::size_t digits;
    RegionLevel level;
};

constexpr Shape kShapes[] = {
    {"NL", 2, RegionLevel::kCountry},      {"PV", 2, RegionLevel::kProvince}, {"JZ", 2, RegionLevel::kYouthCareRegion},
    {"GM", 4, RegionLevel::kMunicipality}, {"WK", 6, RegionLevel::kDistrict}, {"BU", 8, RegionLevel::kNeighbourhood},
};

const Shape* ShapeOf(std::string_view code) {
    for (const auto& shape : kShapes) {
        if (code.substr(0, 2) == shape.prefix) return &shape;
    }
    return nullptr;
}

bool AllDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string NameFromCode(std::string_view code, RegionLevel level) {
    switch (level) {
        case RegionLevel::kCountry:
            return "Nederland";
        case RegionLevel::kDistrict:
            return "Wijk " + std::string(code.substr(6, 2));
        case RegionLevel::kNeighbourhood:
            return "Buurt " + std::string(code.substr(6, 2)) + std::string(code.substr(8, 2));
        default:
            return std::string(code);
    }
}

}  // namespace

Result<std::string> NormaliseRegionCode(std::string_view raw) {
    std::string code(Trim(raw));
    if (code.size() >= 2) {
        code[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(code[0])));
        code[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(code[1])));
    }
    const Shape* shape = ShapeOf(code);
    if (shape == nullptr) {
        return Fail(ErrorCode::kInvalidArgument,
                    "'" + code + "' is geen regiocode (verwacht NL01, PVnn, JZnn, GMnnnn, WKnnnnnn of BUnnnnnnnn)");
    }
    const std::string_view digits = std::string_view(code).substr(2);
    if (digits.size() != shape->digits || !AllDigits(digits)) {
        return Fail(ErrorCode::kInvalidArgument, "'" + code + "' heeft niet de vorm " + std::string(shape->prefix) +
                                                     " gevolgd door " + std::to_string(shape->digits) + " cijfers");
    }
    if (shape->level == RegionLevel::kCountry && code != kCountryCode) {
        return Fail(ErrorCode::kInvalidArgument, "'" + code + "' is geen landcode (alleen NL01)");
    }
    return code;
}

RegionLevel LevelOfCode(std::string_view code) {
    const Shape* shape = ShapeOf(code);
    return shape != nullptr ? shape->level : RegionLevel::kMunicipality;
}

std::string DerivedParent(std::string_view code) {
    switch (LevelOfCode(code)) {
        case RegionLevel::kCountry:
            return {};
        case RegionLevel::kNeighbourhood:
            return "WK" + std::string(code.substr(2, 6));
        case RegionLevel::kDistrict:
            return "GM" + std::string(code.substr(2, 4));
        default:
            return std::string(kCountryCode);
    }
}

Result<Region> MakeRegion(std::string_view raw_code, std::string_view name, std::string_view parent) {
    auto code = NormaliseRegionCode(raw_code);
    if (!code) return std::unexpected(code.error());
    Region region;
    region.code = *code;
    region.level = LevelOfCode(region.code);
    const std::string_view trimmed_name = Trim(name);
    region.name = trimmed_name.empty() ? NameFromCode(region.code, region.level) : std::string(trimmed_name);
    if (!Trim(parent).empty()) {
        auto parent_code = NormaliseRegionCode(parent);
        if (!parent_code) return std::unexpected(parent_code.error());
        region.parent = *parent_code;
    } else {
        region.parent = DerivedParent(region.code);
    }
    return region;
}

const char* RegionLevelName(RegionLevel level) {
    switch (level) {
        case RegionLevel::kCountry:
            return "country";
        case RegionLevel::kProvince:
            return "province";
        case RegionLevel::kYouthCareRegion:
            return "youth_care_region";
        case RegionLevel::kMunicipality:
            return "municipality";
        case RegionLevel::kDistrict:
            return "district";
        case RegionLevel::kNeighbourhood:
            return "neighbourhood";
    }
    return "municipality";
}

std::optional<RegionLevel> ParseRegionLevel(std::string_view name) {
    for (const auto level : {RegionLevel::kCountry, RegionLevel::kProvince, RegionLevel::kYouthCareRegion,
                             RegionLevel::kMunicipality, RegionLevel::kDistrict, RegionLevel::kNeighbourhood}) {
        if (name == RegionLevelName(level)) return level;
    }
    return std::nullopt;
}

}  // namespace kompas
