#include "analytics/DailySeries.h"

#include "analytics/Metrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::analytics {

namespace {

struct MetricName
{
    DailyMetric metric;
    const char16_t *name;
};

constexpr MetricName MetricNames[] = {
    {DailyMetric::Views, u"views"},   {DailyMetric::Likes, u"likes"},           {DailyMetric::Comments, u"comments"},
    {DailyMetric::Shares, u"shares"}, {DailyMetric::Engagement, u"engagement"}, {DailyMetric::Followers, u"followers"},
};

ChartData dailyChart(ChartKind kind, const QString &title, const QString &valueTitle, const QString &lineName,
                     const QList<DailyPoint> &points, const QString &emptyHint, bool changeToo)
{
    ChartData c;
    c.kind = kind;
    c.title = title;
    c.valueTitle = valueTitle;
    c.emptyHint = emptyHint;
    if (!points.isEmpty()) {
        DateRange range;
        range.from = QDateTime(points.first().date, QTime(0, 0), Qt::UTC);
        range.to = endOfDay(points.last().date);
        c.rangeText = range.describe();
    }
    ChartSeries line{lineName, ChartSeries::Style::Line, {}};
    ChartSeries change{QCoreApplication::translate("reelpulse::analytics::DailySeries", "change per day"),
                       ChartSeries::Style::Bars,
                       {}};
    for (const DailyPoint &p : points) {
        const QDateTime noon(p.date, QTime(12, 0), Qt::UTC);
        if (p.value)
            line.points.append({noon, static_cast<double>(*p.value), {}});
        if (p.delta)
            change.points.append({noon, static_cast<double>(*p.delta), {}});
    }
    if (!line.points.isEmpty())
        c.series = changeToo ? QList<ChartSeries>{line, change} : QList<ChartSeries>{line};
    return c;
}

std::optional<qint64> measure(const LeaderboardRow &row, LeaderboardBy by)
{
    return by == LeaderboardBy::Growth ? row.growth : row.engagement;
}

} // namespace

QString dailyMetricName(DailyMetric metric)
{
    for (const MetricName &m : MetricNames)
        if (m.metric == metric)
            return QString::fromUtf16(m.name);
    return {};
}

std::optional<DailyMetric> dailyMetricFromName(const QString &name)
{
    for (const MetricName &m : MetricNames)
        if (name.compare(QString::fromUtf16(m.name), Qt::CaseInsensitive) == 0)
            return m.metric;
    return std::nullopt;
}

QDateTime endOfDay(const QDate &date)
{
    return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
}

std::optional<qint64> valueAt(const QList<TimedValue> &samples, const QDateTime &at)
{
    std::optional<qint64> value;
    for (const TimedValue &s : samples) {
        if (s.at > at)
            break;
        value = s.value;
    }
    return value;
}

QList<std::optional<qint64>> carryForward(const QList<TimedValue> &samples, const QDate &from, const QDate &to)
{
    QList<std::optional<qint64>> values;
    if (!from.isValid() || !to.isValid() || to < from)
        return values;
    values.reserve(from.daysTo(to) + 1);
    qsizetype next = 0;
    std::optional<qint64> current;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QDateTime end = endOfDay(day);
        while (next < samples.size() && samples.at(next).at <= end)
            current = samples.at(next++).value;
        values.append(current);
    }
    return values;
}

QList<std::optional<qint64>> sumPerDay(const QList<QList<std::optional<qint64>>> &series)
{
    qsizetype days = 0;
    for (const auto &s : series)
        days = std::max(days, s.size());
    QList<std::optional<qint64>> sum(days);
    for (const auto &s : series)
        for (qsizetype i = 0; i < s.size(); ++i)
            if (s.at(i))
                sum[i] = sum.at(i).value_or(0) + *s.at(i);
    return sum;
}

QList<DailyPoint> withDeltas(const QDate &from, const QList<std::optional<qint64>> &values,
                             std::optional<qint64> before)
{
    QList<DailyPoint> points;
    points.reserve(values.size());
    std::optional<qint64> previous = before;
    for (qsizetype i = 0; i < values.size(); ++i) {
        DailyPoint p;
        p.date = from.addDays(i);
        p.value = values.at(i);
        if (p.value && previous)
            p.delta = *p.value - *previous;
        previous = p.value;
        points.append(p);
    }
    return points;
}

