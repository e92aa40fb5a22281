// The workload CSV loader: a line count per chunk sizes the columns, then one thread per chunk parses
// its lines straight into its rows with chunk-local dictionaries, which are merged in file order.
#include "outcome/workload_csv.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/source_location.hpp"
#include "core/trajectory.hpp"

namespace kompas::bench {

using engine::Dictionary;
using engine::kNoDay;
using engine::TrajectoryTable;

namespace {

static_assert(std::endian::native == std::endian::little, "CodeTable packs codes little-endian");

constexpr std::string_view kHeader =
    "trajectory_id,client,gemeente,provider,category,start_date,end_date,end_reason,goal,satisfaction,birth_year,sex";
constexpr std::size_t kFieldCount = 12;
constexpr std::size_t kDropBytes = std::size_t{16} << 20;  // give mapped pages back every 16 MiB

std::uint64_t Mix(std::uint64_t h) {  // murmur3's finaliser
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

// Client keys to dense ids in order of first appearance: open addressing, load at most 1/2, on
// transparent huge pages where they are large (the lookups are random).
class ClientIds {
public:
    explicit ClientIds(std::size_t rows) { Allocate(std::max<std::size_t>(1024, std::bit_ceil(rows))); }

    std::uint32_t Intern(std::uint64_t key) {
        if (2 * (size_ + 1) > capacity_) Grow();
        for (std::size_t i = Mix(key) & (capacity_ - 1);; i = (i + 1) & (capacity_ - 1)) {
            Slot& s = slots_[i];
            if (s.id == 0) {
                s = Slot{static_cast<std::uint32_t>(key), static_cast<std::uint32_t>(key >> 32), ++size_};
                return s.id - 1;
            }
            if (s.Key() == key) return s.id - 1;
        }
    }
    std::optional<std::uint32_t> Find(std::uint64_t key) const {
        for (std::size_t i = Mix(key) & (capacity_ - 1);; i = (i + 1) & (capacity_ - 1)) {
            const Slot& s = slots_[i];
            if (s.id == 0) return std::nullopt;
            if (s.Key() == key) return s.id - 1;
        }
    }
    void Prefetch(std::uint64_t key) const { __builtin_prefetch(&slots_[Mix(key) & (capacity_ - 1)]); }
    std::vector<std::uint64_t> KeysInOrder() const {
        std::vector<std::uint64_t> keys(size_);
        for (std::size_t i = 0; i < capacity_; ++i) {
            if (slots_[i].id != 0) keys[slots_[i].id - 1] = slots_[i].Key();
        }
        return keys;
    }
    std::uint32_t size() const { return size_; }

private:
    struct Slot {  // 12 bytes: the key in two halves
        std::uint32_t lo = 0, hi = 0;
        std::uint32_t id = 0;  // id + 1; 0 = empty
        std::uint64_t Key() const { return (std::uint64_t{hi} << 32) | lo; }
    };
    struct Free {
        void operator()(Slot* p) const { std::free(p); }
    };
    void Allocate(std::size_t capacity) {
        constexpr std::size_t kHuge = std::size_t{2} << 20;
        std::size_t bytes = capacity * sizeof(Slot);
        const std::size_t align = bytes >= kHuge ? kHuge : 64;
        bytes = (bytes + align - 1) / align * align;
        void* p = std::aligned_alloc(align, bytes);
        if (p == nullptr) throw std::bad_alloc();
        if (align == kHuge) madvise(p, bytes, MADV_HUGEPAGE);
        std::memset(p, 0, bytes);
        slots_.reset(static_cast<Slot*>(p));
        capacity_ = capacity;
    }
    void Grow() {
        const std::unique_ptr<Slot[], Free> old = std::move(slots_);
        const std::size_t old_capacity = capacity_;
        Allocate(2 * capacity_);
        for (std::size_t j = 0; j < old_capacity; ++j) {
            if (old[j].id == 0) continue;
            std::size_t i = Mix(old[j].Key()) & (capacity_ - 1);
            while (slots_[i].id != 0) i = (i + 1) & (capacity_ - 1);
            slots_[i] = old[j];
        }
    }
    std::unique_ptr<Slot[], Free> slots_;
    std::size_t capacity_ = 0;
    std::uint32_t size_ = 0;
};

// Short string codes to dense ids in order of first appearance. Codes under 16 bytes are packed
// into two words (bytes, zero padding, length in the last byte); longer ones go to a plain map.
class CodeTable {
public:
    CodeTable() : slots_(64) {}

    // The id of [p, p + len); reads up to 16 bytes from p when p + 16 <= limit.
    std::uint32_t Intern(const char* p, std::size_t len, const char* limit) {
        if (len >= 16) {
            const auto [it, inserted] = long_.try_emplace(std::string(p, len), Size());
            if (inserted) names_.emplace_back(p, len);
            return it->second;
        }
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        if (limit - p >= 16) {
            std::memcpy(&a, p, 8);
            std::memcpy(&b, p + 8, 8);
            if (len <= 8) {
                a &= len == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * len)) - 1;
                b = 0;
            } else {
                b &= (std::uint64_t{1} << (8 * (len - 8))) - 1;
            }
        } else {
            std::array<char, 16> buf{};
            std::memcpy(buf.data(), p, len);
            std::memcpy(&a, buf.data(), 8);
            std::memcpy(&b, buf.data() + 8, 8);
        }
        b |= std::uint64_t{len} << 56;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = Mix(a ^ (b * 0x9e3779b97f4a7c15ULL)) & mask;; i = (i + 1) & mask) {
            Slot& s = slots_[i];
            if (s.id == 0) {
                s = Slot{a, b, Size() + 1};
                names_.emplace_back(p, len);
                if (4 * names_.size() > slots_.size()) Grow();
                return Size() - 1;
            }
            if (s.a == a && s.b == b) return s.id - 1;
        }
    }
    const std::vector<std::string>& names() const { return names_; }

private:
    struct Slot {
        std::uint64_t a = 0, b = 0;
        std::uint32_t id = 0;  // id + 1; 0 = empty
    };
    std::uint32_t Size() const { return static_cast<std::uint32_t>(names_.size()); }
    void Grow() {
        std::vector<Slot> old(2 * slots_.size());
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.id == 0) continue;
            std::size_t i = Mix(s.a ^ (s.b * 0x9e3779b97f4a7c15ULL)) & mask;
            while (slots_[i].id != 0) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }
    std::vector<Slot> slots_;
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::uint32_t> long_;
};

