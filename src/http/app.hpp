// The whole HTTP application without the network: API routes under /api/, the front-end for
// everything else, the guards every state-changing request passes (JSON, same origin, the
// session's anti-forgery token), sessions for the routes that need one, and the headers every
// response carries. Thread-safe after construction.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "http/router.hpp"
#include "http/static_files.hpp"
#include "http/store_pool.hpp"
#include "service/outcomes.hpp"

namespace kompas {

struct AppOptions {
    std::string database;  // "sqlite" or "postgresql", for /api/health
    std::filesystem::path web_root;
    bool secure_cookies = false;  // served over TLS: __Host- cookie with Secure, https origins
    std::string public_origin;    // the origin browsers see, when a proxy stands in front
};

class App {
public:
    // `outcomes` (block 5) may be null: the outcome routes are then not offered.
    App(std::unique_ptr<StorePool> pool, AppOptions options, std::unique_ptr<OutcomeServices> outcomes = nullptr);

    // Never throws. Every response carries X-Request-Id; a 500 (a handler's error or exception)
    // answers a generic Dutch message with that id, and its details go to the log only.
    HttpResponse Handle(const HttpRequest& request) const;

    // Whether the request's session cookie names a live session (read only: nothing is touched).
    // The server asks this in the header phase before it accepts a body above the anonymous limit.
    bool HasValidSession(const HttpRequest& request) const;

    // The server is stopping: requests waiting for heavy work answer 503 at once, and no new heavy
    // work starts; what runs is not waited for.
    void BeginShutdown() const;

private:
    HttpResponse HandleApi(const HttpRequest& request) const;

    std::unique_ptr<StorePool> pool_;
    std::unique_ptr<OutcomeServices> outcomes_;
    AppOptions options_;
    Router router_;
    StaticFiles static_files_;
};

}  // namespace kompas
