// A response body read as one Instagram post (shortcode_media in the GraphQL edge format, app-style
// items[], web_info, or a bare media node), as InstagramClient does for the "instagram.post" parser.
#include "FuzzSupport.h"

#include "instagram/MediaParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto post = reelpulse::instagram::parsePost(reelpulse::fuzz::bytes(data, size));
    Q_UNUSED(post);
    return 0;
}