constexpr std::array<std::uint8_t, 256> kHex = [] {
    std::array<std::uint8_t, 256> t{};
    t.fill(0xff);
    for (int c = 0; c < 10; ++c) t['0' + c] = static_cast<std::uint8_t>(c);
    for (int c = 0; c < 6; ++c) t['a' + c] = t['A' + c] = static_cast<std::uint8_t>(10 + c);
    return t;
}();

std::optional<std::uint64_t> ParseHex16(const char* p) {
    std::uint64_t key = 0;
    std::uint8_t bad = 0;
    for (int i = 0; i < 16; ++i) {
        const std::uint8_t v = kHex[static_cast<unsigned char>(p[i])];
        bad |= v;
        key = (key << 4) | (v & 15u);
    }
    if (bad & 0xf0) return std::nullopt;
    return key;
}

// "YYYY-MM-DD" (exactly 10 characters at p) within 1900..2199 to days since 1970-01-01.
std::optional<std::int32_t> ParseDate(const char* p) {
    const auto digit = [p](int i) { return static_cast<unsigned>(p[i] - '0'); };
    for (const int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (digit(i) > 9) return std::nullopt;
    }
    if (p[4] != '-' || p[7] != '-') return std::nullopt;
    const int y = static_cast<int>(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3));
    const unsigned m = digit(5) * 10 + digit(6);
    const unsigned d = digit(8) * 10 + digit(9);
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return std::nullopt;
    if (static_cast<int>(d) > DaysInMonth(y, static_cast<int>(m))) return std::nullopt;
    return DayFromCivil(y, static_cast<int>(m), static_cast<int>(d));
}

