// Content hashes of imported files, so that an import can record exactly what it read and a
// second import of the same content can be recognised. Hex BLAKE2b-256 via libsodium, streamed.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kompas {

// The hash of the file's bytes. Thread-safe (no shared state after libsodium's one-time init).
Result<std::string> HashFile(const std::filesystem::path& file);

// The hash of bytes in memory; equal to HashFile of a file holding exactly these bytes.
Result<std::string> HashBytes(std::string_view bytes);

// The hash of the regular files directly in the folder, in sorted name order; each contributes
// its name, its size and its bytes, so renaming or moving bytes between files changes the hash.
Result<std::string> HashFolder(const std::filesystem::path& folder);

// The hash of files held in memory (name -> bytes); equal to HashFolder of a folder holding exactly
// these files.
Result<std::string> HashFiles(const std::map<std::string, std::string>& files);

}  // namespace kompas
