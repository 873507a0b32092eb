// A TikTok video page (HTML with the __UNIVERSAL_DATA_FOR_REHYDRATION__ script) read as TikTokClient
// does: the universal data extracted, its statusCode checked and itemInfo.itemStruct parsed.
#include "FuzzSupport.h"

#include "tiktok/UniversalDataParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto video = reelpulse::tiktok::parseVideoPage(reelpulse::fuzz::bytes(data, size));
    Q_UNUSED(video);
    return 0;
}