std::optional<std::uint8_t> ParseReason(std::string_view s) {
    if (s.empty()) return 0;
    if (s == "PLAN") return kReasonPlan;
    if (s == "CLIENT_STOP") return kReasonClientStop;
    if (s == "PROVIDER_STOP") return kReasonProviderStop;
    if (s == "MOVED") return kReasonMoved;
    if (s == "OTHER") return kReasonOther;
    return std::nullopt;
}

std::optional<std::uint8_t> ParseGoal(std::string_view s) {
    if (s.empty()) return 0;
    if (s == "FULL") return kGoalFull;
    if (s == "PARTIAL") return kGoalPartial;
    if (s == "NONE") return kGoalNone;
    return std::nullopt;
}

std::optional<std::uint8_t> ParseSatisfaction(std::string_view s) {
    if (s.empty()) return 0;
    if (s.size() == 1 && s[0] >= '1' && s[0] <= '9') return static_cast<std::uint8_t>(s[0] - '0');
    if (s == "10") return 10;
    return std::nullopt;
}

const char* Scan(const char* p, const char* e) {
    while (p < e && *p != ',') ++p;
    return p;
}

// One thread's share of the file: whole lines, parsed into rows first_row .. first_row + rows.
struct Chunk {
    const char* begin = nullptr;
    const char* end = nullptr;
    std::size_t first_line = 0;
    std::size_t first_row = 0;
    std::size_t capacity = 0;  // rows reserved: the number of lines
    std::size_t rows = 0;      // rows written (blank lines are skipped)
    CodeTable municipalities, providers, categories;
    std::optional<ClientIds> clients;
    std::optional<Error> error;
};

struct Input {
    std::string_view text;
    std::string_view name;
    bool mapped = false;  // text is a private file mapping whose pages may be dropped
};

void DropPages(const char* from, const char* to) {
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const std::uintptr_t a = (reinterpret_cast<std::uintptr_t>(from) + page - 1) & ~(page - 1);
    const std::uintptr_t b = reinterpret_cast<std::uintptr_t>(to) & ~(page - 1);
    if (b > a) madvise(reinterpret_cast<void*>(a), b - a, MADV_DONTNEED);
}

void CountLines(Chunk& c, const Input& in) {
    std::size_t lines = 0;
    for (const char* p = c.begin; p < c.end;) {
        const char* stop = std::min(c.end, p + kDropBytes);
        for (const char* q = p;
             (q = static_cast<const char*>(std::memchr(q, '\n', static_cast<std::size_t>(stop - q)))); ++q) {
            ++lines;
        }
        if (in.mapped) DropPages(p, stop);
        p = stop;
    }
    if (c.end > c.begin && c.end[-1] != '\n') ++lines;
    c.capacity = lines;
}

