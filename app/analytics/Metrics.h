#pragma once

#include "storage/ScrapeRecords.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace reelpulse::analytics {

// The metric formulas of docs/metrics.md, as pure functions over stored values. A count the platform did not give
// is std::nullopt ("unknown"), never 0; a result that cannot be computed (a division by zero, nothing known) is
// std::nullopt too.

/// The public counts of one item at one time. views: the views, else the plays (a reel's play count).
struct Counts
{
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> saves;
    std::optional<qint64> shares;
};

Counts countsOf(const MetricsSnapshot &snapshot);

/// likes + comments + saves + shares, of the ones known; std::nullopt when none is known.
std::optional<qint64> totalEngagement(const Counts &counts);

/// numerator ÷ denominator; std::nullopt when either is unknown or the denominator is not positive.
std::optional<double> ratio(std::optional<qint64> numerator, std::optional<qint64> denominator);

/// total_engagement ÷ the profile's followers (at the snapshot nearest to the post's time).
std::optional<double> engagementRate(const Counts &counts, std::optional<qint64> followers);
/// total_engagement ÷ views (reels and videos).
std::optional<double> engagementRateByViews(const Counts &counts);

/// Each known count of views, likes, comments, saves and shares as a percent of their sum, one decimal, rounded so
/// that the known ones add up to exactly 100.0 (largest remainder). Unknown counts stay std::nullopt; every part is
/// std::nullopt when the sum is 0.
struct Breakdown
{
    std::optional<double> views;
    std::optional<double> likes;
    std::optional<double> comments;
    std::optional<double> saves;
    std::optional<double> shares;
};
Breakdown engagementBreakdown(const Counts &counts);

/// Growth per hour between two snapshots of one item.
struct Velocity
{
    std::optional<double> viewsPerHour;
    std::optional<double> engagementPerHour;
    std::optional<double> hours; ///< the span the rates were measured over
};

/// Over the last window: between the last two snapshots (oldest first). Nothing with fewer than two snapshots or
/// when they share one time.
Velocity lastWindowVelocity(const QList<MetricsSnapshot> &history);
/// Over the last `hours` (24 by default): from the value at (latest − hours), interpolated between the snapshots
/// around it, to the latest. When the history is shorter, from its first snapshot (hours then tells the span).
Velocity recentVelocity(const QList<MetricsSnapshot> &history, double hours = 24.0);

/// One point of an item's metric at an age (hours since it was posted).
struct AgePoint
{
    double ageHours = 0.0;
    double value = 0.0;
};

/// The metric an item had at `ageHours`, linearly interpolated between its points (sorted by age); between its
/// posting (value 0 at age 0) and its first point too. std::nullopt past its last point (no extrapolation) or with
/// no point.
std::optional<double> valueAtAge(const QList<AgePoint> &points, double ageHours);

/// The mean of the middle 50 % of the values (the lowest and highest quarter, ⌊n/4⌋ values each, left out).
std::optional<double> trimmedMean(QList<double> values);

/// Thresholds of the trending / viral test (settings analytics/trending_ratio and analytics/viral_ratio).
struct TrendThresholds
{
    double trending = 1.5;
    double viral = 3.0;
    int minimumBaseline = 3; ///< comparable items of the same account needed for a score
};

/// An item against its account's baseline at the same age (CrowdTangle's overperformance).
struct TrendScore
{
    std::optional<double> score;    ///< value ÷ expected; std::nullopt when not enough history
    std::optional<double> expected; ///< the trimmed mean of the baseline at the item's age
    std::optional<double> value;    ///< the item's own value at its age
    int baselineItems = 0;          ///< baseline items that reached the item's age
    bool isTrending = false;
    bool isViral = false;
    QString note; ///< why there is no score ("not enough history: 2 of the account's items ...")
};

/// The item's latest value at its age against the same account's last items of the same kind (at most 30, each
/// a series by age), each read at the same age.
TrendScore trendScore(const QList<AgePoint> &item, const QList<QList<AgePoint>> &baseline,
                      const TrendThresholds &thresholds = {});

/// An item's series of `metric` by age from its snapshots (views for reels and videos, engagement for images).
enum class TrendMetric { Views, Engagement };
QList<AgePoint> ageSeries(const QList<MetricsSnapshot> &history, const QDateTime &postedAt, TrendMetric metric);

/// Rounds to `decimals` places (half away from zero).
double roundTo(double value, int decimals);

} // namespace reelpulse::analytics
