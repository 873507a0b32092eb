#include "platform/DataDir.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testOpenSetsPragmasAndSchema();
    void testForeignFileIsRefusedUntouched();
    void testNewerSchemaIsRefusedUntouched();
    void testProfileCrud();
    void testProfileDuplicateIsConflict();
    void testProfileUpdateNeedsFields();
    void testIdPrefixResolution();
    void testProjectCascade();
    void testReelRules();
    void testVideoRules();
    void testVideoMetadataLimits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_service;
    QDateTime m_now;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db.value());
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    m_service = std::make_unique<TrackingService>(*m_db, [this] { return m_now; });
}

void TestStore::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStore::testOpenSetsPragmasAndSchema()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(m_db->schemaVersion(), Migrations::latestVersion());
    QVERIFY(QFile::exists(databasePath(m_dir->path())));

    // Reopening an up-to-date store changes nothing.
    auto again = Database::open(m_dir->path());
    QVERIFY(again.ok());
    QCOMPARE(again.value()->schemaVersion(), Migrations::latestVersion());
}

void TestStore::testForeignFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = databasePath(dir.path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a database at all, just text that happens to be long enough to look like a page");
    f.close();
    const QByteArray before = fileHash(path);
    auto db = Database::open(dir.path());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::Storage);
    QVERIFY2(db.error().message.contains(u"not a ReelPulse store"_s), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestStore::testNewerSchemaIsRefusedUntouched()
{
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE meta SET value = '999' WHERE key = 'schema_version'"_s));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    m_service.reset();
    m_db.reset();
    const QString path = databasePath(m_dir->path());
    const QByteArray before = fileHash(path);
    auto db = Database::open(m_dir->path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(u"newer ReelPulse"_s), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestStore::testProfileCrud()
{
    auto added = m_service->addProfile(u"@NatGeo"_s, true);
    QVERIFY(added.ok());
    QCOMPARE(added->targetProfile, u"natgeo"_s);
    QVERIFY(added->isCompetitor);
    QCOMPARE(added->status, TaskStatus::Active);
    QCOMPARE(added->intervalDays, 2);
    QCOMPARE(added->createdAt, m_now);
    QCOMPARE(added->nextScrapeDue, m_now.addDays(2));
    QVERIFY(!added->lastScraped);

    auto read = m_service->profile(added->id);
    QVERIFY(read.ok());
    QCOMPARE(read->targetProfile, u"natgeo"_s);
    QCOMPARE(read->nextScrapeDue, m_now.addDays(2));

    TrackingService::ProfileUpdate update;
    update.isCompetitor = false;
    update.intervalDays = 7;
    update.status = TaskStatus::Paused;
    auto updated = m_service->updateProfile(added->id, update);
    QVERIFY(updated.ok());
    auto reread = m_service->profile(added->id);
    QVERIFY(!reread->isCompetitor);
    QCOMPARE(reread->intervalDays, 7);
    QCOMPARE(reread->status, TaskStatus::Paused);
    QCOMPARE(reread->nextScrapeDue, m_now.addDays(7));

    // Only the given field changes.
    TrackingService::ProfileUpdate resume;
    resume.status = TaskStatus::Active;
    QVERIFY(m_service->updateProfile(added->id, resume).ok());
    reread = m_service->profile(added->id);
    QCOMPARE(reread->status, TaskStatus::Active);
    QCOMPARE(reread->intervalDays, 7);
    QVERIFY(!reread->isCompetitor);

    QCOMPARE(m_service->profiles()->size(), 1);
    QVERIFY(m_service->removeProfile(added->id).ok());
    QCOMPARE(m_service->profiles()->size(), 0);
    auto gone = m_service->profile(added->id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
}

void TestStore::testProfileDuplicateIsConflict()
{
    QVERIFY(m_service->addProfile(u"natgeo"_s, false).ok());
    auto dup = m_service->addProfile(u"https://www.instagram.com/NATGEO/"_s, true);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().kind, ErrorKind::Conflict);
    QVERIFY(dup.error().message.contains(u"already tracked"_s));
    QCOMPARE(count(*m_db, u"profile_tasks"_s), 1);

    auto bad = m_service->addProfile(u"natgeo"_s, false, 0);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::Invalid);
}

void TestStore::testProfileUpdateNeedsFields()
{
    auto added = m_service->addProfile(u"natgeo"_s, false);
    auto none = m_service->updateProfile(added->id, {});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ErrorKind::Invalid);
    QVERIFY(none.error().message.contains(u"No updatable fields"_s));
}

void TestStore::testIdPrefixResolution()
{
    auto a = m_service->addProfile(u"alpha"_s, false);
    QVERIFY(a.ok());
    QCOMPARE(m_service->profile(a->id.left(8))->targetProfile, u"alpha"_s);
    QCOMPARE(m_service->profile(a->id.left(4).toUpper())->targetProfile, u"alpha"_s);

    auto tooShort = m_service->profile(a->id.left(3));
    QCOMPARE(tooShort.error().kind, ErrorKind::Invalid);
    auto notHex = m_service->profile(u"zzzz"_s);
    QCOMPARE(notHex.error().kind, ErrorKind::Invalid);
    auto missing = m_service->profile(u"00000000-0000-0000-0000-000000000000"_s);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);

    // Force two ids that share a prefix: the prefix is ambiguous.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO profile_tasks (id, target_profile, created_at, next_scrape_due) VALUES "
                   "('abcd1111-0000-0000-0000-000000000000', 'one', 0, 0), "
                   "('abcd2222-0000-0000-0000-000000000000', 'two', 0, 0)"_s));
    auto ambiguous = m_service->profile(u"abcd"_s);
    QCOMPARE(ambiguous.error().kind, ErrorKind::Invalid);
    QVERIFY(ambiguous.error().message.contains(u"several"_s));
    QCOMPARE(m_service->profile(u"abcd2"_s)->targetProfile, u"two"_s);
}

