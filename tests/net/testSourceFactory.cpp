// The readers platformSourceFactory makes follow the settings of the data folder: where the session may
// go (instagram.url, net.session_hosts) and the body cap (net.max_body_mib).

#include "ClientTestSupport.h"

#include "platform/Settings.h"
#include "services/PlatformSourceFactory.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

class TestSourceFactory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testSessionGoesOnlyToApprovedHosts();
    void testBodyCapComesFromTheSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSourceFactory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestSourceFactory::testSessionGoesOnlyToApprovedHosts()
{
    const InstagramSession session = testSession();
    const SessionProvider provider = [session] {
        return std::optional<InstagramSession>(session);
    };
    auto governor = std::make_shared<RateGovernor>(testConfig());
    Settings settings(m_dir->path());
    QVERIFY(settings.set(u"instagram.url"_s, u"https://proxy.example.invalid"_s).ok());
    {
        ScrapeSources sources = platformSourceFactory(m_dir->path(), governor, provider)(*m_db);
        auto *client = dynamic_cast<InstagramClient *>(sources.instagram.get());
        QVERIFY(client);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Instagram session withheld"_s));
        QCOMPARE(client->identity(), RateGovernor::identityFor(u"proxy.example.invalid"_s, {}));
        QVERIFY(!client->sessionWithheldReason().isEmpty());
    }
    QVERIFY(settings.set(u"net.session_hosts"_s, u"proxy.example.invalid"_s).ok());
    ScrapeSources sources = platformSourceFactory(m_dir->path(), governor, provider)(*m_db);
    auto *client = dynamic_cast<InstagramClient *>(sources.instagram.get());
    QVERIFY(client);
    QCOMPARE(client->identity(), RateGovernor::identityFor(u"proxy.example.invalid"_s, session.identityKey()));
    QVERIFY(client->sessionWithheldReason().isEmpty());
}

void TestSourceFactory::testBodyCapComesFromTheSettings()
{
    FakePlatformServer server(fixtureDir());
    server.installInstagramRoutes();
    QVERIFY(server.start());
    Settings settings(m_dir->path());
    QVERIFY(settings.set(u"instagram.url"_s, server.baseUrl()).ok());
    QVERIFY(settings.set(u"net.max_body_mib"_s, u"2"_s).ok());
    QVERIFY(settings.set(u"governor.jitter_max_ms"_s, u"0"_s).ok());
    ScrapeSources sources = platformSourceFactory(m_dir->path())(*m_db); // opens the governor on the store
    server.injectResponse(FakeResponse::huge(20LL * 1024 * 1024, true), {}, 5);
    const auto profile = sources.instagram->profile(u"instagram"_s);
    QVERIFY(!profile.ok());
    QCOMPARE(outcome(profile), outcome(FailureClass::Malformed));
    QVERIFY2(profile.failure().message.contains(u"2 MiB"_s), qPrintable(profile.failure().message));
    server.clearInjections();
    QVERIFY(sources.instagram->profile(u"instagram"_s).ok());
}

QTEST_GUILESS_MAIN(TestSourceFactory)
#include "testSourceFactory.moc"
