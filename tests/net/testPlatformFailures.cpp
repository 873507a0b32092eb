// Each failure answer of the fake server through a real client: the class the caller gets and what the
// rate governor does about it.

#include "ClientTestSupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {
const QString ProfilePath = u"/api/v1/users/web_profile_info/"_s;
}

class TestPlatformFailures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testRateLimitIsReportedWithItsWait();
    void testRetryAfterIsHonoured();
    void testSoftBlockBacksOffFifteenMinutes();
    void testLoginRedirectIsALoginWall();
    void testHtmlInsteadOfJsonIsALoginWall();
    void testCheckpointStopsTheIdentityWithoutRequests();
    void testNullDataFallsBackToTheNextStrategy();
    void testTruncatedJsonIsMalformed();
    void testStallEndsWithATimeout();
    void testServerErrorsAreRetried();
    void testServerErrorsEndAsNetworkAfterTheRetries();
    void testConnectionCutMidBodyIsANetworkFailure();
    void testAbortFromAnotherThreadEndsTheCall();
    void testTikTokFailures();
    void testHugeAnswerIsAbandonedAsMalformed();

private:
    std::unique_ptr<FakePlatformServer> m_server;
    std::shared_ptr<RateGovernor> m_governor;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<InstagramClient> m_client;
};

void TestPlatformFailures::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(fixtureDir());
    m_server->installInstagramRoutes();
    m_server->installTikTokRoutes();
    QVERIFY(m_server->start());
}

void TestPlatformFailures::init()
{
    m_server->clearInjections();
    m_server->clearRequests();
    m_governor = std::make_shared<RateGovernor>(testConfig());
    m_clock = std::make_unique<TestClock>();
    m_clock->attach(*m_governor);
    m_client = makeInstagramClient(*m_server, m_governor);
}

void TestPlatformFailures::testRateLimitIsReportedWithItsWait()
{
    // A 429 is not slept through (a minute is longer than the inline limit): the caller learns it at
    // once, with how long to wait, and the identity is paused until then.
    m_server->injectFault(FakeFault::RateLimited, ProfilePath);
    const auto limited = m_client->profile(u"instagram"_s);
    QCOMPARE(outcome(limited), outcome(FailureClass::RateLimited));
    QCOMPARE(limited.failure().retryAfterSeconds.value_or(0), 60);
    QCOMPARE(m_server->requestCount(ProfilePath), 1);
    QVERIFY(m_governor->waits().isEmpty());
    QCOMPARE(m_governor->blocked(m_client->identity())->name, u"rate_limited"_s);
    m_clock->advance(60'000);
    const auto profile = m_client->profile(u"instagram"_s);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.failure().message));
    QCOMPARE(profile->username, u"instagram"_s);
    QCOMPARE(m_server->requestCount(ProfilePath), 2);
    QVERIFY(m_governor->state(m_client->identity()).isOk());
}

