#include "http/report_bodies.hpp"

#include "http/compression.hpp"

namespace kompas {
namespace {

std::size_t SizeOf(const ReportBody& body) { return body.json.size() + (body.gzip ? body.gzip->size() : 0); }

}  // namespace

std::shared_ptr<const ReportBody> ReportBodies::Find(const std::string& key) const {
    std::lock_guard lock(mutex_);
    const auto found = bodies_.find(key);
    return found == bodies_.end() ? nullptr : found->second;
}

std::shared_ptr<const ReportBody> ReportBodies::Put(const std::string& key, std::string json) {
    auto body = std::make_shared<ReportBody>();
    if (json.size() >= kMinGzipBytes) body->gzip = Gzip(json);
    body->json = std::move(json);
    std::lock_guard lock(mutex_);
    if (const auto found = bodies_.find(key); found != bodies_.end()) return found->second;
    bodies_[key] = body;
    order_.push_back(key);
    bytes_ += SizeOf(*body);
    while (bytes_ > budget_ && order_.size() > 1) {
        const auto oldest = bodies_.find(order_.front());
        bytes_ -= SizeOf(*oldest->second);
        bodies_.erase(oldest);
        order_.pop_front();
    }
    return body;
}

HttpResponse BodyResponse(const HttpRequest& request, const ReportBody& body) {
    HttpResponse response = JsonResponse(std::string(), 200);
    if (body.gzip && AcceptsGzip(request.Header("accept-encoding"))) {
        response.body = *body.gzip;
        response.headers.emplace_back("Content-Encoding", "gzip");
    } else {
        response.body = body.json;
    }
    if (body.json.size() >= kMinGzipBytes) response.headers.emplace_back("Vary", "Accept-Encoding");
    return response;
}

}  // namespace kompas
