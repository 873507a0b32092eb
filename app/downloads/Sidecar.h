#pragma once

#include "platform/ScrapedTypes.h"

#include <QDateTime>
#include <QJsonObject>

namespace reelpulse::downloads {

/// The metadata written beside a download (`{owner}_{shortcode}.json`) and into a ZIP (`metadata.json`):
/// shortcode, media id, type, caption, hashtags, mentions, owner, time, the counts at download, the source
/// URL and when it was downloaded.
QJsonObject sidecarJson(const MediaItem &post, const QString &sourceUrl, const QDateTime &downloadedAt);

} // namespace reelpulse::downloads
