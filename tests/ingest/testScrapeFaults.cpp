// What the scrape service keeps when part of a scrape fails, and how it treats a store that cannot be written:
// metrics stay when comments fail, a failing write is retried a few times and then leaves the task alone until
// its lease ends (never a re-scrape every minute), two takers of one task do not both scrape it, and a comment
// without text is kept.
#include "scheduler/FakeSources.h"
#include "services/ScrapeService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestScrapeFaults final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testCommentFailureKeepsWhatWasRead();
    void testFailingWriteBacksOff();
    void testATakenTaskIsNotScrapedTwice();
    void testCommentWithoutTextIsKept();
    void testAWithheldSessionIsSaid();

private:
    qint64 count(const QString &sql);
    bool exec(const QString &sql);
    std::unique_ptr<ScrapeService> service(std::atomic<int> *calls = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TrackingService> m_tracking;
    std::shared_ptr<fake::World> m_world;
    QDateTime m_now;
};

void TestScrapeFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_tracking = std::make_unique<TrackingService>(*m_db);
    m_world = std::make_shared<fake::World>();
    m_now = QDateTime::currentDateTimeUtc().addDays(3); // every new task is due then
}

void TestScrapeFaults::cleanup()
{
    m_tracking.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestScrapeFaults::count(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool TestScrapeFaults::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql);
}

std::unique_ptr<ScrapeService> TestScrapeFaults::service(std::atomic<int> *calls)
{
    auto made = std::make_unique<ScrapeService>(*m_db, fake::factory(m_world, calls)(*m_db), m_dir->path(),
                                                ScrapeOptions{}, [this] { return m_now; });
    made->setScoreSentiment(false);
    return made;
}

void TestScrapeFaults::testCommentFailureKeepsWhatWasRead()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"C0MMENTfail"_s);
    QVERIFY(reel.ok());
    m_world->posts.insert(u"C0MMENTfail"_s, fake::post(u"C0MMENTfail"_s, 1734000000));
    m_world->commentsOf.insert(u"C0MMENTfail"_s, fake::comments(u"C0MMENTfail"_s, 20));
    // Instagram rate limits the comment list: the post's metrics must still be stored.
    m_world->failures.insert(u"comments:C0MMENTfail"_s,
                             ScrapeFailure{FailureClass::RateLimited, u"429 on comments"_s, 429, 300});

    auto scraper = service();
    const ScrapeReport report = scraper->scrape(TaskRef{TaskKind::Reel, reel->id}, true);
    QCOMPARE(report.result, ScrapeReport::Result::Stored);
    QVERIFY(report.commentsFailure);
    QCOMPARE(report.commentsFailure->cls, FailureClass::RateLimited);
    QCOMPARE(report.stored.postsProcessed, 1);
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots WHERE likes = 100"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM comments"_s), 0);
    QCOMPARE(m_tracking->reel(reel->id)->lastErrorClass, u"comments_unavailable"_s);
    QVERIFY(m_tracking->reel(reel->id)->lastError.startsWith(u"Comments unavailable: 429 on comments"_s));
    // The rate limit on comments still makes Instagram wait, for as long as it asked.
    const QList<PlatformWait> waits = scraper->waits();
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().platform, Platform::Instagram);
    QCOMPARE(*waits.first().until, m_now.addSecs(300));

    // Once the comments answer, they are stored and the note goes.
    m_world->failures.clear();
    m_now = m_now.addDays(3);
    scraper = service();
    const ScrapeReport again = scraper->scrape(TaskRef{TaskKind::Reel, reel->id}, true);
    QCOMPARE(again.result, ScrapeReport::Result::Stored);
    QVERIFY(!again.commentsFailure);
    QVERIFY(count(u"SELECT count(*) FROM comments"_s) >= 20);
    QVERIFY(m_tracking->reel(reel->id)->lastError.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM item_snapshots"_s), 2);
}

