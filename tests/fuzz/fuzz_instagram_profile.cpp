// A response body read as an Instagram profile (web_profile_info, GraphQL or app format), as
// InstagramClient does for the "instagram.profile" parser.
#include "FuzzSupport.h"

#include "instagram/ProfileParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto profile = reelpulse::instagram::parseProfile(reelpulse::fuzz::bytes(data, size));
    Q_UNUSED(profile);
    return 0;
}
