// After a scrape, a young reel or video is due again at the next velocity checkpoint (1 h, 3 h, 6 h, ... after it
// was posted), an old one or a profile at its interval; the option turns the schedule off. The runner is the one
// the app's scheduler thread and `reelpulse-cli scrape` both use.
#include "scheduler/SchedulerFixture.h"
#include "services/ScrapeRunner.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestVelocityDue final : public QObject
{
    Q_OBJECT

private slots:
    void testYoungReelAtTheCheckpoints()
    {
        fake::Fixture f;
        QVERIFY(f.ok());
        const QString code = u"VELOC1x"_s;
        const TaskRef reel = f.addReel(code, 2);
        const QDateTime posted = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        f.world->posts[code].takenAt = posted;
        QDateTime now = posted.addSecs(10 * 60);
        fake::FakeInstagram ig(f.world);
        ScrapeRunner runner(f.db(), &ig, nullptr, ScrapeOptions{}, [&now] { return now; });

        QCOMPARE(runner.runOnce(reel).result, ScrapeReport::Result::Stored);
        QCOMPARE(f.tracking->reel(reel.id).value().nextScrapeDue, posted.addSecs(3600));
        now = posted.addSecs(3600 + 120);
        QCOMPARE(runner.runOnce(reel).result, ScrapeReport::Result::Stored);
        QCOMPARE(f.tracking->reel(reel.id).value().nextScrapeDue, posted.addSecs(3 * 3600));
        // Past 7 days: the task's interval (2 days).
        now = posted.addDays(8);
        QCOMPARE(runner.runOnce(reel).result, ScrapeReport::Result::Stored);
        QCOMPARE(f.tracking->reel(reel.id).value().nextScrapeDue, now.addDays(DefaultReelIntervalDays));

        // Turned off: the interval from the first scrape on.
        ScrapeOptions off;
        off.velocitySchedule = false;
        fake::FakeInstagram ig2(f.world);
        now = posted.addSecs(10 * 60);
        ScrapeRunner plain(f.db(), &ig2, nullptr, off, [&now] { return now; });
        QCOMPARE(plain.runOnce(reel).result, ScrapeReport::Result::Stored);
        QCOMPARE(f.tracking->reel(reel.id).value().nextScrapeDue, now.addDays(DefaultReelIntervalDays));
    }

    void testYoungTikTokVideoAndItsHourlyInterval()
    {
        fake::Fixture f;
        QVERIFY(f.ok());
        const QString id = u"7000000000000000042"_s;
        const TaskRef video = f.addTikTok(id, 1);
        const QDateTime posted = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        f.world->videos[id].takenAt = posted;
        QDateTime now = posted.addSecs(13 * 3600);
        fake::FakeTikTok tt(f.world);
        ScrapeRunner runner(f.db(), nullptr, &tt, ScrapeOptions{}, [&now] { return now; });
        QCOMPARE(runner.runOnce(video).result, ScrapeReport::Result::Stored);
        // 24 h comes before 13 h + the 24 h interval.
        QCOMPARE(f.tracking->video(video.id).value().nextScrapeDue, posted.addSecs(24 * 3600));
        now = posted.addSecs(24 * 3600);
        QCOMPARE(runner.runOnce(video).result, ScrapeReport::Result::Stored);
        // 48 h is at 24 h + the interval: either way 48 h.
        QCOMPARE(f.tracking->video(video.id).value().nextScrapeDue, posted.addSecs(48 * 3600));
    }

    void testProfilesKeepTheirInterval()
    {
        fake::Fixture f;
        QVERIFY(f.ok());
        const TaskRef profile = f.addProfile(u"young"_s, 3, 3, 1);
        QDateTime now = QDateTime::fromSecsSinceEpoch(1735000000 + 600, Qt::UTC); // minutes after its posts
        fake::FakeInstagram ig(f.world);
        ScrapeRunner runner(f.db(), &ig, nullptr, ScrapeOptions{}, [&now] { return now; });
        QCOMPARE(runner.runOnce(profile).result, ScrapeReport::Result::Stored);
        const ProfileTask task = f.tracking->profile(profile.id).value();
        QCOMPARE(task.nextScrapeDue, now.addDays(task.intervalDays));
    }
};

QTEST_GUILESS_MAIN(TestVelocityDue)
#include "testVelocityDue.moc"
