#include "storage/Database.h"

#include "platform/DataDir.h"
#include "storage/Migrations.h"
#include "storage/StorageLog.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"reelpulse-%1-%2"_s.arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcStorage) << "statement failed:" << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return Error::storage(QCoreApplication::translate("reelpulse::Database", "No data folder is set."));
    QDir dir(dataDir);
    if (!dir.exists() && !dir.mkpath(u"."_s))
        return Error::storage(QCoreApplication::translate(
                                  "reelpulse::Database",
                                  "Cannot create the data folder %1. Check that the location is writable or choose "
                                  "another one with --data-dir.")
                                  .arg(QDir::toNativeSeparators(dataDir)));
    return openFile(databasePath(dataDir));
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (info.exists() && !info.isFile())
        return Error::storage(QCoreApplication::translate("reelpulse::Database", "%1 is not a file.")
                                  .arg(QDir::toNativeSeparators(filePath)));
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error::storage(QCoreApplication::translate(
            "reelpulse::Database", "The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, filePath));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return Error::storage(QCoreApplication::translate("reelpulse::Database", "Cannot open the store %1: %2")
                                  .arg(QDir::toNativeSeparators(filePath), db.lastError().text()));

    // Read before writing anything: a foreign or newer file must stay untouched.
    int version = 0;
    {
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s))
            return Error::storage(
                QCoreApplication::translate("reelpulse::Database", "%1 is not a ReelPulse store (or it is damaged): %2")
                    .arg(QDir::toNativeSeparators(filePath), probe.lastError().databaseText()));
        probe.next();
        const bool empty = probe.value(0).toInt() == 0;
        if (!empty) {
            QSqlQuery meta(db);
            if (!meta.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !meta.next())
                return Error::storage(
                    QCoreApplication::translate("reelpulse::Database",
                                                "%1 is not a ReelPulse store. Choose another data folder.")
                        .arg(QDir::toNativeSeparators(filePath)));
            version = meta.value(0).toInt();
        }
    }
    if (version > Migrations::latestVersion())
        return Error::storage(
            QCoreApplication::translate(
                "reelpulse::Database",
                "The store %1 was written by a newer ReelPulse (schema %2; this version knows up to %3). "
                "Update ReelPulse; the file was left untouched.")
                .arg(QDir::toNativeSeparators(filePath))
                .arg(version)
                .arg(Migrations::latestVersion()));

    if (!exec(db, u"PRAGMA journal_mode = WAL"_s) || !exec(db, u"PRAGMA foreign_keys = ON"_s) ||
        !exec(db, u"PRAGMA synchronous = NORMAL"_s))
        return Error::storage(QCoreApplication::translate("reelpulse::Database", "Cannot configure the store %1.")
                                  .arg(QDir::toNativeSeparators(filePath)));

    if (version < Migrations::latestVersion()) {
        auto migrated = Migrations::migrate(db, version);
        if (!migrated.ok())
            return migrated.error();
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool Database::begin()
{
    QSqlQuery q(connection());
    return q.exec(u"BEGIN IMMEDIATE"_s);
}

bool Database::commit()
{
    QSqlQuery q(connection());
    return q.exec(u"COMMIT"_s);
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(u"ROLLBACK"_s);
}

} // namespace reelpulse
