#include "http/server.hpp"

#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "http/compression.hpp"

namespace kompas {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

// Open connections, in total and per client address (the socket's, never a header's).
class ConnectionCounts {
public:
    // Counts a new connection unless a cap is reached; a trusted proxy is exempt from the
    // per-address cap (all its clients share its address).
    bool TryAdd(const std::string& address, bool per_address_cap, std::size_t max_total, std::size_t max_per_address) {
        std::lock_guard lock(mutex_);
        if (total_ >= max_total) return false;
        auto& count = by_address_[address];
        if (per_address_cap && count >= max_per_address) {
            if (count == 0) by_address_.erase(address);
            return false;
        }
        ++count;
        ++total_;
        return true;
    }
    void Remove(const std::string& address) {
        std::lock_guard lock(mutex_);
        --total_;
        auto found = by_address_.find(address);
        if (found != by_address_.end() && --found->second == 0) by_address_.erase(found);
    }

private:
    std::mutex mutex_;
    std::size_t total_ = 0;
    std::unordered_map<std::string, std::size_t> by_address_;
};

// What the listener, the sessions and the shutdown share.
struct ServerState {
    std::atomic<bool> stopping{false};
    std::atomic<int> answering{0};  // requests read and not yet answered
    std::atomic<int> handling{0};   // handlers running on the worker pool
    ConnectionCounts connections;
    std::size_t max_connections = 0;  // the option, kept below the descriptor limit
    std::atomic<int> refusing{0};     // 503 replies in flight; beyond kMaxRefusing a socket is just closed
};

bool IsTrustedProxy(const ServerOptions& options, const std::string& address) {
    return std::find(options.trusted_proxies.begin(), options.trusted_proxies.end(), address) !=
           options.trusted_proxies.end();
}

// The client's address: the socket's, or behind a trusted proxy the right-most address of
// X-Forwarded-For (the one the proxy itself saw; addresses left of it are the client's word).
std::string ClientAddress(const ServerOptions& options, const std::string& socket_address,
                          const std::string& forwarded_for) {
    if (forwarded_for.empty() || !IsTrustedProxy(options, socket_address)) return socket_address;
    const auto comma = forwarded_for.rfind(',');
    std::string last = forwarded_for.substr(comma == std::string::npos ? 0 : comma + 1);
    const auto begin = last.find_first_not_of(" \t");
    const auto end = last.find_last_not_of(" \t");
    if (begin == std::string::npos) return socket_address;
    last = last.substr(begin, end - begin + 1);
    beast::error_code ec;
    const auto parsed = asio::ip::make_address(last, ec);
    return ec ? socket_address : parsed.to_string();
}

// `deadline` less a random 0-10 % of it (per thread, no lock).
std::chrono::milliseconds Jittered(std::chrono::milliseconds deadline) {
    thread_local std::minstd_rand random(std::random_device{}());
    const auto spread = deadline.count() / 10;
    if (spread <= 0) return deadline;
    return deadline - std::chrono::milliseconds(std::uniform_int_distribution<std::int64_t>(0, spread)(random));
}

// One client connection. Owned by the shared_ptrs in its pending handlers; all its I/O runs
// on its own strand, and request handling on the worker pool.
class Session : public std::enable_shared_from_this<Session> {
public:
    // `address` was counted in state.connections by the listener; the session uncounts it.
    Session(tcp::socket&& socket, std::string address, const App& app, const ServerOptions& options,
            asio::thread_pool& workers, ServerState& state)
        : stream_(std::move(socket)),
          address_(std::move(address)),
          app_(app),
          options_(options),
          workers_(workers),
          state_(state),
          header_timer_(stream_.get_executor()) {}
    ~Session() { state_.connections.Remove(address_); }

    void Run() {
        asio::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::ReadHeader, shared_from_this()));
    }

