// A whole TikTok answer (status, final URL, headers, body; see fuzz::httpAnswer) classified as a video
// page and as a comment list, as TikTokClient does before it hands a body to a parser.
#include "FuzzSupport.h"

#include "tiktok/ResponseClassifier.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace reelpulse;
    const HttpAnswer answer = fuzz::httpAnswer(data, size);
    const auto page = tiktok::classifyVideoPage(answer, fuzz::fixedNow());
    const auto comments = tiktok::classifyCommentList(answer, fuzz::fixedNow());
    Q_UNUSED(page);
    Q_UNUSED(comments);
    return 0;
}
