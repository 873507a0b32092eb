#include "services/CreatorService.h"

#include "analytics/Metrics.h"
#include "services/QueryService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

constexpr int MaxNameLength = 100;
constexpr int TopItemsShown = 10;

Status checkName(const QString &name)
{
    if (name.isEmpty())
        return Error::invalid(u"name"_s,
                              QCoreApplication::translate("reelpulse::CreatorService", "A creator needs a name."));
    if (name.size() > MaxNameLength)
        return Error::invalid(
            u"name"_s, QCoreApplication::translate("reelpulse::CreatorService",
                                                   "A creator's name has at most %1 characters (this one has %2).")
                           .arg(MaxNameLength)
                           .arg(name.size()));
    return Ok{};
}

QStringList taskIds(const Creator &creator)
{
    QStringList ids;
    for (const CreatorAccount &a : creator.accounts)
        ids.append(a.profileTaskId);
    return ids;
}

TopItem topItem(const ItemSnapshots &item)
{
    TopItem t;
    t.item = item;
    if (!item.snapshots.isEmpty()) {
        t.item.snapshots = {item.snapshots.last()};
        const Counts c = countsOf(item.snapshots.last());
        t.views = c.views;
        t.likes = c.likes;
        t.comments = c.comments;
        t.shares = c.shares;
        t.saves = c.saves;
        t.engagement = totalEngagement(c);
    }
    return t;
}

/// Most viewed first (unknown last), then most engagement, then newest.
void sortTopItems(QList<TopItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const TopItem &a, const TopItem &b) {
        if (a.views.has_value() != b.views.has_value())
            return a.views.has_value();
        if (a.views != b.views)
            return *a.views > *b.views;
        if (a.engagement != b.engagement)
            return a.engagement.value_or(-1) > b.engagement.value_or(-1);
        return a.item.takenAt.value_or(QDateTime()) > b.item.takenAt.value_or(QDateTime());
    });
}

QList<QList<TimedValue>> itemSources(const QList<ItemSnapshots> &items, DailyMetric metric)
{
    QList<QList<TimedValue>> sources;
    sources.reserve(items.size());
    for (const ItemSnapshots &i : items)
        sources.append(metricSamples(i.snapshots, metric));
    return sources;
}

QString encodeCursor(const Creator &last)
{
    return QString::fromLatin1((last.name.toLower() + u'\n' + last.id)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QPair<QString, QString>> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype cut = text.lastIndexOf(u'\n');
    if (cut < 0)
        return std::nullopt;
    return QPair<QString, QString>(text.left(cut), text.mid(cut + 1));
}

} // namespace

CreatorService::CreatorService(Database &database)
    : m_database(database)
{
}

Result<Creator> CreatorService::add(const QString &rawName, const QDateTime &now)
{
    const QString name = rawName.simplified();
    if (auto s = checkName(name); !s.ok())
        return s.error();
    CreatorStore store(m_database.connection());
    Creator c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = name;
    c.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    if (auto s = store.insert(c); !s.ok())
        return s.error();
    return c;
}

Result<Creator> CreatorService::rename(const QString &creatorKey, const QString &rawName)
{
    const QString name = rawName.simplified();
    if (auto s = checkName(name); !s.ok())
        return s.error();
    auto c = creator(creatorKey);
    if (!c.ok())
        return c.error();
    CreatorStore store(m_database.connection());
    if (auto s = store.rename(c->id, name); !s.ok())
        return s.error();
    return creator(c->id);
}

Result<Creator> CreatorService::remove(const QString &creatorKey)
{
    auto c = creator(creatorKey);
    if (!c.ok())
        return c.error();
    CreatorStore store(m_database.connection());
    auto removed = store.remove(c->id);
    if (!removed.ok())
        return removed.error();
    return c;
}

Result<Creator> CreatorService::creator(const QString &creatorKey)
{
    if (creatorKey.trimmed().isEmpty())
        return Error::invalid(u"creator"_s, QCoreApplication::translate("reelpulse::CreatorService",
                                                                        "Name a creator (its id or its name)."));
    CreatorStore store(m_database.connection());
    auto found = store.find(creatorKey.simplified());
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::CreatorService",
                                        "No creator is named or has the id \"%1\". See: reelpulse-cli creators list")
                .arg(creatorKey));
    return *found.value();
}

