// The rate governor on its own: budgets, failure actions, persisted state, the serial queue.

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

const QString Identity = RateGovernor::identityFor(u"www.instagram.com"_s, u"abcd1234"_s);

RateGovernor::Request succeed(int *calls)
{
    return [calls]() -> std::optional<ScrapeFailure> {
        ++*calls;
        return std::nullopt;
    };
}

RateGovernor::Request failWith(int *calls, FailureClass cls, std::optional<int> retryAfter = std::nullopt)
{
    return [calls, cls, retryAfter]() -> std::optional<ScrapeFailure> {
        ++*calls;
        return ScrapeFailure{cls, u"injected"_s, 0, retryAfter};
    };
}

int rowCount(const QString &dataDir, const QString &table)
{
    auto db = Database::open(dataDir);
    if (!db.ok())
        return -1;
    QSqlQuery q(db.value()->connection());
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestRateGovernor final : public QObject
{
    Q_OBJECT

private slots:
    void testIdentityHidesTheSession();
    void testPerQueryTypeBudgetWaitsForTheWindow();
    void testGraphqlGroupBudgetSpansQueryTypes();
    void testLongBudgetWaitIsRefusedNotSlept();
    void testJitterStaysInItsRange();
    void testRateLimitIsReportedNotSlept();
    void testShortRateLimitIsWaitedInline();
    void testNoWaitIsLongerThanTheInlineLimit();
    void testRetryAfterLongerThanAMinuteIsHonoured();
    void testSoftBlockBacksOffExponentiallyAndResetsOnSuccess();
    void testSoftBlockBackoffIsCapped();
    void testLoginWallCoolsDownAndAsksForASession();
    void testCheckpointStopsUntilCleared();
    void testOtherFailuresReturnWithoutRetry();
    void testNetworkFailuresRetryWithBackoff();
    void testBudgetSurvivesRestart();
    void testCheckpointSurvivesRestart();
    void testOldRequestLogRowsArePruned();
    void testSameIdentityIsSerialOtherIdentitiesAreNot();
    void testCancelStopsAWait();
    void testStateSummary();
    void testTwoStoresNeverSpendTheBudgetTwice();
    void testAStateWrittenElsewhereAppliesAtTheNextRequest();
    void testAnotherWriterIsWaitedForNotFailed();
    void testBudgetUseCountsQueryTypesAndGroups();
    void testConfigFromSettings();
    void testOpenedGovernorFollowsTheSettings();
};

void TestRateGovernor::testIdentityHidesTheSession()
{
    QCOMPARE(RateGovernor::identityFor(u"WWW.Instagram.com"_s, {}), u"www.instagram.com#anonymous"_s);
    QCOMPARE(RateGovernor::identityFor(u"www.instagram.com"_s, u"1f2e"_s), u"www.instagram.com#1f2e"_s);
}

void TestRateGovernor::testPerQueryTypeBudgetWaitsForTheWindow()
{
    GovernorConfig config = testConfig();
    config.perQueryType = {3, 60'000};
    config.maxInlineWaitMs = 60'000; // a budget wait within the inline limit is slept
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
        clock.advance(1000);
    }
    QCOMPARE(waitedMs(governor, u"budget"_s), 0);
    QCOMPARE(governor.state(Identity).name, u"throttled"_s);
    // The 4th may go when the first leaves the 60 s window: 60 s after it, i.e. 57 s from now.
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(calls, 4);
    QCOMPARE(waitedMs(governor, u"budget"_s), 57'000);
    // Another query type has its own budget.
    governor.clearWaits();
    QVERIFY(!governor.run(Identity, u"web_profile_info"_s, succeed(&calls)));
    QCOMPARE(waitedMs(governor, u"budget"_s), 0);
}

void TestRateGovernor::testGraphqlGroupBudgetSpansQueryTypes()
{
    GovernorConfig config = testConfig();
    config.groupBudgets = {{u"graphql"_s, {4, 600'000}}};
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    for (const QString &type : {u"graphql:1"_s, u"graphql:1"_s, u"graphql:2"_s, u"graphql:3"_s})
        QVERIFY(!governor.run(Identity, type, succeed(&calls)));
    QVERIFY(!governor.run(Identity, u"web_profile_info"_s, succeed(&calls)));
    const auto refused = governor.run(Identity, u"graphql:4"_s, succeed(&calls));
    QVERIFY(refused);
    QCOMPARE(refused->cls, FailureClass::RateLimited);
    QCOMPARE(refused->retryAfterSeconds.value_or(0), 600);
    QCOMPARE(calls, 5);
    QVERIFY(governor.waits().isEmpty());
}

void TestRateGovernor::testLongBudgetWaitIsRefusedNotSlept()
{
    GovernorConfig config = testConfig();
    config.perQueryType = {1, 11 * 60'000};
    config.maxInlineWaitMs = 60'000;
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    const auto refused = governor.run(Identity, u"media_info"_s, succeed(&calls));
    QVERIFY(refused);
    QCOMPARE(refused->cls, FailureClass::RateLimited);
    QCOMPARE(refused->retryAfterSeconds.value_or(0), 11 * 60);
    QCOMPARE(calls, 1);
    QVERIFY(governor.waits().isEmpty());
}

void TestRateGovernor::testJitterStaysInItsRange()
{
    GovernorConfig config = testConfig();
    config.jitterMinMs = 300;
    config.jitterMaxMs = 900;
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    for (int i = 0; i < 20; ++i)
        QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    const QList<RateGovernor::Wait> waits = governor.waits();
    QCOMPARE(waits.size(), 20);
    for (const RateGovernor::Wait &wait : waits) {
        QCOMPARE(wait.reason, u"jitter"_s);
        QVERIFY2(wait.ms >= 300 && wait.ms <= 900, qPrintable(QString::number(wait.ms)));
    }
}

void TestRateGovernor::testRateLimitIsReportedNotSlept()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    // A 429 asks for at least a minute: longer than the inline limit, so nothing is slept; the caller
    // gets the failure at once with the wait, and the pause is recorded.
    const auto failure = governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::RateLimited));
    QVERIFY(failure);
    QCOMPARE(failure->cls, FailureClass::RateLimited);
    QCOMPARE(failure->retryAfterSeconds.value_or(0), 60);
    QCOMPARE(calls, 1);
    QVERIFY(governor.waits().isEmpty());
    QCOMPARE(governor.state(Identity).name, u"rate_limited"_s);
    QCOMPARE(governor.blockedUntil(Identity)->toMSecsSinceEpoch(), clock.nowMs.load() + 60'000);
    // The next call is refused without a request, with the time that is left.
    clock.advance(20'000);
    const auto refused = governor.run(Identity, u"media_info"_s, succeed(&calls));
    QCOMPARE(refused->cls, FailureClass::RateLimited);
    QCOMPARE(refused->retryAfterSeconds.value_or(0), 40);
    QCOMPARE(calls, 1);
    clock.advance(40'000);
    QVERIFY(!governor.blocked(Identity));
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    QVERIFY(governor.state(Identity).isOk());
}

void TestRateGovernor::testShortRateLimitIsWaitedInline()
{
    GovernorConfig config = testConfig();
    config.rateLimitMinWaitMs = 2000; // fits the 5 s inline limit
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    bool limited = false;
    const auto failure = governor.run(Identity, u"media_info"_s, [&]() -> std::optional<ScrapeFailure> {
        ++calls;
        if (!limited) {
            limited = true;
            return ScrapeFailure{FailureClass::RateLimited, u"429"_s, 429, std::nullopt};
        }
        return std::nullopt;
    });
    QVERIFY(!failure);
    QCOMPARE(calls, 2);
    QCOMPARE(waitedMs(governor, u"rate_limited"_s), 2000);
    QVERIFY(governor.state(Identity).isOk());
}

void TestRateGovernor::testNoWaitIsLongerThanTheInlineLimit()
{
    GovernorConfig config = testConfig();
    config.perQueryType = {2, 60'000};
    config.jitterMinMs = 1000;
    config.jitterMaxMs = 3000;
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    const QList<FailureClass> failures{FailureClass::RateLimited, FailureClass::SoftBlock, FailureClass::LoginWall,
                                       FailureClass::Network};
    for (const FailureClass cls : failures) {
        (void)governor.run(Identity, u"q%1"_s.arg(static_cast<int>(cls)), failWith(&calls, cls, 120));
        governor.resetState(Identity);
    }
    for (int i = 0; i < 5; ++i)
        (void)governor.run(Identity, u"media_info"_s, succeed(&calls));
    QVERIFY(!governor.waits().isEmpty());
    for (const RateGovernor::Wait &wait : governor.waits())
        QVERIFY2(wait.ms <= config.maxInlineWaitMs, qPrintable(u"%1 ms (%2)"_s.arg(wait.ms).arg(wait.reason)));
}

void TestRateGovernor::testRetryAfterLongerThanAMinuteIsHonoured()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    const auto failure = governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::RateLimited, 300));
    QVERIFY(failure);
    QCOMPARE(failure->cls, FailureClass::RateLimited);
    QCOMPARE(failure->retryAfterSeconds.value_or(0), 300);
    const GovernorState state = governor.state(Identity);
    QCOMPARE(state.name, u"rate_limited"_s);
    QCOMPARE(state.resumeAt->toMSecsSinceEpoch(), clock.nowMs.load() + 300'000);
    // The pause holds for every query type of the identity.
    QCOMPARE(governor.run(Identity, u"other"_s, succeed(&calls))->retryAfterSeconds.value_or(0), 300);
    QCOMPARE(calls, 1);
    // Once the 5 minutes have passed, the next call goes.
    clock.advance(300'000);
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    QVERIFY(governor.waits().isEmpty());
    QVERIFY(governor.state(Identity).isOk());
}

void TestRateGovernor::testSoftBlockBacksOffExponentiallyAndResetsOnSuccess()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    constexpr qint64 minute = 60'000;
    for (const qint64 expected : {15 * minute, 30 * minute, 60 * minute, 120 * minute}) {
        const auto failure = governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::SoftBlock));
        QVERIFY(failure);
        QCOMPARE(failure->cls, FailureClass::SoftBlock);
        const GovernorState state = governor.state(Identity);
        QCOMPARE(state.name, u"soft_block"_s);
        QCOMPARE(state.resumeAt->toMSecsSinceEpoch() - clock.nowMs.load(), expected);
        // While paused (longer than the inline limit) calls are refused without a request.
        const int before = calls;
        const auto refused = governor.run(Identity, u"media_info"_s, succeed(&calls));
        QVERIFY(refused);
        QCOMPARE(refused->cls, FailureClass::SoftBlock);
        QCOMPARE(refused->retryAfterSeconds.value_or(0), static_cast<int>(expected / 1000));
        QCOMPARE(calls, before);
        clock.advance(expected);
    }
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(governor.state(Identity).backoffLevel, 0);
    QVERIFY(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::SoftBlock)));
    QCOMPARE(governor.state(Identity).resumeAt->toMSecsSinceEpoch() - clock.nowMs.load(), 15 * minute);
}

void TestRateGovernor::testSoftBlockBackoffIsCapped()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::SoftBlock)));
        const qint64 pause = governor.state(Identity).resumeAt->toMSecsSinceEpoch() - clock.nowMs.load();
        QVERIFY(pause <= 24LL * 3600 * 1000);
        clock.advance(pause);
    }
    QCOMPARE(governor.state(Identity).backoffLevel, 12);
    QVERIFY(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::SoftBlock)));
    QCOMPARE(governor.state(Identity).resumeAt->toMSecsSinceEpoch() - clock.nowMs.load(), 24LL * 3600 * 1000);
}

