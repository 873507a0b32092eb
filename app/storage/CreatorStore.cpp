#include "storage/CreatorStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::CreatorStore", what);
}

/// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

const QString AccountSelect =
    u"SELECT p.id, p.platform, p.target_profile, p.last_scraped,"
    " (SELECT s.followers FROM profile_snapshots s WHERE s.task_id = p.id AND s.followers IS NOT NULL"
    "  ORDER BY s.taken_at DESC LIMIT 1)"_s;

CreatorAccount accountFromRow(const QSqlQuery &q, bool linked)
{
    CreatorAccount a;
    a.profileTaskId = q.value(0).toString();
    a.platform = q.value(1).toString();
    a.username = q.value(2).toString();
    a.lastScraped = sql::optionalTime(q.value(3));
    if (!q.value(4).isNull())
        a.followers = q.value(4).toLongLong();
    if (linked)
        a.linkedAt = sql::time(q.value(5));
    return a;
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

CreatorStore::CreatorStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status CreatorStore::insert(const Creator &creator)
{
    auto existing = find(creator.name);
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return Error::conflict(
            QCoreApplication::translate("reelpulse::CreatorStore", "A creator named \"%1\" exists already.")
                .arg(existing.value()->name));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO creators (id, name, name_key, created_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(creator.id);
    q.addBindValue(creator.name);
    q.addBindValue(creator.name.toLower());
    q.addBindValue(sql::epoch(creator.createdAt));
    return sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "adding a creator")));
}

Status CreatorStore::rename(const QString &id, const QString &name)
{
    auto existing = find(name);
    if (!existing.ok())
        return existing.error();
    if (existing.value() && existing.value()->id != id)
        return Error::conflict(
            QCoreApplication::translate("reelpulse::CreatorStore", "A creator named \"%1\" exists already.")
                .arg(existing.value()->name));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE creators SET name = ?, name_key = ? WHERE id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(id);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "renaming a creator"))); !s.ok())
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("reelpulse::CreatorStore", "No creator with id %1.").arg(id));
    return Ok{};
}

Result<bool> CreatorStore::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM creators WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "removing a creator"))); !s.ok())
        return s.error();
    return q.numRowsAffected() > 0;
}

Result<std::optional<Creator>> CreatorStore::find(const QString &idOrName)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, name, created_at FROM creators WHERE id = ? OR name_key = ? ORDER BY id = ? DESC LIMIT 1"_s);
    q.addBindValue(idOrName.trimmed());
    q.addBindValue(idOrName.trimmed().toLower());
    q.addBindValue(idOrName.trimmed());
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "looking up a creator"))); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<Creator>();
    Creator c;
    c.id = q.value(0).toString();
    c.name = q.value(1).toString();
    c.createdAt = sql::time(q.value(2));
    auto accounts = accountsOf(c.id);
    if (!accounts.ok())
        return accounts.error();
    c.accounts = accounts.value();
    return std::optional<Creator>(c);
}

Result<QList<Creator>> CreatorStore::list(int limit, const std::optional<QPair<QString, QString>> &after)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString text = u"SELECT id, name, created_at FROM creators"_s;
    if (after)
        text += u" WHERE name_key > ? OR (name_key = ? AND id > ?)"_s;
    text += u" ORDER BY name_key, id"_s;
    if (limit >= 0)
        text += u" LIMIT ?"_s;
    q.prepare(text);
    if (after) {
        q.addBindValue(after->first);
        q.addBindValue(after->first);
        q.addBindValue(after->second);
    }
    if (limit >= 0)
        q.addBindValue(limit);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "listing creators"))); !s.ok())
        return s.error();
    QList<Creator> creators;
    while (q.next()) {
        Creator c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.createdAt = sql::time(q.value(2));
        creators.append(c);
    }
    for (Creator &c : creators) {
        auto accounts = accountsOf(c.id);
        if (!accounts.ok())
            return accounts.error();
        c.accounts = accounts.value();
    }
    return creators;
}

