#pragma once

#include "analytics/ChartData.h"
#include "analytics/ItemStats.h"
#include "analytics/ProfileStats.h"
#include "domain/Result.h"

#include <QFuture>
#include <QString>

namespace reelpulse {

class Database;
class QueryService;

/// What the dashboards, `stats` and `export` show, computed once for both fronts from the stored history
/// (docs/metrics.md). Synchronous over one thread's store connection: the CLI calls it on its main thread, the app
/// through AnalyticsQueries on the query service's thread.
class AnalyticsService final
{
public:
    AnalyticsService(Database &database, QString dataDir);
    Q_DISABLE_COPY_MOVE(AnalyticsService)

    /// The trending / viral thresholds of the settings (analytics.trending_percent, analytics.viral_percent).
    static analytics::TrendThresholds thresholds(const QString &dataDir);

    Result<analytics::ItemStats> itemStats(const QString &urlCodeOrId);
    /// A profile task's growth, posting and engagement (by id or prefix), as of `now`.
    Result<analytics::ProfileStats> profileStats(const QString &taskIdOrPrefix, const QDateTime &now);
    /// Every chart of a task's dashboard in `range`.
    Result<analytics::Dashboard> dashboard(const QString &taskIdOrPrefix, const analytics::DateRange &range);
    /// All reels of a project together (by id or name): their views, likes and comments summed over time,
    /// comment sentiment per day, and the reels with their latest figures.
    Result<analytics::Dashboard> projectDashboard(const QString &projectIdOrName, const analytics::DateRange &range);
    /// The tasks of the store at a glance (the Overview).
    Result<analytics::Overview> overview(const QDateTime &now);
    /// Profiles side by side over a range (competitor comparison): every profile task when ids is empty.
    Result<QList<analytics::ProfileStats>> comparison(const QStringList &taskIds, const analytics::DateRange &range);

private:
    Result<TaskRef> resolve(const QString &taskIdOrPrefix);
    /// chartsToo false: the figures only (no chart, no sentiment by day or language), for the comparison.
    Result<analytics::Dashboard> read(const QString &taskIdOrPrefix, const analytics::DateRange &range, bool chartsToo);

    Database &m_database;
    QString m_dataDir;
};

/// AnalyticsService on the query service's thread: each call returns at once, the future carries the value.
class AnalyticsQueries final
{
public:
    AnalyticsQueries(QueryService &queries, QString dataDir);

    QFuture<Result<analytics::ItemStats>> itemStats(const QString &urlCodeOrId);
    QFuture<Result<analytics::Dashboard>> dashboard(const QString &taskId, const analytics::DateRange &range);
    QFuture<Result<analytics::Dashboard>> projectDashboard(const QString &projectId, const analytics::DateRange &range);
    QFuture<Result<analytics::Overview>> overview(const QDateTime &now);
    QFuture<Result<QList<analytics::ProfileStats>>> comparison(const QStringList &taskIds,
                                                               const analytics::DateRange &range);

private:
    QueryService &m_queries;
    QString m_dataDir;
};

} // namespace reelpulse
