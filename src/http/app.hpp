// The whole HTTP application without the network: API routes under /api/, the front-end for
// everything else, and the headers every response carries. Thread-safe after construction.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "http/router.hpp"
#include "http/static_files.hpp"
#include "http/store_pool.hpp"

namespace kompas {

class App {
public:
    App(std::unique_ptr<StorePool> pool, std::string database, std::filesystem::path web_root);

    // Never throws: a handler's exception becomes a 500 without details for the client.
    HttpResponse Handle(const HttpRequest& request) const;

private:
    std::unique_ptr<StorePool> pool_;
    Router router_;
    StaticFiles static_files_;
};

}  // namespace kompas