// Parses the line [p, e) (without its line break) into row `row`, apart from the client, whose key
// it returns in `client`; false after recording an error.
bool ParseLine(Chunk& c, const Input& in, TrajectoryTable& t, std::size_t line, std::size_t row, const char* p,
               const char* e, std::uint64_t& client) {
    const char* limit = in.text.data() + in.text.size();
    const auto fail = [&](std::size_t field, std::string_view rule, std::string detail) {
        const std::size_t fields = 1 + static_cast<std::size_t>(std::count(p, e, ','));
        if (fields != kFieldCount) {
            field = 0;
            rule = "wrong number of fields";
            detail = fmt::format("expected {}, found {}", kFieldCount, fields);
        }
        c.error = ImportError(SourcePosition{std::string(in.name), line, field}, rule, detail);
        return false;
    };
    const auto code = [&](const char* f, const char* q, std::size_t field,
                          CodeTable& table) -> std::optional<std::uint32_t> {
        if (q == f || q == e) {
            fail(field, "missing code", "the field is empty");
            return std::nullopt;
        }
        if (*f == '"') {
            fail(field, "quoted field", "quoting is not supported");
            return std::nullopt;
        }
        return table.Intern(f, static_cast<std::size_t>(q - f), limit);
    };
    const char* f = Scan(p, e);  // 1 trajectory_id: skipped
    if (f == e) return fail(1, "wrong number of fields", "");
    ++f;
    if (e - f < 17 || f[16] != ',') return fail(2, "invalid client", "expected 16 hex digits");
    const auto key = ParseHex16(f);
    if (!key) return fail(2, "invalid client", fmt::format("'{}' is not 16 hex digits", std::string_view(f, 16)));
    f += 17;
    const char* q = Scan(f, e);
    const auto m = code(f, q, 3, c.municipalities);
    if (!m) return false;
    f = q + 1;
    q = Scan(f, e);
    const auto pr = code(f, q, 4, c.providers);
    if (!pr) return false;
    f = q + 1;
    q = Scan(f, e);
    const auto cat = code(f, q, 5, c.categories);
    if (!cat) return false;
    if (*cat > 255) return fail(5, "too many categories", "at most 256 distinct categories");
    f = q + 1;
    if (e - f < 11 || f[10] != ',') return fail(6, "invalid date", "start_date must be YYYY-MM-DD");
    const auto start = ParseDate(f);
    if (!start)
        return fail(6, "invalid date", fmt::format("'{}' is not a date in 1900..2199", std::string_view(f, 10)));
    f += 11;
    std::int32_t end = kNoDay;
    if (f < e && *f == ',') {
        ++f;
    } else {
        if (e - f < 11 || f[10] != ',') return fail(7, "invalid date", "end_date must be YYYY-MM-DD or empty");
        const auto day = ParseDate(f);
        if (!day)
            return fail(7, "invalid date", fmt::format("'{}' is not a date in 1900..2199", std::string_view(f, 10)));
        end = *day;
        f += 11;
    }
    q = Scan(f, e);
    const auto reason = ParseReason(std::string_view(f, static_cast<std::size_t>(q - f)));
    if (!reason)
        return fail(8, "invalid end_reason", fmt::format("'{}' is not a known reason", std::string_view(f, q)));
    if (*reason != 0 && end == kNoDay) return fail(8, "invalid end_reason", "an end reason needs an end date");
    if (q == e) return fail(8, "wrong number of fields", "");
    f = q + 1;
    q = Scan(f, e);
    const auto goal = ParseGoal(std::string_view(f, static_cast<std::size_t>(q - f)));
    if (!goal) return fail(9, "invalid goal", fmt::format("'{}' is not FULL, PARTIAL or NONE", std::string_view(f, q)));
    if (q == e) return fail(9, "wrong number of fields", "");
    f = q + 1;
    q = Scan(f, e);
    const auto satisfaction = ParseSatisfaction(std::string_view(f, static_cast<std::size_t>(q - f)));
    if (!satisfaction)
        return fail(10, "invalid satisfaction", fmt::format("'{}' is not 1..10", std::string_view(f, q)));
    if (q == e) return fail(10, "wrong number of fields", "");
    q = Scan(q + 1, e);  // 11 birth_year: skipped
    if (q == e) return fail(11, "wrong number of fields", "");
    if (Scan(q + 1, e) != e) return fail(12, "wrong number of fields", "");  // 12 sex: skipped

    client = *key;
    t.municipality[row] = *m;
    t.provider[row] = *pr;
    t.help_form[row] = static_cast<std::uint8_t>(*cat);
    t.start_day[row] = *start;
    t.end_day[row] = end;
    t.reason[row] = *reason;
    // The CSV's "goal" fills what the product calls without_help_youth (its codes: kGoal*, not 1..4).
    t.without_help_youth[row] = *goal;
    t.satisfaction_youth[row] = *satisfaction;
    return true;
}

