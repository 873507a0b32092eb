#pragma once

#include "sentiment/SentimentTypes.h"

namespace reelpulse {

/// The sentiment mode comments are scored in, chosen in the Settings and kept in the settings
/// (Sentiment/commentMode: "social" or "reference"): Social when unset or unknown. The scheduler,
/// a label given back to the engine and the explanation of a comment all use it.
sentiment::Mode commentSentimentMode();
void setCommentSentimentMode(sentiment::Mode mode);

} // namespace reelpulse