void TestStore::testProjectCascade()
{
    QVERIFY(m_service->addProject(u"Spring launch"_s).ok());
    QVERIFY(m_service->addProject(u"Other"_s).ok());
    auto dup = m_service->addProject(u" Spring launch "_s);
    QCOMPARE(dup.error().kind, ErrorKind::Conflict);
    QCOMPARE(m_service->addProject(u"   "_s).error().kind, ErrorKind::Invalid);

    QVERIFY(m_service->addReel(u"Spring launch"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s).ok());
    QVERIFY(m_service->addReel(u"Spring launch"_s, u"CSTg-0FH89e"_s).ok());
    QVERIFY(m_service->addReel(u"Other"_s, u"DFp17y5MymE"_s).ok());
    QCOMPARE(count(*m_db, u"reel_tasks"_s), 3);
    QCOMPARE(m_service->project(u"Spring launch"_s)->reelCount, 2);

    auto removed = m_service->removeProject(u"Spring launch"_s);
    QVERIFY(removed.ok());
    QCOMPARE(removed->reelCount, 2);
    QCOMPARE(count(*m_db, u"reel_tasks"_s), 1);
    QCOMPARE(m_service->reels(u"Other"_s)->size(), 1);
    QCOMPARE(m_service->removeProject(u"Spring launch"_s).error().kind, ErrorKind::NotFound);
}

void TestStore::testReelRules()
{
    auto missing = m_service->addReel(u"nonexistent"_s, u"https://www.instagram.com/reel/DFp17y5MymE/"_s);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(u"does not exist"_s));

    QVERIFY(m_service->addProject(u"p"_s).ok());
    auto reel = m_service->addReel(u"p"_s, u"https://www.instagram.com/reels/DFp17y5MymE/?igsh=abc"_s, 3);
    QVERIFY(reel.ok());
    QCOMPARE(reel->shortcode, u"DFp17y5MymE"_s);
    QCOMPARE(reel->mediaId.value_or(0), Q_INT64_C(3560614185974049156));
    QCOMPARE(reel->intervalDays, 3);
    QCOMPARE(reel->nextScrapeDue, m_now.addDays(3));

    auto stored = m_service->reel(reel->id);
    QCOMPARE(stored->mediaId.value_or(0), Q_INT64_C(3560614185974049156));
    QCOMPARE(stored->reelUrl, u"https://www.instagram.com/reel/DFp17y5MymE/"_s);

    QCOMPARE(m_service->addReel(u"p"_s, u"DFp17y5MymE"_s).error().kind, ErrorKind::Conflict);
    QCOMPARE(m_service->addReel(u"p"_s, u"CSTg-0FH89e"_s, 0).error().kind, ErrorKind::Invalid);
    QCOMPARE(m_service->addReel(u"p"_s, u"https://example.com/reel/x"_s).error().kind, ErrorKind::Invalid);

    TrackingService::ReelUpdate pause;
    pause.status = TaskStatus::Paused;
    QCOMPARE(m_service->updateReel(reel->id, pause)->status, TaskStatus::Paused);
    QVERIFY(m_service->removeReel(reel->id).ok());
    QCOMPARE(count(*m_db, u"reel_tasks"_s), 0);
}

