#include "platform/DataDir.h"
#include "services/SearchService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SearchIndex.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

/// Writes a store from one of the SQL fixtures (a dump of what an earlier version wrote).
bool restoreFixture(const QString &sqlFile, const QString &dbFile, const QString &extraSql = {})
{
    QFile f(sqlFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QString script = QString::fromUtf8(f.readAll()) + extraSql;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
        db.setDatabaseName(dbFile);
        ok = db.open();
        QString statement;
        for (const QString &line : script.split(u'\n')) {
            if (line.startsWith(u"--"_s) || !ok)
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
    QSqlDatabase::removeDatabase(u"fixture"_s);
    return ok;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

/// Runs fn(connection) on a plain connection to a SQLite file (no migrations, no pragmas).
template <typename Fn> void withRawConnection(const QString &file, Fn &&fn)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(file);
        raw.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        fn(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int storedVersion(const QSqlDatabase &db)
{
    return count(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s);
}

void removeStore(const QString &dataDir)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(databasePath(dataDir) + suffix);
}

QStringList tables(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void testEveryEarlierVersionUpgrades_data();
    void testEveryEarlierVersionUpgrades();
    void testUpgradedStoreIsSearchable();
    void testFailedStepRollsBack_data();
    void testFailedStepRollsBack();
    void testUpgradeMakesABackupFirst();
    void testNewOrCurrentStoreIsNotBackedUp();
    void testOnlyTheNewestBackupsAreKept();
    void testNoBackupNoUpgrade_data();
    void testNoBackupNoUpgrade();
};

void TestMigrations::testEveryEarlierVersionUpgrades_data()
{
    QTest::addColumn<int>("version");
    const QDir dir(QStringLiteral(REELPULSE_TEST_DATA "/storage"));
    // One fixture per schema version from the first up to the one before the latest.
    for (int v = 1; v < Migrations::latestVersion(); ++v) {
        QVERIFY2(dir.exists(u"schema_v%1.sql"_s.arg(v)), qPrintable(u"missing fixture schema_v%1.sql"_s.arg(v)));
        QTest::newRow(qPrintable(u"v%1"_s.arg(v))) << v;
    }
}

void TestMigrations::testEveryEarlierVersionUpgrades()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString fixture = QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v%1.sql").arg(version);
    QVERIFY(restoreFixture(fixture, databasePath(dir.path())));

    auto db = Database::open(dir.path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    const QStringList names = tables(*db.value());
    for (const QString &table : {u"profile_tasks"_s, u"projects"_s, u"reel_tasks"_s, u"video_tasks"_s, u"media_items"_s,
                                 u"comments"_s, u"item_snapshots"_s, u"profile_snapshots"_s, u"request_log"_s})
        QVERIFY2(names.contains(table), qPrintable(table));

    // The rows the earlier version wrote are all still there and readable.
    TrackingService service(*db.value());
    auto profiles = service.profiles();
    QVERIFY(profiles.ok());
    QCOMPARE(profiles->size(), 2);
    // Same creation time: listed by name.
    QCOMPARE(profiles->at(0).targetProfile, u"foodxtaste"_s);
    QCOMPARE(profiles->at(0).status, TaskStatus::Paused);
    QCOMPARE(profiles->at(0).lastErrorClass, u"rate_limited"_s);
    QVERIFY(profiles->at(0).lastScraped.has_value());
    QCOMPARE(profiles->at(1).targetProfile, u"natgeo"_s);
    QVERIFY(profiles->at(1).isCompetitor);
    auto reels = service.reels(u"Spring launch"_s);
    QVERIFY(reels.ok());
    QCOMPARE(reels->size(), 1);
    QCOMPARE(reels->first().mediaId.value_or(0), Q_INT64_C(3560614185974049156));
    auto videos = service.videos();
    QCOMPARE(videos->size(), 1);
    QCOMPARE(videos->first().metadata.value(u"campaign"_s).toString(), u"spring"_s);

    // Accounts tracked before platforms existed are Instagram accounts that track no videos of their own.
    withRawConnection(databasePath(dir.path()), [](QSqlDatabase &raw) {
        QCOMPARE(count(raw, u"SELECT count(*) FROM profile_tasks WHERE platform = 'instagram' AND auto_track = 'off'"_s),
                 2);
        QCOMPARE(count(raw, u"SELECT count(*) FROM video_tasks WHERE profile_task_id IS NULL"_s), 1);
    });

    // And the upgraded store keeps working: cascades still hold.
    QVERIFY(service.removeProject(u"Spring launch"_s).ok());
    QCOMPARE(service.reels()->size(), 0);
}

void TestMigrations::testUpgradedStoreIsSearchable()
{
    // What version 7 stored is in the search index once the store is upgraded: accounts with their latest bio,
    // creators, captions and hashtags, comments.
    QTemporaryDir dir;
    QVERIFY(restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v7.sql"), databasePath(dir.path())));
    auto db = Database::open(dir.path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QVERIFY(SearchIndex(db.value()->connection()).checkIntegrity().ok());
    SearchService search(*db.value());
    const auto found = [&search](SearchKind kind, const QString &query) {
        SearchRequest request;
        request.query = query;
        request.in = kind;
        auto page = search.search(request);
        QStringList ids;
        if (page.ok())
            for (const SearchHit &hit : page->hits)
                ids << hit.id;
        return ids;
    };
    const QString natgeo = u"6f1c2a9e-3b1d-4c59-9a57-1f0e8a3b2c01"_s;
    QCOMPARE(found(SearchKind::Account, u"natgeo"_s), QStringList{natgeo});
    QCOMPARE(found(SearchKind::Account, u"foodxtaste"_s).size(), 1);
    QCOMPARE(found(SearchKind::Account, u"wildlife"_s), QStringList{natgeo}); // the latest bio
    QCOMPARE(found(SearchKind::Account, u"national geographic"_s), QStringList{natgeo});
    QVERIFY(found(SearchKind::Account, u"oceans"_s).isEmpty()); // an older bio
    QCOMPARE(found(SearchKind::Creator, u"nat geo"_s), QStringList{u"e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a06"_s});
    QCOMPARE(found(SearchKind::Post, u"spring launch"_s), QStringList{u"1"_s});
    QCOMPARE(found(SearchKind::Post, u"springtime"_s), QStringList{u"1"_s});
    QCOMPARE(found(SearchKind::Comment, u"love"_s), QStringList{u"1"_s});
    QCOMPARE(found(SearchKind::Comment, u"edit"_s), QStringList{u"2"_s});
    QVERIFY(found(SearchKind::Comment, u"🎬"_s).isEmpty());
}

void TestMigrations::testFailedStepRollsBack_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("rollback journal") << u"DELETE"_s;
    QTest::newRow("write-ahead log") << u"WAL"_s; // what ReelPulse's own stores use
}

void TestMigrations::testFailedStepRollsBack()
{
    QFETCH(QString, journalMode);
    QTemporaryDir dir;
    const QString store = databasePath(dir.path());
    // A table in the way of version 2 makes that step fail half-way.
    QVERIFY(
        restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v1.sql"), store,
                       u"\nCREATE TABLE item_snapshots (x INTEGER);\nPRAGMA journal_mode = %1;\n"_s.arg(journalMode)));
    withRawConnection(store, [&journalMode](const QSqlDatabase &raw) {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString().toUpper(), journalMode);
    });
    const QByteArray before = sha256(store);
    QVERIFY(!before.isEmpty());
    {
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Storage);
        QVERIFY2(db.error().message.contains(u"version 2"_s), qPrintable(db.error().message));
        // The message says where the copy made before the upgrade is.
        const QStringList backups = Database::backups(Database::backupFolder(store));
        QCOMPARE(backups.size(), 1);
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(backups.first())),
                 qPrintable(db.error().message));
    }

    // Not a byte changed: the steps ran in one transaction that was rolled back, and the journal mode
    // was not switched.
    QCOMPARE(sha256(store), before);
    QVERIFY(!QFile::exists(store + u"-journal"_s));
    withRawConnection(store, [](const QSqlDatabase &raw) {
        QCOMPARE(storedVersion(raw), 1);
        QCOMPARE(count(raw, u"SELECT count(*) FROM sqlite_master WHERE name = 'media_items'"_s),
                 0); // created before the failing statement, rolled back
        QCOMPARE(count(raw, u"SELECT count(*) FROM profile_tasks"_s), 2);
    });
}

