#pragma once

#include "analytics/DailySeries.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QString>

namespace reelpulse {

class Database;
class QueryService;

/// What `analytics daily` reads: an account, a creator or a video.
struct DailySubject
{
    QString type; ///< "account", "creator" or "video"
    QString id;   ///< profile task id, creator id, or the video's platform id
    QString name; ///< "@name", the creator's name, the shortcode or platform id
    QString platform;
};

struct DailySeriesResult
{
    DailySubject subject;
    analytics::DailyMetric metric = analytics::DailyMetric::Views;
    QDate from;
    QDate to;
    QList<analytics::DailyPoint> points;
};

/// The store's headline figures over a period against the period of the same length before it.
struct PeriodOverview
{
    int days = 7;
    QDateTime from; ///< the period: (from, to]
    QDateTime to;
    QDateTime previousFrom; ///< the period before: (previousFrom, from]
    struct Figure
    {
        QString key; ///< "tracked_accounts", "creators", "videos", "followers", "views", "engagement", …
        analytics::PeriodChange change;
    };
    QList<Figure> figures;

    const Figure *figure(const QString &key) const;
};

/// Daily series of an account, a creator or a video, and the store's period overview, in the hosted shapes
/// terms (`analytics daily`, `overview`). Synchronous over one thread's store connection; DailyAnalyticsQueries runs
/// it on the query service's thread.
class DailyAnalyticsService final
{
public:
    explicit DailyAnalyticsService(Database &database);
    Q_DISABLE_COPY_MOVE(DailyAnalyticsService)

    /// A daily series of an account (profile task id or prefix), a creator (id or name) or a video (video or reel
    /// task id, shortcode, URL or platform id), tried in that order. Followers are counted for accounts and
    /// creators; views, likes, comments, shares and engagement sum their posts and videos.
    Result<DailySeriesResult> daily(const QString &subject, analytics::DailyMetric metric, const QDate &from,
                                    const QDate &to);
    /// The headline figures of the `days` up to `now` against the `days` before: counts at each period's end
    /// (tracked accounts, creators, videos/posts, followers) and what each period gained (views, engagement,
    /// comments analysed).
    Result<PeriodOverview> overview(int days, const QDateTime &now);

private:
    Result<DailySubject> resolve(const QString &subject, QList<QList<TimedValue>> &sources,
                                 analytics::DailyMetric metric);

    Database &m_database;
};

/// DailyAnalyticsService on the query service's thread.
class DailyAnalyticsQueries final
{
public:
    explicit DailyAnalyticsQueries(QueryService &queries);

    QFuture<Result<DailySeriesResult>> daily(const QString &subject, analytics::DailyMetric metric, const QDate &from,
                                             const QDate &to);
    QFuture<Result<PeriodOverview>> overview(int days, const QDateTime &now);

private:
    QueryService &m_queries;
};

} // namespace reelpulse