void ParseChunk(Chunk& c, const Input& in, TrajectoryTable& t) {
    c.clients.emplace(c.capacity);
    // Client keys are interned in batches, their slots prefetched first: the lookups are random.
    constexpr std::size_t kBatch = 32;
    std::array<std::uint64_t, kBatch> keys{};
    std::size_t pending = 0;
    const auto flush = [&](std::size_t next_row) {
        for (std::size_t i = 0; i < pending; ++i) c.clients->Prefetch(keys[i]);
        for (std::size_t i = 0; i < pending; ++i) t.client[next_row - pending + i] = c.clients->Intern(keys[i]);
        pending = 0;
    };
    std::size_t line = c.first_line;
    std::size_t row = c.first_row;
    const char* dropped = c.begin;
    for (const char* p = c.begin; p < c.end; ++line) {
        const auto* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(c.end - p)));
        const char* e = nl ? nl : c.end;
        const char* next = nl ? nl + 1 : c.end;
        if (e > p && e[-1] == '\r') --e;
        if (e > p) {
            if (!ParseLine(c, in, t, line, row, p, e, keys[pending])) return;
            ++row;
            if (++pending == kBatch) flush(row);
        }
        p = next;
        if (in.mapped && static_cast<std::size_t>(p - dropped) >= kDropBytes) {
            DropPages(dropped, p);
            dropped = p;
        }
    }
    flush(row);
    c.rows = row - c.first_row;
}

template <typename T>
void MoveRows(std::vector<T>& column, std::size_t from, std::size_t count, std::size_t to) {
    if (from != to) std::copy(column.begin() + from, column.begin() + from + count, column.begin() + to);
}

void Remap(std::vector<std::uint32_t>& column, std::size_t from, std::size_t count,
           const std::vector<std::uint32_t>& map) {
    for (std::size_t r = from; r < from + count; ++r) column[r] = map[column[r]];
}

void ResizeColumns(TrajectoryTable& t, std::size_t rows) {
    for (auto* column : {&t.client, &t.municipality, &t.provider}) column->resize(rows);
    for (auto* column : {&t.help_form, &t.reason, &t.without_help_youth, &t.satisfaction_youth}) column->resize(rows);
    t.start_day.resize(rows);
    t.end_day.resize(rows);
}

// Splits [data, end) into n chunks of whole lines, of about equal size; chunks may be empty.
std::vector<Chunk> Split(const char* data, const char* end, std::size_t n) {
    std::vector<Chunk> chunks(n);
    const char* cut = data;
    for (std::size_t i = 0; i < n; ++i) {
        chunks[i].begin = cut;
        const char* target = data + static_cast<std::size_t>(end - data) * (i + 1) / n;
        if (i + 1 == n) {
            cut = end;
        } else if (target > cut) {
            const auto* nl =
                static_cast<const char*>(std::memchr(target - 1, '\n', static_cast<std::size_t>(end - target + 1)));
            cut = nl ? nl + 1 : end;
        }
        chunks[i].end = cut;
    }
    return chunks;
}

// Runs work(chunk) for every chunk, chunk 0 on the calling thread.
template <typename Work>
void ForChunks(std::vector<Chunk>& chunks, Work&& work) {
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < chunks.size(); ++i) workers.emplace_back([&work, &chunks, i] { work(chunks[i]); });
    work(chunks[0]);
    for (auto& w : workers) w.join();
}

// Moves each chunk's rows down over the rows its blank lines left unused; updates first_row.
std::size_t CloseGaps(std::vector<Chunk>& chunks, TrajectoryTable& t) {
    std::size_t rows = 0;
    for (Chunk& c : chunks) {
        const auto shift = [&](auto& column) { MoveRows(column, c.first_row, c.rows, rows); };
        shift(t.client), shift(t.municipality), shift(t.provider), shift(t.help_form), shift(t.start_day),
            shift(t.end_day);
        shift(t.reason), shift(t.without_help_youth), shift(t.satisfaction_youth);
        c.first_row = rows;
        rows += c.rows;
    }
    return rows;
}

