// The Instagram and TikTok clients reading the captured responses from the fake server.

#include "ClientTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {
const QString TikTokVideo = u"7603296357641735445"_s;
}

class TestPlatformClients final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testProfileFollowersAndFirstPosts();
    void testUnknownProfileIsNotFound();
    void testPostByShortcodeReel();
    void testPostFromAppStyleMediaInfo();
    void testProfilePostsPage();
    void testCommentsPage();
    void testRequestsCarryTheWebAppId();
    void testAnonymousRequestsCarryNoSessionCookies();
    void testSessionRequestsCarryCookiesAndCsrfToken();
    void testSessionIsWithheldFromPlainHttp();
    void testSessionScopeDecision_data();
    void testSessionScopeDecision();
    void testSessionIsWithheldFromAForeignHttpsHost();
    void testStoriesWithoutSessionAskToSignIn();
    void testStoriesWithSession();
    void testBaseUrlFromEnvironment();
    void testTikTokVideoCounts();
    void testTikTokVideoCountsAsStrings();
    void testTikTokVideoWithoutAuthor();
    void testTikTokComments();

private:
    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<FakePlatformServer> m_tlsServer; ///< https, for the session: the host 127.0.0.1 is approved
    std::shared_ptr<RateGovernor> m_governor;
    std::unique_ptr<TestClock> m_clock;
};

void TestPlatformClients::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(fixtureDir());
    m_server->installInstagramRoutes();
    m_server->installTikTokRoutes();
    QVERIFY(m_server->start());
    QVERIFY(trustFakeServerCertificate());
    m_tlsServer = std::make_unique<FakePlatformServer>(fixtureDir());
    m_tlsServer->installInstagramRoutes();
    QVERIFY(m_tlsServer->startTls(tlsCertificatePath(), tlsKeyPath()));
}

void TestPlatformClients::init()
{
    m_server->clearRequests();
    m_tlsServer->clearRequests();
    m_governor = std::make_shared<RateGovernor>(testConfig());
    m_clock = std::make_unique<TestClock>();
    m_clock->attach(*m_governor);
}

void TestPlatformClients::testProfileFollowersAndFirstPosts()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto profile = client->profile(u"Instagram"_s);
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.failure().message));
    QCOMPARE(profile->id, u"25025320"_s);
    QCOMPARE(profile->username, u"instagram"_s);
    QCOMPARE(profile->followers.value_or(-1), 681740829);
    QCOMPARE(profile->timeline.items.size(), 12);
    QVERIFY(!profile->timeline.endCursor.isEmpty());
    QCOMPARE(m_server->lastRequest()->queryValue(u"username"_s), u"instagram"_s);
}

void TestPlatformClients::testUnknownProfileIsNotFound()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto profile = client->profile(u"no.such.account.here"_s);
    QCOMPARE(outcome(profile), outcome(FailureClass::NotFound));
}

void TestPlatformClients::testPostByShortcodeReel()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto post = client->post(u"DFp17y5MymE"_s);
    QVERIFY2(post.ok(), qPrintable(post.ok() ? QString() : post.failure().message));
    QCOMPARE(post->id, u"3560614185974049156"_s);
    QCOMPARE(post->likes.value_or(-1), 256);
    QCOMPARE(post->views.value_or(-1), 539);
    QCOMPARE(post->plays.value_or(-1), 2387);
    // media_info does not know it (404), GraphQL has nothing ({"data": null}), the post page JSON has it.
    QCOMPARE(m_server->requestCount(u"/api/v1/media/3560614185974049156/info/"_s), 1);
    QCOMPARE(m_server->requestCount(u"/graphql/query"_s), 1);
    QCOMPARE(m_server->requestCount(u"/p/DFp17y5MymE/"_s), 1);
}

void TestPlatformClients::testPostFromAppStyleMediaInfo()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto post = client->post(u"CAnqPB-Jzcj"_s);
    QVERIFY2(post.ok(), qPrintable(post.ok() ? QString() : post.failure().message));
    QCOMPARE(post->kind, MediaKind::Carousel);
    QCOMPARE(post->children.size(), 3);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->lastRequest()->path, u"/api/v1/media/2317006284167526179/info/"_s);
}