private:
    void ReadHeader() {
        parser_.emplace();
        // Beast compares a Content-Length with the body limit as soon as the header is complete,
        // before OnHeader can raise it for an upload: so the header is read with the larger of the
        // two, and OnHeader applies the route's own.
        parser_->body_limit(std::max(options_.body_limit, options_.upload_body_limit));
        parser_->header_limit(options_.header_limit);
        // One deadline for the whole header (a slowloris trickle does not extend it): the header
        // deadline on a new connection, the idle one while a kept-alive connection waits. It is
        // this session's own timer, armed once per header: the header is read from the socket
        // itself, because the stream's deadline would arm and cancel a timer on every partial read
        // (every trickled line of a slowloris connection).
        // The deadline is shortened by a random 0-10 %: connections opened together (an attacker's
        // 2,000 at once) then do not all expire, close and come back in the same millisecond, a
        // burst that held up the requests queued behind it on the same thread.
        stream_.expires_never();
        header_timer_.expires_after(
            Jittered(std::chrono::seconds(requests_ == 0 ? options_.header_seconds : options_.idle_seconds)));
        header_timer_.async_wait([self = shared_from_this(), header = ++headers_](beast::error_code ec) {
            if (ec || header != self->headers_ || self->header_read_) return;
            beast::error_code ignored;
            self->stream_.socket().close(ignored);  // the read ends with operation_aborted
        });
        header_read_ = false;
        http::async_read_header(stream_.socket(), buffer_, *parser_,
                                beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
    }

    void OnHeader(beast::error_code ec, std::size_t) {
        header_read_ = true;
        header_timer_.cancel();
        if (ec) return OnReadError(ec);
        const auto& header = parser_->get();
        const bool upload = header.method() == http::verb::post && (header.target() == "/api/trajectories/uploads" ||
                                                                    header.target() == "/api/own-data/uploads");
        const std::uint64_t limit = upload ? options_.upload_body_limit : options_.body_limit;
        const auto length = parser_->content_length();  // none: chunked, counted as it comes
        if (length.value_or(0) > limit) return OnReadError(http::error::body_limit);
        // Before a session is known a request may send at most anonymous_body_limit: a larger
        // body is read only after the session cookie was checked (on the worker pool).
        const std::uint64_t anonymous = std::min(limit, options_.anonymous_body_limit);
        const auto cookie = header.find(http::field::cookie);
        if ((length && *length <= anonymous) || cookie == header.end()) return StartBody(anonymous);
        HttpRequest probe;
        probe.headers["cookie"] = std::string(cookie->value());
        asio::post(workers_, [self = shared_from_this(), probe = std::move(probe), limit, anonymous] {
            const bool known = self->app_.HasValidSession(probe);
            asio::post(self->stream_.get_executor(),
                       [self, allowed = known ? limit : anonymous] { self->StartBody(allowed); });
        });
    }

    // Reads the body in parts, each with a deadline, and checks the average rate.
    void StartBody(std::uint64_t limit) {
        if (parser_->content_length().value_or(0) > limit) return OnReadError(http::error::body_limit);
        parser_->body_limit(limit);  // a chunked body is counted as it comes
        body_start_ = std::chrono::steady_clock::now();
        body_bytes_ = 0;
        ReadBodyPart();
    }

    void ReadBodyPart() {
        if (parser_->is_done()) return OnRead({}, 0);
        stream_.expires_after(std::chrono::seconds(options_.header_seconds));  // the longest pause
        http::async_read_some(stream_, buffer_, *parser_,
                              beast::bind_front_handler(&Session::OnBodyPart, shared_from_this()));
    }

    void OnBodyPart(beast::error_code ec, std::size_t bytes) {
        if (ec) return OnReadError(ec);
        body_bytes_ += bytes;
        const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - body_start_).count();
        const double slow = elapsed - options_.body_grace_seconds;
        if (slow > 0 && !parser_->is_done() &&
            static_cast<double>(body_bytes_) < static_cast<double>(options_.min_body_rate) * slow) {
            spdlog::info("{}: verzoek te traag verstuurd ({} bytes in {:.0f} s); verbinding gesloten", address_,
                         body_bytes_, elapsed);
            return Close();
        }
        ReadBodyPart();
    }

    void OnRead(beast::error_code ec, std::size_t) {
        if (ec) return OnReadError(ec);
        auto beast_request = parser_->release();
        auto request = ParseTarget(std::string_view(beast_request.target().data(), beast_request.target().size()));
        const bool keep_alive = beast_request.keep_alive();
        const unsigned version = beast_request.version();
        const bool head = beast_request.method() == http::verb::head;
        if (!request) return Write(ErrorResponse(request.error()), false, version, head);
        request->method = std::string(beast_request.method_string());
        request->body = std::move(beast_request.body());
        for (const auto& field : beast_request) {
            std::string name(field.name_string());
            std::transform(name.begin(), name.end(), name.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            request->headers[std::move(name)] = std::string(field.value());
        }
        request->remote = ClientAddress(options_, address_, request->Header("x-forwarded-for"));
        ++requests_;
        // Handle on the worker pool, then come back to this connection's strand to write.
        answering_ = true;
        ++state_.answering;
        asio::post(workers_, [self = shared_from_this(), request = std::move(*request), keep_alive, version, head] {
            ++self->state_.handling;
            HttpResponse response = self->app_.Handle(request);
            CompressForClient(request, response);  // on the worker, not the connection's strand
            spdlog::debug("{} {} {} -> {}", request.remote, request.method, request.path, response.status);
            --self->state_.handling;
            asio::post(self->stream_.get_executor(),
                       [self, response = std::move(response), keep_alive, version, head]() mutable {
                           self->Write(std::move(response), keep_alive, version, head);
                       });
        });
    }

    void OnReadError(beast::error_code ec) {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::eof ||
            ec == asio::error::connection_reset || ec == asio::error::operation_aborted) {
            return Close();
        }
        if (ec == http::error::header_limit) {
            return Write(
                ErrorWithStatus(
                    Error{ErrorCode::kInvalidArgument, "De kopregels van het verzoek zijn te groot", "headers"}, 431),
                false, 11, false);
        }
        if (ec == http::error::body_limit) {
            return Write(ErrorWithStatus(Error{ErrorCode::kInvalidArgument, "Het verzoek is te groot", "body"}, 413),
                         false, 11, false);
        }
        // Any other parse error is the client's: answer 400 and close.
        if (ec.category() == beast::error_code(http::error::bad_method).category()) {
            return Write(ErrorResponse(Error{ErrorCode::kInvalidArgument, "Ongeldig HTTP-verzoek", ""}), false, 11,
                         false);
        }
        Close();
    }

    static HttpResponse ErrorWithStatus(const Error& error, int status) {
        HttpResponse response = ErrorResponse(error);
        response.status = status;
        return response;
    }

    void Write(HttpResponse response, bool keep_alive, unsigned version, bool head) {
        auto message =
            std::make_shared<http::response<http::string_body>>(static_cast<http::status>(response.status), version);
        message->set(http::field::server, "Kompas");
        message->set(http::field::content_type, response.content_type);
        for (const auto& [name, value] : response.headers) message->insert(name, value);
        message->keep_alive(keep_alive && !state_.stopping);  // stopping: answer, then close
        if (head) {
            message->content_length(response.body.size());
        } else {
            message->body() = std::move(response.body);
            message->prepare_payload();
        }
        stream_.expires_after(std::chrono::seconds(options_.request_seconds));
        http::async_write(stream_, *message, [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
            if (self->answering_) {
                self->answering_ = false;
                --self->state_.answering;
            }
            if (ec || message->need_eof()) return self->Close();
            self->ReadHeader();
        });
    }

    void Close() {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    beast::tcp_stream stream_;
    const std::string address_;  // the socket's peer address
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    const App& app_;
    const ServerOptions& options_;
    asio::thread_pool& workers_;
    ServerState& state_;
    bool answering_ = false;    // a request of this connection counts in state_.answering (on the strand)
    std::size_t requests_ = 0;  // requests read on this connection
    std::chrono::steady_clock::time_point body_start_;
    std::uint64_t body_bytes_ = 0;
    asio::steady_timer header_timer_;  // the deadline of the header being read (on the strand)
    std::size_t headers_ = 0;          // headers started on this connection: a stale timer sees another number
    bool header_read_ = false;         // the header being read has ended (read, refused or failed)
};

