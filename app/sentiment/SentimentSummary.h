#pragma once

#include "sentiment/SentimentTypes.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <array>
#include <optional>

namespace reelpulse::sentiment {

// One scored (or manually labelled) comment as the summaries see it.
struct SentimentSample
{
    Label label = Label::Neutral;
    std::optional<double> compound; // absent: not used in the average (e.g. a manual label on an unscored text)
    qint64 createdAt = 0;           // epoch seconds, UTC
};

enum class SummaryBucket { Day, Week };

// Aggregate of the labels of a set of comments (a post, a task, a day or a week): the reference documents'
// sentiment_summary. Percentages have one decimal and always sum to exactly 100.0 (largest-remainder rounding).
// Overall sentiment: the class with the most comments; on a tie, the tied class that matches the label of the
// average compound, else neutral (see docs/sentiment.md). No comments is its own state ("no_comments"), not 0 %.
class SentimentSummary final
{
public:
    SentimentSummary() = default;
    static SentimentSummary fromSamples(const QList<SentimentSample> &samples);
    static SentimentSummary fromCounts(int positive, int negative, int neutral, std::optional<double> averageCompound);

    bool isEmpty() const { return m_total == 0; }
    int total() const { return m_total; }
    int count(Label label) const { return m_counts[index(label)]; }
    // One decimal (e.g. 62.2); 0.0 for every class when empty.
    double percentage(Label label) const { return m_tenths[index(label)] / 10.0; }
    // Absent when there are no comments.
    std::optional<Label> overall() const { return m_overall; }
    // "positive" / "negative" / "neutral" / "no_comments".
    QString overallName() const;
    // Mean compound of the comments that have one; absent when none has.
    std::optional<double> averageCompound() const { return m_averageCompound; }

    // {"total_comments":N,"sentiment_distribution":{...},"sentiment_percentages":{...},
    //  "overall_sentiment":"positive","average_compound":x} (average_compound null when absent).
    QJsonObject toJson() const;
    // The reel documents' sentiment_analysis: {"positive":n,"negative":n,"neutral":n,"overall_sentiment":...}.
    QJsonObject toSentimentAnalysisJson() const;

private:
    static constexpr int index(Label label) { return label == Label::Positive ? 0 : label == Label::Negative ? 1 : 2; }
    void finish();

    int m_total = 0;
    std::array<int, 3> m_counts{}; // positive, negative, neutral
    std::array<int, 3> m_tenths{}; // percentages in tenths of a percent
    std::optional<Label> m_overall;
    std::optional<double> m_averageCompound;
};

// A day or an ISO week (Monday to Sunday, UTC) and its summary.
struct SentimentBucketSummary
{
    QDate start;           // the day, or the Monday of the week
    qint64 startEpoch = 0; // start at 00:00 UTC in epoch seconds
    SentimentSummary summary;
};

// Buckets from the first to the last comment's bucket, in time order; buckets without comments are included
// (their summary isEmpty()), so a chart shows the gap as "no comments" rather than as 0 %.
QList<SentimentBucketSummary> summarizeByBucket(const QList<SentimentSample> &samples, SummaryBucket bucket);
QDate bucketStart(qint64 epochSeconds, SummaryBucket bucket);
QString bucketName(SummaryBucket bucket); // "day" / "week"
std::optional<SummaryBucket> bucketFromName(QStringView name);
QJsonArray bucketsToJson(const QList<SentimentBucketSummary> &buckets, SummaryBucket bucket);

} // namespace reelpulse::sentiment
