// kompas-loadgen: a small fixed-rate (open-loop) HTTP/1.1 load generator for bench/hardening/run,
// written with Boost.Asio and Beast because wrk is closed-loop (it slows down with the server and
// so hides queueing) and wrk2 is not packaged in Debian 12.
//
// Requests are scheduled at exactly --rate per second; each one's latency counts from the moment
// it was due, not from when a connection was free, so queueing shows in the figures (no
// coordinated omission). Alongside, it can hold --idle kept-alive connections that sent one
// request and then wait, and --slowloris connections that send a header line every second and
// never finish it (reconnecting when the server closes them). Idle and slowloris connections come
// from other loopback addresses (127.0.0.2.., 127.0.1.1..), --per-source each, so that the
// server's per-address cap sees many clients as it would on a network.
//
// The measured load runs on the main thread; the idle and slowloris connections run on a second
// thread with their own io_context (since issue 13's slowloris measurement), as a real attacker
// would be another machine: before, one thread did both, and a due request waited behind the
// attack's writes, timers and reconnects, which counted as server latency. The attack itself is
// unchanged (2,000 connections each send a header line a second and reconnect when closed); it
// still shares the machine's cores with the server. load_thread_cpu_s and loadgen_cpu_s report
// the CPU the measured load and the whole generator used.
//
// Prints one line of figures: key=value pairs.
#include <array>
#include <functional>
#include <utility>
// (std headers first: Boost 1.74 asio/awaitable.hpp needs <utility> with g++ 12)
#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    std::string path = "/api/regions/GM0034/profile";
    double rate = 2000;
    double seconds = 10;
    int connections = 64;
    int idle = 0;
    int slowloris = 0;
    int per_source = 200;
    double warmup = 2;  // seconds of idle/slowloris set-up before the measured load starts
};

// The measured load's figures are touched only by the load thread; the attack's (idle and
// slowloris connections, on their own thread) are atomic.
struct Stats {
    std::vector<double> latency_ms;
    long long sent = 0, ok = 0, non200 = 0, errors = 0;
    std::atomic<long long> connect_errors{0};
    std::atomic<long long> idle_open{0}, idle_closed{0}, slow_open{0}, slow_closed{0}, slow_refused{0};
    long long idle_min_open = -1, slow_min_open = -1;
};

Stats stats;
Options options;
tcp::endpoint target;

tcp::socket MakeSocket(asio::io_context& io, const std::string& source) {
    tcp::socket socket(io);
    socket.open(tcp::v4());
    if (!source.empty()) socket.bind(tcp::endpoint(asio::ip::make_address(source), 0));
    return socket;
}

std::string SourceAddress(int base_octet3, int index) {
    const int group = index / options.per_source;
    return "127.0." + std::to_string(base_octet3 + group / 250) + "." + std::to_string(2 + group % 250);
}

// One kept-alive connection of the measured load.
class Worker : public std::enable_shared_from_this<Worker> {
public:
    Worker(asio::io_context& io, std::deque<Clock::time_point>& queue) : io_(io), socket_(io), queue_(queue) {}

    bool busy() const { return busy_; }

    void Take() {
        if (busy_ || queue_.empty()) return;
        due_ = queue_.front();
        queue_.pop_front();
        busy_ = true;
        if (!connected_) return Connect();
        Send();
    }

private:
    void Connect() {
        beast::error_code ignored;
        socket_.close(ignored);
        socket_ = tcp::socket(io_);
        socket_.async_connect(target, [self = shared_from_this()](beast::error_code ec) {
            if (ec) {
                ++stats.connect_errors;
                return self->Fail();
            }
            self->connected_ = true;
            self->Send();
        });
    }

    void Send() {
        request_ = {http::verb::get, options.path, 11};
        request_.set(http::field::host, options.host);
        request_.keep_alive(true);
        ++stats.sent;
        http::async_write(socket_, request_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->Fail();
            self->response_ = {};
            http::async_read(self->socket_, self->buffer_, self->response_,
                             [self](beast::error_code ec2, std::size_t) { self->OnResponse(ec2); });
        });
    }

    void OnResponse(beast::error_code ec) {
        if (ec) return Fail();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - due_).count();
        stats.latency_ms.push_back(ms);
        if (response_.result_int() == 200) {
            ++stats.ok;
        } else {
            ++stats.non200;
        }
        if (!response_.keep_alive()) connected_ = false;
        busy_ = false;
        Take();
    }

    void Fail() {
        ++stats.errors;
        connected_ = false;
        busy_ = false;
        buffer_.consume(buffer_.size());
        Take();
    }

    asio::io_context& io_;
    tcp::socket socket_;
    std::deque<Clock::time_point>& queue_;
    beast::flat_buffer buffer_;
    http::request<http::empty_body> request_;
    http::response<http::string_body> response_;
    Clock::time_point due_;
    bool busy_ = false;
    bool connected_ = false;
};