constexpr int kMaxRefusing = 256;

// A connection beyond a cap: 503 with Retry-After, then closed. What the client already sent is
// read and dropped for a moment, so that closing does not reset the connection before the reply
// is read.
class Refusal : public std::enable_shared_from_this<Refusal> {
public:
    Refusal(tcp::socket&& socket, int retry_after, std::atomic<int>& refusing)
        : socket_(std::move(socket)), timer_(socket_.get_executor()), refusing_(refusing) {
        ++refusing_;
        const std::string body =
            R"({"error":{"code":"unavailable","message":"Kompas heeft te veel verbindingen open; probeer het zo opnieuw","field":""}})";
        reply_ =
            "HTTP/1.1 503 Service Unavailable\r\nServer: Kompas\r\nContent-Type: application/json; "
            "charset=utf-8\r\nRetry-After: " +
            std::to_string(retry_after) + "\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) +
            "\r\n\r\n" + body;
    }

    void Run() {
        timer_.expires_after(std::chrono::seconds(1));
        timer_.async_wait([self = shared_from_this()](beast::error_code) {
            beast::error_code ignored;
            self->socket_.close(ignored);
        });
        asio::async_write(socket_, asio::buffer(reply_),
                          [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              beast::error_code ignored;
                              if (ec) return (void)self->timer_.cancel();
                              self->socket_.shutdown(tcp::socket::shutdown_send, ignored);
                              self->Drain();
                          });
    }

