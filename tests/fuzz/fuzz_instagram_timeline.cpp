// A response body read as a page of a profile's posts and as a story feed, as InstagramClient does for
// the "instagram.timeline" and "instagram.stories" parsers.
#include "FuzzSupport.h"

#include "instagram/TimelineParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = reelpulse::fuzz::bytes(data, size);
    const auto page = reelpulse::instagram::parseTimelinePage(body);
    const auto stories = reelpulse::instagram::parseStories(body);
    Q_UNUSED(page);
    Q_UNUSED(stories);
    return 0;
}
