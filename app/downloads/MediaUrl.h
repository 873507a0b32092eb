#pragma once

#include <QString>
#include <QUrl>

namespace reelpulse::downloads {

/// The URL a media file is fetched from: `url` as it is, or, when `override` (setting media.url, or
/// REELPULSE_MEDIA_URL, for tests and proxies) is set, `url` with the scheme, host and port of `override` and its own
/// path and query.
QUrl mediaFetchUrl(const QString &url, const QString &override);

} // namespace reelpulse::downloads