Result<int> CreatorStore::count(const std::optional<QDateTime> &createdBy)
{
    QSqlQuery q(m_db);
    q.prepare(createdBy ? u"SELECT count(*) FROM creators WHERE created_at <= ?"_s
                        : u"SELECT count(*) FROM creators"_s);
    if (createdBy)
        q.addBindValue(sql::epoch(*createdBy));
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "counting creators"))); !s.ok())
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Status CreatorStore::link(const QString &creatorId, const QString &profileTaskId, const QDateTime &at)
{
    QSqlQuery check(m_db);
    check.prepare(u"SELECT 1 FROM creator_accounts WHERE creator_id = ? AND profile_task_id = ?"_s);
    check.addBindValue(creatorId);
    check.addBindValue(profileTaskId);
    if (auto s = sql::exec(check, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "linking an account"))); !s.ok())
        return s;
    if (check.next())
        return Error::conflict(
            QCoreApplication::translate("reelpulse::CreatorStore", "That account is linked to this creator already."));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO creator_accounts (creator_id, profile_task_id, linked_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(creatorId);
    q.addBindValue(profileTaskId);
    q.addBindValue(sql::epoch(at));
    return sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "linking an account")));
}

Result<bool> CreatorStore::unlink(const QString &creatorId, const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM creator_accounts WHERE creator_id = ? AND profile_task_id = ?"_s);
    q.addBindValue(creatorId);
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "unlinking an account"))); !s.ok())
        return s.error();
    return q.numRowsAffected() > 0;
}

Result<QList<CreatorAccount>> CreatorStore::accounts()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(AccountSelect + u" FROM profile_tasks p ORDER BY p.platform, p.target_profile, p.id"_s);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "listing accounts"))); !s.ok())
        return s.error();
    QList<CreatorAccount> list;
    while (q.next())
        list.append(accountFromRow(q, false));
    return list;
}

Result<std::optional<CreatorAccount>> CreatorStore::account(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.prepare(AccountSelect + u" FROM profile_tasks p WHERE p.id = ?"_s);
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "looking up an account"))); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<CreatorAccount>();
    return std::optional<CreatorAccount>(accountFromRow(q, false));
}

Result<QList<CreatorAccount>> CreatorStore::accountsOf(const QString &creatorId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(AccountSelect +
              u", ca.linked_at FROM creator_accounts ca JOIN profile_tasks p ON p.id = ca.profile_task_id"
              " WHERE ca.creator_id = ? ORDER BY p.platform, p.target_profile, p.id"_s);
    q.addBindValue(creatorId);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "reading a creator's accounts")));
        !s.ok())
        return s.error();
    QList<CreatorAccount> list;
    while (q.next())
        list.append(accountFromRow(q, true));
    return list;
}

Result<QHash<QString, QList<TimedValue>>> CreatorStore::followers(const QStringList &profileTaskIds)
{
    QHash<QString, QList<TimedValue>> byTask;
    if (profileTaskIds.isEmpty())
        return byTask;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT task_id, taken_at, followers FROM profile_snapshots WHERE followers IS NOT NULL AND task_id IN ("_s +
        placeholders(profileTaskIds.size()) + u") ORDER BY task_id, taken_at, id"_s);
    for (const QString &id : profileTaskIds)
        q.addBindValue(id);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "reading followers"))); !s.ok())
        return s.error();
    while (q.next())
        byTask[q.value(0).toString()].append({sql::time(q.value(1)), q.value(2).toLongLong()});
    return byTask;
}

Result<QHash<QString, QList<TimedValue>>> CreatorStore::allFollowers()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT task_id, taken_at, followers FROM profile_snapshots WHERE followers IS NOT NULL"
              " ORDER BY task_id, taken_at, id"_s);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "reading followers"))); !s.ok())
        return s.error();
    QHash<QString, QList<TimedValue>> byTask;
    while (q.next())
        byTask[q.value(0).toString()].append({sql::time(q.value(1)), q.value(2).toLongLong()});
    return byTask;
}

Result<QList<ItemSnapshots>> CreatorStore::items(const QStringList &profileTaskIds)
{
    if (profileTaskIds.isEmpty())
        return QList<ItemSnapshots>();
    QVariantList values;
    for (const QString &id : profileTaskIds)
        values.append(id);
    return readItems(u"ti.task_kind = 'profile' AND ti.task_id IN ("_s + placeholders(values.size()) + u")"_s, values);
}

