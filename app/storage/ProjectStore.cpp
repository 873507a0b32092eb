#include "storage/ProjectStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString Select =
    u"SELECT p.id, p.name, p.created_at, (SELECT count(*) FROM reel_tasks r WHERE r.project_id = p.id) "
    "FROM projects p"_s;

Project fromRow(const QSqlQuery &q)
{
    Project p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.createdAt = sql::time(q.value(2));
    p.reelCount = q.value(3).toInt();
    return p;
}

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::ProjectStore", what);
}

} // namespace

ProjectStore::ProjectStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Status ProjectStore::insert(const Project &p)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO projects (id, name, created_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(p.id);
    q.addBindValue(p.name);
    q.addBindValue(sql::epoch(p.createdAt));
    return sql::exec(q, doing("adding a project"));
}

Result<bool> ProjectStore::remove(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM projects WHERE id = ?"_s);
    q.addBindValue(id);
    auto status = sql::exec(q, doing("removing a project"));
    if (!status.ok())
        return status.error();
    return q.numRowsAffected() > 0;
}

Result<std::optional<Project>> ProjectStore::findByName(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(Select + u" WHERE p.name = ?"_s);
    q.addBindValue(name);
    auto status = sql::exec(q, doing("looking up a project"));
    if (!status.ok())
        return status.error();
    if (!q.next())
        return std::optional<Project>();
    return std::optional<Project>(fromRow(q));
}

Result<QList<Project>> ProjectStore::list()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(Select + u" ORDER BY p.name"_s);
    auto status = sql::exec(q, doing("listing projects"));
    if (!status.ok())
        return status.error();
    QList<Project> projects;
    while (q.next())
        projects.append(fromRow(q));
    return projects;
}

} // namespace reelpulse
