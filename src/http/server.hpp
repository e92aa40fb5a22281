// The network side of Kompas: a Boost.Beast HTTP/1.1 server that defends itself (body and
// header limits, a deadline on every read and write, one request at a time per connection)
// and never blocks its I/O thread: requests are handled on a separate worker pool.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

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
    int request_seconds = 30;  // deadline for reading one whole request
    int idle_seconds = 15;     // how long a kept-alive connection may wait for the next
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
