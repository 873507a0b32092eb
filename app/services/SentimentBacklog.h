#pragma once

#include "domain/Result.h"

#include <QString>

namespace reelpulse {

/// How many stored comments are not scored by the engine and mode of `engineVersion` (labels set by hand are
/// never counted), read through a connection of the calling thread's own to the store file: call it on a pool
/// thread, since it reads every comment.
Result<int> commentsToScore(const QString &storeFilePath, const QString &engineVersion);

} // namespace reelpulse
