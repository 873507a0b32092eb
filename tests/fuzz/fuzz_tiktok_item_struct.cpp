// JSON read as a TikTok web itemStruct (the object a video page embeds), without the page around it, so
// the fuzzer spends its time on the item's fields.
#include "FuzzSupport.h"

#include "tiktok/ItemStructParser.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reelpulse::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(reelpulse::fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const auto item = reelpulse::tiktok::parseItemStruct(document.object());
    Q_UNUSED(item);
    return 0;
}
