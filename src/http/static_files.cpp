#include "http/static_files.hpp"

#include <fstream>
#include <sstream>

namespace kompas {
namespace {

std::string ContentTypeFor(const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html") return "text/html; charset=utf-8";
    if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".json") return "application/json; charset=utf-8";
    if (ext == ".svg") return "image/svg+xml";
    if (ext == ".png") return "image/png";
    if (ext == ".ico") return "image/x-icon";
    if (ext == ".woff2") return "font/woff2";
    if (ext == ".woff") return "font/woff";
    if (ext == ".txt") return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

bool ReadFile(const std::filesystem::path& file, std::string& out) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = std::move(buffer).str();
    return true;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

HttpResponse StaticFiles::Serve(const HttpRequest& request) const {
    const std::filesystem::path relative = std::filesystem::path(request.path).relative_path().lexically_normal();
    const bool escapes = !relative.empty() && *relative.begin() == "..";
    if (escapes || request.path.find('\0') != std::string::npos) {
        return ErrorResponse(Error{ErrorCode::kNotFound, "Onbekend adres", "path"});
    }
    std::filesystem::path file = root_ / relative;
    const bool is_route = !relative.has_extension();
    if (is_route) file = root_ / "index.html";

    HttpResponse response;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec) || !ReadFile(file, response.body)) {
        if (is_route) {
            response.status = 503;
            response.content_type = "text/plain; charset=utf-8";
            response.body = "De webpagina's zijn niet gebouwd (web/dist ontbreekt). Gebruik make run.\n";
            return response;
        }
        return ErrorResponse(Error{ErrorCode::kNotFound, "Bestand niet gevonden: " + request.path, "path"});
    }
    response.content_type = ContentTypeFor(file);
    // Vite fingerprints assets: they never change under the same name.
    const bool fingerprinted = relative.begin() != relative.end() && *relative.begin() == "assets";
    response.headers.emplace_back("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "no-cache");
    return response;
}

}  // namespace kompas
