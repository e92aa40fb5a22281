// Reads an input stream in large blocks, line by line, with a cap on the line length, and
// reports progress: the common bottom of the CSV readers. Memory stays bounded whatever the
// size of the input.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "ingest/progress.hpp"

namespace kompas {

// Borrows the stream and the progress for its lifetime. Not thread-safe.
class LineSource {
public:
    static constexpr std::size_t kMaxLineBytes = 8u << 20;

    LineSource(std::istream& in, Progress* progress);

    enum class Status { kLine, kEnd, kTooLong };
    // Reads the next line without its "\n" or "\r\n" into `line`. A UTF-8 byte-order mark at the
    // very start is dropped.
    Status Next(std::string& line);
    std::size_t line_number() const { return line_number_; }  // of the line last returned

private:
    bool Fill();
    void Report(bool force);

    std::istream& in_;
    Progress* progress_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    std::uint64_t consumed_ = 0;
    std::uint64_t reported_ = 0;
    std::uint64_t total_ = 0;
    std::size_t line_number_ = 0;
    bool at_start_ = true;
};

// The number of bytes left in a seekable stream, 0 when it cannot seek.
std::uint64_t RemainingBytes(std::istream& in);

}  // namespace kompas
