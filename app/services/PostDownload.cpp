#include "services/PostDownload.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

std::optional<DownloadRequest> downloadRequestFor(Platform platform, const QString &platformId,
                                                  const QString &shortcode, MediaKind kind, const QString &owner)
{
    DownloadRequest request;
    if (platform == Platform::TikTok) {
        if (platformId.isEmpty())
            return std::nullopt;
        request.kind = u"video"_s;
        request.target = u"https://www.tiktok.com/@%1/video/%2"_s.arg(owner.isEmpty() ? u"_"_s : owner, platformId);
        return request;
    }
    if (shortcode.isEmpty())
        return std::nullopt;
    request.kind = kind == MediaKind::Reel ? u"reel"_s : u"post"_s;
    request.target = shortcode;
    return request;
}

std::optional<DownloadRequest> downloadRequestFor(const StoredItem &item)
{
    return downloadRequestFor(item.platform, item.platformId, item.shortcode, item.kind, item.ownerUsername);
}

} // namespace reelpulse
