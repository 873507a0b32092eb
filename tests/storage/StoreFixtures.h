#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtDebug>

namespace reelpulse::test {

/// Writes the store an earlier version left (tests/data/storage/schema_v<N>.sql, an sqlite3 .dump) into
/// dbFile, statement by statement (a statement ends with a line ending in ';'), then extraSql.
inline bool restoreFixture(const QString &sqlFile, const QString &dbFile, const QString &extraSql = {})
{
    QFile f(sqlFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QString script = QString::fromUtf8(f.readAll()) + extraSql;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbFile);
        ok = db.open();
        QString statement;
        for (const QString &line : script.split(u'\n')) {
            if (line.startsWith(QStringLiteral("--")) || !ok)
                continue;
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    qWarning() << q.lastError().text() << statement;
                    ok = false;
                }
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

} // namespace reelpulse::test
