// libFuzzer target: a JSON request body, parsed as the App does (ParseJsonObject) and handed to
// every reader of src/http/body.cpp.
#include "fuzz_util.hpp"
#include "http/body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kompas::HttpRequest request;
    request.method = "POST";
    request.body = std::string(kompas::fuzz::AsText(data, size));
    auto body = kompas::ParseJsonObject(request);
    if (!body) return 0;
    (void)kompas::ReadSignIn(*body);
    (void)kompas::ReadNewOrganisation(*body);
    (void)kompas::ReadNewPerson(*body);
    (void)kompas::ReadNewCollaboration(*body);
    (void)kompas::ReadAgreements(*body);
    (void)kompas::ReadNewPartner(*body);
    (void)kompas::ReadEvaluationResponse(*body);
    (void)kompas::ReadTitle(*body);
    (void)kompas::ReadTrajectoryUpload(*body);
    return 0;
}
