#include "CreatorSeed.h"
#include "analytics/SeedStore.h"
#include "services/CreatorService.h"
#include "services/DailyAnalyticsService.h"
#include "services/QueryService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelpulse;
using namespace reelpulse::analytics;

/// Creators on a seeded store (two Instagram profiles, one TikTok account written directly): names, links and
/// removal; the roll-ups equal the sum of their accounts, read here straight from the snapshots; the leaderboard's
/// order; daily series and the overview.
class TestCreatorService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesAreUniqueWithoutCase();
    void invalidAndMissing();
    void linkAndUnlink();
    void removingACreatorKeepsItsAccounts();
    void removingAnAccountUnlinksIt();
    void followersRollupIsTheSumOfTheAccounts();
    void engagementRollupIsTheSumOfTheAccounts();
    void topVideosAcrossPlatforms();
    void leaderboardOrder();
    void dailySubjects();
    void overviewAgainstThePreviousPeriod();
    void queriesOnTheServiceThread();
    void pages();

private:
    /// Σ over the tasks of each one's latest followers at or before t, read with SQL; none when no task has one.
    std::optional<qint64> followersAt(const QStringList &tasks, const QDateTime &t);
    /// Σ over the tasks' top-level items of each one's latest engagement at or before t, read with SQL.
    std::optional<qint64> engagementAt(const QStringList &tasks, const QDateTime &t);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    seed::Seeded m_seed;
    creatorseed::TikTok m_tiktok;
    QDateTime m_now;
};

void TestCreatorService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_seed = seed::seedStore(*m_db, m_now);
    m_tiktok = creatorseed::addTikTokAccount(*m_db, m_now);
}

std::optional<qint64> TestCreatorService::followersAt(const QStringList &tasks, const QDateTime &t)
{
    std::optional<qint64> sum;
    for (const QString &task : tasks) {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT followers FROM profile_snapshots WHERE task_id = ? AND followers IS NOT NULL AND "
                  "taken_at <= ? ORDER BY taken_at DESC LIMIT 1"_s);
        q.addBindValue(task);
        q.addBindValue(t.toSecsSinceEpoch());
        if (q.exec() && q.next())
            sum = sum.value_or(0) + q.value(0).toLongLong();
    }
    return sum;
}

std::optional<qint64> TestCreatorService::engagementAt(const QStringList &tasks, const QDateTime &t)
{
    std::optional<qint64> sum;
    for (const QString &task : tasks) {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT (SELECT coalesce(s.likes, 0) + coalesce(s.comments, 0) + coalesce(s.saves, 0) + "
                  "coalesce(s.shares, 0) FROM item_snapshots s WHERE s.item_id = m.id AND s.taken_at <= ? "
                  "ORDER BY s.taken_at DESC LIMIT 1) FROM media_items m JOIN task_items ti ON ti.item_id = m.id "
                  "WHERE ti.task_kind = 'profile' AND ti.task_id = ? AND m.parent_id IS NULL"_s);
        q.addBindValue(t.toSecsSinceEpoch());
        q.addBindValue(task);
        if (!q.exec())
            return std::nullopt;
        while (q.next())
            if (!q.value(0).isNull())
                sum = sum.value_or(0) + q.value(0).toLongLong();
    }
    return sum;
}

void TestCreatorService::namesAreUniqueWithoutCase()
{
    CreatorService service(*m_db);
    auto added = service.add(u"  Studio   North "_s);
    QVERIFY(added.ok());
    QCOMPARE(added->name, u"Studio North"_s);
    auto duplicate = service.add(u"studio NORTH"_s);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);
    QCOMPARE(service.creator(u"STUDIO north"_s)->id, added->id);
    QCOMPARE(service.creator(added->id)->name, u"Studio North"_s);
    // Renaming to another creator's name conflicts; to its own name in another case does not.
    auto other = service.add(u"Other"_s);
    QVERIFY(other.ok());
    QCOMPARE(service.rename(u"other"_s, u"studio north"_s).error().kind, ErrorKind::Conflict);
    QCOMPARE(service.rename(u"studio north"_s, u"STUDIO NORTH"_s)->name, u"STUDIO NORTH"_s);
    QVERIFY(service.remove(u"other"_s).ok());
    QVERIFY(service.remove(u"studio north"_s).ok());
}

