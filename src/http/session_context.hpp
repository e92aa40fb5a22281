// Who is signed in for the request being handled: the resumed session, the Caller that the
// services take, and the raw token (only to sign out). Built per request by the App.
#pragma once

#include <string>

#include "core/account.hpp"

namespace kompas {

struct SessionContext {
    Session session;
    Caller caller;
    std::string token;
};

}  // namespace kompas
