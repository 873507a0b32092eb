#pragma once

#include "domain/Result.h"
#include "sentiment/SentimentTypes.h"

#include <QString>

namespace reelpulse {

/// The mode comments are scored in: `sentiment.mode` in the data folder's settings (social when unset), the
/// same for the app's scheduler, reelpulse-cli scrape, a label given back to the engine and an explanation.
sentiment::Mode commentSentimentMode(const QString &dataDir);
Status setCommentSentimentMode(const QString &dataDir, sentiment::Mode mode);

} // namespace reelpulse