    ~Refusal() { --refusing_; }

private:
    void Drain() {
        socket_.async_read_some(asio::buffer(sink_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return (void)self->timer_.cancel();
            self->Drain();
        });
    }

    tcp::socket socket_;
    asio::steady_timer timer_;
    std::atomic<int>& refusing_;
    std::string reply_;
    std::array<char, 4096> sink_{};
};

// Accepts connections and gives each its own strand.
class Listener : public std::enable_shared_from_this<Listener> {
public:
    Listener(asio::io_context& ioc, const App& app, const ServerOptions& options, asio::thread_pool& workers,
             ServerState& state)
        : ioc_(ioc),
          acceptor_(asio::make_strand(ioc)),
          backoff_timer_(acceptor_.get_executor()),
          app_(app),
          options_(options),
          workers_(workers),
          state_(state) {}

    Result<std::uint16_t> Listen() {
        beast::error_code ec;
        const auto address = asio::ip::make_address(options_.address, ec);
        if (ec) return Fail(ErrorCode::kInvalidArgument, "Ongeldig adres " + options_.address, "address");
        const tcp::endpoint endpoint(address, options_.port);
        acceptor_.open(endpoint.protocol(), ec);
        if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
        if (!ec) acceptor_.bind(endpoint, ec);
        if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
        if (ec) {
            return Fail(
                ErrorCode::kUnavailable,
                "Kan niet luisteren op " + options_.address + ":" + std::to_string(options_.port) + ": " + ec.message(),
                "port");
        }
        return acceptor_.local_endpoint().port();
    }

    void Accept() {
        acceptor_.async_accept(asio::make_strand(ioc_),
                               beast::bind_front_handler(&Listener::OnAccept, shared_from_this()));
    }

    // No new connections: the pending accept ends with operation_aborted.
    void Stop() {
        asio::dispatch(acceptor_.get_executor(), [self = shared_from_this()] {
            beast::error_code ec;
            self->backoff_timer_.cancel();
            self->acceptor_.close(ec);
        });
    }

private:
    void OnAccept(beast::error_code ec, tcp::socket socket) {
        if (!ec) {
            backoff_ = std::chrono::milliseconds(0);
            beast::error_code endpoint_ec;
            std::string address = socket.remote_endpoint(endpoint_ec).address().to_string();
            if (endpoint_ec) {
                // Gone before we looked: nothing to serve.
            } else if (state_.connections.TryAdd(address, !IsTrustedProxy(options_, address), state_.max_connections,
                                                 options_.max_connections_per_address)) {
                std::make_shared<Session>(std::move(socket), std::move(address), app_, options_, workers_, state_)
                    ->Run();
            } else {
                if (++refused_ % 1000 == 1) spdlog::warn("verbinding van {} geweigerd: te veel verbindingen", address);
                if (state_.refusing < kMaxRefusing) {
                    std::make_shared<Refusal>(std::move(socket), options_.retry_after_seconds, state_.refusing)->Run();
                }  // else a flood: the socket closes here, without a reply, to keep descriptors free
            }
        } else if (ec == asio::error::operation_aborted || !acceptor_.is_open()) {
            return;
        } else if (ec == asio::error::no_descriptors || ec == asio::error::no_buffer_space ||
                   ec == asio::error::no_memory || ec.value() == ENFILE) {
            // Out of descriptors or memory: accepting again at once would spin. Wait, longer each time.
            backoff_ = std::min(std::chrono::milliseconds(1000), std::max(std::chrono::milliseconds(10), backoff_ * 2));
            spdlog::warn("accept: {}; opnieuw over {} ms", ec.message(), backoff_.count());
            backoff_timer_.expires_after(backoff_);
            backoff_timer_.async_wait([self = shared_from_this()](beast::error_code waited) {
                if (!waited) self->Accept();
            });
            return;
        } else {
            spdlog::warn("accept: {}", ec.message());  // e.g. the client reset the connection: keep serving
        }
        Accept();
    }

