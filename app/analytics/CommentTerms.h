#pragma once

#include "analytics/ChartData.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace reelpulse::analytics {

/// A word, emoji or hashtag with how often it was seen.
struct TermCount
{
    QString term;
    int count = 0;
    bool operator==(const TermCount &o) const { return term == o.term && count == o.count; }
};

/// A hashtag with the posts that carry it and their mean total engagement.
struct HashtagRank
{
    QString tag; ///< "#tag", lower case
    int posts = 0;
    double meanEngagement = 0.0;
};

/// The most frequent words of the texts, most frequent first (ties by word): lower case, at least three letters,
/// without mentions, hashtags, links, numbers and the common little words of English, Spanish and German. Each
/// text counts a word once (a comment repeating a word does not outweigh the others).
QList<TermCount> topWords(const QStringList &texts, int limit);

/// The most frequent emoji of the texts, most frequent first (ties by emoji): one per grapheme (skin tones and
/// variation selectors left out, ZWJ sequences and flags kept whole), each counted every time it appears.
QList<TermCount> topEmoji(const QStringList &texts, int limit);

/// The hashtags of the posts in `range` whose engagement is known, by the mean total engagement of the posts that
/// carry them (highest first; ties by more posts, then by tag); hashtags on fewer than `minPosts` posts left out.
QList<HashtagRank> rankHashtags(const QList<PostPoint> &posts, const DateRange &range, int minPosts, int limit);

/// Bar charts of the above. `sampleNote` says which comments were read (the chart's tooltip).
ChartData wordsChart(const QList<TermCount> &words, const QString &sampleNote);
ChartData emojiChart(const QList<TermCount> &emoji, const QString &sampleNote);
ChartData hashtagsChart(const QList<HashtagRank> &tags, const DateRange &range);

} // namespace reelpulse::analytics
