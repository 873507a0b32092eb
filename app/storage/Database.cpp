#include "storage/Database.h"

#include "platform/DataDir.h"
#include "storage/Migrations.h"
#include "storage/StorageLog.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

/// "reelpulse-20250301T101502.123Z-v1.sqlite": the UTC time sorts the names by age.
const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression pattern(u"^reelpulse-\\d{8}T\\d{6}\\.\\d{3}Z-v\\d+\\.sqlite$"_s);
    return pattern;
}

/// The schema version a backup holds, read through its own read-only connection; -1 when unreadable.
int backupVersion(const QString &path)
{
    const QString name = nextConnectionName();
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

/// Makes sure the backup reached the disk before the store is changed (VACUUM INTO does not sync).
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ::fsync(file.handle()) == 0;
#else
    Q_UNUSED(path)
    return true;
#endif
}

/// Removes all but the newest `keep` backups in folder; a copy that cannot be removed is only logged.
void pruneBackups(const QString &folder, int keep)
{
    const QStringList all = Database::backups(folder);
    for (qsizetype i = keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            qCInfo(lcStorage) << "removed old store backup" << all.at(i);
        else
            qCWarning(lcStorage) << "cannot remove old store backup" << all.at(i);
    }
}

/// Copies the store (a consistent snapshot, VACUUM INTO) to a new dated file in its backup folder and
/// prunes old copies. Returns the copy's path, or why no copy could be made (nothing else is touched then).
Result<QString> backUp(QSqlDatabase &db, const QString &storePath, int version)
{
    const QString folder = Database::backupFolder(storePath);
    const auto refused = [&](const QString &why) {
        return Error::storage(QCoreApplication::translate(
                                  "reelpulse::Database",
                                  "The store %1 needs an upgrade from schema version %2 to %3, but no backup could "
                                  "be made first (%4), so it was not upgraded and was left untouched. Free some "
                                  "disk space or make %5 writable, then open it again.")
                                  .arg(QDir::toNativeSeparators(storePath))
                                  .arg(version)
                                  .arg(Migrations::latestVersion())
                                  .arg(why, QDir::toNativeSeparators(folder)));
    };
    if (!QDir().mkpath(folder))
        return refused(QCoreApplication::translate("reelpulse::Database", "cannot create the folder %1")
                           .arg(QDir::toNativeSeparators(folder)));

    // Claim a fresh name first (VACUUM INTO accepts an empty file): a failure then removes only our file.
    QDateTime when = QDateTime::currentDateTimeUtc();
    QString path;
    QFile claim;
    for (int attempt = 0; attempt < 1000; ++attempt, when = when.addMSecs(1)) {
        path = QDir(folder).filePath(
            u"reelpulse-%1-v%2.sqlite"_s.arg(when.toString(u"yyyyMMdd'T'HHmmss.zzz'Z'"_s)).arg(version));
        claim.setFileName(path);
        if (claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (!QFileInfo::exists(path))
            return refused(claim.errorString());
    }
    if (!claim.isOpen())
        return refused(QCoreApplication::translate("reelpulse::Database", "no free file name in %1")
                           .arg(QDir::toNativeSeparators(folder)));
    claim.close();

    QSqlQuery vacuum(db);
    vacuum.prepare(u"VACUUM INTO ?"_s);
    vacuum.addBindValue(path);
    if (!vacuum.exec()) {
        const QString why = vacuum.lastError().text();
        vacuum.finish();
        QFile::remove(path);
        return refused(why);
    }
    vacuum.finish();
    if (backupVersion(path) != version || !syncToDisk(path)) {
        QFile::remove(path);
        return refused(QCoreApplication::translate("reelpulse::Database", "the copy %1 could not be read back")
                           .arg(QDir::toNativeSeparators(path)));
    }
    qCInfo(lcStorage) << "store backed up before the upgrade to" << path;
    pruneBackups(folder, Database::BackupsKept);
    return path;
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

    const auto cannotConfigure = [&filePath] {
        return Error::storage(QCoreApplication::translate("reelpulse::Database", "Cannot configure the store %1.")
                                  .arg(QDir::toNativeSeparators(filePath)));
    };
    if (!exec(db, u"PRAGMA foreign_keys = ON"_s))
        return cannotConfigure();

    // Upgrade before switching the journal mode, so that a refused or failed upgrade leaves the file
    // exactly as it was. A store that has tables is copied first; a new, empty one has nothing to lose.
    if (version < Migrations::latestVersion()) {
        QString backupPath;
        if (version > 0) {
            Result<QString> backup = backUp(db, filePath, version);
            if (!backup.ok())
                return backup.error();
            backupPath = backup.value();
        }
        auto migrated = Migrations::migrate(db, version);
        if (!migrated.ok()) {
            Error error = migrated.error();
            if (!backupPath.isEmpty())
                error.message += u' ' + QCoreApplication::translate("reelpulse::Database",
                                                                    "The store was left as it was (schema version "
                                                                    "%1). A copy made before the upgrade is at %2.")
                                            .arg(version)
                                            .arg(QDir::toNativeSeparators(backupPath));
            return error;
        }
    }

    if (!exec(db, u"PRAGMA journal_mode = WAL"_s) || !exec(db, u"PRAGMA synchronous = NORMAL"_s))
        return cannotConfigure();
    return database;
}

QString Database::backupFolder(const QString &storeFilePath)
{
    return QFileInfo(storeFilePath).absoluteDir().filePath(u"backups"_s);
}

QStringList Database::backups(const QString &backupFolder)
{
    QStringList names = QDir(backupFolder).entryList({u"reelpulse-*.sqlite"_s}, QDir::Files);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &name) { return !backupNamePattern().match(name).hasMatch(); }),
                names.end());
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths << QDir(backupFolder).filePath(name);
    return paths;
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