Result<QList<ItemSnapshots>> CreatorStore::taskItems(const QString &taskKind, const QString &taskId)
{
    return readItems(u"ti.task_kind = ? AND ti.task_id = ?"_s, {taskKind, taskId});
}

Result<std::optional<ItemSnapshots>> CreatorStore::item(qint64 itemId)
{
    auto read = readItems(u"m.id = ?"_s, {itemId});
    if (!read.ok())
        return read.error();
    return read->isEmpty() ? std::optional<ItemSnapshots>() : std::optional<ItemSnapshots>(read->first());
}

Result<QList<ItemSnapshots>> CreatorStore::allItems()
{
    return readItems(u"1 = 1"_s, {});
}

Result<int> CreatorStore::accountCount(const QDateTime &createdBy)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM profile_tasks WHERE created_at <= ?"_s);
    q.addBindValue(sql::epoch(createdBy));
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "counting accounts"))); !s.ok())
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<qint64> CreatorStore::commentsAnalysed(const QDateTime &after, const QDateTime &upTo)
{
    // Days are stored as the epoch seconds of their 00:00 UTC; a day belongs to the period its start is in after
    // rounding both ends down to a day, so that consecutive periods neither overlap nor leave a day out.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT coalesce(sum(positive + negative + neutral), 0) FROM comment_sentiment_daily"
              " WHERE day > ? AND day <= ?"_s);
    q.addBindValue(after.toSecsSinceEpoch() / 86400 * 86400);
    q.addBindValue(upTo.toSecsSinceEpoch() / 86400 * 86400);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "counting analysed comments")));
        !s.ok())
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<ItemSnapshots>> CreatorStore::readItems(const QString &where, const QVariantList &values)
{
    // The items, each once (the first task that found it names it), then their snapshots in one pass.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.platform, m.platform_id, m.shortcode, m.owner_username, m.caption, m.media_type,"
              " m.taken_at, min(ti.task_id) FROM media_items m LEFT JOIN task_items ti ON ti.item_id = m.id"
              " WHERE m.parent_id IS NULL AND "_s +
              where + u" GROUP BY m.id ORDER BY m.id"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = sql::exec(q, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "reading items"))); !s.ok())
        return s.error();
    QList<ItemSnapshots> items;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ItemSnapshots i;
        i.itemId = q.value(0).toLongLong();
        i.platform = q.value(1).toString();
        i.platformId = q.value(2).toString();
        i.shortcode = q.value(3).toString();
        i.ownerUsername = q.value(4).toString();
        i.caption = q.value(5).toString();
        i.mediaType = q.value(6).toString();
        i.takenAt = sql::optionalTime(q.value(7));
        i.taskId = q.value(8).toString();
        index.insert(i.itemId, items.size());
        items.append(i);
    }
    if (items.isEmpty())
        return items;
    QSqlQuery s(m_db);
    s.setForwardOnly(true);
    s.prepare(u"SELECT s.item_id, s.taken_at, s.likes, s.comments, s.views, s.plays, s.shares, s.saves"
              " FROM item_snapshots s WHERE s.item_id IN (SELECT m.id FROM media_items m"
              " LEFT JOIN task_items ti ON ti.item_id = m.id WHERE m.parent_id IS NULL AND "_s +
              where + u") ORDER BY s.item_id, s.taken_at, s.id"_s);
    for (const QVariant &v : values)
        s.addBindValue(v);
    if (auto status = sql::exec(s, doing(QT_TRANSLATE_NOOP("reelpulse::CreatorStore", "reading item snapshots")));
        !status.ok())
        return status.error();
    while (s.next()) {
        const auto at = index.constFind(s.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        MetricsSnapshot m;
        m.takenAt = sql::time(s.value(1));
        m.likes = optionalInt(s.value(2));
        m.comments = optionalInt(s.value(3));
        m.views = optionalInt(s.value(4));
        m.plays = optionalInt(s.value(5));
        m.shares = optionalInt(s.value(6));
        m.saves = optionalInt(s.value(7));
        items[*at].snapshots.append(m);
    }
    return items;
}

} // namespace reelpulse