void TestStore::testVideoRules()
{
    auto tooOften =
        m_service->addVideo(Platform::TikTok, u"https://www.tiktok.com/@user/video/7603296357641735445"_s, {}, 5);
    QCOMPARE(tooOften.error().kind, ErrorKind::Invalid);
    QCOMPARE(tooOften.error().field, u"scrape_interval_hours"_s);
    QCOMPARE(m_service->addVideo(Platform::TikTok, u"7603296357641735445"_s, {}, 721).error().kind, ErrorKind::Invalid);

    auto video =
        m_service->addVideo(Platform::TikTok, u"https://www.tiktok.com/@user/video/7603296357641735445"_s, {}, 6);
    QVERIFY(video.ok());
    QCOMPARE(video->externalId, u"7603296357641735445"_s);
    QVERIFY(video->shortcode.isEmpty());
    QCOMPARE(video->intervalHours, 6);
    QVERIFY(video->isActive);

    auto dup = m_service->addVideo(Platform::TikTok, u"7603296357641735445"_s);
    QCOMPARE(dup.error().kind, ErrorKind::Conflict);

    // The same id on the other platform is another video.
    auto ig = m_service->addVideo(Platform::Instagram, u"https://www.instagram.com/p/DFp17y5MymE/"_s, {}, std::nullopt,
                                  false);
    QVERIFY(ig.ok());
    QCOMPARE(ig->externalId, u"3560614185974049156"_s);
    QCOMPARE(ig->shortcode, u"DFp17y5MymE"_s);
    QCOMPARE(ig->intervalHours, 24);
    QVERIFY(!ig->isActive);
    QCOMPARE(m_service->addVideo(Platform::Instagram, u"3560614185974049156"_s).error().kind, ErrorKind::Conflict);

    TrackingService::VideoUpdate update;
    update.isActive = true;
    update.intervalHours = 48;
    auto updated = m_service->updateVideo(ig->id, update);
    QVERIFY(updated.ok());
    QCOMPARE(m_service->video(ig->id)->intervalHours, 48);
    QVERIFY(m_service->video(ig->id)->isActive);
    QCOMPARE(m_service->updateVideo(ig->id, {}).error().kind, ErrorKind::Invalid);
    QCOMPARE(m_service->videos()->size(), 2);
    QVERIFY(m_service->removeVideo(video->id.left(6)).ok());
    QCOMPARE(m_service->videos()->size(), 1);
}

void TestStore::testVideoMetadataLimits()
{
    QJsonObject ok;
    for (int i = 0; i < 20; ++i)
        ok.insert(u"k%1"_s.arg(i), QString(255, u'x'));
    auto video = m_service->addVideo(Platform::TikTok, u"7603296357641735445"_s, ok);
    QVERIFY(video.ok());
    QCOMPARE(m_service->video(video->id)->metadata, ok);

    QJsonObject tooMany = ok;
    tooMany.insert(u"k20"_s, u"v"_s);
    auto many = m_service->addVideo(Platform::TikTok, u"7603296357641735446"_s, tooMany);
    QCOMPARE(many.error().kind, ErrorKind::Invalid);
    QCOMPARE(many.error().field, u"metadata"_s);

    QJsonObject tooLong{{u"campaign"_s, QString(256, u'x')}};
    QCOMPARE(m_service->addVideo(Platform::TikTok, u"7603296357641735447"_s, tooLong).error().kind, ErrorKind::Invalid);

    QJsonObject pairs;
    QVERIFY(TrackingService::addMetadataPair(pairs, u"campaign=spring=2026"_s).ok());
    QCOMPARE(pairs.value(u"campaign"_s).toString(), u"spring=2026"_s);
    QVERIFY(!TrackingService::addMetadataPair(pairs, u"novalue"_s).ok());
    QVERIFY(!TrackingService::addMetadataPair(pairs, u"=x"_s).ok());
}

QTEST_GUILESS_MAIN(TestStore)
#include "testStore.moc"
