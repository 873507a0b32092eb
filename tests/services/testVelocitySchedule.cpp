// When a young reel or video is due again after a scrape (VelocitySchedule): posted at T, scraped at various ages,
// with the task's interval, the next due time is the next velocity checkpoint still ahead or the interval.
#include "services/VelocitySchedule.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestVelocitySchedule final : public QObject
{
    Q_OBJECT

private slots:
    void testNextDue_data()
    {
        QTest::addColumn<qint64>("scrapedAfter");    // seconds after posting
        QTest::addColumn<qint64>("intervalSeconds"); // the task's interval
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<qint64>("dueAfter"); // seconds after posting

        constexpr qint64 H = 3600;
        constexpr qint64 Day = 24 * H;
        QTest::newRow("added at 10 min: 1 h") << 10 * 60LL << 2 * Day << true << 1 * H;
        QTest::newRow("at 44 min: 1 h still ahead") << 44 * 60LL << 2 * Day << true << 1 * H;
        QTest::newRow("at 50 min counts as 1 h: 3 h") << 50 * 60LL << 2 * Day << true << 3 * H;
        QTest::newRow("at 1 h: 3 h") << 1 * H << 2 * Day << true << 3 * H;
        QTest::newRow("late at 1 h 30: 3 h") << H + H / 2 << 2 * Day << true << 3 * H;
        QTest::newRow("at 3 h: 6 h") << 3 * H << 2 * Day << true << 6 * H;
        QTest::newRow("at 6 h: 12 h") << 6 * H << 2 * Day << true << 12 * H;
        QTest::newRow("at 12 h: 24 h") << 12 * H << 2 * Day << true << 24 * H;
        QTest::newRow("at 24 h: 48 h") << 24 * H << 2 * Day << true << 48 * H;
        QTest::newRow("at 48 h: 72 h") << 48 * H << 2 * Day << true << 72 * H;
        QTest::newRow("at 72 h, interval 2 d: 7 d is later, 72 h + 2 d")
            << 72 * H << 2 * Day << true << 72 * H + 2 * Day;
        QTest::newRow("at 72 h, interval 7 d: 7 d") << 72 * H << 7 * Day << true << 7 * Day;
        QTest::newRow("at 6 d: counts as 7 d, then the interval") << 6 * Day << 7 * Day << true << 13 * Day;
        QTest::newRow("at 7 d: the interval") << 7 * Day << 2 * Day << true << 9 * Day;
        QTest::newRow("old post: the interval") << 40 * Day << 1 * Day << true << 41 * Day;
        QTest::newRow("a 6 h video interval before 12 h: 12 h") << 3 * H << 6 * H << true << 6 * H;
        QTest::newRow("a 6 h video interval at 12 h: 18 h") << 12 * H << 6 * H << true << 18 * H;
        QTest::newRow("posted in the future (clock skew): 1 h") << -5 * 60LL << 2 * Day << true << 1 * H;
        QTest::newRow("turned off: the interval") << 10 * 60LL << 2 * Day << false << 10 * 60LL + 2 * Day;
    }

    void testNextDue()
    {
        QFETCH(qint64, scrapedAfter);
        QFETCH(qint64, intervalSeconds);
        QFETCH(bool, enabled);
        QFETCH(qint64, dueAfter);
        const QDateTime posted = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        const QDateTime due = VelocitySchedule::nextDue(posted, posted.addSecs(scrapedAfter), intervalSeconds, enabled);
        QCOMPARE(posted.secsTo(due), dueAfter);
        QVERIFY(due > posted.addSecs(scrapedAfter));
    }

    void testWithoutPostingTimeTheInterval()
    {
        const QDateTime scraped = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        QCOMPARE(VelocitySchedule::nextDue(std::nullopt, scraped, 86400), scraped.addSecs(86400));
        QCOMPARE(VelocitySchedule::nextDue(QDateTime(), scraped, 86400), scraped.addSecs(86400));
    }

    void testEveryCheckpointIsVisitedOnce()
    {
        // Scraped exactly when due from the first minute: one scrape per checkpoint, then the interval.
        const QDateTime posted = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
        QDateTime at = posted.addSecs(60);
        QList<qint64> ages;
        for (int i = 0; i < 10; ++i) {
            at = VelocitySchedule::nextDue(posted, at, 30 * 86400);
            ages.append(posted.secsTo(at));
        }
        QList<qint64> expected = VelocitySchedule::checkpoints();
        expected.append(7 * 86400 + 30 * 86400);
        expected.append(7 * 86400 + 60 * 86400);
        QCOMPARE(ages, expected);
    }
};

QTEST_GUILESS_MAIN(TestVelocitySchedule)
#include "testVelocitySchedule.moc"
