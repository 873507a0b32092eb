#pragma once

#include "analytics/DailySeries.h"
#include "domain/Result.h"
#include "storage/CreatorStore.h"

#include <QDate>
#include <QFuture>
#include <QString>

namespace reelpulse {

class Database;
class QueryService;

/// A creator's post or video with its latest counts (the top videos of a creator).
struct TopItem
{
    ItemSnapshots item; ///< snapshots dropped but the latest
    std::optional<qint64> views;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    std::optional<qint64> saves;
    std::optional<qint64> engagement; ///< likes + comments + saves + shares of the ones known
};

/// A creator with its roll-ups over a range of days.
struct CreatorRollup
{
    Creator creator;
    QDate from;
    QDate to;
    std::optional<qint64> followers;                 ///< Σ of the accounts' latest followers
    QList<analytics::DailyPoint> followersOverTime;  ///< Σ of the accounts' followers, carried forward
    QList<analytics::DailyPoint> engagementOverTime; ///< Σ of the items' engagement (likes + comments + saves + shares)
    QList<TopItem> topItems;                         ///< most viewed first, then most engagement (at most 10)
};

/// Creators (groups of accounts on either platform) and the roll-ups over them, daily series in the hosted shape
/// and the period overview: the rules both fronts use. Synchronous over one thread's store connection: the CLI
/// calls it on its main thread, the app through CreatorQueries on the query service's thread.
class CreatorService final
{
public:
    explicit CreatorService(Database &database);
    Q_DISABLE_COPY_MOVE(CreatorService)

    /// Names: 1–100 characters after trimming, unique without regard to case (Conflict otherwise).
    Result<Creator> add(const QString &name, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<Creator> rename(const QString &creator, const QString &name);
    /// Removes the creator and its links; its accounts stay tracked.
    Result<Creator> remove(const QString &creator);
    /// The creator by id or name (any case); NotFound otherwise.
    Result<Creator> creator(const QString &creator);
    Result<QList<Creator>> list();
    /// One page of creators by name after a cursor (from a previous page); the next cursor is empty on the last
    /// page.
    struct Page
    {
        QList<Creator> creators;
        QString nextCursor;
    };
    Result<Page> page(int limit, const QString &cursor);
    /// Links an account (profile task id or unique prefix); Conflict when it is linked already.
    Result<Creator> link(const QString &creator, const QString &profileTask,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<Creator> unlink(const QString &creator, const QString &profileTask);
    /// Every tracked account, of both platforms (what can be linked).
    Result<QList<CreatorAccount>> accounts();

    /// The creator's roll-ups over the days from..to (UTC).
    Result<CreatorRollup> rollup(const QString &creator, const QDate &from, const QDate &to);
    /// Every creator ranked by followers gained or engagement gained over the `days` up to `now`.
    Result<QList<analytics::LeaderboardRow>> leaderboard(analytics::LeaderboardBy by, int days, const QDateTime &now);

private:
    Result<QString> profileTaskId(const QString &idOrPrefix);

    Database &m_database;
};

/// CreatorService on the query service's thread: each call returns at once, the future carries the value.
class CreatorQueries final
{
public:
    explicit CreatorQueries(QueryService &queries);

    QFuture<Result<QList<Creator>>> list();
    QFuture<Result<QList<CreatorAccount>>> accounts();
    QFuture<Result<Creator>> add(const QString &name);
    QFuture<Result<Creator>> rename(const QString &creatorId, const QString &name);
    QFuture<Result<Creator>> remove(const QString &creatorId);
    QFuture<Result<Creator>> link(const QString &creatorId, const QString &profileTaskId);
    QFuture<Result<Creator>> unlink(const QString &creatorId, const QString &profileTaskId);
    QFuture<Result<CreatorRollup>> rollup(const QString &creatorId, const QDate &from, const QDate &to);
    QFuture<Result<QList<analytics::LeaderboardRow>>> leaderboard(analytics::LeaderboardBy by, int days,
                                                                  const QDateTime &now);

private:
    QueryService &m_queries;
};

} // namespace reelpulse
