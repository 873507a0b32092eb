#pragma once

#include "domain/Result.h"
#include "platform/ScrapedTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace reelpulse::tiktok {

/// The JSON in `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">…</script>` of a
/// TikTok web page. An Error when the page has no such script (field "shape") or its JSON is broken
/// (field "body").
Result<QJsonObject> extractUniversalData(const QByteArray &html);

/// `__DEFAULT_SCOPE__["webapp.video-detail"]` of the universal data; empty when absent.
QJsonObject videoDetail(const QJsonObject &universalData);

/// `statusCode` of the video detail (0 is success); nullopt when absent.
std::optional<int> videoStatusCode(const QJsonObject &universalData);

/// The video of a video page (`/@{username}/video/{id}`): extracts the universal data, checks statusCode
/// and parses `itemInfo.itemStruct`. A non-zero statusCode is an Error (classify the page with
/// tiktok::classifyVideoPage to know why).
Result<MediaItem> parseVideoPage(const QByteArray &html);
Result<MediaItem> parseVideoDetail(const QJsonObject &universalData);

} // namespace reelpulse::tiktok
