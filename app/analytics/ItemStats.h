#pragma once

#include "analytics/AnalyticsReader.h"
#include "analytics/ChartData.h"
#include "analytics/Metrics.h"

#include <QJsonObject>

namespace reelpulse::analytics {

/// Everything `stats post|reel|video` and the reel dashboard say about one item, from its stored history.
struct ItemStats
{
    StoredItem item;
    QList<MetricsSnapshot> history; ///< oldest first
    Counts counts;                  ///< at the latest snapshot
    std::optional<qint64> engagement;
    std::optional<qint64> followers; ///< the owner's, at the profile snapshot nearest to the post's time
    std::optional<double> engagementRate;
    std::optional<double> engagementRateByViews;
    Breakdown breakdown;
    Velocity window; ///< between the last two snapshots
    Velocity day;    ///< over the last 24 h
    TrendScore trend;
    TrendMetric trendMetric = TrendMetric::Views;
    /// The trend metric at each snapshot, and the baseline's trimmed mean at the same ages (where enough of the
    /// account's items reached them), for the trend chart.
    QList<ChartPoint> trendSeries;
    QList<ChartPoint> expectedSeries;
};

/// The stats of one stored item (by shortcode, URL or platform id). NotFound when it was never scraped.
Result<ItemStats> itemStats(QSqlDatabase db, const QString &urlCodeOrId, const TrendThresholds &thresholds = {});
/// The same for an item already read, with its history.
Result<ItemStats> itemStats(QSqlDatabase db, const ItemHistory &item, const TrendThresholds &thresholds = {});

/// `post_statistics` of the hosted API (downloader-info-api §14), with engagement_rate_by_views and the trend's
/// explanation added.
QJsonObject postStatisticsJson(const ItemStats &stats);
/// `reel_statistics` of the hosted API (§15); watch-time fields are null (public counts do not give them).
QJsonObject reelStatisticsJson(const ItemStats &stats);

} // namespace reelpulse::analytics