void TestScrapeFaults::testFailingWriteBacksOff()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"BWRITEfail0"_s);
    QVERIFY(reel.ok());
    m_world->posts.insert(u"BWRITEfail0"_s, fake::post(u"BWRITEfail0"_s, 1734000000));
    // Every write of a scrape fails, as on a full disk.
    QVERIFY(exec(u"CREATE TRIGGER full_disk BEFORE INSERT ON item_snapshots BEGIN"
                 " SELECT RAISE(ABORT, 'database or disk is full'); END"_s));

    std::atomic<int> calls{0};
    auto scraper = service(&calls);
    scraper->beginPass();
    std::optional<PassStep> step = scraper->next();
    QVERIFY(step);
    QCOMPARE(step->kind, PassStep::Kind::Scrape);
    const ScrapeReport report = scraper->scrape(step->task, false);
    QCOMPARE(report.result, ScrapeReport::Result::Error);
    QVERIFY(report.error);
    QVERIFY2(report.error->message.contains(u"full"_s), qPrintable(report.error->message));
    const int afterFirst = calls.load();
    QVERIFY(afterFirst > 0);

    // The cause shows on the task, and it is not due again before its lease ends.
    const ReelTask task = m_tracking->reel(reel->id).value();
    QVERIFY2(task.lastError.contains(u"could not be saved"_s), qPrintable(task.lastError));
    QVERIFY(task.nextScrapeDue >= m_now.addSecs(ScrapeOptions{}.leaseSeconds - 1));
    for (int minute = 1; minute <= 10; ++minute) {
        m_now = m_now.addSecs(60);
        scraper->beginPass();
        QVERIFY(!scraper->next());
    }
    QCOMPARE(calls.load(), afterFirst);

    // After the lease, with the disk fixed, the task is scraped and stored.
    QVERIFY(exec(u"DROP TRIGGER full_disk"_s));
    m_now = m_now.addSecs(ScrapeOptions{}.leaseSeconds);
    scraper->beginPass();
    step = scraper->next();
    QVERIFY(step);
    QCOMPARE(scraper->scrape(step->task, false).result, ScrapeReport::Result::Stored);
    QVERIFY(m_tracking->reel(reel->id)->lastError.isEmpty());
}

void TestScrapeFaults::testATakenTaskIsNotScrapedTwice()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"BTAKENtwice"_s);
    QVERIFY(reel.ok());
    m_world->posts.insert(u"BTAKENtwice"_s, fake::post(u"BTAKENtwice"_s, 1734000000));
    const TaskRef ref{TaskKind::Reel, reel->id};

    // Another process took it a moment ago (its lease moved the due time ahead).
    ScrapeStore store(*m_db);
    auto taken = store.claim(ref, m_now, m_now.addSecs(900), false);
    QVERIFY(taken.ok() && taken.value());
    std::atomic<int> calls{0};
    auto scraper = service(&calls);
    const ScrapeReport report = scraper->scrape(ref, false);
    QCOMPARE(report.result, ScrapeReport::Result::Skipped);
    QVERIFY(!report.skipReason.isEmpty());
    QCOMPARE(calls.load(), 0);
    // A forced scrape (Scrape now) still runs.
    QCOMPARE(scraper->scrape(ref, true).result, ScrapeReport::Result::Stored);
}

void TestScrapeFaults::testCommentWithoutTextIsKept()
{
    auto video = m_tracking->addVideo(Platform::TikTok, u"7000000000000000001"_s);
    QVERIFY(video.ok());
    m_world->videos.insert(u"7000000000000000001"_s,
                           fake::post(u"7000000000000000001"_s, 1734000000, 0, Platform::TikTok));
    QList<Comment> list = fake::comments(u"tt"_s, 3);
    list[1].text = QString(); // a sticker: no text at all
    m_world->commentsOf.insert(u"7000000000000000001"_s, list);
    const ScrapeReport report = service()->scrape(TaskRef{TaskKind::Video, video->id}, true);
    QCOMPARE(report.result, ScrapeReport::Result::Stored);
    QCOMPARE(count(u"SELECT count(*) FROM comments WHERE platform_id LIKE 'tt-%' AND parent_platform_id IS NULL"_s), 3);
    QCOMPARE(count(u"SELECT count(*) FROM comments WHERE platform_id = 'tt-1' AND text = ''"_s), 1);
}

void TestScrapeFaults::testAWithheldSessionIsSaid()
{
    QVERIFY(m_tracking->addProject(u"p"_s).ok());
    auto reel = m_tracking->addReel(u"p"_s, u"C0SESSIONno"_s);
    QVERIFY(reel.ok());
    m_world->posts.insert(u"C0SESSIONno"_s, fake::post(u"C0SESSIONno"_s, 1734000000));
    m_world->sessionWithheld = u"Instagram is read without your session: http://127.0.0.1 is not https."_s;
    const ScrapeReport report = service()->scrape(TaskRef{TaskKind::Reel, reel->id}, true);
    QCOMPARE(report.result, ScrapeReport::Result::Stored);
    QVERIFY(!report.notes.isEmpty());
    QCOMPARE(report.notes.first(), m_world->sessionWithheld);
}

QTEST_GUILESS_MAIN(TestScrapeFaults)
#include "testScrapeFaults.moc"