void TestRateGovernor::testLoginWallCoolsDownAndAsksForASession()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    QVERIFY(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::LoginWall)));
    const GovernorState state = governor.state(Identity);
    QCOMPARE(state.name, u"login_wall"_s);
    QVERIFY(state.needsSession);
    QCOMPARE(state.resumeAt->toMSecsSinceEpoch() - clock.nowMs.load(), 30 * 60'000);
    const auto refused = governor.run(Identity, u"media_info"_s, succeed(&calls));
    QCOMPARE(refused->cls, FailureClass::LoginWall);
    QCOMPARE(calls, 1);
    clock.advance(30 * 60'000);
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    QVERIFY(!governor.state(Identity).needsSession);
}

void TestRateGovernor::testCheckpointStopsUntilCleared()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    QSignalSpy changed(&governor, &RateGovernor::stateChanged);
    int calls = 0;
    QCOMPARE(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::Checkpoint))->cls,
             FailureClass::Checkpoint);
    QCOMPARE(changed.size(), 1);
    QVERIFY(governor.state(Identity).isStopped());
    QVERIFY(!governor.state(Identity).resumeAt);
    // Days later, still stopped, and no request is made.
    clock.advance(7LL * 24 * 3600 * 1000);
    const auto refused = governor.run(Identity, u"web_profile_info"_s, succeed(&calls));
    QCOMPARE(refused->cls, FailureClass::Checkpoint);
    QVERIFY(refused->message.contains(u"security check"_s));
    QCOMPARE(calls, 1);
    // Another identity is not affected.
    const QString other = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    QVERIFY(!governor.run(other, u"media_info"_s, succeed(&calls)));
    governor.clearCheckpoint(Identity);
    QVERIFY(governor.state(Identity).isOk());
    QVERIFY(!governor.run(Identity, u"media_info"_s, succeed(&calls)));
    QCOMPARE(calls, 3);
}

