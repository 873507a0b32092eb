// A public profile page (HTML) read for its meta tags, as InstagramClient does for the
// "instagram.profile_html" parser.
#include "FuzzSupport.h"

#include "instagram/ProfileParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto profile = reelpulse::instagram::parseProfileHtml(reelpulse::fuzz::bytes(data, size));
    Q_UNUSED(profile);
    return 0;
}
