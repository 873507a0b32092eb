// A response body read as a page of Instagram comments (GraphQL connection or app-style list), as
// InstagramClient does for the "instagram.comments" parser.
#include "FuzzSupport.h"

#include "instagram/CommentParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto page = reelpulse::instagram::parseCommentPage(reelpulse::fuzz::bytes(data, size));
    Q_UNUSED(page);
    return 0;
}
