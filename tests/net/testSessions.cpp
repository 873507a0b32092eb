// Secrets and sessions: the in-memory secret store, the session value type and manager, and the rule
// that session cookies never reach the log.

#include "ClientTestSupport.h"

#include "auth/InMemorySecretStore.h"
#include "auth/SessionManager.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&capturedMutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QNetworkCookie cookie(const QByteArray &name, const QByteArray &value, const QString &domain)
{
    QNetworkCookie c(name, value);
    c.setDomain(domain);
    return c;
}

} // namespace

class TestSessions final : public QObject
{
    Q_OBJECT

private slots:
    void testInMemorySecretStoreRoundTrip();
    void testInMemorySecretStoreReportsFailures();
    void testSessionJsonRoundTrip();
    void testSessionFromBrowserCookies();
    void testIdentityKeyIsStableAndHidesTheSession();
    void testManagerSavesLoadsAndClears();
    void testManagerRefusesCookiesWithoutASession();
    void testManagerReportsAnUnreadableStore();
    void testSessionNeverReachesTheLog();
};

void TestSessions::testInMemorySecretStoreRoundTrip()
{
    InMemorySecretStore store;
    QVERIFY(!store.read(u"k"_s).value().has_value());
    QVERIFY(store.write(u"k"_s, u"value ü"_s).ok());
    QCOMPARE(store.read(u"k"_s).value().value_or(QString()), u"value ü"_s);
    QVERIFY(store.write(u"k"_s, u"second"_s).ok());
    QCOMPARE(store.read(u"k"_s).value().value_or(QString()), u"second"_s);
    QVERIFY(store.remove(u"k"_s).ok());
    QVERIFY(!store.read(u"k"_s).value().has_value());
    QVERIFY(store.remove(u"k"_s).ok());
}

void TestSessions::testInMemorySecretStoreReportsFailures()
{
    InMemorySecretStore store;
    store.setFailure(u"locked"_s);
    QVERIFY(!store.read(u"k"_s).ok());
    QVERIFY(!store.write(u"k"_s, u"v"_s).ok());
    QCOMPARE(store.remove(u"k"_s).error().message, u"locked"_s);
}

void TestSessions::testSessionJsonRoundTrip()
{
    InstagramSession session = testSession();
    session.rur = u"\"NHA\\05489\""_s;
    session.savedAt = QDateTime::fromSecsSinceEpoch(1'739'000'000, Qt::UTC);
    const auto back = InstagramSession::fromJson(session.toJson());
    QVERIFY(back);
    QCOMPARE(back->sessionId, session.sessionId);
    QCOMPARE(back->csrfToken, session.csrfToken);
    QCOMPARE(back->dsUserId, session.dsUserId);
    QCOMPARE(back->mid, session.mid);
    QCOMPARE(back->igDid, session.igDid);
    QCOMPARE(back->rur, session.rur);
    QCOMPARE(back->savedAt, session.savedAt);
    QVERIFY(!InstagramSession::fromJson("not json"));
}

void TestSessions::testSessionFromBrowserCookies()
{
    const QList<QNetworkCookie> cookies{
        cookie("sessionid", "SID", u".instagram.com"_s), cookie("csrftoken", "CSRF", u"www.instagram.com"_s),
        cookie("ds_user_id", "42", u".instagram.com"_s), cookie("sessionid", "OTHER-SITE", u".example.com"_s),
        cookie("tracking", "x", u".instagram.com"_s),
    };
    const InstagramSession session = InstagramSession::fromCookies(cookies);
    QCOMPARE(session.sessionId, u"SID"_s);
    QCOMPARE(session.csrfToken, u"CSRF"_s);
    QCOMPARE(session.dsUserId, u"42"_s);
    QVERIFY(session.savedAt.isValid());
    QCOMPARE(session.cookieHeader(), QByteArray("sessionid=SID; csrftoken=CSRF; ds_user_id=42"));
    const QList<QNetworkCookie> back = session.cookies();
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.first().domain(), u".instagram.com"_s);
    QVERIFY(back.first().isSecure());
}

void TestSessions::testIdentityKeyIsStableAndHidesTheSession()
{
    const InstagramSession session = testSession();
    QCOMPARE(session.identityKey(), testSession().identityKey());
    QCOMPARE(session.identityKey().size(), 16);
    QVERIFY(!session.identityKey().contains(session.sessionId));
    InstagramSession other = session;
    other.sessionId += u'x';
    QVERIFY(other.identityKey() != session.identityKey());
    QCOMPARE(InstagramSession().identityKey(), u"anonymous"_s);
}

