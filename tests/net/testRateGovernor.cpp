// The rate governor on its own: budgets, failure actions, the serial queue (its store: testRateGovernorStore).

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
    void testSameIdentityIsSerialOtherIdentitiesAreNot();
    void testCancelStopsAWait();
    void testStateSummary();
    void testBudgetUseCountsQueryTypesAndGroups();
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

QTEST_GUILESS_MAIN(TestRateGovernor)
#include "testRateGovernor.moc"