void TestRateGovernor::testOtherFailuresReturnWithoutRetry()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    for (const FailureClass cls :
         {FailureClass::EndpointBroken, FailureClass::NotFound, FailureClass::Private, FailureClass::Malformed}) {
        int calls = 0;
        QCOMPARE(governor.run(Identity, u"media_info"_s, failWith(&calls, cls))->cls, cls);
        QCOMPARE(calls, 1);
        QVERIFY(governor.state(Identity).isOk());
    }
    QVERIFY(governor.waits().isEmpty());
}

void TestRateGovernor::testNetworkFailuresRetryWithBackoff()
{
    RateGovernor governor(testConfig());
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    QCOMPARE(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::Network))->cls,
             FailureClass::Network);
    QCOMPARE(calls, 3);
    QList<qint64> delays;
    for (const RateGovernor::Wait &wait : governor.waits())
        delays.append(wait.ms);
    QCOMPARE(delays, (QList<qint64>{1000, 4000}));
    // A delay longer than the inline limit is not slept: the failure goes back to the caller.
    GovernorConfig config = testConfig();
    config.networkRetryDelaysMs = {1000, 30'000};
    governor.setConfig(config);
    governor.clearWaits();
    calls = 0;
    QCOMPARE(governor.run(Identity, u"media_info"_s, failWith(&calls, FailureClass::Network))->cls,
             FailureClass::Network);
    QCOMPARE(calls, 2);
    QCOMPARE(waitedMs(governor, u"network"_s), 1000);
    QVERIFY(governor.state(Identity).isOk());
}

