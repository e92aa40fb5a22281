// Reading JSON request bodies into the services' input values: every field checked for its
// type, errors naming the field. The reverse of json.hpp.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/account.hpp"
#include "core/collaboration.hpp"
#include "core/error.hpp"
#include "http/message.hpp"

namespace kompas {

// The body as a JSON object; invalid_argument when it is not one.
Result<nlohmann::json> ParseJsonObject(const HttpRequest& request);

struct SignInInput {
    std::string email;
    std::string password;
};

Result<SignInInput> ReadSignIn(const nlohmann::json& body);
Result<NewOrganisation> ReadNewOrganisation(const nlohmann::json& body);
Result<NewPerson> ReadNewPerson(const nlohmann::json& body);
Result<NewCollaboration> ReadNewCollaboration(const nlohmann::json& body);
Result<Agreements> ReadAgreements(const nlohmann::json& body);
Result<NewPartner> ReadNewPartner(const nlohmann::json& body);
Result<EvaluationResponse> ReadEvaluationResponse(const nlohmann::json& body);
Result<std::string> ReadTitle(const nlohmann::json& body);

// POST /api/trajectories/uploads: { "filename", "content_base64" }, the content decoded.
struct TrajectoryUpload {
    std::string filename;
    std::string bytes;
};

// kInvalidArgument naming "filename" when it is absent, not a string or empty, and
// "content_base64" when it is absent, not a string or not valid base64.
Result<TrajectoryUpload> ReadTrajectoryUpload(const nlohmann::json& body);

}  // namespace kompas
