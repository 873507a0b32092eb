#pragma once

#include "analytics/AnalyticsReader.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace reelpulse::analytics {

/// The dates a dashboard shows: [from, to], either end open.
struct DateRange
{
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;

    /// The last `days` days up to `now`; days <= 0: all.
    static DateRange lastDays(int days, const QDateTime &now);
    bool contains(const QDateTime &time) const;
    /// "2026-01-01 – 2026-01-31", "all dates", "from 2026-01-01".
    QString describe() const;
};

enum class ChartKind {
    Followers,
    Engagement,
    Velocity,
    Sentiment,
    Heatmap,
    Views,
    PostsPerWeek,
    Languages,
    Trend,
    Words,
    Emoji,
    Hashtags
};
QString chartKindName(ChartKind kind); ///< "followers", "engagement", ... (the CLI's --chart values)
std::optional<ChartKind> chartKindFromName(const QString &name);
QStringList chartKindNames();

/// One point of a time series.
struct ChartPoint
{
    QDateTime time;
    double value = 0.0;
    QString label; ///< what a tooltip names (a post's shortcode), may be empty
};

struct ChartSeries
{
    enum class Style { Line, Scatter, StackedArea, Bars };
    QString name;
    Style style = Style::Line;
    QList<ChartPoint> points;
};

/// Values per category (grouped bars, donuts).
struct CategorySeries
{
    QString name;
    QList<double> values; ///< one per ChartData::categories
};

/// What one chart draws, as plain values: the same data feeds the app's chart, its PNG/SVG/PDF export and its CSV.
struct ChartData
{
    ChartKind kind = ChartKind::Followers;
    QString title;
    QString valueTitle;        ///< the vertical axis ("followers", "views per hour")
    QString rangeText;         ///< DateRange::describe()
    QList<ChartSeries> series; ///< time charts
    QStringList categories;    ///< category charts (bars, donuts)
    QList<CategorySeries> bars;
    QStringList rowLabels;                     ///< heatmap rows (weekdays)
    QStringList columnLabels;                  ///< heatmap columns (hours)
    QList<QList<std::optional<double>>> cells; ///< heatmap [row][column]; std::nullopt: no post there
    QString emptyHint;                         ///< what to do when there is nothing to draw
    QString note;                              ///< how the values were found (the chart's tooltip), may be empty

    bool isEmpty() const;
};

/// The chart's data as CSV (RFC 4180: comma-separated, CRLF line ends, fields with ", comma or line break quoted;
/// UTF-8; one header row; times ISO-8601 UTC). Time charts: one row per time, a column per series (empty where a
/// series has no point). Category charts: one row per category. Heatmaps: one row per cell.
QByteArray chartCsv(const ChartData &chart);

/// A post with what the dashboards plot of it.
struct PostPoint
{
    StoredItem item;
    std::optional<qint64> engagement;
    std::optional<double> engagementRate; ///< by followers at the nearest snapshot
    std::optional<qint64> views;
};

/// Pure builders from read values to chart data. Each keeps only the points inside `range`.
ChartData followersChart(const QList<FollowersPoint> &points, const DateRange &range);
ChartData engagementChart(const QList<PostPoint> &posts, const DateRange &range);
ChartData velocityChart(const QList<MetricsSnapshot> &history, const DateRange &range);
ChartData viewsChart(const QList<MetricsSnapshot> &history, const DateRange &range);
ChartData sentimentChart(const QList<sentiment::SentimentBucketSummary> &days, const DateRange &range);
ChartData heatmapChart(const QList<PostPoint> &posts, const DateRange &range);
ChartData postsPerWeekChart(const QList<PostPoint> &posts, const DateRange &range);
ChartData languagesChart(const QList<sentiment::LanguageSummary> &languages);
/// An item's trend metric at each snapshot against what its account's items usually had at the same age (the
/// trimmed mean of the baseline, where enough of them reached that age).
ChartData trendChart(const QString &metricName, const QList<ChartPoint> &item, const QList<ChartPoint> &expected,
                     const DateRange &range);

/// All reels of a project together: at each snapshot time of any reel, the sum over the reels of their latest
/// known views, likes and comments at that time (a reel counts from its first snapshot on; an unknown count adds
/// nothing). `histories`: one per reel, oldest first.
ChartData projectTotalsChart(const QList<QList<MetricsSnapshot>> &histories, const DateRange &range);

/// The median of the values (the mean of the two middle ones for an even count).
std::optional<double> median(QList<double> values);

} // namespace reelpulse::analytics
