// Routes a request to its handler by method and path pattern ("/api/regions/{code}/profile").
// Built once at start, then read-only: safe to use from many threads at once.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace kompas {

using PathParams = std::map<std::string, std::string>;
using Handler = std::function<HttpResponse(const HttpRequest&, const PathParams&)>;

class Router {
public:
    void Add(std::string method, std::string pattern, Handler handler);

    // The handler's response; 404 when no pattern matches the path, 405 when one matches but
    // not for this method.
    HttpResponse Dispatch(const HttpRequest& request) const;

private:
    struct Route {
        std::string method;
        std::vector<std::string> segments;  // "{name}" captures one segment
        Handler handler;
    };
    std::vector<Route> routes_;
};

}  // namespace kompas
