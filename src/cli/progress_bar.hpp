// A progress bar on standard error when it is a terminal; silent otherwise (logs, pipes, CI).
#pragma once

#include <string>

#include "ingest/progress.hpp"

namespace kompas {

class ProgressBar : public Progress {
public:
    explicit ProgressBar(std::string label);
    ~ProgressBar() override;
    void Advance(std::uint64_t done, std::uint64_t total) override;

private:
    std::string label_;
    bool enabled_;
    int last_percent_ = -1;
};

}  // namespace kompas