void TestCreatorService::invalidAndMissing()
{
    CreatorService service(*m_db);
    QCOMPARE(service.add(u"   "_s).error().kind, ErrorKind::Invalid);
    QCOMPARE(service.add(QString(101, u'x')).error().kind, ErrorKind::Invalid);
    QCOMPARE(service.creator(u"nobody"_s).error().kind, ErrorKind::NotFound);
    QCOMPARE(service.remove(u"nobody"_s).error().kind, ErrorKind::NotFound);
    QVERIFY(service.add(u"Solo"_s).ok());
    QCOMPARE(service.link(u"solo"_s, u"not-an-id!"_s).error().kind, ErrorKind::Invalid);
    QCOMPARE(service.link(u"solo"_s, u"ffffffff-ffff-ffff-ffff-ffffffffffff"_s).error().kind, ErrorKind::NotFound);
    QCOMPARE(service.link(u"nobody"_s, m_seed.ownTask).error().kind, ErrorKind::NotFound);
    QCOMPARE(service.rollup(u"solo"_s, QDate(2026, 3, 2), QDate(2026, 3, 1)).error().kind, ErrorKind::Invalid);
    QCOMPARE(service.leaderboard(LeaderboardBy::Growth, 0, m_now).error().kind, ErrorKind::Invalid);
    QVERIFY(service.remove(u"solo"_s).ok());
}

void TestCreatorService::linkAndUnlink()
{
    CreatorService service(*m_db);
    QVERIFY(service.add(u"Linker"_s).ok());
    auto linked = service.link(u"linker"_s, m_seed.ownTask.left(8)); // a unique prefix works
    QVERIFY(linked.ok());
    QCOMPARE(linked->accounts.size(), 1);
    QCOMPARE(linked->accounts.first().profileTaskId, m_seed.ownTask);
    QCOMPARE(linked->accounts.first().platform, u"instagram"_s);
    QCOMPARE(service.link(u"linker"_s, m_seed.ownTask).error().kind, ErrorKind::Conflict);
    linked = service.link(u"linker"_s, m_tiktok.task);
    QVERIFY(linked.ok());
    QCOMPARE(linked->accounts.size(), 2);
    QCOMPARE(linked->accounts.at(1).platform, u"tiktok"_s);
    QCOMPARE(linked->accounts.at(1).followers, std::optional<qint64>(431501));

    auto unlinked = service.unlink(u"linker"_s, m_seed.ownTask);
    QVERIFY(unlinked.ok());
    QCOMPARE(unlinked->accounts.size(), 1);
    QCOMPARE(service.unlink(u"linker"_s, m_seed.ownTask).error().kind, ErrorKind::NotFound);
    // The unlinked account is still tracked, with its snapshots.
    QVERIFY(followersAt({m_seed.ownTask}, m_now));
    QVERIFY(service.remove(u"linker"_s).ok());
}

