#include "sentiment/SentimentSummary.h"

#include <QDateTime>
#include <QJsonValue>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

namespace {

constexpr Label kOrder[] = {Label::Positive, Label::Negative, Label::Neutral};

QJsonObject perClass(const std::array<int, 3> &values, bool tenths)
{
    QJsonObject object;
    for (int k = 0; k < 3; ++k) {
        if (tenths)
            object.insert(labelName(kOrder[k]), values[std::size_t(k)] / 10.0);
        else
            object.insert(labelName(kOrder[k]), values[std::size_t(k)]);
    }
    return object;
}

} // namespace

SentimentSummary SentimentSummary::fromSamples(const QList<SentimentSample> &samples)
{
    SentimentSummary summary;
    double sum = 0.0;
    int withCompound = 0;
    for (const SentimentSample &sample : samples) {
        ++summary.m_counts[std::size_t(index(sample.label))];
        if (sample.compound) {
            sum += *sample.compound;
            ++withCompound;
        }
    }
    summary.m_total = int(samples.size());
    if (withCompound > 0)
        summary.m_averageCompound = sum / withCompound;
    summary.finish();
    return summary;
}

SentimentSummary SentimentSummary::fromCounts(int positive, int negative, int neutral,
                                              std::optional<double> averageCompound)
{
    SentimentSummary summary;
    summary.m_counts = {std::max(positive, 0), std::max(negative, 0), std::max(neutral, 0)};
    summary.m_total = summary.m_counts[0] + summary.m_counts[1] + summary.m_counts[2];
    summary.m_averageCompound = summary.m_total > 0 ? averageCompound : std::nullopt;
    summary.finish();
    return summary;
}

void SentimentSummary::finish()
{
    m_tenths = {0, 0, 0};
    m_overall.reset();
    if (m_total == 0)
        return;

    // Largest remainder: floor every share in tenths of a percent, then hand the missing tenths to the largest
    // remainders (ties: the larger count, then positive, negative, neutral).
    std::array<long long, 3> remainders{};
    int assigned = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        const long long scaled = 1000LL * m_counts[k];
        m_tenths[k] = int(scaled / m_total);
        remainders[k] = scaled % m_total;
        assigned += m_tenths[k];
    }
    std::array<std::size_t, 3> order{0, 1, 2};
    std::stable_sort(order.begin(), order.end(), [this, &remainders](std::size_t a, std::size_t b) {
        if (remainders[a] != remainders[b])
            return remainders[a] > remainders[b];
        return m_counts[a] > m_counts[b];
    });
    for (std::size_t k = 0; assigned < 1000; ++k, ++assigned)
        ++m_tenths[order[k % 3]];

    const int most = *std::max_element(m_counts.begin(), m_counts.end());
    int tied = 0;
    for (const int count : m_counts)
        tied += count == most ? 1 : 0;
    if (tied == 1) {
        for (std::size_t k = 0; k < 3; ++k) {
            if (m_counts[k] == most)
                m_overall = kOrder[k];
        }
        return;
    }
    // Tie: the tied class that the average compound points to, else neutral.
    m_overall = Label::Neutral;
    if (m_averageCompound) {
        const Label byAverage = labelForCompound(*m_averageCompound);
        if (m_counts[std::size_t(index(byAverage))] == most)
            m_overall = byAverage;
    }
}

QString SentimentSummary::overallName() const
{
    return m_overall ? labelName(*m_overall) : u"no_comments"_s;
}

QJsonObject SentimentSummary::toJson() const
{
    QJsonObject object;
    object.insert(u"total_comments"_s, m_total);
    object.insert(u"sentiment_distribution"_s, perClass(m_counts, false));
    object.insert(u"sentiment_percentages"_s, perClass(m_tenths, true));
    object.insert(u"overall_sentiment"_s, overallName());
    object.insert(u"average_compound"_s,
                  m_averageCompound ? QJsonValue(roundLikePython(*m_averageCompound, 4)) : QJsonValue());
    return object;
}

QJsonObject SentimentSummary::toSentimentAnalysisJson() const
{
    QJsonObject object = perClass(m_counts, false);
    object.insert(u"overall_sentiment"_s, overallName());
    return object;
}

QDate bucketStart(qint64 epochSeconds, SummaryBucket bucket)
{
    const QDate day = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC).date();
    if (bucket == SummaryBucket::Day)
        return day;
    return day.addDays(1 - day.dayOfWeek()); // ISO: Monday is day 1
}

QString bucketName(SummaryBucket bucket)
{
    return bucket == SummaryBucket::Day ? u"day"_s : u"week"_s;
}

std::optional<SummaryBucket> bucketFromName(QStringView name)
{
    if (name.compare(u"day", Qt::CaseInsensitive) == 0)
        return SummaryBucket::Day;
    if (name.compare(u"week", Qt::CaseInsensitive) == 0)
        return SummaryBucket::Week;
    return std::nullopt;
}

QList<SentimentBucketSummary> summarizeByBucket(const QList<SentimentSample> &samples, SummaryBucket bucket)
{
    std::map<qint64, QList<SentimentSample>> grouped; // Julian day of the bucket start
    for (const SentimentSample &sample : samples)
        grouped[bucketStart(sample.createdAt, bucket).toJulianDay()].append(sample);

    QList<SentimentBucketSummary> result;
    if (grouped.empty())
        return result;
    const qint64 step = bucket == SummaryBucket::Day ? 1 : 7;
    const qint64 first = grouped.begin()->first;
    const qint64 last = grouped.rbegin()->first;
    for (qint64 julian = first; julian <= last; julian += step) {
        SentimentBucketSummary entry;
        entry.start = QDate::fromJulianDay(julian);
        entry.startEpoch = QDateTime(entry.start, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const auto found = grouped.find(julian);
        if (found != grouped.end())
            entry.summary = SentimentSummary::fromSamples(found->second);
        result.append(entry);
    }
    return result;
}

QJsonArray bucketsToJson(const QList<SentimentBucketSummary> &buckets, SummaryBucket bucket)
{
    QJsonArray array;
    for (const SentimentBucketSummary &entry : buckets) {
        QJsonObject object = entry.summary.toJson();
        object.insert(u"bucket"_s, bucketName(bucket));
        object.insert(u"bucket_start"_s, entry.start.toString(Qt::ISODate));
        object.insert(u"bucket_start_epoch"_s, entry.startEpoch);
        array.append(object);
    }
    return array;
}

} // namespace reelpulse::sentiment