// A kept-alive connection that made one request and then waits; reconnects when closed.
class Idle : public std::enable_shared_from_this<Idle> {
public:
    Idle(asio::io_context& io, std::string source) : io_(io), socket_(io), timer_(io), source_(std::move(source)) {}

    void Start() {
        socket_ = MakeSocket(io_, source_);
        socket_.async_connect(target, [self = shared_from_this()](beast::error_code ec) {
            if (ec) {
                ++stats.connect_errors;
                return self->Retry();
            }
            self->request_ = {http::verb::get, "/api/health", 11};
            self->request_.set(http::field::host, options.host);
            http::async_write(self->socket_, self->request_, [self](beast::error_code ec2, std::size_t) {
                if (ec2) return self->Retry();
                self->response_ = {};
                http::async_read(self->socket_, self->buffer_, self->response_,
                                 [self](beast::error_code ec3, std::size_t) {
                                     if (ec3) return self->Retry();
                                     ++stats.idle_open;
                                     self->open_ = true;
                                     self->socket_.async_read_some(
                                         asio::buffer(self->sink_), [self](beast::error_code, std::size_t) {
                                             self->Retry();  // the server closed it (idle deadline) or sent something
                                         });
                                 });
            });
        });
    }

private:
    void Retry() {
        if (open_) {
            open_ = false;
            --stats.idle_open;
            ++stats.idle_closed;
        }
        beast::error_code ignored;
        socket_.close(ignored);
        buffer_.consume(buffer_.size());
        timer_.expires_after(std::chrono::milliseconds(100));
        timer_.async_wait([self = shared_from_this()](beast::error_code) { self->Start(); });
    }

    asio::io_context& io_;
    tcp::socket socket_;
    asio::steady_timer timer_;
    std::string source_;
    beast::flat_buffer buffer_;
    http::request<http::empty_body> request_;
    http::response<http::string_body> response_;
    std::array<char, 512> sink_{};
    bool open_ = false;
};

// Sends a request line and then one header line a second, never the blank line that ends it.
class Slowloris : public std::enable_shared_from_this<Slowloris> {
public:
    Slowloris(asio::io_context& io, std::string source, int jitter_ms)
        : io_(io), socket_(io), timer_(io), source_(std::move(source)), jitter_ms_(jitter_ms) {}

    void Start() {
        socket_ = MakeSocket(io_, source_);
        socket_.async_connect(target, [self = shared_from_this()](beast::error_code ec) {
            if (ec) {
                ++stats.connect_errors;
                return self->Retry();
            }
            ++stats.slow_open;
            self->open_ = true;
            self->line_ = "GET /api/health HTTP/1.1\r\nHost: " + options.host + "\r\n";
            self->Trickle();
            self->socket_.async_read_some(asio::buffer(self->sink_), [self](beast::error_code, std::size_t n) {
                if (n > 0 &&
                    std::string(self->sink_.data(), std::min<std::size_t>(n, 12)).find("503") != std::string::npos) {
                    ++stats.slow_refused;
                }
                self->Retry();  // closed by the server's header deadline (or refused)
            });
        });
    }

private:
    void Trickle() {
        asio::async_write(socket_, asio::buffer(line_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return;  // the read side notices the close
            self->line_ = "X-Slow: 1\r\n";
            self->timer_.expires_after(std::chrono::milliseconds(1000 + self->jitter_ms_));
            self->timer_.async_wait([self](beast::error_code waited) {
                if (!waited && self->open_) self->Trickle();
            });
        });
    }

    void Retry() {
        if (open_) {
            open_ = false;
            --stats.slow_open;
            ++stats.slow_closed;
        }
        timer_.cancel();
        beast::error_code ignored;
        socket_.close(ignored);
        auto again = std::make_shared<asio::steady_timer>(io_, std::chrono::milliseconds(100 + jitter_ms_));
        again->async_wait([self = shared_from_this(), again](beast::error_code) { self->Start(); });
    }

    asio::io_context& io_;
    tcp::socket socket_;
    asio::steady_timer timer_;
    std::string source_;
    int jitter_ms_;
    std::string line_;
    std::array<char, 512> sink_{};
    bool open_ = false;
};

double Percentile(std::vector<double>& sorted, double p) {
    if (sorted.empty()) return NAN;
    const auto index = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size()))) - 1;
    return sorted[std::min(index, sorted.size() - 1)];
}

double CpuSeconds(clockid_t clock) {
    timespec spent{};
    clock_gettime(clock, &spent);
    return static_cast<double>(spent.tv_sec) + static_cast<double>(spent.tv_nsec) / 1e9;
}
double ThreadCpuSeconds() { return CpuSeconds(CLOCK_THREAD_CPUTIME_ID); }
double ProcessCpuSeconds() { return CpuSeconds(CLOCK_PROCESS_CPUTIME_ID); }