Result<QList<Creator>> CreatorService::list()
{
    return CreatorStore(m_database.connection()).list();
}

Result<CreatorService::Page> CreatorService::page(int limit, const QString &cursor)
{
    if (limit < 1 || limit > 200)
        return Error::invalid(
            u"limit"_s, QCoreApplication::translate("reelpulse::CreatorService", "--limit must be between 1 and 200."));
    std::optional<QPair<QString, QString>> after;
    if (!cursor.isEmpty()) {
        after = decodeCursor(cursor);
        if (!after)
            return Error::invalid(u"cursor"_s, QCoreApplication::translate(
                                                   "reelpulse::CreatorService",
                                                   "That cursor is not one this list gave; start again without it."));
    }
    auto rows = CreatorStore(m_database.connection()).list(limit + 1, after);
    if (!rows.ok())
        return rows.error();
    Page p;
    p.creators = rows.value();
    if (p.creators.size() > limit) {
        p.creators.resize(limit);
        p.nextCursor = encodeCursor(p.creators.last());
    }
    return p;
}

Result<QString> CreatorService::profileTaskId(const QString &idOrPrefix)
{
    if (idOrPrefix.trimmed().isEmpty())
        return Error::invalid(
            u"profile_task_id"_s,
            QCoreApplication::translate("reelpulse::CreatorService", "Name an account by its profile task id."));
    return sql::resolveId(m_database.connection(), u"profile_tasks"_s, idOrPrefix,
                          QCoreApplication::translate("reelpulse::CreatorService", "profile task"));
}

Result<Creator> CreatorService::link(const QString &creatorKey, const QString &profileTask, const QDateTime &now)
{
    auto c = creator(creatorKey);
    if (!c.ok())
        return c.error();
    auto task = profileTaskId(profileTask);
    if (!task.ok())
        return task.error();
    CreatorStore store(m_database.connection());
    if (auto s = store.link(c->id, task.value(), now); !s.ok())
        return s.error();
    return creator(c->id);
}

Result<Creator> CreatorService::unlink(const QString &creatorKey, const QString &profileTask)
{
    auto c = creator(creatorKey);
    if (!c.ok())
        return c.error();
    auto task = profileTaskId(profileTask);
    if (!task.ok())
        return task.error();
    CreatorStore store(m_database.connection());
    auto removed = store.unlink(c->id, task.value());
    if (!removed.ok())
        return removed.error();
    if (!removed.value())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::CreatorService", "Account %1 is not linked to creator \"%2\".")
                .arg(task.value(), c->name));
    return creator(c->id);
}

Result<QList<CreatorAccount>> CreatorService::accounts()
{
    return CreatorStore(m_database.connection()).accounts();
}

Result<CreatorRollup> CreatorService::rollup(const QString &creatorKey, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(u"from"_s, QCoreApplication::translate("reelpulse::CreatorService",
                                                                     "The first day must not come after the last."));
    auto c = creator(creatorKey);
    if (!c.ok())
        return c.error();
    CreatorStore store(m_database.connection());
    const QStringList ids = taskIds(c.value());
    auto followers = store.followers(ids);
    if (!followers.ok())
        return followers.error();
    auto items = store.items(ids);
    if (!items.ok())
        return items.error();

    CreatorRollup r;
    r.creator = c.value();
    r.from = from;
    r.to = to;
    QList<QList<TimedValue>> accountSources;
    for (const QString &id : ids)
        accountSources.append(followers->value(id));
    for (const CreatorAccount &a : r.creator.accounts)
        if (a.followers)
            r.followers = r.followers.value_or(0) + *a.followers;
    r.followersOverTime = summedDaily(accountSources, from, to);
    r.engagementOverTime = summedDaily(itemSources(items.value(), DailyMetric::Engagement), from, to);
    for (const ItemSnapshots &i : items.value())
        r.topItems.append(topItem(i));
    sortTopItems(r.topItems);
    if (r.topItems.size() > TopItemsShown)
        r.topItems.resize(TopItemsShown);
    return r;
}

