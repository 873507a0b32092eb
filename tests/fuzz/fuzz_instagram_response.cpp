// A whole Instagram answer (status, final URL, headers, body; see fuzz::httpAnswer) classified as a JSON
// and as an HTML answer, as InstagramClient does before it hands a body to a parser.
#include "FuzzSupport.h"

#include "instagram/ResponseClassifier.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace reelpulse;
    const HttpAnswer answer = fuzz::httpAnswer(data, size);
    const auto json = instagram::classifyResponse(answer, Expect::Json, fuzz::fixedNow());
    const auto html = instagram::classifyResponse(answer, Expect::Html, fuzz::fixedNow());
    Q_UNUSED(json);
    Q_UNUSED(html);
    return 0;
}