void TestRateGovernor::testBudgetSurvivesRestart()
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

void TestRateGovernor::testCheckpointSurvivesRestart()
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

void TestRateGovernor::testOldRequestLogRowsArePruned()
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

void TestRateGovernor::testSameIdentityIsSerialOtherIdentitiesAreNot()
{
    auto governor = std::make_shared<RateGovernor>(testConfig());
    QAtomicInt running;
    QAtomicInt maxRunning;
    auto slowRequest = [&]() -> std::optional<ScrapeFailure> {
        const int now = running.fetchAndAddOrdered(1) + 1;
        int seen = maxRunning.loadAcquire();
        while (now > seen && !maxRunning.testAndSetOrdered(seen, now))
            seen = maxRunning.loadAcquire();
        QThread::msleep(40);
        running.fetchAndAddOrdered(-1);
        return std::nullopt;
    };
    auto runMany = [&](const QString &a, const QString &b) {
        maxRunning.storeRelease(0);
        std::unique_ptr<QThread> first(QThread::create([&] {
            for (int i = 0; i < 4; ++i)
                governor->run(a, u"q"_s, slowRequest);
        }));
        std::unique_ptr<QThread> second(QThread::create([&] {
            for (int i = 0; i < 4; ++i)
                governor->run(b, u"q"_s, slowRequest);
        }));
        first->start();
        second->start();
        first->wait();
        second->wait();
        return maxRunning.loadAcquire();
    };
    QCOMPARE(runMany(Identity, Identity), 1);
    QCOMPARE(runMany(Identity, u"www.tiktok.com#anonymous"_s), 2);
}

