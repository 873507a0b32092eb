#pragma once

#include <QString>

namespace reelpulse::sentiment {
struct SentimentExplanation;
}

namespace reelpulse {

/// A comment's text as rich text (HTML, escaped) with the words and emoji that moved its sentiment
/// score highlighted: green for positive, red for negative, stronger for heavier weights.
/// Contribution positions are UTF-16 offsets into `text`; overlapping or out-of-range ones are skipped.
QString sentimentHighlightHtml(const QString &text, const sentiment::SentimentExplanation &explanation);

/// "love +3.2, awful −2.5": the contributions in words, strongest first (at most `limit`).
QString sentimentContributionList(const sentiment::SentimentExplanation &explanation, int limit = 6);

} // namespace reelpulse
