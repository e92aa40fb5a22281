#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
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
#include <optional>
#include <thread>
#include <vector>

#include "http/compression.hpp"

namespace kompas {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr std::uint32_t kHeaderLimit = 16 * 1024;

// What the listener, the sessions and the shutdown share.
struct ServerState {
    std::atomic<bool> stopping{false};
    std::atomic<int> answering{0};  // requests read and not yet answered
    std::atomic<int> handling{0};   // handlers running on the worker pool
};

// One client connection. Owned by the shared_ptrs in its pending handlers; all its I/O runs
// on its own strand, and request handling on the worker pool.
class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, const App& app, const ServerOptions& options, asio::thread_pool& workers,
            ServerState& state)
        : stream_(std::move(socket)), app_(app), options_(options), workers_(workers), state_(state) {}

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
        parser_->header_limit(kHeaderLimit);
        // A short deadline while a kept-alive connection waits for its next request.
        stream_.expires_after(std::chrono::seconds(options_.idle_seconds));
        http::async_read_header(stream_, buffer_, *parser_,
                                beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
    }

    void OnHeader(beast::error_code ec, std::size_t) {
        if (ec) return OnReadError(ec);
        const auto& header = parser_->get();
        const bool upload = header.method() == http::verb::post && (header.target() == "/api/trajectories/uploads" ||
                                                                    header.target() == "/api/own-data/uploads");
        const std::uint64_t limit = upload ? options_.upload_body_limit : options_.body_limit;
        if (parser_->content_length().value_or(0) > limit) return OnReadError(http::error::body_limit);
        parser_->body_limit(limit);  // a chunked body is counted as it comes
        stream_.expires_after(std::chrono::seconds(options_.request_seconds));
        http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::OnRead, shared_from_this()));
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
        beast::error_code endpoint_ec;
        request->remote = stream_.socket().remote_endpoint(endpoint_ec).address().to_string();
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
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    const App& app_;
    const ServerOptions& options_;
    asio::thread_pool& workers_;
    ServerState& state_;
    bool answering_ = false;  // a request of this connection counts in state_.answering (on the strand)
};

// Accepts connections and gives each its own strand.
class Listener : public std::enable_shared_from_this<Listener> {
public:
    Listener(asio::io_context& ioc, const App& app, const ServerOptions& options, asio::thread_pool& workers,
             ServerState& state)
        : ioc_(ioc),
          acceptor_(asio::make_strand(ioc)),
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
            self->acceptor_.close(ec);
        });
    }

private:
    void OnAccept(beast::error_code ec, tcp::socket socket) {
        if (!ec) {
            std::make_shared<Session>(std::move(socket), app_, options_, workers_, state_)->Run();
        } else if (ec == asio::error::operation_aborted || !acceptor_.is_open()) {
            return;
        } else {
            spdlog::warn("accept: {}", ec.message());  // e.g. out of file descriptors: keep serving
        }
        Accept();
    }

    asio::io_context& ioc_;
    tcp::acceptor acceptor_;
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

}  // namespace

Result<void> RunServer(const App& app, const ServerOptions& options,
                       const std::function<void(std::uint16_t)>& on_listening) {
    ServerState state;  // outlives the sessions, which the io_context and the workers may still hold
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
