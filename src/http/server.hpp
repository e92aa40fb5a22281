// The network side of Kompas: a Boost.Beast HTTP/1.1 server that defends itself (body and
// header limits, a deadline on every read and write, one request at a time per connection)
// and never blocks its I/O thread: requests are handled on a separate worker pool.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "http/app.hpp"

namespace kompas {

// The most bytes of a request's start line and headers (fuzz/http_request_fuzz.cpp parses with it).
inline constexpr std::uint32_t kRequestHeaderLimit = 16 * 1024;

struct ServerOptions {
    std::string address = "0.0.0.0";
    std::uint16_t port = 8080;
    std::size_t io_threads = 1;
    std::size_t worker_threads = 4;
    std::uint64_t body_limit = 1024 * 1024;  // bytes; larger requests get 413
    // POST /api/trajectories/uploads carries a whole file (32 MiB, as base64 in JSON).
    std::uint64_t upload_body_limit = 48u << 20;
    // Before a session is known (no valid session cookie) a request may carry at most this many
    // bytes; the larger limits above apply once the header's session cookie was checked.
    std::uint64_t anonymous_body_limit = 64 * 1024;
    std::uint32_t header_limit = kRequestHeaderLimit;  // request line and headers; larger gets 431
    int request_seconds = 30;                          // deadline for writing one response
    int idle_seconds = 15;                             // how long a kept-alive connection may wait for the next request
    int header_seconds = 10;                           // how long a new connection may take to send its whole header
    // A body must keep coming: no pause longer than header_seconds, and after the first
    // body_grace_seconds at least min_body_rate bytes per second on average (else the connection
    // is closed). A 48 MiB upload at the minimum rate takes about 50 minutes.
    std::uint64_t min_body_rate = 16 * 1024;
    int body_grace_seconds = 10;
    // Open connections in total and per client address; beyond them a new connection gets 503 with
    // Retry-After and is closed. The total is also kept below the process's descriptor limit.
    std::size_t max_connections = 4096;
    std::size_t max_connections_per_address = 256;
    int retry_after_seconds = 5;
    // The address of a reverse proxy in front of Kompas: only from it is X-Forwarded-For believed
    // (its right-most address becomes the client's), and it is exempt from the per-address cap.
    std::vector<std::string> trusted_proxies;
    // On SIGINT or SIGTERM: how long requests already read may take to be answered, and then how
    // long a handler still running is waited for before the process exits under it.
    std::chrono::milliseconds shutdown_grace{2500};
    std::chrono::milliseconds shutdown_handlers{1000};
};

// Runs until SIGINT or SIGTERM, then stops within shutdown_grace + shutdown_handlers: it stops
// accepting, tells the app (heavy work is not waited for: App::BeginShutdown), answers the
// requests already read (with Connection: close) and closes the rest. A handler still running
// after that (a long upload) is not waited for: the process ends at once with exit status 0
// (std::_Exit), and its open transaction rolls back. A second signal ends the grace at once.
// `on_listening` is called with the bound port (useful with port 0). Returns an error when the
// address cannot be bound.
Result<void> RunServer(const App& app, const ServerOptions& options,
                       const std::function<void(std::uint16_t)>& on_listening);

}  // namespace kompas