    asio::io_context& ioc_;
    tcp::acceptor acceptor_;
    asio::steady_timer backoff_timer_;
    std::chrono::milliseconds backoff_{0};
    std::size_t refused_ = 0;
    const App& app_;
    const ServerOptions& options_;
    asio::thread_pool& workers_;
    ServerState& state_;
};

// After the first signal: checks every few milliseconds whether the requests already read have
// been answered, and stops the I/O when they have or when the grace has passed.
class Shutdown : public std::enable_shared_from_this<Shutdown> {
public:
    Shutdown(asio::io_context& ioc, const ServerState& state, std::chrono::steady_clock::time_point deadline)
        : ioc_(ioc), timer_(ioc), state_(state), deadline_(deadline) {}

    void Check() {
        if (state_.answering == 0 || std::chrono::steady_clock::now() >= deadline_) {
            if (state_.answering > 0) spdlog::warn("{} verzoek(en) niet meer beantwoord", state_.answering.load());
            ioc_.stop();
            return;
        }
        timer_.expires_after(std::chrono::milliseconds(20));
        timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec) self->Check();
        });
    }

private:
    asio::io_context& ioc_;
    asio::steady_timer timer_;
    const ServerState& state_;
    std::chrono::steady_clock::time_point deadline_;
};

// Raises the soft descriptor limit to the hard one, and keeps the connection cap below it with
// room for the database, files being served and the log: connections never exhaust descriptors.
std::size_t EffectiveMaxConnections(std::size_t wanted) {
    constexpr rlim_t kReserve = 128;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return wanted;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? 65536 : limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur <= kReserve) return wanted;
    const auto room = static_cast<std::size_t>(limit.rlim_cur - kReserve);
    if (wanted > room) {
        spdlog::warn("hoogstens {} verbindingen: de procesgrens is {} bestandsdescriptors", room, limit.rlim_cur);
    }
    return std::min(wanted, room);
}

}  // namespace

Result<void> RunServer(const App& app, const ServerOptions& options,
                       const std::function<void(std::uint16_t)>& on_listening) {
    ServerState state;  // outlives the sessions, which the io_context and the workers may still hold
    state.max_connections = EffectiveMaxConnections(options.max_connections);
    asio::io_context ioc(static_cast<int>(options.io_threads));
    asio::thread_pool workers(options.worker_threads);
    auto listener = std::make_shared<Listener>(ioc, app, options, workers, state);
    auto port = listener->Listen();
    if (!port) return std::unexpected(port.error());
    listener->Accept();

    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code ec, int signal) {
        if (ec) return;
        spdlog::info("signaal {}: stoppen", signal);
        state.stopping = true;
        listener->Stop();
        app.BeginShutdown();  // who waits for a report or funnel gets 503 now
        std::make_shared<Shutdown>(ioc, state, std::chrono::steady_clock::now() + options.shutdown_grace)->Check();
        signals.async_wait([&ioc](beast::error_code again, int) {
            if (!again) ioc.stop();  // a second signal: no grace
        });
    });
    if (on_listening) on_listening(*port);

    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < options.io_threads; ++i) threads.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& thread : threads) thread.join();
    // Handlers that have not started never will; one still running gets a moment to finish. It
    // holds the App (and maybe an open transaction): if it does not finish, the process ends under
    // it rather than destroying what it uses.
    workers.stop();
    const auto deadline = std::chrono::steady_clock::now() + options.shutdown_handlers;
    while (state.handling > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (state.handling > 0) {
        spdlog::warn(
            "{} verzoek(en) nog bezig; Kompas stopt zonder erop te wachten (open transacties worden "
            "teruggedraaid)",
            state.handling.load());
        spdlog::default_logger()->flush();
        std::fflush(nullptr);
        std::_Exit(0);
    }
    workers.join();
    return {};
}

}  // namespace kompas
