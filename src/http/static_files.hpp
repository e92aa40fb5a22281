// Serves the built front-end (web/dist): files by path, and index.html for any path without
// a file extension so that the front-end can route it. Read-only, thread-safe.
#pragma once

#include <filesystem>

#include "http/message.hpp"

namespace kompas {

class StaticFiles {
public:
    explicit StaticFiles(std::filesystem::path root);

    // 404 for a missing file, and for any path that would leave the root.
    HttpResponse Serve(const HttpRequest& request) const;

private:
    std::filesystem::path root_;
};

}  // namespace kompas
