#pragma once

#include "domain/Result.h"
#include "storage/ScrapeRecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace reelpulse {

/// A tracked account (a profile task of either platform) as a creator shows it.
struct CreatorAccount
{
    QString profileTaskId;
    QString platform; ///< "instagram" or "tiktok"
    QString username;
    std::optional<qint64> followers; ///< at its latest snapshot that has them
    std::optional<QDateTime> lastScraped;
    QDateTime linkedAt; ///< invalid for an account not linked (the choices of a link)
};

/// A creator: a named group of accounts across platforms.
struct Creator
{
    QString id;
    QString name;
    QDateTime createdAt;
    QList<CreatorAccount> accounts; ///< by platform, then username
};

/// One stored value at one time (a snapshot's followers).
struct TimedValue
{
    QDateTime at;
    qint64 value = 0;
};

/// A top-level item of an account with every stored snapshot (oldest first) and the task that found it.
struct ItemSnapshots
{
    qint64 itemId = 0;
    QString platform;
    QString platformId;
    QString shortcode;
    QString ownerUsername;
    QString caption;
    QString mediaType;
    std::optional<QDateTime> takenAt;
    QString taskId;
    QList<MetricsSnapshot> snapshots;
};

/// Rows of `creators` and `creator_accounts`, and the snapshot reads their roll-ups need. Creator names are unique
/// without regard to case (name_key is the lower-cased name). Removing a creator removes its links only; removing a
/// profile task removes its links too (both ON DELETE CASCADE).
class CreatorStore final
{
public:
    explicit CreatorStore(QSqlDatabase db);

    /// Conflict when a creator of that name (any case) exists.
    Status insert(const Creator &creator);
    /// Conflict when another creator has that name (any case); NotFound when there is no creator of that id.
    Status rename(const QString &id, const QString &name);
    Result<bool> remove(const QString &id);
    /// By exact id, else by name (any case).
    Result<std::optional<Creator>> find(const QString &idOrName);
    /// Creators ordered by name (any case), then id, with their accounts; after `afterKey` (name key, id) when set.
    Result<QList<Creator>> list(int limit = -1, const std::optional<QPair<QString, QString>> &after = std::nullopt);
    Result<int> count(const std::optional<QDateTime> &createdBy = std::nullopt);

    /// Conflict when the account is linked already.
    Status link(const QString &creatorId, const QString &profileTaskId, const QDateTime &at);
    Result<bool> unlink(const QString &creatorId, const QString &profileTaskId);
    /// Every profile task as an account (the choices of a link), by platform and username.
    Result<QList<CreatorAccount>> accounts();
    Result<std::optional<CreatorAccount>> account(const QString &profileTaskId);

    /// Followers of each profile task at each snapshot that has them, oldest first; by task id.
    Result<QHash<QString, QList<TimedValue>>> followers(const QStringList &profileTaskIds);
    /// Followers of every profile task (the overview).
    Result<QHash<QString, QList<TimedValue>>> allFollowers();
    /// The top-level items the profile tasks found, each once, with all their snapshots.
    Result<QList<ItemSnapshots>> items(const QStringList &profileTaskIds);
    /// The top-level items of one task of any kind ("profile", "reel", "video"), with all their snapshots.
    Result<QList<ItemSnapshots>> taskItems(const QString &taskKind, const QString &taskId);
    /// One stored item (by its row id) with its snapshots.
    Result<std::optional<ItemSnapshots>> item(qint64 itemId);
    /// Every stored top-level item with all its snapshots (the overview).
    Result<QList<ItemSnapshots>> allItems();
    /// Profile tasks (of both platforms) created by a time.
    Result<int> accountCount(const QDateTime &createdBy);
    /// Comments given a sentiment label, of the UTC days in (after, upTo] (the per-item, per-day counts).
    Result<qint64> commentsAnalysed(const QDateTime &after, const QDateTime &upTo);

private:
    Result<QList<CreatorAccount>> accountsOf(const QString &creatorId);
    Result<QList<ItemSnapshots>> readItems(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace reelpulse