// Turns the chunks' local ids into global ones, assigned in order of first appearance in the file:
// chunk 0's local ids are global already; every later chunk's codes and clients are looked up in
// (and added to) the global dictionaries and chunk 0's client table, in their local order.
std::optional<Error> MergeIds(std::vector<Chunk>& chunks, TrajectoryTable& t, std::string_view name) {
    const auto merge = [](const CodeTable& local, Dictionary& global) {
        std::vector<std::uint32_t> map;
        for (const std::string& code : local.names()) map.push_back(global.Intern(code));
        return map;
    };
    ClientIds& base = *chunks[0].clients;
    std::uint32_t clients = base.size();
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        Chunk& c = chunks[i];
        const auto m = merge(c.municipalities, t.municipalities);
        const auto p = merge(c.providers, t.providers);
        const auto k = merge(c.categories, t.help_forms);
        if (t.help_forms.size() > 256) {
            return ImportError(SourcePosition{std::string(name), 0, 5}, "too many categories",
                               "at most 256 distinct categories");
        }
        if (i == 0) continue;
        std::vector<std::uint32_t> cm;
        cm.reserve(c.clients->size());
        for (const std::uint64_t key : c.clients->KeysInOrder()) {
            if (const auto id = base.Find(key)) {
                cm.push_back(*id);
            } else if (i + 1 == chunks.size()) {
                cm.push_back(clients++);  // nobody looks the last chunk's new clients up
            } else {
                cm.push_back(base.Intern(key));
                ++clients;
            }
        }
        c.clients.reset();
        Remap(t.client, c.first_row, c.rows, cm);
        Remap(t.municipality, c.first_row, c.rows, m);
        Remap(t.provider, c.first_row, c.rows, p);
        for (std::size_t r = c.first_row; r < c.first_row + c.rows; ++r) {
            t.help_form[r] = static_cast<std::uint8_t>(k[t.help_form[r]]);
        }
    }
    t.client_count = clients;
    return std::nullopt;
}

Result<TrajectoryTable> Parse(const Input& in, unsigned threads) {
    std::string_view text = in.text;
    if (text.starts_with("\xef\xbb\xbf")) text.remove_prefix(3);
    const std::size_t header_end = std::min(text.find('\n'), text.size());
    std::string_view header = text.substr(0, header_end);
    if (header.ends_with('\r')) header.remove_suffix(1);
    if (header != kHeader) {
        return std::unexpected(ImportError(SourcePosition{std::string(in.name), 1, 0}, "unexpected header",
                                           fmt::format("expected '{}'", kHeader)));
    }
    const char* data = text.data() + std::min(text.size(), header_end + 1);
    std::vector<Chunk> chunks = Split(data, text.data() + text.size(), std::max(1u, threads));

    // Count the lines to size the columns and number the lines, then parse into them.
    ForChunks(chunks, [&](Chunk& c) { CountLines(c, in); });
    std::size_t rows = 0;
    for (Chunk& c : chunks) {
        c.first_row = rows;
        c.first_line = 2 + rows;  // the header is line 1
        rows += c.capacity;
    }
    TrajectoryTable t;
    ResizeColumns(t, rows);
    ForChunks(chunks, [&](Chunk& c) { ParseChunk(c, in, t); });
    for (Chunk& c : chunks) {
        if (c.error) return std::unexpected(std::move(*c.error));
    }
    ResizeColumns(t, CloseGaps(chunks, t));
    if (auto error = MergeIds(chunks, t, in.name)) return std::unexpected(std::move(*error));
    chunks.clear();
    t.Finish();
    return t;
}

}  // namespace

Result<TrajectoryTable> ParseWorkloadCsv(std::string_view text, std::string_view name, unsigned threads) {
    return Parse(Input{text, name, false}, threads);
}

Result<TrajectoryTable> LoadWorkloadCsv(const std::string& path, unsigned threads) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return Fail(err == ENOENT ? ErrorCode::kNotFound : ErrorCode::kInvalidArgument,
                    fmt::format("cannot open {}: {}", path, std::strerror(err)), path);
    }
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        const int err = errno;
        close(fd);
        return Fail(ErrorCode::kInvalidArgument, fmt::format("cannot read {}: {}", path, std::strerror(err)), path);
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size == 0) {
        close(fd);
        return Parse(Input{std::string_view(), path, false}, threads);
    }
    void* base = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (base == MAP_FAILED) {
        return Fail(ErrorCode::kInvalidArgument, fmt::format("cannot map {}: {}", path, std::strerror(errno)), path);
    }
    madvise(base, size, MADV_SEQUENTIAL);
    auto result = Parse(Input{std::string_view(static_cast<const char*>(base), size), path, true}, threads);
    munmap(base, size);
    return result;
}

}  // namespace kompas::bench
