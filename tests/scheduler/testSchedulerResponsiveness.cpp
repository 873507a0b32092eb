#include "scheduler/SchedulerFixture.h"
#include "services/Scheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace reelpulse;
using namespace Qt::Literals::StringLiterals;

/// While the scheduler scrapes and stores in its thread, the thread that owns it (the GUI thread)
/// keeps turning its event loop: a 5 ms timer measures the longest gap between two turns.
class TestSchedulerResponsiveness final : public QObject
{
    Q_OBJECT

private slots:
    void testEventLoopKeepsTurning();
};

void TestSchedulerResponsiveness::testEventLoopKeepsTurning()
{
    fake::Fixture f;
    QVERIFY(f.ok());
    // 30 tasks, heavy on comments: 8 profiles (12 posts, 5 × 200 comments) and 22 reels of 200 comments.
    for (int i = 0; i < 8; ++i)
        f.addProfile(u"heavy%1"_s.arg(i), 15, 12, 200);
    for (int i = 0; i < 22; ++i)
        f.addReel(u"BUSY%1x"_s.arg(i), 200, i % 4 == 0 ? 4 : 0);
    f.makeAllDue();
    f.world->delayMs = 1;
    f.world->commentPageSize = 50;

    Scheduler scheduler(f.config());
    QSignalSpy finished(&scheduler, &Scheduler::taskFinished);
    QSignalSpy progress(&scheduler, &Scheduler::progress);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    ticker.setTimerType(Qt::PreciseTimer);
    connect(&ticker, &QTimer::timeout, this, [&]() {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
        ++ticks;
    });
    QElapsedTimer run;
    run.start();
    clock.start();
    ticker.start();
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 30, 120000);
    ticker.stop();
    const qint64 total = run.elapsed();
    scheduler.stop();

    QCOMPARE(f.count(u"SELECT count(*) FROM comments"_s), f.expectedComments);
    qInfo("scheduler run of %d tasks (%d comments, %d progress signals) took %lld ms; main thread: %d ticks, "
          "longest event-loop stall %lld ms",
          30, f.expectedComments, static_cast<int>(progress.size()), total, ticks, longest);
    QVERIFY2(longest < 250, qPrintable(u"longest stall %1 ms"_s.arg(longest)));
    QVERIFY(ticks > total / 50); // the timer really ran throughout
}

QTEST_GUILESS_MAIN(TestSchedulerResponsiveness)
#include "testSchedulerResponsiveness.moc"