void TestPlatformClients::testProfilePostsPage()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto page = client->profilePosts(u"25025320"_s, u"instagram"_s, {});
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.failure().message));
    QCOMPARE(page->items.size(), 20);
    QVERIFY(page->hasNextPage);
    const QJsonObject variables =
        QJsonDocument::fromJson(m_server->lastRequest()->param(u"variables"_s).toUtf8()).object();
    QCOMPARE(variables.value(u"id"_s).toString(), u"25025320"_s);
    const auto next = client->profilePosts(u"25025320"_s, u"instagram"_s, page->endCursor);
    QVERIFY(next.ok());
    QVERIFY(next->items.isEmpty());
    QVERIFY(!next->hasNextPage);
}

void TestPlatformClients::testCommentsPage()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto page = client->comments(u"DFp17y5MymE"_s, {}, {});
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.failure().message));
    QCOMPARE(page->comments.size(), 6);
    QCOMPARE(page->total.value_or(-1), 31);
    QVERIFY(page->hasNextPage);
    QCOMPARE(page->comments.first().authorUsername, u"travels.with.jenna"_s);
    QCOMPARE(m_server->lastRequest()->path, u"/api/v1/media/3560614185974049156/comments/"_s);
}

void TestPlatformClients::testRequestsCarryTheWebAppId()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    QVERIFY(client->profile(u"instagram"_s).ok());
    QVERIFY(client->post(u"DFp17y5MymE"_s).ok());
    const QList<FakeRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    for (const FakeRequest &request : requests) {
        QCOMPARE(request.header("x-ig-app-id"), QByteArray("936619743392459"));
        QVERIFY(request.header("User-Agent").contains("Chrome/"));
    }
}

void TestPlatformClients::testAnonymousRequestsCarryNoSessionCookies()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    QVERIFY(client->profile(u"instagram"_s).ok());
    const FakeRequest request = m_server->lastRequest().value();
    QVERIFY(!request.cookie("sessionid"));
    QVERIFY(request.header("X-CSRFToken").isEmpty());
    QCOMPARE(client->identity(), RateGovernor::identityFor(u"127.0.0.1:%1"_s.arg(m_server->port()), {}));
}

void TestPlatformClients::testSessionRequestsCarryCookiesAndCsrfToken()
{
    // Over https to a host the person approved (net.session_hosts), the session goes with every request.
    const InstagramSession session = testSession();
    const auto client = makeInstagramClient(*m_tlsServer, m_governor, session, 5000, {u"127.0.0.1"_s});
    QVERIFY(client->profile(u"instagram"_s).ok());
    QVERIFY(client->post(u"CSTg-0FH89e"_s).ok());
    QVERIFY(client->sessionWithheldReason().isEmpty());
    QVERIFY(m_tlsServer->requestCount() >= 2);
    for (const FakeRequest &request : m_tlsServer->requests()) {
        QCOMPARE(request.cookie("sessionid").value_or(QByteArray()), session.sessionId.toUtf8());
        QCOMPARE(request.cookie("csrftoken").value_or(QByteArray()), session.csrfToken.toUtf8());
        QCOMPARE(request.cookie("ds_user_id").value_or(QByteArray()), session.dsUserId.toUtf8());
        QCOMPARE(request.header("X-CSRFToken"), session.csrfToken.toUtf8());
    }
    // The session has its own identity (and so its own budgets); its name does not reveal the cookie.
    const QString identity = client->identity();
    QVERIFY(identity.endsWith(session.identityKey()));
    QVERIFY(!identity.contains(session.sessionId));
    QVERIFY(m_governor->requestCount(identity, {}, 0) >= 2);
}

void TestPlatformClients::testSessionIsWithheldFromPlainHttp()
{
    // The fake server on http://127.0.0.1: even approved, a plain-http host never gets the session. The
    // client reads anonymously (anonymous identity), warns once in the log and says why to its caller.
    const InstagramSession session = testSession();
    const auto client = makeInstagramClient(*m_server, m_governor, session, 5000, {u"127.0.0.1"_s});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Instagram session withheld: .*not encrypted"_s));
    QVERIFY(client->profile(u"instagram"_s).ok());
    QVERIFY(client->post(u"CSTg-0FH89e"_s).ok());
    QVERIFY(m_server->requestCount() >= 2);
    for (const FakeRequest &request : m_server->requests()) {
        QVERIFY(request.header("Cookie").isEmpty());
        QVERIFY(!request.cookie("sessionid"));
        QVERIFY(request.header("X-CSRFToken").isEmpty());
        QVERIFY(!request.target.contains(session.csrfToken.toUtf8()));
    }
    QVERIFY2(client->sessionWithheldReason().contains(u"127.0.0.1"_s), qPrintable(client->sessionWithheldReason()));
    const QString anonymous = RateGovernor::identityFor(u"127.0.0.1:%1"_s.arg(m_server->port()), {});
    QCOMPARE(client->identity(), anonymous);
    QVERIFY(m_governor->requestCount(anonymous, {}, 0) >= 2);
    // Stories need the session: without it they are not asked for.
    QVERIFY(!client->stories(u"25025320"_s).ok());
    QCOMPARE(m_server->requestCount(u"/api/v1/feed/reels_media/"_s), 0);
}

