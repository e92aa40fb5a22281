// A Progress for the reader tests that remembers the last report and counts the calls.
#pragma once

#include <cstdint>

#include "ingest/progress.hpp"

namespace kompas::testing {

class CountingProgress : public Progress {
public:
    void Advance(std::uint64_t done, std::uint64_t total) override {
        last_done = done;
        last_total = total;
        ++calls;
    }
    std::uint64_t last_done = 0;
    std::uint64_t last_total = 0;
    int calls = 0;
};

}  // namespace kompas::testing