void Usage() {
    std::fprintf(stderr,
                 "usage: kompas-loadgen --port P [--host H] [--path PATH] [--rate N] [--seconds S] "
                 "[--connections N] [--idle N] [--slowloris N] [--per-source N] [--warmup S]\n");
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) Usage();
        const std::string value = argv[++i];
        if (arg == "--host")
            options.host = value;
        else if (arg == "--port")
            options.port = static_cast<unsigned short>(std::stoi(value));
        else if (arg == "--path")
            options.path = value;
        else if (arg == "--rate")
            options.rate = std::stod(value);
        else if (arg == "--seconds")
            options.seconds = std::stod(value);
        else if (arg == "--connections")
            options.connections = std::stoi(value);
        else if (arg == "--idle")
            options.idle = std::stoi(value);
        else if (arg == "--slowloris")
            options.slowloris = std::stoi(value);
        else if (arg == "--per-source")
            options.per_source = std::max(1, std::stoi(value));
        else if (arg == "--warmup")
            options.warmup = std::stod(value);
        else
            Usage();
    }
    asio::io_context io(1);      // the measured load
    asio::io_context attack(1);  // idle and slowloris connections, on their own thread
    target = tcp::endpoint(asio::ip::make_address(options.host), options.port);

    std::mt19937 random(42);
    std::vector<std::shared_ptr<Idle>> idle;
    for (int i = 0; i < options.idle; ++i) {
        idle.push_back(std::make_shared<Idle>(attack, SourceAddress(0, i)));
        idle.back()->Start();
    }
    std::vector<std::shared_ptr<Slowloris>> slow;
    for (int i = 0; i < options.slowloris; ++i) {
        slow.push_back(std::make_shared<Slowloris>(attack, SourceAddress(1, i), static_cast<int>(random() % 500)));
        slow.back()->Start();
    }
    auto attack_work = asio::make_work_guard(attack);
    std::thread attack_thread([&attack] { attack.run(); });

    std::deque<Clock::time_point> queue;
    std::vector<std::shared_ptr<Worker>> workers;
    for (int i = 0; i < options.connections; ++i) workers.push_back(std::make_shared<Worker>(io, queue));

    // Set-up, then the measured load: every millisecond, enqueue what is due and hand it out.
    asio::steady_timer tick(io);
    const auto load_start = Clock::now() + std::chrono::milliseconds(static_cast<long>(options.warmup * 1000));
    const auto load_end = load_start + std::chrono::milliseconds(static_cast<long>(options.seconds * 1000));
    long long scheduled = 0;
    const long long total = static_cast<long long>(options.rate * options.seconds);
    std::function<void()> on_tick = [&] {
        const auto now = Clock::now();
        if (now >= load_start) {
            if (stats.idle_min_open < 0 || stats.idle_open < stats.idle_min_open) stats.idle_min_open = stats.idle_open;
            if (stats.slow_min_open < 0 || stats.slow_open < stats.slow_min_open) stats.slow_min_open = stats.slow_open;
            const double elapsed = std::chrono::duration<double>(now - load_start).count();
            const long long due = std::min(total, static_cast<long long>(elapsed * options.rate));
            for (; scheduled < due; ++scheduled) {
                queue.push_back(load_start + std::chrono::nanoseconds(static_cast<long long>(
                                                 static_cast<double>(scheduled) * 1e9 / options.rate)));
            }
            for (auto& worker : workers) {
                if (queue.empty()) break;
                worker->Take();
            }
        }
        const bool finished = scheduled >= total && queue.empty() &&
                              std::none_of(workers.begin(), workers.end(), [](auto& w) { return w->busy(); });
        if (finished || now > load_end + std::chrono::seconds(10)) return io.stop();
        tick.expires_after(std::chrono::milliseconds(1));
        tick.async_wait([&](beast::error_code) { on_tick(); });
    };
    on_tick();
    io.run();
    const double load_cpu_s = ThreadCpuSeconds();
    attack.stop();
    attack_thread.join();

    auto& latencies = stats.latency_ms;
    std::sort(latencies.begin(), latencies.end());
    const double measured = std::chrono::duration<double>(Clock::now() - load_start).count();
    std::printf(
        "rate=%.0f seconds=%.0f sent=%lld ok=%lld non200=%lld errors=%lld unanswered=%lld achieved_rps=%.0f "
        "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f idle_open_min=%lld idle_closed=%lld "
        "slowloris_open_min=%lld slowloris_reconnects=%lld slowloris_503=%lld connect_errors=%lld "
        "load_thread_cpu_s=%.2f loadgen_cpu_s=%.2f\n",
        options.rate, options.seconds, stats.sent, stats.ok, stats.non200, stats.errors,
        total - static_cast<long long>(latencies.size()), static_cast<double>(latencies.size()) / measured,
        Percentile(latencies, 50), Percentile(latencies, 90), Percentile(latencies, 99), Percentile(latencies, 99.9),
        latencies.empty() ? NAN : latencies.back(), std::max(0LL, stats.idle_min_open), stats.idle_closed.load(),
        std::max(0LL, stats.slow_min_open), stats.slow_closed.load(), stats.slow_refused.load(),
        stats.connect_errors.load(), load_cpu_s, ProcessCpuSeconds());
    return 0;
}