void TestPlatformClients::testSessionScopeDecision_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QStringList>("approved");
    QTest::addColumn<bool>("sent");
    const QStringList none;
    QTest::newRow("instagram") << u"https://www.instagram.com"_s << none << true;
    QTest::newRow("instagram subdomain") << u"https://i.instagram.com"_s << none << true;
    QTest::newRow("instagram apex") << u"https://instagram.com"_s << none << true;
    QTest::newRow("instagram over http") << u"http://www.instagram.com"_s << none << false;
    QTest::newRow("lookalike suffix") << u"https://instagram.com.evil.example"_s << none << false;
    QTest::newRow("lookalike prefix") << u"https://evilinstagram.com"_s << none << false;
    QTest::newRow("foreign host") << u"https://proxy.example.com"_s << none << false;
    QTest::newRow("approved host") << u"https://proxy.example.com:8443"_s << QStringList{u"Proxy.Example.com"_s}
                                   << true;
    QTest::newRow("approved host over http")
        << u"http://proxy.example.com"_s << QStringList{u"proxy.example.com"_s} << false;
    QTest::newRow("subdomain of an approved host")
        << u"https://a.proxy.example.com"_s << QStringList{u"proxy.example.com"_s} << false;
}

void TestPlatformClients::testSessionScopeDecision()
{
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, approved);
    QFETCH(bool, sent);
    const QString refusal = InstagramClient::sessionRefusal(QUrl(baseUrl), approved);
    QCOMPARE(refusal.isEmpty(), sent);
}

void TestPlatformClients::testSessionIsWithheldFromAForeignHttpsHost()
{
    // An endpoint override on https but on a host that is not Instagram's: anonymous, with the reason.
    const InstagramSession session = testSession();
    InstagramClient::Options options;
    options.session = [session] {
        return std::optional<InstagramSession>(session);
    };
    options.baseUrl = u"https://proxy.example.invalid"_s;
    InstagramClient foreign(m_governor, options);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Instagram session withheld: .*proxy.example.invalid"_s));
    QCOMPARE(foreign.identity(), RateGovernor::identityFor(u"proxy.example.invalid"_s, {}));
    QVERIFY(foreign.sessionWithheldReason().contains(u"net.session_hosts"_s));
    // Approved in net.session_hosts: the session identity (its cookies go along).
    options.sessionHosts = {u"proxy.example.invalid"_s};
    InstagramClient approved(m_governor, options);
    QCOMPARE(approved.identity(), RateGovernor::identityFor(u"proxy.example.invalid"_s, session.identityKey()));
    QVERIFY(approved.sessionWithheldReason().isEmpty());
}

void TestPlatformClients::testStoriesWithoutSessionAskToSignIn()
{
    const auto client = makeInstagramClient(*m_server, m_governor);
    const auto stories = client->stories(u"25025320"_s);
    QVERIFY(!stories.ok());
    QCOMPARE(outcome(stories), outcome(FailureClass::LoginWall));
    QVERIFY(stories.failure().message.contains(u"Sign in to Instagram to read stories"_s));
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_governor->state(client->identity()).isOk()); // not Instagram's doing: no pause
}

void TestPlatformClients::testStoriesWithSession()
{
    const auto client = makeInstagramClient(*m_tlsServer, m_governor, testSession(), 5000, {u"127.0.0.1"_s});
    const auto stories = client->stories(u"25025320"_s);
    QVERIFY2(stories.ok(), qPrintable(stories.ok() ? QString() : stories.failure().message));
    QVERIFY(stories.value().isEmpty());
    QCOMPARE(m_tlsServer->lastRequest()->path, u"/api/v1/feed/reels_media/"_s);
    QCOMPARE(m_tlsServer->lastRequest()->queryValue(u"reel_ids"_s), u"25025320"_s);
}

