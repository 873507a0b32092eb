#pragma once

#include "services/DownloadService.h"
#include "storage/ScrapeRecords.h"

#include <optional>

namespace reelpulse {

/// The download request of a stored post in the default quality and type (best, all media, with metadata):
/// an Instagram post or reel by its shortcode, a TikTok video by its address. Nothing for a post that has
/// neither (an Instagram item without shortcode). The one mapping the "Download" actions on posts (task
/// details, dashboards) and the profile tasks' "download new posts" use.
std::optional<DownloadRequest> downloadRequestFor(Platform platform, const QString &platformId,
                                                  const QString &shortcode, MediaKind kind, const QString &owner);
std::optional<DownloadRequest> downloadRequestFor(const StoredItem &item);

} // namespace reelpulse
