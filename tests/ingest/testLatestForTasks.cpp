#include "scheduler/FakeSources.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

/// ScrapeReader::latestForTasks, the read that fills a whole task table in one statement, gives for
/// every task what the single-task reads give (latestProfileSnapshot, taskItem), on a store with
/// several scrapes per task, ties in time, a post that changed its id and tasks never scraped.
class TestLatestForTasks final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testProfilesMatchTheSingleTaskRead();
    void testReelsAndVideosMatchTheSingleTaskRead();
    void testRemovedTasksAndEmptyStore();
    void testOneStatementForManyTasks();

private:
    void store(TaskKind kind, const QString &taskId, qint64 when, const QList<MediaItem> &posts,
               std::optional<ProfileInfo> profile = {});
    static ProfileInfo profile(const QString &username, qint64 followers, qint64 posts);
    static MediaItem post(const QString &shortcode, qint64 likes, Platform platform = Platform::Instagram);
    void compareProfiles(const QList<ProfileTask> &tasks);
    void compareItems(TaskKind kind, const QStringList &ids);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_tracking;
    std::unique_ptr<ScrapeReader> m_reader;
};

namespace {

void compareSnapshot(const MetricsSnapshot &a, const MetricsSnapshot &b)
{
    QCOMPARE(a.takenAt, b.takenAt);
    QCOMPARE(a.likes, b.likes);
    QCOMPARE(a.comments, b.comments);
    QCOMPARE(a.views, b.views);
    QCOMPARE(a.plays, b.plays);
    QCOMPARE(a.shares, b.shares);
    QCOMPARE(a.saves, b.saves);
}

void compareItem(const StoredItem &a, const StoredItem &b)
{
    QCOMPARE(a.rowId, b.rowId);
    QCOMPARE(a.platform, b.platform);
    QCOMPARE(a.platformId, b.platformId);
    QCOMPARE(a.shortcode, b.shortcode);
    QCOMPARE(a.parentRowId, b.parentRowId);
    QCOMPARE(a.position, b.position);
    QCOMPARE(a.ownerId, b.ownerId);
    QCOMPARE(a.ownerUsername, b.ownerUsername);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.productType, b.productType);
    QCOMPARE(a.caption, b.caption);
    QCOMPARE(a.hashtags, b.hashtags);
    QCOMPARE(a.mentions, b.mentions);
    QCOMPARE(a.takenAt, b.takenAt);
    QCOMPARE(a.width, b.width);
    QCOMPARE(a.height, b.height);
    QCOMPARE(a.durationSeconds, b.durationSeconds);
    QCOMPARE(a.displayUrl, b.displayUrl);
    QCOMPARE(a.videoUrl, b.videoUrl);
    QCOMPARE(a.firstSeen, b.firstSeen);
    QCOMPARE(a.lastSeen, b.lastSeen);
    QCOMPARE(a.latest.has_value(), b.latest.has_value());
    if (a.latest)
        compareSnapshot(*a.latest, *b.latest);
}

void compareProfile(const ProfileSnapshot &a, const ProfileSnapshot &b)
{
    QCOMPARE(a.takenAt, b.takenAt);
    QCOMPARE(a.platformUserId, b.platformUserId);
    QCOMPARE(a.username, b.username);
    QCOMPARE(a.fullName, b.fullName);
    QCOMPARE(a.biography, b.biography);
    QCOMPARE(a.followers, b.followers);
    QCOMPARE(a.following, b.following);
    QCOMPARE(a.posts, b.posts);
    QCOMPARE(a.isVerified, b.isVerified);
    QCOMPARE(a.isPrivate, b.isPrivate);
    QCOMPARE(a.isBusiness, b.isBusiness);
    QCOMPARE(a.category, b.category);
    QCOMPARE(a.externalUrl, b.externalUrl);
    QCOMPARE(a.profilePicUrl, b.profilePicUrl);
}

} // namespace

void TestLatestForTasks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db.value());
    m_tracking = std::make_unique<TrackingService>(*m_db);
    m_reader = std::make_unique<ScrapeReader>(m_db->connection());
}

