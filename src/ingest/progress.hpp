// How readers and the downloader report how far they are, in bytes. The CLI draws a bar with it.
#pragma once

#include <cstdint>

namespace kompas {

// Implemented by the caller, borrowed by a reader for the length of one call. Called from one
// thread at a time, which need not be the caller's (the KWB reader reads on a thread of its
// own); `total` is 0 when the size is not known in advance (a download).
class Progress {
public:
    virtual ~Progress() = default;
    virtual void Advance(std::uint64_t done, std::uint64_t total) = 0;
};

}  // namespace kompas
