// What the fuzz targets share: the input as text, and a per-process scratch folder for the
// readers that take a path (OData folders, iJw messages).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace kompas::fuzz {

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// /tmp/kompas-fuzz-NAME-PID, made once per process.
inline const std::filesystem::path& ScratchDir(const char* name) {
    static const std::filesystem::path dir = [name] {
        auto path = std::filesystem::temp_directory_path() /
                    ("kompas-fuzz-" + std::string(name) + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    return dir;
}

inline void WriteFile(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace kompas::fuzz
