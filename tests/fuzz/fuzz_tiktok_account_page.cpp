// A TikTok account page (HTML with the __UNIVERSAL_DATA_FOR_REHYDRATION__ script) read as TikTokClient does:
// the universal data extracted, webapp.user-detail's statusCode checked, the user, its counts (statsV2, then
// stats) and any item list parsed; the same bytes also as an account's video list answer.
#include "FuzzSupport.h"

#include "tiktok/UserDetailParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = reelpulse::fuzz::bytes(data, size);
    const auto account = reelpulse::tiktok::parseAccountPage(input);
    Q_UNUSED(account);
    const auto videos = reelpulse::tiktok::parseItemList(input);
    Q_UNUSED(videos);
    return 0;
}