void TestSessions::testManagerSavesLoadsAndClears()
{
    auto store = std::make_shared<InMemorySecretStore>();
    SessionManager manager(store);
    QSignalSpy changed(&manager, &SessionManager::sessionChanged);
    QVERIFY(!manager.load().value().has_value());
    QCOMPARE(manager.identityKey(), u"anonymous"_s);
    QVERIFY(manager
                .saveFromCookies(
                    {cookie("sessionid", "SID", u".instagram.com"_s), cookie("csrftoken", "CSRF", u".instagram.com"_s)})
                .ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(manager.hasSession());
    QCOMPARE(manager.provider()()->csrfToken, u"CSRF"_s);
    // Stored under "instagram-session"; a new manager on the same store reads it back.
    QVERIFY(store->read(u"instagram-session"_s).value().value_or(QString()).contains(u"SID"_s));
    SessionManager again(store);
    const auto loaded = again.load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->sessionId, u"SID"_s);
    QCOMPARE(again.identityKey(), manager.identityKey());
    QVERIFY(manager.clear().ok());
    QCOMPARE(changed.size(), 2);
    QVERIFY(!manager.hasSession());
    QVERIFY(!store->read(u"instagram-session"_s).value().has_value());
}

void TestSessions::testManagerRefusesCookiesWithoutASession()
{
    auto store = std::make_shared<InMemorySecretStore>();
    SessionManager manager(store);
    const Status saved = manager.saveFromCookies({cookie("csrftoken", "CSRF", u".instagram.com"_s)});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Invalid);
    QVERIFY(!store->read(u"instagram-session"_s).value().has_value());
}

void TestSessions::testManagerReportsAnUnreadableStore()
{
    auto store = std::make_shared<InMemorySecretStore>();
    QVERIFY(store->write(u"instagram-session"_s, u"garbage"_s).ok());
    SessionManager manager(store);
    const auto loaded = manager.load();
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().has_value());
    store->setFailure(u"The keychain is locked"_s);
    const auto failed = manager.load();
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(u"The keychain is locked"_s));
    QVERIFY(!manager.save(testSession()).ok());
}

void TestSessions::testSessionNeverReachesTheLog()
{
    // Over https to an approved host, so that the session is really used.
    QVERIFY(trustFakeServerCertificate());
    FakePlatformServer server(fixtureDir());
    server.installInstagramRoutes();
    QVERIFY(server.startTls(tlsCertificatePath(), tlsKeyPath()));
    auto store = std::make_shared<InMemorySecretStore>();
    SessionManager manager(store);
    const InstagramSession session = testSession();

    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    captured.clear();
    previousHandler = qInstallMessageHandler(captureMessage);
    {
        QVERIFY(manager.save(session).ok());
        QVERIFY(manager.load().ok());
        auto governor = std::make_shared<RateGovernor>(testConfig());
        TestClock clock;
        clock.attach(*governor);
        EndpointProfile profile = EndpointProfile::load(Platform::Instagram, {});
        profile.setConfiguredBaseUrl(server.baseUrl());
        InstagramClient::Options options;
        options.session = manager.provider();
        options.sessionHosts = {u"127.0.0.1"_s};
        InstagramClient client(profile, governor, options);
        QVERIFY(client.profile(u"instagram"_s).ok());
        QVERIFY(client.post(u"DFp17y5MymE"_s).ok()); // with fallbacks
        QVERIFY(client.stories(u"25025320"_s).ok());
        server.injectFault(FakeFault::SoftBlock);
        QVERIFY(!client.comments(u"DFp17y5MymE"_s, {}, {}).ok()); // a warning path
        governor->resetState(client.identity());
        server.injectFault(FakeFault::Checkpoint);
        QVERIFY(!client.profile(u"instagram"_s).ok());
        QVERIFY(manager.clear().ok());
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    const QString all = captured.join(u'\n');
    QVERIFY2(captured.size() >= 5, qPrintable(all)); // the capture works: requests were logged
    QVERIFY(all.contains(u"reelpulse.net"_s));
    QVERIFY(!all.contains(session.sessionId));
    QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(session.sessionId))));
    QVERIFY(!all.contains(u"abcDEFsecretSESSION"_s));
    QVERIFY(!all.contains(session.csrfToken));
    QVERIFY(all.contains(session.identityKey())); // the hash is what identifies the session
}

QTEST_GUILESS_MAIN(TestSessions)
#include "testSessions.moc"
