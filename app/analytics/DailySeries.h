#pragma once

#include "analytics/ChartData.h"
#include "storage/CreatorStore.h"
#include "storage/ScrapeRecords.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace reelpulse::analytics {

// Daily series from stored snapshots (pure functions). Days are UTC calendar days.
//
// The carry-forward rule: a source's value on a day is the value of its latest sample taken at or before the end
// of that day (23:59:59 UTC); a day before its first sample has no value. A sum over sources (a creator's accounts,
// an account's items) adds, each day, the sources that have a value that day; the day has no value only when none
// has one. A day's delta is its value minus the previous day's value, when both are known.

/// One day of a series.
struct DailyPoint
{
    QDate date;
    std::optional<qint64> value;
    std::optional<qint64> delta;
};

/// What a daily series counts.
enum class DailyMetric { Views, Likes, Comments, Shares, Engagement, Followers };
QString dailyMetricName(DailyMetric metric); ///< "views", … (the CLI's --metric values)
std::optional<DailyMetric> dailyMetricFromName(const QString &name);

/// The end of a UTC day (the last second that belongs to it).
QDateTime endOfDay(const QDate &date);

/// The latest sample at or before `at` (samples oldest first).
std::optional<qint64> valueAt(const QList<TimedValue> &samples, const QDateTime &at);
/// One source's value on each day from..to by carry-forward (samples oldest first).
QList<std::optional<qint64>> carryForward(const QList<TimedValue> &samples, const QDate &from, const QDate &to);
/// The day-by-day sum of series of equal length (the rule above).
QList<std::optional<qint64>> sumPerDay(const QList<QList<std::optional<qint64>>> &series);
/// Points from `from` on, each with its delta; `before` is the value of the day before `from` (the first delta).
QList<DailyPoint> withDeltas(const QDate &from, const QList<std::optional<qint64>> &values,
                             std::optional<qint64> before);
/// The daily sum over sources from..to with deltas (the day before `from` is read for the first delta).
QList<DailyPoint> summedDaily(const QList<QList<TimedValue>> &sources, const QDate &from, const QDate &to);

/// An item's samples of one metric (views: the views, else the plays; engagement: likes + comments + saves + shares
/// of the ones known); snapshots that do not know it are left out. Followers: none.
QList<TimedValue> metricSamples(const QList<MetricsSnapshot> &snapshots, DailyMetric metric);

/// A value against the one of the period before.
struct PeriodChange
{
    std::optional<qint64> value;
    std::optional<qint64> previous;
    std::optional<qint64> change;        ///< value − previous, both known
    std::optional<double> changePercent; ///< change ÷ previous × 100, one decimal; none when previous is 0 or unknown
};
PeriodChange periodChange(std::optional<qint64> value, std::optional<qint64> previous);

/// A source's growth over [start, end]: from its value at start (the latest sample at or before it, else its first
/// sample inside the period) to its value at end. None without a sample at or before end.
std::optional<qint64> growthBetween(const QList<TimedValue> &samples, const QDateTime &start, const QDateTime &end);
/// Σ over sources of (value at end − value at start), each by carry-forward, a source without a value at start
/// counting from 0 (an item posted inside the period brings all it gathered); none when no source has a value at
/// end.
std::optional<qint64> gainedBetween(const QList<QList<TimedValue>> &sources, const QDateTime &start,
                                    const QDateTime &end);

/// One row of the creators' leaderboard.
struct LeaderboardRow
{
    QString creatorId;
    QString name;
    int accounts = 0;
    std::optional<qint64> followers;     ///< summed at the period's end
    std::optional<qint64> growth;        ///< followers gained over the period (Σ of the accounts' growth)
    std::optional<double> growthPercent; ///< of the followers at the start
    std::optional<qint64> engagement;    ///< engagement gained over the period
    int rank = 0;
};
enum class LeaderboardBy { Growth, Engagement };
/// Orders by the measure (highest first; unknown last), then by name (any case), then id; numbers the ranks from 1
/// (equal measures share a rank).
void rankLeaderboard(QList<LeaderboardRow> &rows, LeaderboardBy by);

/// A creator's summed followers over the days (a line); days without a value are left out. Each day is drawn at its
/// noon (UTC). (The change per day is left out: an account's first snapshot would dwarf every other day's.)
ChartData creatorFollowersChart(const QList<DailyPoint> &points);
/// The engagement of the creator's posts and videos over the days (a line) and its change from the day before (bars).
ChartData creatorEngagementChart(const QList<DailyPoint> &points);

} // namespace reelpulse::analytics
