#include "store/trajectory_runs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <queue>
#include <string>
#include <utility>

namespace kompas {
namespace {

constexpr std::size_t kWriteBuffer = 1u << 20;
constexpr std::size_t kReadBuffer = 1u << 16;  // per run while merging
constexpr std::size_t kMaxText = 1024;         // longer than any checked field

std::unexpected<Error> FileError(const char* what) {
    return Fail(ErrorCode::kUnavailable,
                std::string("import: the temporary sort file cannot be ") + what + ": " + std::strerror(errno));
}

template <typename T>
void PutRaw(std::vector<char>& out, T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

void PutText(std::vector<char>& out, const std::string& text) {
    PutRaw(out, static_cast<std::uint16_t>(text.size()));
    out.insert(out.end(), text.begin(), text.end());
}

// Reads the fields of one encoded record; the caller has checked that all of it is there.
class Reader {
public:
    explicit Reader(const char* at) : at_(at) {}
    template <typename T>
    T Raw() {
        T value;
        std::memcpy(&value, at_, sizeof(T));
        at_ += sizeof(T);
        return value;
    }
    void Text(std::string& text) {
        const auto size = Raw<std::uint16_t>();
        text.assign(at_, size);
        at_ += size;
    }

private:
    const char* at_;
};

enum Flag : std::uint8_t {
    kEnd = 1,
    kReason = 2,
    kYouthSatisfaction = 4,
    kParentSatisfaction = 8,
    kYouthWithoutHelp = 16,
    kParentWithoutHelp = 32,
};

void Encode(const PendingTrajectory& row, std::vector<char>& out) {
    const Trajectory& t = row.t;
    const std::size_t at = out.size();
    PutRaw<std::uint32_t>(out, 0);  // the length, filled in below
    std::uint8_t flags = 0;
    if (t.end_day) flags |= kEnd;
    if (t.reason) flags |= kReason;
    if (t.youth.satisfaction) flags |= kYouthSatisfaction;
    if (t.parent.satisfaction) flags |= kParentSatisfaction;
    if (t.youth.without_help) flags |= kYouthWithoutHelp;
    if (t.parent.without_help) flags |= kParentWithoutHelp;
    PutRaw(out, static_cast<std::uint8_t>(row.change));
    PutRaw(out, flags);
    PutRaw<std::int32_t>(out, t.start_day);
    PutRaw<std::int32_t>(out, t.birth_year);
    PutRaw<std::int32_t>(out, t.end_day.value_or(0));
    PutRaw<std::uint8_t>(out, t.reason ? static_cast<std::uint8_t>(*t.reason) : 0);
    PutRaw<std::int32_t>(out, t.youth.satisfaction.value_or(0));
    PutRaw<std::int32_t>(out, t.parent.satisfaction.value_or(0));
    PutRaw<std::int32_t>(out, t.youth.without_help.value_or(0));
    PutRaw<std::int32_t>(out, t.parent.without_help.value_or(0));
    for (const std::string* text : {&t.provider, &t.client, &t.help_form, &t.municipality, &t.sex, &t.referrer}) {
        PutText(out, *text);
    }
    const auto length = static_cast<std::uint32_t>(out.size() - at - sizeof(std::uint32_t));
    std::memcpy(out.data() + at, &length, sizeof length);
}

void Decode(const char* at, PendingTrajectory& row) {
    Reader in(at);
    Trajectory& t = row.t;
    row.change = static_cast<TrajectoryChange>(in.Raw<std::uint8_t>());
    const auto flags = in.Raw<std::uint8_t>();
    t.start_day = in.Raw<std::int32_t>();
    t.birth_year = in.Raw<std::int32_t>();
    const auto end = in.Raw<std::int32_t>();
    t.end_day = (flags & kEnd) != 0 ? std::optional<Day>(end) : std::nullopt;
    const auto reason = in.Raw<std::uint8_t>();
    t.reason = (flags & kReason) != 0 ? std::optional(static_cast<EndReason>(reason)) : std::nullopt;
    const auto optional = [&in, flags](Flag flag) {
        const auto value = in.Raw<std::int32_t>();
        return (flags & flag) != 0 ? std::optional<int>(value) : std::nullopt;
    };
    t.youth.satisfaction = optional(kYouthSatisfaction);
    t.parent.satisfaction = optional(kParentSatisfaction);
    t.youth.without_help = optional(kYouthWithoutHelp);
    t.parent.without_help = optional(kParentWithoutHelp);
    for (std::string* text : {&t.provider, &t.client, &t.help_form, &t.municipality, &t.sex, &t.referrer}) {
        in.Text(*text);
    }
}

// Reads one run back, record by record, through a buffer of its own.
class RunCursor {
public:
    RunCursor(int fd, std::uint64_t begin, std::uint64_t end, std::size_t run)
        : fd_(fd), next_(begin), end_(end), run_(run), buffer_(kReadBuffer) {}

    // Decodes the next record into current(); false at the end of the run.
    Result<bool> Advance() {
        auto filled = Fill(sizeof(std::uint32_t));
        if (!filled || !*filled) return filled;
        std::uint32_t length = 0;
        std::memcpy(&length, buffer_.data() + pos_, sizeof length);
        filled = Fill(sizeof length + length);
        if (!filled) return filled;
        if (!*filled) return Fail(ErrorCode::kInternal, "import: the temporary sort file ends inside a record");
        Decode(buffer_.data() + pos_ + sizeof length, current_);
        pos_ += sizeof length + length;
        return true;
    }
    PendingTrajectory& current() { return current_; }
    const Trajectory& key() const { return current_.t; }
    std::size_t run() const { return run_; }

private:
    // Makes `want` bytes available at pos_; false when the run has ended before any of them.
    Result<bool> Fill(std::size_t want) {
        if (len_ - pos_ >= want) return true;
        std::memmove(buffer_.data(), buffer_.data() + pos_, len_ - pos_);
        len_ -= pos_;
        pos_ = 0;
        if (buffer_.size() < want) buffer_.resize(want);
        while (len_ < want && next_ < end_) {
            const std::size_t room = std::min<std::uint64_t>(buffer_.size() - len_, end_ - next_);
            const ssize_t got = pread(fd_, buffer_.data() + len_, room, static_cast<off_t>(next_));
            if (got < 0 && errno == EINTR) continue;
            if (got <= 0) return got < 0 ? FileError("read") : Fail(ErrorCode::kInternal, "import: sort file is short");
            len_ += static_cast<std::size_t>(got);
            next_ += static_cast<std::uint64_t>(got);
        }
        if (len_ == 0) return false;
        if (len_ < want) return Fail(ErrorCode::kInternal, "import: the temporary sort file ends inside a record");
        return true;
    }

    int fd_;
    std::uint64_t next_;
    std::uint64_t end_;
    std::size_t run_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t len_ = 0;
    PendingTrajectory current_;
};

}  // namespace

bool TrajectoryKeyLess(const Trajectory& a, const Trajectory& b) {
    if (const int c = a.provider.compare(b.provider); c != 0) return c < 0;
    if (const int c = a.client.compare(b.client); c != 0) return c < 0;
    if (const int c = a.help_form.compare(b.help_form); c != 0) return c < 0;
    return a.start_day < b.start_day;
}

bool SameTrajectoryKey(const Trajectory& a, const Trajectory& b) {
    return a.start_day == b.start_day && a.client == b.client && a.provider == b.provider && a.help_form == b.help_form;
}

namespace {

// The first eight bytes of a text as a number whose order is the text's (bytes unsigned, as
// std::string compares them); shorter texts are padded with zeros.
std::uint64_t PrefixOf(const std::string& text) {
    std::uint64_t prefix = 0;
    const std::size_t n = std::min<std::size_t>(text.size(), 8);
    for (std::size_t i = 0; i < 8; ++i) {
        prefix = (prefix << 8) | (i < n ? static_cast<unsigned char>(text[i]) : 0u);
    }
    return prefix;
}

// A record's key as numbers, to sort without chasing strings: the provider's and the client's
// first eight bytes. Equal prefixes say nothing, and the full key decides.
struct SortKey {
    std::uint64_t provider = 0;
    std::uint64_t client = 0;
    std::uint32_t index = 0;
    std::uint8_t provider_size = 0;  // up to 8; 9: longer
};

}  // namespace

std::vector<std::uint32_t> KeyOrder(std::span<const PendingTrajectory> rows) {
    std::vector<SortKey> keys(rows.size());
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
        const Trajectory& t = rows[i].t;
        const auto provider_size = static_cast<std::uint8_t>(std::min<std::size_t>(t.provider.size(), 9));
        keys[i] = {PrefixOf(t.provider), PrefixOf(t.client), i, provider_size};
    }
    std::stable_sort(keys.begin(), keys.end(), [rows](const SortKey& a, const SortKey& b) {
        if (a.provider != b.provider) return a.provider < b.provider;
        // Equal prefixes and sizes up to eight: the same provider, so the clients come next.
        const bool same_provider = a.provider_size == b.provider_size && a.provider_size <= 8;
        if (same_provider && a.client != b.client) return a.client < b.client;
        return TrajectoryKeyLess(rows[a.index].t, rows[b.index].t);
    });
    std::vector<std::uint32_t> order(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
    return order;
}

Result<TrajectoryRuns> TrajectoryRuns::Create() {
    std::error_code error;
    std::filesystem::path dir = std::filesystem::temp_directory_path(error);
    if (error) dir = "/tmp";
    // A file without a name from the start where the file system allows it, so that not even an
    // empty file can stay behind after a kill; else a named one, unlinked before anything is written.
    const int unnamed = open(dir.c_str(), O_TMPFILE | O_RDWR | O_EXCL | O_CLOEXEC, 0600);
    if (unnamed >= 0) return TrajectoryRuns(unnamed);
    std::string name = (dir / "kompas-import-XXXXXX").string();
    const int fd = mkostemp(name.data(), O_CLOEXEC);  // mode 0600
    if (fd < 0) return FileError(("created in " + dir.string()).c_str());
    unlink(name.c_str());
    return TrajectoryRuns(fd);
}

TrajectoryRuns::TrajectoryRuns(TrajectoryRuns&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      size_(other.size_),
      buffer_(std::move(other.buffer_)),
      runs_(std::move(other.runs_)) {}

TrajectoryRuns& TrajectoryRuns::operator=(TrajectoryRuns&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        size_ = other.size_;
        buffer_ = std::move(other.buffer_);
        runs_ = std::move(other.runs_);
    }
    return *this;
}

TrajectoryRuns::~TrajectoryRuns() {
    if (fd_ >= 0) close(fd_);
}

Result<void> TrajectoryRuns::WriteOut() {
    std::size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t wrote = write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) return FileError("written");
        done += static_cast<std::size_t>(wrote);
    }
    size_ += buffer_.size();
    buffer_.clear();
    return {};
}

