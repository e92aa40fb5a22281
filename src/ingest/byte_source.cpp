#include "ingest/byte_source.hpp"

#include <algorithm>
#include <string_view>

namespace kompas {
namespace {

constexpr std::size_t kBlockBytes = 1u << 16;
constexpr std::uint64_t kReportEvery = 1u << 20;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

std::uint64_t RemainingBytes(std::istream& in) {
    const auto here = in.tellg();
    if (here < 0) {
        in.clear();
        return 0;
    }
    in.seekg(0, std::ios::end);
    const auto end = in.tellg();
    in.clear();
    in.seekg(here);
    return end > here ? static_cast<std::uint64_t>(end - here) : 0;
}

LineSource::LineSource(std::istream& in, Progress* progress)
    : in_(in), progress_(progress), buffer_(kBlockBytes), total_(progress != nullptr ? RemainingBytes(in) : 0) {}

bool LineSource::Fill() {
    if (!in_) return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    begin_ = 0;
    end_ = static_cast<std::size_t>(in_.gcount());
    return end_ > 0;
}

void LineSource::Report(bool force) {
    if (progress_ == nullptr) return;
    if (force || consumed_ - reported_ >= kReportEvery) {
        reported_ = consumed_;
        progress_->Advance(consumed_, std::max(total_, consumed_));
    }
}

LineSource::Status LineSource::Next(std::string& line) {
    line.clear();
    bool any = false;
    for (;;) {
        if (begin_ == end_ && !Fill()) break;
        any = true;
        const char* first = buffer_.data() + begin_;
        const char* last = buffer_.data() + end_;
        const char* newline = std::find(first, last, '\n');
        const auto taken = static_cast<std::size_t>(newline - first);
        if (line.size() + taken > kMaxLineBytes) {
            ++line_number_;
            return Status::kTooLong;
        }
        line.append(first, taken);
        const bool found = newline != last;
        begin_ += taken + (found ? 1 : 0);
        consumed_ += taken + (found ? 1 : 0);
        if (found) break;
    }
    if (!any) {
        Report(true);
        return Status::kEnd;
    }
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (at_start_ && std::string_view(line).starts_with(kBom)) line.erase(0, kBom.size());
    at_start_ = false;
    Report(false);
    return Status::kLine;
}

}  // namespace kompas