void TestPlatformFailures::testRetryAfterIsHonoured()
{
    m_server->injectFault(FakeFault::RateLimitedRetryAfter, ProfilePath);
    const auto limited = m_client->profile(u"instagram"_s);
    QCOMPARE(limited.failure().retryAfterSeconds.value_or(0), 120);
    QCOMPARE(m_governor->state(m_client->identity()).resumeAt->toMSecsSinceEpoch(), m_clock->nowMs.load() + 120'000);
    m_clock->advance(60'000);
    QCOMPARE(m_client->post(u"DFp17y5MymE"_s).failure().retryAfterSeconds.value_or(0), 60);
    QCOMPARE(m_server->requestCount(), 1);
    m_clock->advance(60'000);
    QVERIFY(m_client->profile(u"instagram"_s).ok());
    QCOMPARE(m_server->requestCount(ProfilePath), 2);
    QVERIFY(m_governor->waits().isEmpty());
}

void TestPlatformFailures::testSoftBlockBacksOffFifteenMinutes()
{
    m_server->injectFault(FakeFault::SoftBlock, ProfilePath);
    const auto blocked = m_client->profile(u"instagram"_s);
    QVERIFY(!blocked.ok());
    QCOMPARE(outcome(blocked), outcome(FailureClass::SoftBlock));
    QCOMPARE(blocked.failure().httpStatus, 401);
    const GovernorState state = m_governor->state(m_client->identity());
    QCOMPARE(state.name, u"soft_block"_s);
    QCOMPARE(state.resumeAt->toMSecsSinceEpoch() - m_clock->nowMs.load(), 15 * 60'000);
    // Until then nothing reaches the server; afterwards reading resumes by itself.
    const auto refused = m_client->post(u"DFp17y5MymE"_s);
    QCOMPARE(outcome(refused), outcome(FailureClass::SoftBlock));
    QCOMPARE(m_server->requestCount(), 1);
    m_clock->advance(15 * 60'000);
    QVERIFY(m_client->profile(u"instagram"_s).ok());
    QVERIFY(m_governor->state(m_client->identity()).isOk());
}

void TestPlatformFailures::testLoginRedirectIsALoginWall()
{
    m_server->injectFault(FakeFault::LoginRedirect, ProfilePath);
    const auto result = m_client->profile(u"instagram"_s);
    QCOMPARE(outcome(result), outcome(FailureClass::LoginWall));
    const GovernorState state = m_governor->state(m_client->identity());
    QCOMPARE(state.name, u"login_wall"_s);
    QVERIFY(state.needsSession);
    QCOMPARE(state.resumeAt->toMSecsSinceEpoch() - m_clock->nowMs.load(), 30 * 60'000);
    QCOMPARE(m_server->requestCount(u"/accounts/"_s), 0);
    QCOMPARE(m_server->requestCount(), 1); // no other strategy was tried
}

void TestPlatformFailures::testHtmlInsteadOfJsonIsALoginWall()
{
    m_server->injectFault(FakeFault::HtmlInsteadOfJson, ProfilePath);
    QCOMPARE(outcome(m_client->profile(u"instagram"_s)), outcome(FailureClass::LoginWall));
    QVERIFY(m_governor->state(m_client->identity()).needsSession);
}

void TestPlatformFailures::testCheckpointStopsTheIdentityWithoutRequests()
{
    m_server->injectFault(FakeFault::Checkpoint, ProfilePath);
    const auto result = m_client->profile(u"instagram"_s);
    QCOMPARE(outcome(result), outcome(FailureClass::Checkpoint));
    QCOMPARE(result.failure().httpStatus, 400);
    QVERIFY(m_governor->state(m_client->identity()).isStopped());
    m_clock->advance(48LL * 3600 * 1000);
    QCOMPARE(outcome(m_client->profile(u"instagram"_s)), outcome(FailureClass::Checkpoint));
    QCOMPARE(outcome(m_client->post(u"DFp17y5MymE"_s)), outcome(FailureClass::Checkpoint));
    QCOMPARE(outcome(m_client->comments(u"DFp17y5MymE"_s, {}, {})), outcome(FailureClass::Checkpoint));
    QCOMPARE(m_server->requestCount(), 1);
    m_governor->clearCheckpoint(m_client->identity());
    QVERIFY(m_client->profile(u"instagram"_s).ok());
    QCOMPARE(m_server->requestCount(), 2);
}

void TestPlatformFailures::testNullDataFallsBackToTheNextStrategy()
{
    // Without faults the GraphQL strategy answers (after media_info says it does not know the id).
    auto post = m_client->post(u"CSTg-0FH89e"_s);
    QVERIFY2(post.ok(), qPrintable(post.ok() ? QString() : post.failure().message));
    QCOMPARE(m_server->requestCount(u"/graphql/query"_s), 1);
    QCOMPARE(m_server->requestCount(u"/p/"_s), 0);
    // With {"data": null} from GraphQL, the post page JSON is asked next.
    m_server->clearRequests();
    m_server->injectFault(FakeFault::NullData, u"/graphql/query"_s);
    post = m_client->post(u"CSTg-0FH89e"_s);
    QVERIFY2(post.ok(), qPrintable(post.ok() ? QString() : post.failure().message));
    QCOMPARE(post->shortcode, u"CSTg-0FH89e"_s);
    QCOMPARE(m_server->requestCount(u"/graphql/query"_s), 1);
    QCOMPARE(m_server->requestCount(u"/p/CSTg-0FH89e/"_s), 1);
    QCOMPARE(m_server->lastRequest(u"/p/"_s)->queryValue(u"__a"_s), u"1"_s);
}

void TestPlatformFailures::testTruncatedJsonIsMalformed()
{
    m_server->injectFault(FakeFault::TruncatedJson, {}, 3);
    const auto result = m_client->post(u"DFp17y5MymE"_s);
    QCOMPARE(outcome(result), outcome(FailureClass::Malformed));
    QCOMPARE(m_server->requestCount(), 3); // every strategy tried once, none retried
    QVERIFY(m_governor->state(m_client->identity()).isOk());
}

void TestPlatformFailures::testStallEndsWithATimeout()
{
    GovernorConfig config = testConfig();
    config.networkRetryDelaysMs = {10};
    m_governor->setConfig(config);
    m_client = makeInstagramClient(*m_server, m_governor, std::nullopt, 500);
    m_server->injectFault(FakeFault::Stall, ProfilePath, 2);
    QElapsedTimer timer;
    timer.start();
    const auto result = m_client->profile(u"instagram"_s);
    QCOMPARE(outcome(result), outcome(FailureClass::Network));
    QVERIFY(result.failure().message.contains(u"did not answer"_s));
    QCOMPARE(m_server->requestCount(ProfilePath), 2);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
}

void TestPlatformFailures::testServerErrorsAreRetried()
{
    m_server->injectFault(FakeFault::ServerError, ProfilePath, 2);
    QVERIFY(m_client->profile(u"instagram"_s).ok());
    QCOMPARE(m_server->requestCount(ProfilePath), 3);
    QList<qint64> delays;
    for (const RateGovernor::Wait &wait : m_governor->waits())
        delays.append(wait.ms);
    QCOMPARE(delays, (QList<qint64>{1000, 4000}));
}

void TestPlatformFailures::testServerErrorsEndAsNetworkAfterTheRetries()
{
    m_server->injectFault(FakeFault::ServerError, ProfilePath, 10);
    const auto result = m_client->profile(u"instagram"_s);
    QCOMPARE(outcome(result), outcome(FailureClass::Network));
    QCOMPARE(result.failure().httpStatus, 500);
    QCOMPARE(m_server->requestCount(ProfilePath), 3);
    QCOMPARE(waitedMs(*m_governor, u"network"_s), 5000);
}

void TestPlatformFailures::testConnectionCutMidBodyIsANetworkFailure()
{
    m_server->injectFault(FakeFault::CloseMidBody, ProfilePath, 1);
    QVERIFY(m_client->profile(u"instagram"_s).ok()); // retried after the cut
    QCOMPARE(m_server->requestCount(ProfilePath), 2);
    QCOMPARE(waitedMs(*m_governor, u"network"_s), 1000);
}

void TestPlatformFailures::testAbortFromAnotherThreadEndsTheCall()
{
    m_server->injectFault(FakeFault::Stall, ProfilePath, 10);
    std::optional<Fetched<ProfileInfo>> result;
    QAtomicPointer<InstagramClient> running;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        // Created, used and destroyed in the worker thread, as the scheduler does.
        const auto client = makeInstagramClient(*m_server, m_governor, std::nullopt, 30'000);
        running.storeRelease(client.get());
        result = client->profile(u"instagram"_s);
        running.storeRelease(nullptr);
    }));
    worker->start();
    QTRY_COMPARE(m_server->requestCount(ProfilePath), 1);
    InstagramClient *client = running.loadAcquire();
    QVERIFY(client);
    QElapsedTimer timer;
    timer.start();
    client->abort();
    QVERIFY(worker->wait(5000));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(outcome(*result), outcome(FailureClass::Network));
    QCOMPARE(m_server->requestCount(ProfilePath), 1); // no retry after an abort
}

void TestPlatformFailures::testTikTokFailures()
{
    FakePlatformServer server(fixtureDir());
    server.installTikTokRoutes();
    QVERIFY(server.start());
    auto tiktok = makeTikTokClient(server, m_governor);
    const QString video = u"7603296357641735445"_s;
    server.injectFault(FakeFault::RateLimited, u"/@"_s);
    QCOMPARE(outcome(tiktok->video(video, u"dua_zahra014"_s)), outcome(FailureClass::RateLimited));
    m_clock->advance(60'000);
    QVERIFY(tiktok->video(video, u"dua_zahra014"_s).ok());
    QCOMPARE(server.requestCount(u"/@dua_zahra014/video/"_s), 2);

    server.injectFault(FakeFault::TruncatedJson, u"/api/comment/list/"_s);
    QCOMPARE(outcome(tiktok->comments(video, {})), outcome(FailureClass::Malformed));

    server.injectResponse(FakeResponse::html(FakePlatformServer::tiktokVideoPage({}, 10216)), u"/@"_s);
    QCOMPARE(outcome(tiktok->video(video, u"dua_zahra014"_s)), outcome(FailureClass::Private));

    QCOMPARE(server.pendingInjections(), 0);
    server.injectResponse(FakeResponse::redirect("/login?redirect_url=x"), u"/@"_s);
    QCOMPARE(outcome(tiktok->video(video, u"dua_zahra014"_s)), outcome(FailureClass::LoginWall));
    // TikTok's pause does not stop Instagram.
    QVERIFY(tiktok->identity() != m_client->identity());
    QCOMPARE(m_governor->state(tiktok->identity()).name, u"login_wall"_s);
    QVERIFY(m_governor->state(m_client->identity()).isOk());
}

void TestPlatformFailures::testHugeAnswerIsAbandonedAsMalformed()
{
    EndpointProfile profile = EndpointProfile::load(Platform::Instagram, {});
    profile.setConfiguredBaseUrl(m_server->baseUrl());
    InstagramClient::Options options;
    options.fetcher.maxBodyBytes = 1024 * 1024;
    InstagramClient client(profile, m_governor, options);
    m_server->injectResponse(FakeResponse::huge(50LL * 1024 * 1024, false), {}, 3);
    const auto result = client.profile(u"instagram"_s);
    QCOMPARE(outcome(result), outcome(FailureClass::Malformed));
    QVERIFY2(result.failure().message.contains(u"1 MiB"_s), qPrintable(result.failure().message));
    QVERIFY(m_governor->state(client.identity()).isOk()); // not the platform's pushback: no pause
}

QTEST_GUILESS_MAIN(TestPlatformFailures)
#include "testPlatformFailures.moc"
