#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QJsonObject>

namespace reelpulse::tiktok {

/// A TikTok web `itemStruct` (video page, or an item of a list) as a MediaItem:
/// platform TikTok, kind Video (Carousel for an `imagePost`, with one Image child per picture),
/// stats playCount → plays and views, diggCount → likes, commentCount → comments, shareCount → shares,
/// collectCount → saves (integers or strings; `statsV2`, exact, wins over `stats`, which may be rounded), createTime,
/// author.uniqueId / author.id, desc → caption, hashtags from textExtra[].hashtagName, challenges[].title and
/// the caption, mentions from textExtra[].userUniqueId and the caption, video cover / playAddr.
/// An Error when the object has no id.
Result<MediaItem> parseItemStruct(const QJsonObject &item);

} // namespace reelpulse::tiktok
