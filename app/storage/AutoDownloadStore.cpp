#include "storage/AutoDownloadStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::AutoDownloadStore", what);
}

} // namespace

AutoDownloadStore::AutoDownloadStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<bool> AutoDownloadStore::enabled(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT auto_download FROM profile_tasks WHERE id = ?"_s);
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, doing("reading a profile task")); !s.ok())
        return s.error();
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::ProfileTaskStore", "No profile task with id \"%1\" exists.")
                .arg(profileTaskId));
    return q.value(0).toInt() != 0;
}

Status AutoDownloadStore::setEnabled(const QString &profileTaskId, bool on)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE profile_tasks SET auto_download = ? WHERE id = ?"_s);
    q.addBindValue(on ? 1 : 0);
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, doing("updating a profile task")); !s.ok())
        return s;
    if (q.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("reelpulse::ProfileTaskStore", "No profile task with id \"%1\" exists.")
                .arg(profileTaskId));
    return Ok{};
}

Result<QList<AutoDownloadStore::Post>> AutoDownloadStore::posts(const QString &profileTaskId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.platform, m.platform_id, m.shortcode, m.media_type, m.owner_username"
              " FROM task_items t JOIN media_items m ON m.id = t.item_id"
              " WHERE t.task_kind = 'profile' AND t.task_id = ? AND m.parent_id IS NULL ORDER BY m.id"_s);
    q.addBindValue(profileTaskId);
    if (auto s = sql::exec(q, doing("reading the posts of a profile task")); !s.ok())
        return s.error();
    QList<Post> posts;
    while (q.next())
        posts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString()});
    return posts;
}

} // namespace reelpulse