void TestMigrations::testUpgradeMakesABackupFirst()
{
    QTemporaryDir dir;
    const QString store = databasePath(dir.path());
    QVERIFY(restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v1.sql"), store));
    const QString folder = Database::backupFolder(store);
    QCOMPARE(folder, QDir(dir.path()).filePath(u"backups"_s));
    QVERIFY(!QFileInfo::exists(folder));
    {
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    }

    const QStringList backups = Database::backups(folder);
    QCOMPARE(backups.size(), 1);
    const QString name = QFileInfo(backups.first()).fileName();
    QVERIFY2(QRegularExpression(u"^reelpulse-\\d{8}T\\d{6}\\.\\d{3}Z-v1\\.sqlite$"_s).match(name).hasMatch(),
             qPrintable(name));
    // Taken just now (UTC in the name).
    QDateTime taken = QDateTime::fromString(name.mid(10, 19), u"yyyyMMdd'T'HHmmss.zzz"_s);
    QVERIFY(taken.isValid());
    taken.setTimeSpec(Qt::UTC);
    QVERIFY(qAbs(taken.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // The backup opens, is at the old version and holds the same rows as the store had.
    withRawConnection(backups.first(), [](const QSqlDatabase &raw) {
        QCOMPARE(storedVersion(raw), 1);
        QCOMPARE(count(raw, u"SELECT count(*) FROM sqlite_master WHERE name = 'media_items'"_s), 0);
        QCOMPARE(count(raw, u"SELECT count(*) FROM profile_tasks"_s), 2);
        QCOMPARE(count(raw, u"SELECT count(*) FROM profile_tasks WHERE target_profile = 'foodxtaste' AND "
                            "status = 'paused' AND last_error_class = 'rate_limited'"_s),
                 1);
        QCOMPARE(count(raw, u"SELECT count(*) FROM projects WHERE name = 'Spring launch'"_s), 1);
        QCOMPARE(count(raw, u"SELECT count(*) FROM reel_tasks WHERE media_id = 3560614185974049156"_s), 1);
        QCOMPARE(count(raw, u"SELECT count(*) FROM video_tasks WHERE metadata = '{\"campaign\":\"spring\"}'"_s), 1);
    });

    // Opening the upgraded store again makes no further copy.
    {
        auto again = Database::open(dir.path());
        QVERIFY(again.ok());
    }
    QCOMPARE(Database::backups(folder).size(), 1);
}

void TestMigrations::testNewOrCurrentStoreIsNotBackedUp()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
    }
    {
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
    }
    QVERIFY(Database::backups(Database::backupFolder(databasePath(dir.path()))).isEmpty());
}

void TestMigrations::testOnlyTheNewestBackupsAreKept()
{
    QTemporaryDir dir;
    const QString store = databasePath(dir.path());
    const QString folder = Database::backupFolder(store);
    // Files in the folder that ReelPulse did not name are never removed.
    QVERIFY(QDir().mkpath(folder));
    const QStringList foreign{QDir(folder).filePath(u"notes.txt"_s),
                              QDir(folder).filePath(u"reelpulse-before-my-experiment.sqlite"_s)};
    for (const QString &path : foreign) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }

    QStringList made; // newest first
    for (int run = 0; run < 4; ++run) {
        removeStore(dir.path());
        QVERIFY(restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v1.sql"), store));
        const QStringList before = Database::backups(folder);
        {
            auto db = Database::open(dir.path());
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        }
        const QStringList after = Database::backups(folder);
        QVERIFY(!after.isEmpty());
        QVERIFY2(!before.contains(after.first()), "each upgrade makes a new backup");
        made.prepend(after.first());
    }
    QCOMPARE(made.size(), 4);
    QCOMPARE(Database::backups(folder).size(), 3);
    QCOMPARE(Database::backups(folder), made.mid(0, 3));
    QVERIFY(!QFile::exists(made.last())); // the oldest one went
    for (const QString &path : foreign)
        QVERIFY2(QFile::exists(path), qPrintable(path));
}

void TestMigrations::testNoBackupNoUpgrade_data()
{
    QTest::addColumn<bool>("readOnlyFolder");
    QTest::newRow("a file where the backup folder goes") << false;
    QTest::newRow("read-only backup folder") << true;
}

void TestMigrations::testNoBackupNoUpgrade()
{
    QFETCH(bool, readOnlyFolder);
    QTemporaryDir dir;
    const QString store = databasePath(dir.path());
    QVERIFY(restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v1.sql"), store));
    const QString folder = Database::backupFolder(store);
    if (readOnlyFolder) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QFile probe(QDir(folder).filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("this user can write into a read-only folder (root); the other row covers the refusal");
        }
    } else {
        QFile inTheWay(folder);
        QVERIFY(inTheWay.open(QIODevice::WriteOnly));
        inTheWay.write("not a folder");
    }
    const QByteArray before = sha256(store);
    {
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Storage);
        QVERIFY2(db.error().message.contains(u"no backup could be made"_s), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(folder)), qPrintable(db.error().message));
    }
    if (readOnlyFolder)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(sha256(store), before);
    withRawConnection(store, [](const QSqlDatabase &raw) { QCOMPARE(storedVersion(raw), 1); });

    // Once a backup can be made, the same store upgrades.
    if (!readOnlyFolder)
        QVERIFY(QFile::remove(folder));
    auto db = Database::open(dir.path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(Database::backups(folder).size(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "testMigrations.moc"