void TestLatestForTasks::cleanup()
{
    m_reader.reset();
    m_tracking.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLatestForTasks::store(TaskKind kind, const QString &taskId, qint64 when, const QList<MediaItem> &posts,
                               std::optional<ProfileInfo> profile)
{
    ScrapeOutcome outcome;
    outcome.task = TaskRef{kind, taskId};
    outcome.scrapedAt = fake::at(when);
    outcome.profile = std::move(profile);
    for (const MediaItem &item : posts)
        outcome.posts.append(ScrapedPost{item, {}});
    ScrapeStore store(*m_db);
    auto written = store.recordSuccess(outcome);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
}

ProfileInfo TestLatestForTasks::profile(const QString &username, qint64 followers, qint64 posts)
{
    ProfileInfo info;
    info.id = QString::number(1000 + username.size());
    info.username = username;
    info.fullName = username.toUpper();
    info.biography = u"Bio of "_s + username;
    info.followers = followers;
    info.following = followers / 10;
    info.posts = posts;
    info.isVerified = followers > 1000;
    info.isPrivate = false;
    info.category = u"Brand"_s;
    return info;
}

MediaItem TestLatestForTasks::post(const QString &shortcode, qint64 likes, Platform platform)
{
    MediaItem item = fake::post(shortcode, 1734000000, 0, platform);
    item.likes = likes;
    item.comments = likes / 10;
    item.views = likes * 10;
    return item;
}

void TestLatestForTasks::compareProfiles(const QList<ProfileTask> &tasks)
{
    auto all = m_reader->latestForTasks(TaskKind::Profile);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    int scraped = 0;
    for (const ProfileTask &task : tasks) {
        auto one = m_reader->latestProfileSnapshot(task.id);
        QVERIFY(one.ok());
        QCOMPARE(all->contains(task.id), one.value().has_value());
        if (!one.value())
            continue;
        ++scraped;
        const TaskLatest latest = all->value(task.id);
        QVERIFY(latest.profile.has_value());
        QVERIFY(!latest.item.has_value());
        compareProfile(*latest.profile, *one.value());
    }
    QCOMPARE(int(all->size()), scraped);
}

void TestLatestForTasks::compareItems(TaskKind kind, const QStringList &ids)
{
    auto all = m_reader->latestForTasks(kind);
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
    int scraped = 0;
    for (const QString &id : ids) {
        auto one = m_reader->taskItem(TaskRef{kind, id});
        QVERIFY(one.ok());
        QCOMPARE(all->contains(id), one.value().has_value());
        if (!one.value())
            continue;
        ++scraped;
        const TaskLatest latest = all->value(id);
        QVERIFY(latest.item.has_value());
        QVERIFY(!latest.profile.has_value());
        QVERIFY(latest.item->children.isEmpty());
        compareItem(*latest.item, *one.value());
    }
    QCOMPARE(int(all->size()), scraped);
}

void TestLatestForTasks::testProfilesMatchTheSingleTaskRead()
{
    auto natgeo = m_tracking->addProfile(u"natgeo"_s, true);
    auto nasa = m_tracking->addProfile(u"nasa"_s, false);
    auto nike = m_tracking->addProfile(u"nike"_s, true);
    auto never = m_tracking->addProfile(u"neverscraped"_s, false);
    QVERIFY(natgeo.ok() && nasa.ok() && nike.ok() && never.ok());

    // natgeo: three scrapes, stored out of time order; the latest in time wins, not the last written.
    store(TaskKind::Profile, natgeo->id, 1735000000, {post(u"NATGEOp1"_s, 5)}, profile(u"natgeo"_s, 2000, 10));
    store(TaskKind::Profile, natgeo->id, 1735200000, {post(u"NATGEOp1"_s, 7)}, profile(u"natgeo"_s, 2600, 12));
    store(TaskKind::Profile, natgeo->id, 1735100000, {post(u"NATGEOp1"_s, 6)}, profile(u"natgeo"_s, 2300, 11));
    // nasa: two snapshots at the same time; the one written last wins.
    store(TaskKind::Profile, nasa->id, 1735000000, {}, profile(u"nasa"_s, 500, 3));
    store(TaskKind::Profile, nasa->id, 1735000000, {}, profile(u"nasa"_s, 501, 4));
    store(TaskKind::Profile, nike->id, 1734000000, {post(u"NIKEp1"_s, 9), post(u"NIKEp2"_s, 8)},
          profile(u"nike"_s, 90000, 2));

    auto tasks = m_tracking->profiles();
    QVERIFY(tasks.ok());
    compareProfiles(tasks.value());
    if (QTest::currentTestFailed())
        return;

    auto all = m_reader->latestForTasks(TaskKind::Profile);
    QVERIFY(all.ok());
    QCOMPARE(all->value(natgeo->id).profile->followers, 2600);
    QCOMPARE(all->value(nasa->id).profile->followers, 501);
    QCOMPARE(all->value(nike->id).profile->posts, 2);
    QVERIFY(!all->contains(never->id));
    // The posts linked to profile tasks are not reels or videos.
    auto reels = m_reader->latestForTasks(TaskKind::Reel);
    QVERIFY(reels.ok());
    QVERIFY(reels->isEmpty());
}

void TestLatestForTasks::testReelsAndVideosMatchTheSingleTaskRead()
{
    QVERIFY(m_tracking->addProject(u"Launch"_s).ok());
    auto r1 = m_tracking->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    auto r2 = m_tracking->addReel(u"Launch"_s, u"C0ABCdefGHJ"_s);
    auto r3 = m_tracking->addReel(u"Launch"_s, u"C0ABCdefGHK"_s);
    auto r4 = m_tracking->addReel(u"Launch"_s, u"C0ABCdefGHM"_s);
    auto v1 = m_tracking->addVideo(Platform::TikTok, u"7234567890123456789"_s);
    auto v2 = m_tracking->addVideo(Platform::Instagram, u"C1ABCdefGHI"_s);
    auto v3 = m_tracking->addVideo(Platform::TikTok, u"7234567890123456000"_s);
    QVERIFY(r1.ok() && r2.ok() && r3.ok() && r4.ok() && v1.ok() && v2.ok() && v3.ok());
    // A profile whose posts are linked to it, including the reel r1 tracks: not part of the reel rows.
    auto brand = m_tracking->addProfile(u"brand"_s, false);
    QVERIFY(brand.ok());

    store(TaskKind::Reel, r1->id, 1735000000, {post(u"C0ABCdefGHI"_s, 100)});
    store(TaskKind::Reel, r1->id, 1735300000, {post(u"C0ABCdefGHI"_s, 300)});
    store(TaskKind::Reel, r1->id, 1735200000, {post(u"C0ABCdefGHI"_s, 200)});
    // r2: two snapshots at the same time (the later written wins), then the platform answered with
    // another post: the most recently seen post is the one the row shows.
    store(TaskKind::Reel, r2->id, 1735000000, {post(u"C0ABCdefGHJ"_s, 40)});
    store(TaskKind::Reel, r2->id, 1735000000, {post(u"C0ABCdefGHJ"_s, 41)});
    store(TaskKind::Reel, r2->id, 1735100000, {post(u"C0ABCdefGHL"_s, 77)});
    // r4: its own post, another one, then its own again: the first stored post is the most recently seen.
    store(TaskKind::Reel, r4->id, 1735000000, {post(u"C0ABCdefGHM"_s, 50)});
    store(TaskKind::Reel, r4->id, 1735100000, {post(u"C0ABCdefGHN"_s, 60)});
    store(TaskKind::Reel, r4->id, 1735200000, {post(u"C0ABCdefGHM"_s, 70)});
    store(TaskKind::Video, v1->id, 1735000000, {post(u"7234567890123456789"_s, 1000, Platform::TikTok)});
    store(TaskKind::Video, v1->id, 1735050000, {post(u"7234567890123456789"_s, 1500, Platform::TikTok)});
    store(TaskKind::Video, v2->id, 1735000000, {post(u"C1ABCdefGHI"_s, 12)});
    store(TaskKind::Profile, brand->id, 1736000000, {post(u"C0ABCdefGHI"_s, 999), post(u"BRANDp1"_s, 5)},
          profile(u"brand"_s, 10, 2));

    QStringList reelIds{r1->id, r2->id, r3->id, r4->id};
    QStringList videoIds{v1->id, v2->id, v3->id};
    compareItems(TaskKind::Reel, reelIds);
    compareItems(TaskKind::Video, videoIds);
    if (QTest::currentTestFailed())
        return;

    auto reels = m_reader->latestForTasks(TaskKind::Reel);
    auto videos = m_reader->latestForTasks(TaskKind::Video);
    QVERIFY(reels.ok() && videos.ok());
    QCOMPARE(reels->size(), 3);
    QCOMPARE(videos->size(), 2);
    // r1's post was last scraped through the profile: its latest metrics are that scrape's.
    QCOMPARE(reels->value(r1->id).item->latest->likes, 999);
    QCOMPARE(reels->value(r2->id).item->shortcode, u"C0ABCdefGHL"_s);
    QCOMPARE(reels->value(r2->id).item->latest->likes, 77);
    QCOMPARE(reels->value(r4->id).item->shortcode, u"C0ABCdefGHM"_s);
    QCOMPARE(reels->value(r4->id).item->latest->likes, 70);
    QCOMPARE(videos->value(v1->id).item->latest->likes, 1500);
    QCOMPARE(videos->value(v1->id).item->platform, Platform::TikTok);
    QVERIFY(!videos->contains(v3->id));
}

void TestLatestForTasks::testRemovedTasksAndEmptyStore()
{
    for (TaskKind kind : {TaskKind::Profile, TaskKind::Reel, TaskKind::Video}) {
        auto empty = m_reader->latestForTasks(kind);
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
    }
    QVERIFY(m_tracking->addProject(u"Launch"_s).ok());
    auto reel = m_tracking->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    auto nasa = m_tracking->addProfile(u"nasa"_s, false);
    QVERIFY(reel.ok() && nasa.ok());
    store(TaskKind::Reel, reel->id, 1735000000, {post(u"C0ABCdefGHI"_s, 100)});
    store(TaskKind::Profile, nasa->id, 1735000000, {}, profile(u"nasa"_s, 500, 3));
    QCOMPARE(m_reader->latestForTasks(TaskKind::Reel)->size(), 1);
    QCOMPARE(m_reader->latestForTasks(TaskKind::Profile)->size(), 1);

    QVERIFY(m_tracking->removeReel(reel->id).ok());
    QVERIFY(m_tracking->removeProfile(nasa->id).ok());
    QVERIFY(m_reader->latestForTasks(TaskKind::Reel)->isEmpty());
    QVERIFY(m_reader->latestForTasks(TaskKind::Profile)->isEmpty());
}

void TestLatestForTasks::testOneStatementForManyTasks()
{
    // 60 reels with 3 scrapes each, the latest in time written second: the batch equals 60 single-task reads.
    QVERIFY(m_tracking->addProject(u"Launch"_s).ok());
    QStringList ids;
    for (int i = 0; i < 60; ++i) {
        const QString shortcode = u"C0ABCdef%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        auto reel = m_tracking->addReel(u"Launch"_s, shortcode);
        QVERIFY2(reel.ok(), qPrintable(reel.ok() ? QString() : reel.error().message));
        ids.append(reel->id);
        for (int run = 0; run < 3; ++run)
            store(TaskKind::Reel, reel->id, 1735000000 + (run == 1 ? 9000 : run * 100) + i,
                  {post(shortcode, i * 10 + run)});
    }
    compareItems(TaskKind::Reel, ids);
    auto all = m_reader->latestForTasks(TaskKind::Reel);
    QVERIFY(all.ok());
    for (int i = 0; i < 60; ++i)
        QCOMPARE(all->value(ids.at(i)).item->latest->likes, i * 10 + 1);
}

QTEST_GUILESS_MAIN(TestLatestForTasks)
#include "testLatestForTasks.moc"