void TestPlatformClients::testBaseUrlFromEnvironment()
{
    // The built-in profile points at instagram.com; REELPULSE_INSTAGRAM_URL wins.
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    InstagramClient client(m_governor, InstagramClient::Options{});
    QCOMPARE(client.endpointProfile().defaultBaseUrl(), u"https://www.instagram.com"_s);
    QCOMPARE(client.endpointProfile().baseUrl(), m_server->baseUrl());
    const auto profile = client.profile(u"instagram"_s);
    qunsetenv("REELPULSE_INSTAGRAM_URL");
    QVERIFY(profile.ok());
    QCOMPARE(m_server->requestCount(u"/api/v1/users/web_profile_info/"_s), 1);
}

void TestPlatformClients::testTikTokVideoCounts()
{
    const auto client = makeTikTokClient(*m_server, m_governor);
    const auto video = client->video(TikTokVideo, u"@dua_zahra014"_s);
    QVERIFY2(video.ok(), qPrintable(video.ok() ? QString() : video.failure().message));
    QCOMPARE(video->platform, Platform::TikTok);
    QCOMPARE(video->id, TikTokVideo);
    QCOMPARE(video->plays.value_or(-1), 12100);
    QCOMPARE(video->likes.value_or(-1), 2887);
    QCOMPARE(video->comments.value_or(-1), 179);
    QCOMPARE(video->shares.value_or(-1), 38);
    QCOMPARE(video->saves.value_or(-1), 100);
    QCOMPARE(m_server->lastRequest()->path, u"/@dua_zahra014/video/7603296357641735445"_s);
}

void TestPlatformClients::testTikTokVideoCountsAsStrings()
{
    QJsonObject item =
        QJsonDocument::fromJson(m_server->fixture(u"tiktok/web_item_struct__7603296357641735445__2026-02.json"_s))
            .object();
    QJsonObject stats;
    const QJsonObject numbers = item.value(u"stats"_s).toObject();
    for (auto it = numbers.begin(); it != numbers.end(); ++it)
        stats.insert(it.key(), QString::number(it.value().toInteger()));
    item.insert(u"stats"_s, stats);
    item.remove(u"statsV2"_s);
    FakePlatformServer server;
    server.serveResponse(u"/@someone/video/"_s + TikTokVideo,
                         FakeResponse::html(FakePlatformServer::tiktokVideoPage(item)));
    QVERIFY(server.start());
    const auto client = makeTikTokClient(server, m_governor);
    const auto video = client->video(TikTokVideo, u"someone"_s);
    QVERIFY2(video.ok(), qPrintable(video.ok() ? QString() : video.failure().message));
    QCOMPARE(video->plays.value_or(-1), 12100);
    QCOMPARE(video->likes.value_or(-1), 2887);
    QCOMPARE(video->comments.value_or(-1), 179);
}

void TestPlatformClients::testTikTokVideoWithoutAuthor()
{
    const auto client = makeTikTokClient(*m_server, m_governor);
    const auto video = client->video(TikTokVideo, {});
    QVERIFY(video.ok());
    QCOMPARE(m_server->lastRequest()->path, u"/@_/video/7603296357641735445"_s);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPlatformClients::testTikTokComments()
{
    const auto client = makeTikTokClient(*m_server, m_governor);
    const auto page = client->comments(TikTokVideo, {});
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.failure().message));
    QCOMPARE(page->comments.size(), 19);
    QCOMPARE(page->total.value_or(-1), 227);
    QVERIFY(page->hasNextPage);
    QCOMPARE(page->endCursor, u"20"_s);
    const FakeRequest request = m_server->lastRequest().value();
    QCOMPARE(request.path, u"/api/comment/list/"_s);
    QCOMPARE(request.queryValue(u"aweme_id"_s), TikTokVideo);
    QCOMPARE(request.queryValue(u"count"_s), u"20"_s);
    QCOMPARE(request.queryValue(u"cursor"_s), u"0"_s);
    const auto next = client->comments(TikTokVideo, page->endCursor);
    QVERIFY(next.ok());
    QVERIFY(!next->hasNextPage);
    QCOMPARE(m_server->lastRequest()->queryValue(u"cursor"_s), u"20"_s);
}

QTEST_GUILESS_MAIN(TestPlatformClients)
#include "testPlatformClients.moc"
