#include "engine/table_image.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace kompas::engine {
namespace {

// Written after the revision: an image from a machine with another byte order reads as another
// number and is refused.
constexpr std::uint32_t kByteOrder = 0x01020304;

class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}
    template <typename T>
    void Put(T value) {
        static_assert(std::is_trivially_copyable_v<T>);
        out_.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void Put(std::string_view text) {
        Put(static_cast<std::uint32_t>(text.size()));
        out_.append(text);
    }
    template <typename T>
    void Put(const std::vector<T>& column) {
        Put(static_cast<std::uint64_t>(column.size()));
        out_.append(reinterpret_cast<const char*>(column.data()), column.size() * sizeof(T));
    }
    void Put(const Dictionary& dictionary) {
        Put(static_cast<std::uint32_t>(dictionary.size()));
        for (const auto& name : dictionary.names()) Put(std::string_view(name));
    }

private:
    std::string& out_;
};

// Reads what Writer wrote; after the first shortfall every read fails.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool ok() const { return ok_; }
    bool done() const { return ok_ && at_ == in_.size(); }

    template <typename T>
    bool Get(T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (!Take(sizeof value)) return false;
        std::memcpy(&value, in_.data() + at_ - sizeof value, sizeof value);
        return true;
    }
    bool Get(std::string& text) {
        std::uint32_t size = 0;
        if (!Get(size) || !Take(size)) return false;
        text.assign(in_.data() + at_ - size, size);
        return true;
    }
    template <typename T>
    bool Get(std::vector<T>& column) {
        std::uint64_t count = 0;
        if (!Get(count) || count > (in_.size() - at_) / sizeof(T)) return ok_ = false;
        column.resize(count);
        if (count > 0) std::memcpy(column.data(), in_.data() + at_, count * sizeof(T));  // data() may be null
        at_ += count * sizeof(T);
        return true;
    }
    // A dictionary's names in id order; false when one repeats.
    bool Get(Dictionary& dictionary) {
        std::uint32_t count = 0;
        if (!Get(count)) return false;
        std::string name;
        for (std::uint32_t id = 0; id < count; ++id) {
            if (!Get(name)) return false;
            if (dictionary.Intern(name) != id) return ok_ = false;
        }
        return true;
    }

private:
    bool Take(std::size_t size) {
        if (!ok_ || size > in_.size() - at_) return ok_ = false;
        at_ += size;
        return true;
    }
    std::string_view in_;
    std::size_t at_ = 0;
    bool ok_ = true;
};

template <typename T>
bool AllBelow(const std::vector<T>& column, std::size_t limit) {
    return std::all_of(column.begin(), column.end(), [limit](T value) { return std::size_t{value} < limit; });
}

// Offsets of groups over `rows` rows: `groups` + 1 of them, from 0 to rows, never going back.
bool AreOffsets(const std::vector<std::uint32_t>& offsets, std::size_t groups, std::size_t rows) {
    return offsets.size() == groups + 1 && offsets.front() == 0 && offsets.back() == rows &&
           std::is_sorted(offsets.begin(), offsets.end());
}

// Everything the queries index by: lengths, ids inside their dictionaries, the answers inside their
// scales (as ForEachTrajectoryRow and the import allow them), and the derived indexes in order.
bool HoldsTogether(const TrajectoryTable& t) {
    const std::size_t rows = t.size();
    for (const std::size_t length :
         {t.client.size(), t.municipality.size(), t.provider.size(), t.help_form.size(), t.end_day.size(),
          t.reason.size(), t.without_help_youth.size(), t.satisfaction_youth.size(), t.client_starts.size(),
          t.municipality_rows.size(), t.no_reentry.size()}) {
        if (length != rows) return false;
    }
    for (const std::size_t length : {t.without_help_parent.size(), t.satisfaction_parent.size()}) {
        if (length != rows && length != 0) return false;
    }
    return AllBelow(t.client, t.client_count) && AllBelow(t.municipality, t.municipalities.size()) &&
           AllBelow(t.provider, t.providers.size()) && AllBelow(t.help_form, t.help_forms.size()) &&
           AllBelow(t.reason, 6) && AllBelow(t.without_help_youth, 5) && AllBelow(t.without_help_parent, 5) &&
           AllBelow(t.satisfaction_youth, 11) && AllBelow(t.satisfaction_parent, 11) && AllBelow(t.no_reentry, 2) &&
           AllBelow(t.municipality_rows, rows) && AreOffsets(t.client_offsets, t.client_count, rows) &&
           AreOffsets(t.municipality_offsets, t.municipalities.size(), rows);
}

}  // namespace

std::string_view TableRevision() { return KOMPAS_TABLE_REVISION; }

std::string TableImage(const TrajectoryTable& t) {
    std::string image;
    const std::size_t row_bytes = 3 * sizeof(std::uint32_t) + 2 * sizeof(std::int32_t) + 6 + sizeof(std::uint32_t) +
                                  sizeof(std::int32_t) + sizeof(std::uint32_t) + 1;
    image.reserve(t.size() * row_bytes + std::size_t{t.client_count} * sizeof(std::uint32_t) + (1 << 16));
    Writer out(image);
    out.Put(TableRevision());
    out.Put(kByteOrder);
    out.Put(t.client_count);
    out.Put(t.municipalities);
    out.Put(t.providers);
    out.Put(t.help_forms);
    out.Put(t.client);
    out.Put(t.municipality);
    out.Put(t.provider);
    out.Put(t.help_form);
    out.Put(t.start_day);
    out.Put(t.end_day);
    out.Put(t.reason);
    out.Put(t.without_help_youth);
    out.Put(t.without_help_parent);
    out.Put(t.satisfaction_youth);
    out.Put(t.satisfaction_parent);
    out.Put(t.client_offsets);
    out.Put(t.client_starts);
    out.Put(t.municipality_offsets);
    out.Put(t.municipality_rows);
    out.Put(t.no_reentry);
    return image;
}

Result<TrajectoryTable> TableFromImage(std::string_view image) {
    Reader in(image);
    std::string revision;
    std::uint32_t byte_order = 0;
    if (!in.Get(revision) || revision != TableRevision() || !in.Get(byte_order) || byte_order != kByteOrder) {
        return Fail(ErrorCode::kInvalidArgument, "the table image was written by another build of Kompas");
    }
    TrajectoryTable t;
    in.Get(t.client_count);
    in.Get(t.municipalities);
    in.Get(t.providers);
    in.Get(t.help_forms);
    in.Get(t.client);
    in.Get(t.municipality);
    in.Get(t.provider);
    in.Get(t.help_form);
    in.Get(t.start_day);
    in.Get(t.end_day);
    in.Get(t.reason);
    in.Get(t.without_help_youth);
    in.Get(t.without_help_parent);
    in.Get(t.satisfaction_youth);
    in.Get(t.satisfaction_parent);
    in.Get(t.client_offsets);
    in.Get(t.client_starts);
    in.Get(t.municipality_offsets);
    in.Get(t.municipality_rows);
    in.Get(t.no_reentry);
    if (!in.done()) return Fail(ErrorCode::kInvalidArgument, "the table image is cut short or too long");
    if (!HoldsTogether(t)) return Fail(ErrorCode::kInvalidArgument, "the table image does not hold together");
    return t;
}

}  // namespace kompas::engine