Result<QList<LeaderboardRow>> CreatorService::leaderboard(LeaderboardBy by, int days, const QDateTime &now)
{
    if (days < 1)
        return Error::invalid(u"period"_s, QCoreApplication::translate("reelpulse::CreatorService",
                                                                       "The period must be at least one day."));
    const QDateTime start = now.addDays(-days);
    CreatorStore store(m_database.connection());
    auto creators = store.list();
    if (!creators.ok())
        return creators.error();
    QList<LeaderboardRow> rows;
    for (const Creator &c : creators.value()) {
        const QStringList ids = taskIds(c);
        auto followers = store.followers(ids);
        if (!followers.ok())
            return followers.error();
        LeaderboardRow row;
        row.creatorId = c.id;
        row.name = c.name;
        row.accounts = int(c.accounts.size());
        qint64 startSum = 0;
        for (const QString &id : ids) {
            const QList<TimedValue> samples = followers->value(id);
            if (const auto end = valueAt(samples, now))
                row.followers = row.followers.value_or(0) + *end;
            if (const auto growth = growthBetween(samples, start, now)) {
                row.growth = row.growth.value_or(0) + *growth;
                startSum += *valueAt(samples, now) - *growth;
            }
        }
        if (row.growth && startSum > 0)
            row.growthPercent = roundTo(100.0 * static_cast<double>(*row.growth) / static_cast<double>(startSum), 2);
        auto items = store.items(ids);
        if (!items.ok())
            return items.error();
        row.engagement = gainedBetween(itemSources(items.value(), DailyMetric::Engagement), start, now);
        rows.append(row);
    }
    rankLeaderboard(rows, by);
    return rows;
}

CreatorQueries::CreatorQueries(QueryService &queries)
    : m_queries(queries)
{
}

QFuture<Result<QList<Creator>>> CreatorQueries::list()
{
    return m_queries.run<QList<Creator>>([](Database &db) { return CreatorService(db).list(); });
}

QFuture<Result<QList<CreatorAccount>>> CreatorQueries::accounts()
{
    return m_queries.run<QList<CreatorAccount>>([](Database &db) { return CreatorService(db).accounts(); });
}

QFuture<Result<Creator>> CreatorQueries::add(const QString &name)
{
    return m_queries.run<Creator>([name](Database &db) { return CreatorService(db).add(name); });
}

QFuture<Result<Creator>> CreatorQueries::rename(const QString &creatorId, const QString &name)
{
    return m_queries.run<Creator>(
        [creatorId, name](Database &db) { return CreatorService(db).rename(creatorId, name); });
}

QFuture<Result<Creator>> CreatorQueries::remove(const QString &creatorId)
{
    return m_queries.run<Creator>([creatorId](Database &db) { return CreatorService(db).remove(creatorId); });
}

QFuture<Result<Creator>> CreatorQueries::link(const QString &creatorId, const QString &profileTaskId)
{
    return m_queries.run<Creator>(
        [creatorId, profileTaskId](Database &db) { return CreatorService(db).link(creatorId, profileTaskId); });
}

QFuture<Result<Creator>> CreatorQueries::unlink(const QString &creatorId, const QString &profileTaskId)
{
    return m_queries.run<Creator>(
        [creatorId, profileTaskId](Database &db) { return CreatorService(db).unlink(creatorId, profileTaskId); });
}

QFuture<Result<CreatorRollup>> CreatorQueries::rollup(const QString &creatorId, const QDate &from, const QDate &to)
{
    return m_queries.run<CreatorRollup>(
        [creatorId, from, to](Database &db) { return CreatorService(db).rollup(creatorId, from, to); });
}

QFuture<Result<QList<LeaderboardRow>>> CreatorQueries::leaderboard(LeaderboardBy by, int days, const QDateTime &now)
{
    return m_queries.run<QList<LeaderboardRow>>(
        [by, days, now](Database &db) { return CreatorService(db).leaderboard(by, days, now); });
}

} // namespace reelpulse
