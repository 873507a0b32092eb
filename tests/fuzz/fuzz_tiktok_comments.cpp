// A response body read as a page of /api/comment/list/, as TikTokClient does.
#include "FuzzSupport.h"

#include "tiktok/CommentListParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto page = reelpulse::tiktok::parseCommentList(reelpulse::fuzz::bytes(data, size));
    Q_UNUSED(page);
    return 0;
}
