#include "downloads/MediaUrl.h"

namespace reelpulse::downloads {

QUrl mediaFetchUrl(const QString &url, const QString &override)
{
    QUrl result = QUrl::fromUserInput(url);
    if (url.startsWith(u"http://") || url.startsWith(u"https://"))
        result = QUrl(url, QUrl::TolerantMode);
    if (override.trimmed().isEmpty())
        return result;
    const QUrl base(override.trimmed());
    result.setScheme(base.scheme());
    result.setHost(base.host());
    result.setPort(base.port());
    result.setUserInfo(base.userInfo());
    return result;
}

} // namespace reelpulse::downloads