Result<void> TrajectoryRuns::Spill(std::span<const PendingTrajectory> rows, std::span<const std::uint32_t> order) {
    Run run{.begin = size_ + buffer_.size()};
    buffer_.reserve(kWriteBuffer + 4096);
    for (const std::uint32_t i : order) {
        const Trajectory& t = rows[i].t;
        for (const std::string* text : {&t.provider, &t.client, &t.help_form, &t.municipality, &t.sex, &t.referrer}) {
            if (text->size() > kMaxText) return Fail(ErrorCode::kInvalidArgument, "import: a field is too long");
        }
        Encode(rows[i], buffer_);
        if (buffer_.size() >= kWriteBuffer) {
            if (auto wrote = WriteOut(); !wrote) return wrote;
        }
    }
    if (auto wrote = WriteOut(); !wrote) return wrote;
    run.end = size_;
    runs_.push_back(run);
    return {};
}

Result<void> TrajectoryRuns::Merge(const std::function<Result<void>(PendingTrajectory&&)>& visit) {
    std::vector<std::unique_ptr<RunCursor>> cursors;
    cursors.reserve(runs_.size());
    // The smallest key on top; of equal keys, the earlier run.
    const auto later = [](const RunCursor* a, const RunCursor* b) {
        if (TrajectoryKeyLess(b->key(), a->key())) return true;
        if (TrajectoryKeyLess(a->key(), b->key())) return false;
        return a->run() > b->run();
    };
    std::priority_queue<RunCursor*, std::vector<RunCursor*>, decltype(later)> heap(later);
    for (std::size_t i = 0; i < runs_.size(); ++i) {
        cursors.push_back(std::make_unique<RunCursor>(fd_, runs_[i].begin, runs_[i].end, i));
        auto first = cursors.back()->Advance();
        if (!first) return std::unexpected(std::move(first.error()));
        if (*first) heap.push(cursors.back().get());
    }
    while (!heap.empty()) {
        RunCursor* top = heap.top();
        heap.pop();
        if (auto visited = visit(std::move(top->current())); !visited) return visited;
        auto more = top->Advance();
        if (!more) return std::unexpected(std::move(more.error()));
        if (*more) heap.push(top);
    }
    return {};
}

}  // namespace kompas
