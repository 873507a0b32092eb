#pragma once

#include "platform/FailureClass.h"
#include "services/DownloadService.h"

#include <optional>

namespace reelpulse {

/// The hosted-API error of a failed look-up of a post, reel or story (POST_NOT_FOUND, REEL_PRIVATE,
/// STORIES_UNAVAILABLE, RATE_LIMIT, …) with what to do about it.
DownloadError lookupError(const QString &kind, const ScrapeFailure &failure);

/// Why the queue pauses before a file of `toCome` bytes (-1: not known yet): under `minimum` free, or less free
/// than the file; nothing when it fits. The message names the folder (and both sizes).
std::optional<DownloadError> lowDiskError(const QString &folder, qint64 freeBytes, qint64 toCome, qint64 minimum);

} // namespace reelpulse