void TestCreatorService::removingACreatorKeepsItsAccounts()
{
    CreatorService service(*m_db);
    QVERIFY(service.add(u"Goner"_s).ok());
    QVERIFY(service.link(u"goner"_s, m_seed.ownTask).ok());
    QVERIFY(service.link(u"goner"_s, m_tiktok.task).ok());
    const auto count = [this](const QString &sql) {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    const int tasks = count(u"SELECT count(*) FROM profile_tasks"_s);
    const int snapshots = count(u"SELECT count(*) FROM profile_snapshots"_s);
    const int items = count(u"SELECT count(*) FROM task_items"_s);
    auto removed = service.remove(u"GONER"_s);
    QVERIFY(removed.ok());
    QCOMPARE(removed->accounts.size(), 2);
    QCOMPARE(count(u"SELECT count(*) FROM profile_tasks"_s), tasks);
    QCOMPARE(count(u"SELECT count(*) FROM profile_snapshots"_s), snapshots);
    QCOMPARE(count(u"SELECT count(*) FROM task_items"_s), items);
    QCOMPARE(count(u"SELECT count(*) FROM creator_accounts"_s), 0);
    QCOMPARE(service.creator(u"goner"_s).error().kind, ErrorKind::NotFound);
}

void TestCreatorService::removingAnAccountUnlinksIt()
{
    CreatorService service(*m_db);
    QVERIFY(service.add(u"Keeper"_s).ok());
    const QString task = u"0a0b0c0d-0000-4000-8000-000000000001"_s;
    QSqlQuery q(m_db->connection());
    QVERIFY(creatorseed::exec(q,
                              u"INSERT INTO profile_tasks (id, target_profile, created_at, next_scrape_due, platform) "
                              "VALUES (?, 'short.lived', 0, 0, 'tiktok')"_s,
                              {task}));
    QVERIFY(service.link(u"keeper"_s, task).ok());
    QVERIFY(creatorseed::exec(q, u"DELETE FROM profile_tasks WHERE id = ?"_s, {task}));
    auto keeper = service.creator(u"keeper"_s);
    QVERIFY(keeper.ok());
    QVERIFY(keeper->accounts.isEmpty());
    QVERIFY(service.remove(u"keeper"_s).ok());
}

void TestCreatorService::followersRollupIsTheSumOfTheAccounts()
{
    CreatorService service(*m_db);
    DailyAnalyticsService daily(*m_db);
    QVERIFY(service.add(u"Both Platforms"_s).ok());
    QVERIFY(service.link(u"both platforms"_s, m_seed.ownTask).ok());
    QVERIFY(service.link(u"both platforms"_s, m_tiktok.task).ok());
    const QDate to = m_now.date();
    const QDate from = to.addDays(-34); // before either account's first snapshot
    auto rollup = service.rollup(u"both platforms"_s, from, to);
    QVERIFY(rollup.ok());
    QCOMPARE(rollup->followersOverTime.size(), from.daysTo(to) + 1);
    auto instagram = daily.daily(m_seed.ownTask, DailyMetric::Followers, from, to);
    auto tiktok = daily.daily(m_tiktok.task, DailyMetric::Followers, from, to);
    QVERIFY(instagram.ok());
    QVERIFY(tiktok.ok());
    int both = 0;
    for (qsizetype i = 0; i < rollup->followersOverTime.size(); ++i) {
        const DailyPoint &p = rollup->followersOverTime.at(i);
        // Against the snapshots read here: each account's latest at or before the day's end, summed.
        QCOMPARE(p.value, followersAt({m_seed.ownTask, m_tiktok.task}, endOfDay(p.date)));
        // And against the accounts' own series.
        const auto a = instagram->points.at(i).value;
        const auto b = tiktok->points.at(i).value;
        QCOMPARE(p.value, (a || b) ? std::optional<qint64>(a.value_or(0) + b.value_or(0)) : std::nullopt);
        if (a && b)
            ++both;
        if (i > 0 && p.value && rollup->followersOverTime.at(i - 1).value)
            QCOMPARE(*p.delta, *p.value - *rollup->followersOverTime.at(i - 1).value);
    }
    QVERIFY(both >= 15);                               // the TikTok account counts from 20 days ago
    QVERIFY(!rollup->followersOverTime.first().value); // 34 days ago nothing was scraped
    QCOMPARE(rollup->followers, followersAt({m_seed.ownTask, m_tiktok.task}, m_now));
    QVERIFY(*rollup->followers > 431501);
    QVERIFY(service.remove(u"both platforms"_s).ok());
}

void TestCreatorService::engagementRollupIsTheSumOfTheAccounts()
{
    CreatorService service(*m_db);
    DailyAnalyticsService daily(*m_db);
    QVERIFY(service.add(u"Engaged"_s).ok());
    QVERIFY(service.link(u"engaged"_s, m_seed.ownTask).ok());
    QVERIFY(service.link(u"engaged"_s, m_tiktok.task).ok());
    const QDate to = m_now.date();
    const QDate from = to.addDays(-29);
    auto rollup = service.rollup(u"engaged"_s, from, to);
    QVERIFY(rollup.ok());
    auto instagram = daily.daily(m_seed.ownTask, DailyMetric::Engagement, from, to);
    auto tiktok = daily.daily(m_tiktok.task, DailyMetric::Engagement, from, to);
    auto creator = daily.daily(u"engaged"_s, DailyMetric::Engagement, from, to);
    QVERIFY(instagram.ok());
    QVERIFY(tiktok.ok());
    QVERIFY(creator.ok());
    QCOMPARE(creator->subject.type, u"creator"_s);
    for (qsizetype i = 0; i < rollup->engagementOverTime.size(); ++i) {
        const DailyPoint &p = rollup->engagementOverTime.at(i);
        QCOMPARE(p.value, engagementAt({m_seed.ownTask, m_tiktok.task}, endOfDay(p.date)));
        const auto a = instagram->points.at(i).value;
        const auto b = tiktok->points.at(i).value;
        QCOMPARE(p.value, (a || b) ? std::optional<qint64>(a.value_or(0) + b.value_or(0)) : std::nullopt);
        QCOMPARE(creator->points.at(i).value, p.value);
        QCOMPARE(creator->points.at(i).delta, p.delta);
    }
    QVERIFY(rollup->engagementOverTime.last().value.value_or(0) > 9000000); // the TikTok video's 9M likes
    QVERIFY(service.remove(u"engaged"_s).ok());
}

void TestCreatorService::topVideosAcrossPlatforms()
{
    CreatorService service(*m_db);
    QVERIFY(service.add(u"Top"_s).ok());
    QVERIFY(service.link(u"top"_s, m_seed.ownTask).ok());
    QVERIFY(service.link(u"top"_s, m_tiktok.task).ok());
    auto rollup = service.rollup(u"top"_s, m_now.date().addDays(-6), m_now.date());
    QVERIFY(rollup.ok());
    QCOMPARE(rollup->topItems.size(), 10);
    QCOMPARE(rollup->topItems.first().item.platform, u"tiktok"_s);
    QCOMPARE(rollup->topItems.first().views, std::optional<qint64>(90000000));
    QCOMPARE(rollup->topItems.first().item.taskId, m_tiktok.task);
    bool instagram = false;
    for (qsizetype i = 1; i < rollup->topItems.size(); ++i) {
        const TopItem &t = rollup->topItems.at(i);
        instagram = instagram || t.item.platform == u"instagram";
        const TopItem &before = rollup->topItems.at(i - 1);
        if (before.views && t.views)
            QVERIFY(*before.views >= *t.views);
        else
            QVERIFY(!t.views); // unknown views go last
    }
    QVERIFY(instagram);
    QVERIFY(service.remove(u"top"_s).ok());
}

void TestCreatorService::leaderboardOrder()
{
    CreatorService service(*m_db);
    QVERIFY(service.add(u"Brand and dancer"_s).ok());
    QVERIFY(service.link(u"brand and dancer"_s, m_seed.ownTask).ok());
    QVERIFY(service.link(u"brand and dancer"_s, m_tiktok.task).ok());
    QVERIFY(service.add(u"Rival"_s).ok());
    QVERIFY(service.link(u"rival"_s, m_seed.rivalTask).ok());
    QVERIFY(service.add(u"Empty"_s).ok());

    for (int days : {7, 30}) {
        const QDateTime start = m_now.addDays(-days);
        auto rows = service.leaderboard(LeaderboardBy::Growth, days, m_now);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        // Growth read here: each account's followers now minus at the start (or its first snapshot inside).
        const auto growth = [&](const QString &task) {
            const auto end = followersAt({task}, m_now);
            auto begin = followersAt({task}, start);
            if (!begin) {
                QSqlQuery q(m_db->connection());
                q.prepare(u"SELECT followers FROM profile_snapshots WHERE task_id = ? AND taken_at > ? "
                          "ORDER BY taken_at LIMIT 1"_s);
                q.addBindValue(task);
                q.addBindValue(start.toSecsSinceEpoch());
                if (q.exec() && q.next())
                    begin = q.value(0).toLongLong();
            }
            return *end - *begin;
        };
        const qint64 both = growth(m_seed.ownTask) + growth(m_tiktok.task);
        const qint64 rival = growth(m_seed.rivalTask);
        QVERIFY(both > rival);
        QCOMPARE(rows->at(0).name, u"Brand and dancer"_s);
        QCOMPARE(rows->at(0).growth, std::optional<qint64>(both));
        QCOMPARE(rows->at(0).rank, 1);
        QCOMPARE(rows->at(1).name, u"Rival"_s);
        QCOMPARE(rows->at(1).growth, std::optional<qint64>(rival));
        QCOMPARE(rows->at(2).name, u"Empty"_s);
        QVERIFY(!rows->at(2).growth);
        QCOMPARE(rows->at(0).followers, followersAt({m_seed.ownTask, m_tiktok.task}, m_now));
    }
    auto byEngagement = service.leaderboard(LeaderboardBy::Engagement, 30, m_now);
    QVERIFY(byEngagement.ok());
    const QDateTime start = m_now.addDays(-30);
    const auto gained = [&](const QStringList &tasks) {
        return *engagementAt(tasks, m_now) - engagementAt(tasks, start).value_or(0);
    };
    QCOMPARE(byEngagement->at(0).name, u"Brand and dancer"_s);
    QCOMPARE(byEngagement->at(0).engagement, std::optional<qint64>(gained({m_seed.ownTask, m_tiktok.task})));
    QCOMPARE(byEngagement->at(1).engagement, std::optional<qint64>(gained({m_seed.rivalTask})));
    QVERIFY(!byEngagement->at(2).engagement);
    for (const char *name : {"brand and dancer", "rival", "empty"})
        QVERIFY(service.remove(QString::fromLatin1(name)).ok());
}

void TestCreatorService::dailySubjects()
{
    DailyAnalyticsService daily(*m_db);
    const QDate to = m_now.date();
    // A video by its platform id: views carried forward from its two snapshots.
    auto video = daily.daily(u"7300000000000000002"_s, DailyMetric::Views, to.addDays(-6), to);
    QVERIFY(video.ok());
    QCOMPARE(video->subject.type, u"video"_s);
    QCOMPARE(video->subject.platform, u"tiktok"_s);
    QCOMPARE(video->points.last().value, std::optional<qint64>(90000000));
    // The reel task: its views.
    auto reel = daily.daily(m_seed.reelTask, DailyMetric::Views, to.addDays(-3), to);
    QVERIFY(reel.ok());
    QCOMPARE(reel->subject.type, u"video"_s);
    QVERIFY(reel->points.last().value.value_or(0) > 0);
    // Followers are an account's.
    QCOMPARE(daily.daily(u"7300000000000000002"_s, DailyMetric::Followers, to, to).error().kind, ErrorKind::Invalid);
    QCOMPARE(daily.daily(m_seed.reelTask, DailyMetric::Followers, to, to).error().kind, ErrorKind::Invalid);
    auto account = daily.daily(m_tiktok.task, DailyMetric::Followers, to.addDays(-2), to);
    QVERIFY(account.ok());
    QCOMPARE(account->subject.type, u"account"_s);
    QCOMPARE(account->subject.platform, u"tiktok"_s);
    QCOMPARE(account->points.first().value, std::optional<qint64>(431501));
    QCOMPARE(account->points.first().delta, std::optional<qint64>(431501 - 430015)); // the snapshot of 2 days ago
    QCOMPARE(daily.daily(u"no-such-thing"_s, DailyMetric::Views, to, to).error().kind, ErrorKind::NotFound);
    QCOMPARE(daily.daily(m_tiktok.task, DailyMetric::Views, to, to.addDays(-1)).error().kind, ErrorKind::Invalid);
}

void TestCreatorService::overviewAgainstThePreviousPeriod()
{
    CreatorService service(*m_db);
    QVERIFY(service.add(u"Fresh"_s, m_now).ok());
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(5);
    auto overview = DailyAnalyticsService(*m_db).overview(7, at);
    QVERIFY(overview.ok());
    const auto figure = [&](const char *key) {
        return overview->figure(QString::fromLatin1(key))->change;
    };
    // Three accounts now; a week ago only the TikTok one (the seeded Instagram ones were added just now).
    QCOMPARE(figure("tracked_accounts").value, std::optional<qint64>(3));
    QCOMPARE(figure("tracked_accounts").previous, std::optional<qint64>(1));
    QCOMPARE(figure("tracked_accounts").changePercent, std::optional<double>(200.0));
    // One creator, none a week ago: the change is +1, its percent unknown.
    QCOMPARE(figure("creators").value, std::optional<qint64>(1));
    QCOMPARE(figure("creators").previous, std::optional<qint64>(0));
    QCOMPARE(figure("creators").change, std::optional<qint64>(1));
    QVERIFY(!figure("creators").changePercent);
    // Followers now and a week ago, summed over every account, read here.
    const QStringList all{m_seed.ownTask, m_seed.rivalTask, m_tiktok.task};
    QCOMPARE(figure("followers").value, followersAt(all, at));
    QCOMPARE(figure("followers").previous, followersAt(all, at.addDays(-7)));
    QVERIFY(figure("views").value.value_or(0) >= 90000000 - 25000);
    QVERIFY(figure("engagement").value);
    QVERIFY(figure("videos").value.value_or(0) >= 27);
    QVERIFY(figure("comments_analysed").value.value_or(0) + figure("comments_analysed").previous.value_or(0) > 0);
    QVERIFY(service.remove(u"fresh"_s).ok());
}

void TestCreatorService::queriesOnTheServiceThread()
{
    CreatorService direct(*m_db);
    QVERIFY(direct.add(u"Threaded"_s).ok());
    QVERIFY(direct.link(u"threaded"_s, m_tiktok.task).ok());
    QueryService queries(m_dir.path());
    CreatorQueries creators(queries);
    auto list = creators.list();
    list.waitForFinished();
    QVERIFY(list.result().ok());
    QCOMPARE(list.result()->size(), 1);
    const QString id = list.result()->first().id;
    auto rollup = creators.rollup(id, m_now.date().addDays(-3), m_now.date());
    rollup.waitForFinished();
    QVERIFY(rollup.result().ok());
    QCOMPARE(rollup.result()->followersOverTime.last().value, std::optional<qint64>(431501));
    auto unlinked = creators.unlink(id, m_tiktok.task);
    unlinked.waitForFinished();
    QVERIFY(unlinked.result().ok());
    QVERIFY(unlinked.result()->accounts.isEmpty());
    auto removed = creators.remove(id);
    removed.waitForFinished();
    QVERIFY(removed.result().ok());
    QCOMPARE(direct.creator(u"threaded"_s).error().kind, ErrorKind::NotFound);
}

void TestCreatorService::pages()
{
    CreatorService service(*m_db);
    for (const char *name : {"b", "A", "c", "D", "e"})
        QVERIFY(service.add(QString::fromLatin1(name)).ok());
    QStringList names;
    QString cursor;
    int pages = 0;
    do {
        auto page = service.page(2, cursor);
        QVERIFY(page.ok());
        for (const Creator &c : page->creators)
            names.append(c.name);
        cursor = page->nextCursor;
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(names, (QStringList{u"A"_s, u"b"_s, u"c"_s, u"D"_s, u"e"_s}));
    QCOMPARE(pages, 3);
    QCOMPARE(service.page(0, {}).error().kind, ErrorKind::Invalid);
    QCOMPARE(service.page(2, u"%%%"_s).error().kind, ErrorKind::Invalid);
    for (const char *name : {"b", "A", "c", "D", "e"})
        QVERIFY(service.remove(QString::fromLatin1(name)).ok());
}

QTEST_GUILESS_MAIN(TestCreatorService)
#include "testCreatorService.moc"
