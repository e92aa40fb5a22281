// Turning a service's Result into a response: the value as JSON with the given status, or the
// error through the one status table. Used by every route file.
#pragma once

#include "http/json.hpp"
#include "http/message.hpp"

namespace kompas {

template <typename T>
HttpResponse Reply(const Result<T>& result, int status = 200) {
    if (!result) return ErrorResponse(result.error());
    if constexpr (std::is_void_v<T>) {
        HttpResponse response;
        response.status = 204;
        response.content_type.clear();
        return response;
    } else if constexpr (requires { ToJsonArray(*result); }) {
        return JsonResponse(Dump(ToJsonArray(*result)), status);
    } else {
        return JsonResponse(Dump(ToJson(*result)), status);
    }
}

}  // namespace kompas
