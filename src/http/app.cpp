#include "http/app.hpp"

#include <spdlog/spdlog.h>

#include "http/youth_profile_routes.hpp"

namespace kompas {

App::App(std::unique_ptr<StorePool> pool, std::string database, std::filesystem::path web_root)
    : pool_(std::move(pool)), static_files_(std::move(web_root)) {
    AddYouthProfileRoutes(router_, *pool_, std::move(database));
}

HttpResponse App::Handle(const HttpRequest& request) const {
    HttpResponse response;
    try {
        if (request.path == "/api" || request.path.starts_with("/api/")) {
            response = router_.Dispatch(request);
        } else if (request.method == "GET" || request.method == "HEAD") {
            response = static_files_.Serve(request);
        } else {
            response = ErrorResponse(Error{ErrorCode::kInvalidArgument, "Alleen GET op dit adres", "method"});
            response.status = 405;
        }
    } catch (const std::exception& e) {
        spdlog::error("{} {}: {}", request.method, request.path, e.what());
        response = ErrorResponse(Error{ErrorCode::kInternal, "Interne fout; zie het serverlogboek", ""});
    }
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                  "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    return response;
}

}  // namespace kompas