QList<DailyPoint> summedDaily(const QList<QList<TimedValue>> &sources, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    // One day more in front: its value gives the first day's delta.
    QList<QList<std::optional<qint64>>> series;
    series.reserve(sources.size());
    for (const QList<TimedValue> &samples : sources)
        series.append(carryForward(samples, from.addDays(-1), to));
    QList<std::optional<qint64>> sum = sumPerDay(series);
    if (sum.isEmpty())
        sum = QList<std::optional<qint64>>(from.daysTo(to) + 2);
    const std::optional<qint64> before = sum.takeFirst();
    return withDeltas(from, sum, before);
}

QList<TimedValue> metricSamples(const QList<MetricsSnapshot> &snapshots, DailyMetric metric)
{
    QList<TimedValue> samples;
    samples.reserve(snapshots.size());
    for (const MetricsSnapshot &s : snapshots) {
        const Counts c = countsOf(s);
        std::optional<qint64> v;
        switch (metric) {
        case DailyMetric::Views:
            v = c.views;
            break;
        case DailyMetric::Likes:
            v = c.likes;
            break;
        case DailyMetric::Comments:
            v = c.comments;
            break;
        case DailyMetric::Shares:
            v = c.shares;
            break;
        case DailyMetric::Engagement:
            v = totalEngagement(c);
            break;
        case DailyMetric::Followers:
            break;
        }
        if (v)
            samples.append({s.takenAt, *v});
    }
    return samples;
}

PeriodChange periodChange(std::optional<qint64> value, std::optional<qint64> previous)
{
    PeriodChange c{value, previous, std::nullopt, std::nullopt};
    if (value && previous) {
        c.change = *value - *previous;
        if (*previous != 0)
            c.changePercent =
                roundTo(100.0 * static_cast<double>(*c.change) / std::abs(static_cast<double>(*previous)), 1);
    }
    return c;
}

std::optional<qint64> growthBetween(const QList<TimedValue> &samples, const QDateTime &start, const QDateTime &end)
{
    const std::optional<qint64> last = valueAt(samples, end);
    if (!last)
        return std::nullopt;
    std::optional<qint64> first = valueAt(samples, start);
    if (!first) {
        for (const TimedValue &s : samples) {
            if (s.at > start && s.at <= end) {
                first = s.value;
                break;
            }
        }
    }
    if (!first)
        return std::nullopt;
    return *last - *first;
}

std::optional<qint64> gainedBetween(const QList<QList<TimedValue>> &sources, const QDateTime &start,
                                    const QDateTime &end)
{
    std::optional<qint64> gained;
    for (const QList<TimedValue> &samples : sources) {
        const std::optional<qint64> last = valueAt(samples, end);
        if (!last)
            continue;
        gained = gained.value_or(0) + *last - valueAt(samples, start).value_or(0);
    }
    return gained;
}

void rankLeaderboard(QList<LeaderboardRow> &rows, LeaderboardBy by)
{
    std::stable_sort(rows.begin(), rows.end(), [by](const LeaderboardRow &a, const LeaderboardRow &b) {
        const std::optional<qint64> x = measure(a, by);
        const std::optional<qint64> y = measure(b, by);
        if (x.has_value() != y.has_value())
            return x.has_value();
        if (x && *x != *y)
            return *x > *y;
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.creatorId < b.creatorId;
    });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool tied = i > 0 && measure(rows.at(i), by) == measure(rows.at(i - 1), by);
        rows[i].rank = tied ? rows.at(i - 1).rank : int(i) + 1;
    }
}

ChartData creatorFollowersChart(const QList<DailyPoint> &points)
{
    return dailyChart(
        ChartKind::Followers, QCoreApplication::translate("reelpulse::analytics::DailySeries", "Total followers"),
        QCoreApplication::translate("reelpulse::analytics::DailySeries", "followers"),
        QCoreApplication::translate("reelpulse::analytics::DailySeries", "followers (all accounts)"), points,
        QCoreApplication::translate("reelpulse::analytics::DailySeries",
                                    "No follower count in these days: link accounts to the creator and scrape them."),
        false);
}

ChartData creatorEngagementChart(const QList<DailyPoint> &points)
{
    return dailyChart(
        ChartKind::Engagement, QCoreApplication::translate("reelpulse::analytics::DailySeries", "Engagement"),
        QCoreApplication::translate("reelpulse::analytics::DailySeries", "likes, comments, saves and shares"),
        QCoreApplication::translate("reelpulse::analytics::DailySeries", "engagement (all posts and videos)"), points,
        QCoreApplication::translate("reelpulse::analytics::DailySeries",
                                    "No post or video of the creator's accounts has counts in these days yet."),
        true);
}

} // namespace reelpulse::analytics
