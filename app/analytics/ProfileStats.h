#pragma once

#include "analytics/ChartData.h"
#include "analytics/ItemStats.h"

#include <QJsonObject>

namespace reelpulse::analytics {

/// Followers gained over the last `days` days.
struct Growth
{
    int days = 0;
    std::optional<qint64> absolute;
    std::optional<double> percent; ///< of the followers at the start
    std::optional<double> perDay;
};

/// A profile's growth, posting and engagement (`stats profile`, the profile dashboard, competitor comparison).
struct ProfileStats
{
    QString taskId;
    QString username;
    bool isCompetitor = false;
    std::optional<qint64> followers; ///< at the latest snapshot
    QList<Growth> growth;            ///< 7, 30 and 90 days (or the range asked for)
    int posts = 0;                   ///< top-level posts in the range
    std::optional<double> postsPerWeek;
    std::optional<double> medianEngagementRate;
    std::optional<double> meanEngagementRate;
    std::optional<double> reelsShare;    ///< percent of the posts that are reels or videos
    std::optional<double> positiveShare; ///< percent of the scored comments
    std::optional<double> negativeShare;
    QList<PostPoint> best;  ///< highest engagement rate first (at most 5)
    QList<PostPoint> worst; ///< lowest first (at most 5)
};

/// Pure: the stats from a profile's followers and posts, for the range (growth over each of growthDays, counted
/// back from the range's end or the latest snapshot).
ProfileStats computeProfileStats(const QList<FollowersPoint> &followers, const QList<PostPoint> &posts,
                                 const DateRange &range, const QList<int> &growthDays = {7, 30, 90});
/// Followers gained between the value at (end − days) — the latest snapshot at or before it — and the latest one.
Growth growthOver(const QList<FollowersPoint> &followers, const QDateTime &end, int days);

QJsonObject profileStatisticsJson(const ProfileStats &stats, const DateRange &range);

/// Competitor comparison as grouped bars: one group per measure (followers growth % over the range, posts per
/// week, median engagement rate %, reels share %, positive and negative comment share %), one bar per profile.
/// Unknown values are drawn as 0; the comparison table beside the chart says "unknown".
ChartData comparisonChart(const QList<ProfileStats> &profiles, const DateRange &range);

/// Everything one dashboard shows of a task, read together.
struct Dashboard
{
    TaskRef task;      ///< a project's dashboard: no task (id empty)
    QString projectId; ///< a project's dashboard (all its reels together)
    QString label;     ///< "@brand", a shortcode, a project's name
    DateRange range;
    std::optional<ProfileStats> profile; ///< profile tasks
    std::optional<ItemStats> item;       ///< reel and video tasks: the tracked item
    QList<PostPoint> posts;              ///< newest first (a project: its reels)
    QList<ChartData> charts;
    sentiment::SentimentSummary sentiment;
    QList<sentiment::LanguageSummary> languages;

    /// The chart of a kind, if the dashboard has one.
    const ChartData *chart(ChartKind kind) const;
};

/// One tracked task on the Overview.
struct OverviewCard
{
    TaskRef task;
    QString label;
    QString detail;        ///< "12,400 followers (+230 this week)"
    double movement = 0.0; ///< what orders the movers (followers or views gained this week)
    std::optional<double> trendScore;
    bool isTrending = false;
    bool isViral = false;
};

/// The store at a glance.
struct Overview
{
    int profiles = 0;
    int reels = 0;
    int videos = 0;
    int comments = 0;
    sentiment::SentimentSummary sentiment;
    QList<sentiment::SentimentBucketSummary> sentimentByDay; ///< every task, last 30 days
    QList<OverviewCard> movers;                              ///< the week's biggest movers first
    QList<OverviewCard> trending;                            ///< trending or viral items
    QStringList alerts;
};

} // namespace reelpulse::analytics