void TestRateGovernor::testCancelStopsAWait()
{
    GovernorConfig config = testConfig();
    config.jitterMinMs = 60'000; // a real minute, with the real sleeper
    config.jitterMaxMs = 60'001;
    config.maxInlineWaitMs = 120'000;
    RateGovernor governor(config);
    CancelFlag cancel;
    int calls = 0;
    std::optional<ScrapeFailure> result;
    std::unique_ptr<QThread> worker(
        QThread::create([&] { result = governor.run(Identity, u"media_info"_s, succeed(&calls), &cancel); }));
    QElapsedTimer timer;
    timer.start();
    worker->start();
    QTRY_COMPARE(governor.waits().size(), 1);
    cancel.cancel();
    QVERIFY(worker->wait(5000));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(result);
    QCOMPARE(result->cls, FailureClass::Network);
    QCOMPARE(calls, 0);
}

void TestRateGovernor::testStateSummary()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    GovernorState state;
    QCOMPARE(state.summary(now), u"Ready"_s);
    state.name = u"rate_limited"_s;
    state.resumeAt = now.addSecs(4 * 60);
    QCOMPARE(state.summary(now), u"Rate limited, resumes in 4 min"_s);
    state.name = u"soft_block"_s;
    state.resumeAt = now.addSecs(3 * 3600);
    QCOMPARE(state.summary(now), u"Temporarily blocked, resumes in 3 h"_s);
    state.name = u"checkpoint"_s;
    state.resumeAt.reset();
    QVERIFY(state.summary(now).contains(u"security check"_s));
}

void TestRateGovernor::testTwoStoresNeverSpendTheBudgetTwice()
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

void TestRateGovernor::testAStateWrittenElsewhereAppliesAtTheNextRequest()
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

void TestRateGovernor::testAnotherWriterIsWaitedForNotFailed()
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

void TestRateGovernor::testBudgetUseCountsQueryTypesAndGroups()
{
    GovernorConfig config = testConfig();
    config.perQueryType = {3, 60'000};
    config.groupBudgets = {{u"graphql"_s, {10, 600'000}}};
    RateGovernor governor(config);
    TestClock clock;
    clock.attach(governor);
    int calls = 0;
    for (const QString &type : {u"graphql:1"_s, u"graphql:1"_s, u"graphql:1"_s, u"graphql:2"_s, u"media_info"_s})
        QVERIFY(!governor.run(Identity, type, succeed(&calls)));
    const QList<BudgetUse> uses = governor.budgetUse(Identity);
    QCOMPARE(uses.size(), 4);
    QCOMPARE(uses.at(0).name, u"graphql:1"_s);
    QCOMPARE(uses.at(0).used, 3);
    QCOMPARE(uses.at(0).limit, 3);
    QVERIFY(uses.at(0).exhausted());
    QCOMPARE(uses.at(0).freeAtMs.value_or(0), clock.nowMs.load() + 60'000);
    QCOMPARE(uses.at(1).name, u"graphql:2"_s);
    QCOMPARE(uses.at(2).name, u"media_info"_s);
    QCOMPARE(uses.at(3).name, u"graphql"_s);
    QVERIFY(uses.at(3).group);
    QCOMPARE(uses.at(3).used, 4);
    QCOMPARE(uses.at(3).limit, 10);
    QVERIFY(!uses.at(3).exhausted());
    clock.advance(61'000);
    // The query types' windows have passed, not the group's.
    const QList<BudgetUse> later = governor.budgetUse(Identity);
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().name, u"graphql"_s);
    QCOMPARE(later.first().used, 4);
}

void TestRateGovernor::testConfigFromSettings()
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

void TestRateGovernor::testOpenedGovernorFollowsTheSettings()
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

QTEST_GUILESS_MAIN(TestRateGovernor)
#include "testRateGovernor.moc"
