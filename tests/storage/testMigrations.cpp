#include "platform/DataDir.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
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
    void testFailedStepRollsBack();
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

    // And the upgraded store keeps working: cascades still hold.
    QVERIFY(service.removeProject(u"Spring launch"_s).ok());
    QCOMPARE(service.reels()->size(), 0);
}

void TestMigrations::testFailedStepRollsBack()
{
    QTemporaryDir dir;
    // A table in the way of version 2 makes that step fail half-way.
    QVERIFY(restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v1.sql"), databasePath(dir.path()),
                           u"\nCREATE TABLE item_snapshots (x INTEGER);\n"_s));
    auto db = Database::open(dir.path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::Storage);
    QVERIFY2(db.error().message.contains(u"version 2"_s), qPrintable(db.error().message));

    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    raw.setDatabaseName(databasePath(dir.path()));
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'media_items'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // created before the failing statement, rolled back
        QVERIFY(q.exec(u"SELECT count(*) FROM profile_tasks"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "testMigrations.moc"
