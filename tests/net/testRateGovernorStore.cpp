// The rate governor's state in the store: across restarts, shared by processes, pruned, and read from the settings.

#include "GovernorTestHelpers.h"
#include "NetTestSupport.h"

#include "net/GovernorState.h"
#include "platform/Settings.h"
#include "storage/Database.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

const QString &Identity = governorIdentity();

} // namespace

class TestRateGovernorStore final : public QObject
{
    Q_OBJECT

private slots:
    void testBudgetSurvivesRestart();
    void testCheckpointSurvivesRestart();
    void testOldRequestLogRowsArePruned();
    void testTwoStoresNeverSpendTheBudgetTwice();
    void testAStateWrittenElsewhereAppliesAtTheNextRequest();
    void testAnotherWriterIsWaitedForNotFailed();
    void testConfigFromSettings();
    void testOpenedGovernorFollowsTheSettings();
};

void TestRateGovernorStore::testBudgetSurvivesRestart()
{
    QTemporaryDir dir;
    GovernorConfig config = testConfig();
    config.perQueryType = {3, 11 * 60'000};
    config.maxInlineWaitMs = 30'000;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    int calls = 0;
    {
        auto governor = RateGovernor::open(dir.path(), config);
        QVERIFY2(governor.ok(), qPrintable(governor.ok() ? QString() : governor.error().message));
        TestClock clock;
        clock.nowMs = start;
        clock.attach(*governor.value());
        for (int i = 0; i < 3; ++i)
            QVERIFY(!governor.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    }
    QCOMPARE(rowCount(dir.path(), u"request_log"_s), 3);
    auto governor = RateGovernor::open(dir.path(), config);
    QVERIFY(governor.ok());
    TestClock clock;
    clock.nowMs = start + 60'000;
    clock.attach(*governor.value());
    QCOMPARE(governor.value()->requestCount(Identity, u"media_info"_s, start - 1), 3);
    QCOMPARE(governor.value()->state(Identity).name, u"throttled"_s);
    const auto refused = governor.value()->run(Identity, u"media_info"_s, succeed(&calls));
    QVERIFY(refused);
    QCOMPARE(refused->cls, FailureClass::RateLimited);
    QCOMPARE(refused->retryAfterSeconds.value_or(0), 10 * 60);
    QCOMPARE(calls, 3);
    // Once the window has passed, requests go again.
    clock.advance(10 * 60'000);
    QVERIFY(!governor.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(calls, 4);
}

void TestRateGovernorStore::testCheckpointSurvivesRestart()
{
    QTemporaryDir dir;
    int calls = 0;
    {
        auto governor = RateGovernor::open(dir.path(), testConfig());
        QVERIFY(governor.ok());
        QVERIFY(governor.value()->run(Identity, u"media_info"_s, failWith(&calls, FailureClass::Checkpoint)));
        QVERIFY(governor.value()->run(u"other#anonymous"_s, u"x"_s, failWith(&calls, FailureClass::SoftBlock)));
    }
    {
        auto governor = RateGovernor::open(dir.path(), testConfig());
        QVERIFY(governor.ok());
        QVERIFY(governor.value()->state(Identity).isStopped());
        QCOMPARE(governor.value()->state(u"other#anonymous"_s).name, u"soft_block"_s);
        QCOMPARE(governor.value()->state(u"other#anonymous"_s).backoffLevel, 1);
        QCOMPARE(governor.value()->run(Identity, u"media_info"_s, succeed(&calls))->cls, FailureClass::Checkpoint);
        QCOMPARE(calls, 2);
        governor.value()->clearCheckpoint(Identity);
    }
    auto governor = RateGovernor::open(dir.path(), testConfig());
    QVERIFY(governor.ok());
    QVERIFY(governor.value()->state(Identity).isOk());
    QVERIFY(!governor.value()->run(Identity, u"media_info"_s, succeed(&calls)));
}

void TestRateGovernorStore::testOldRequestLogRowsArePruned()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        auto db = Database::open(dir.path());
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        for (const qint64 at : {now - 3LL * 24 * 3600 * 1000, now - 2LL * 24 * 3600 * 1000, now - 60'000}) {
            q.prepare(u"INSERT INTO request_log (identity, query_type, at_ms) VALUES (?, 'media_info', ?)"_s);
            q.addBindValue(Identity);
            q.addBindValue(at);
            QVERIFY(q.exec());
        }
    }
    auto governor = RateGovernor::open(dir.path(), testConfig());
    QVERIFY(governor.ok());
    QCOMPARE(governor.value()->requestCount(Identity, {}, 0), 1);
    governor.value()->flush();
    QCOMPARE(rowCount(dir.path(), u"request_log"_s), 1);
}

void TestRateGovernorStore::testTwoStoresNeverSpendTheBudgetTwice()
{
    // Two governors on one data folder, each with its own store connection and thread, stand for two
    // processes (the app and reelpulse-cli): together they let exactly the budget through.
    QTemporaryDir dir;
    GovernorConfig config = testConfig();
    config.perQueryType = {6, 11 * 60'000};
    auto first = RateGovernor::open(dir.path(), config);
    auto second = RateGovernor::open(dir.path(), config);
    QVERIFY(first.ok() && second.ok());
    QAtomicInt made;
    QAtomicInt refused;
    QAtomicInt other;
    auto hammer = [&](RateGovernor &governor) {
        for (int i = 0; i < 25; ++i) {
            const auto failure = governor.run(Identity, u"media_info"_s, [&]() -> std::optional<ScrapeFailure> {
                made.fetchAndAddOrdered(1);
                QThread::msleep(1);
                return std::nullopt;
            });
            if (failure && failure->cls == FailureClass::RateLimited && failure->retryAfterSeconds.value_or(0) > 60)
                refused.fetchAndAddOrdered(1);
            else if (failure)
                other.fetchAndAddOrdered(1);
        }
    };
    std::unique_ptr<QThread> a(QThread::create([&] { hammer(*first.value()); }));
    std::unique_ptr<QThread> b(QThread::create([&] { hammer(*second.value()); }));
    a->start();
    b->start();
    QVERIFY(a->wait(60'000));
    QVERIFY(b->wait(60'000));
    QCOMPARE(made.loadAcquire(), 6);
    QCOMPARE(refused.loadAcquire(), 44);
    QCOMPARE(other.loadAcquire(), 0);
    QCOMPARE(rowCount(dir.path(), u"request_log"_s), 6);
    QCOMPARE(first.value()->requestCount(Identity, u"media_info"_s, 0), 6);
    QCOMPARE(second.value()->state(Identity).name, u"throttled"_s);
}

void TestRateGovernorStore::testAStateWrittenElsewhereAppliesAtTheNextRequest()
{
    QTemporaryDir dir;
    auto app = RateGovernor::open(dir.path(), testConfig());
    auto cli = RateGovernor::open(dir.path(), testConfig());
    QVERIFY(app.ok() && cli.ok());
    int calls = 0;
    QVERIFY(!cli.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    // The app meets a checkpoint: the CLI's next request is refused without reaching the platform.
    QCOMPARE(app.value()->run(Identity, u"media_info"_s, failWith(&calls, FailureClass::Checkpoint))->cls,
             FailureClass::Checkpoint);
    QCOMPARE(calls, 2);
    QVERIFY(cli.value()->blocked(Identity).value().isStopped());
    QCOMPARE(cli.value()->run(Identity, u"web_profile_info"_s, succeed(&calls))->cls, FailureClass::Checkpoint);
    QCOMPARE(calls, 2);
    QVERIFY(cli.value()->states().value(Identity).isStopped());
    // Resumed from the CLI: the app reads again at its next request.
    cli.value()->resetState(Identity);
    QVERIFY(!app.value()->blocked(Identity));
    QVERIFY(!app.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(calls, 3);
    // A soft block the CLI meets pauses the app, which learns until when.
    QVERIFY(cli.value()->run(Identity, u"media_info"_s, failWith(&calls, FailureClass::SoftBlock)));
    const auto blocked = app.value()->blocked(Identity);
    QVERIFY(blocked);
    QCOMPARE(blocked->name, u"soft_block"_s);
    QVERIFY(blocked->resumeAt.value() > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    const auto refused = app.value()->run(Identity, u"media_info"_s, succeed(&calls));
    QCOMPARE(refused->cls, FailureClass::SoftBlock);
    QVERIFY(refused->retryAfterSeconds.value_or(0) > 14 * 60);
    QCOMPARE(calls, 4);
    // The second soft block (met by the app) continues the backoff the CLI started.
    app.value()->setClock([] { return QDateTime::currentMSecsSinceEpoch() + 16 * 60'000; });
    QVERIFY(app.value()->run(Identity, u"media_info"_s, failWith(&calls, FailureClass::SoftBlock)));
    QCOMPARE(cli.value()->state(Identity).backoffLevel, 2);
}

void TestRateGovernorStore::testAnotherWriterIsWaitedForNotFailed()
{
    // Another process holds the store's write lock for a while (a long scrape write): the governor waits
    // for it (busy timeout) instead of failing with "database is locked".
    QTemporaryDir dir;
    auto governor = RateGovernor::open(dir.path(), testConfig());
    QVERIFY(governor.ok());
    auto other = Database::open(dir.path());
    QVERIFY(other.ok());
    QSqlQuery lock(other.value()->connection());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    QVERIFY(lock.exec(u"INSERT INTO meta (key, value) VALUES ('held', '1')"_s));
    int calls = 0;
    std::optional<ScrapeFailure> result{ScrapeFailure{}};
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> worker(
        QThread::create([&] { result = governor.value()->run(Identity, u"media_info"_s, succeed(&calls)); }));
    worker->start();
    QVERIFY(!worker->wait(1500)); // still waiting for the lock
    QCOMPARE(calls, 0);
    QVERIFY(lock.exec(u"COMMIT"_s));
    QVERIFY(worker->wait(10'000));
    QVERIFY2(!result, qPrintable(result ? result->message : QString()));
    QCOMPARE(calls, 1);
    QVERIFY(timer.elapsed() >= 1500);
    QCOMPARE(governor.value()->requestCount(Identity, {}, 0), 1);
}

void TestRateGovernorStore::testConfigFromSettings()
{
    QTemporaryDir dir;
    Settings settings(dir.path());
    const GovernorConfig defaults = GovernorConfig::fromSettings(settings);
    QCOMPARE(defaults.perQueryType.maxRequests, 200);
    QCOMPARE(defaults.perQueryType.windowMs, 11 * 60'000);
    QCOMPARE(defaults.jitterMaxMs, 2500);
    QCOMPARE(defaults.jitterMinMs, 500);
    QCOMPARE(defaults.maxInlineWaitMs, 5000);
    QCOMPARE(defaults.groupBudgets.size(), 1);
    QVERIFY(settings.set(u"governor.requests_per_window"_s, u"6"_s).ok());
    QVERIFY(settings.set(u"governor.window_minutes"_s, u"3"_s).ok());
    QVERIFY(settings.set(u"governor.jitter_max_ms"_s, u"0"_s).ok());
    const GovernorConfig small = GovernorConfig::fromSettings(settings);
    QCOMPARE(small.perQueryType.maxRequests, 6);
    QCOMPARE(small.perQueryType.windowMs, 3 * 60'000);
    QCOMPARE(small.jitterMaxMs, 0);
    QCOMPARE(small.jitterMinMs, 0);
    // Jitter longer than the inline limit raises the limit: it is the person's choice to go slowly.
    QVERIFY(settings.set(u"governor.jitter_max_ms"_s, u"20000"_s).ok());
    QCOMPARE(GovernorConfig::fromSettings(settings).maxInlineWaitMs, 20'000);
    // No limit lifts the group budget too.
    QVERIFY(settings.set(u"governor.requests_per_window"_s, u"0"_s).ok());
    QVERIFY(GovernorConfig::fromSettings(settings).groupBudgets.isEmpty());
}

void TestRateGovernorStore::testOpenedGovernorFollowsTheSettings()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.path());
        QVERIFY(settings.set(u"governor.requests_per_window"_s, u"2"_s).ok());
        QVERIFY(settings.set(u"governor.jitter_max_ms"_s, u"0"_s).ok());
    }
    auto governor = RateGovernor::open(dir.path());
    QVERIFY(governor.ok());
    QVERIFY(governor.value()->isPersistent());
    int calls = 0;
    QVERIFY(!governor.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    QVERIFY(!governor.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(governor.value()->run(Identity, u"media_info"_s, succeed(&calls))->cls, FailureClass::RateLimited);
    QCOMPARE(calls, 2);
    // `reelpulse-cli config set` in another process: the running governor follows within seconds.
    QVERIFY(Settings(dir.path()).set(u"governor.requests_per_window"_s, u"3"_s).ok());
    QTRY_COMPARE_WITH_TIMEOUT(governor.value()->config().perQueryType.maxRequests, 3, 5000);
    QVERIFY(!governor.value()->run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(calls, 3);
}

QTEST_GUILESS_MAIN(TestRateGovernorStore)
#include "testRateGovernorStore.moc"
