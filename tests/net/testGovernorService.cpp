// GovernorService: what the governor holds back, per identity, and lifting a pause (value types in and out).

#include "NetTestSupport.h"

#include "platform/Settings.h"
#include "services/GovernorService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

RateGovernor::Request answer(std::optional<FailureClass> failure)
{
    return [failure]() -> std::optional<ScrapeFailure> {
        if (!failure)
            return std::nullopt;
        return ScrapeFailure{*failure, u"injected"_s, 0, std::nullopt};
    };
}

} // namespace

class TestGovernorService final : public QObject
{
    Q_OBJECT

private slots:
    void testPlatformsOfAnIdentity();
    void testStatusListsStatesAndWindows();
    void testResumeLiftsPausesOfOnePlatform();
    void testStatusReadsWhatAnotherProcessRecorded();
};

void TestGovernorService::testPlatformsOfAnIdentity()
{
    QTemporaryDir dir;
    QCOMPARE(GovernorService::platformsOf(u"www.instagram.com#anonymous"_s, dir.path()), QStringList{u"instagram"_s});
    QCOMPARE(GovernorService::platformsOf(u"i.instagram.com#1f2e"_s, dir.path()), QStringList{u"instagram"_s});
    QCOMPARE(GovernorService::platformsOf(u"www.tiktok.com#anonymous"_s, dir.path()), QStringList{u"tiktok"_s});
    QVERIFY(GovernorService::platformsOf(u"proxy.example.com#anonymous"_s, dir.path()).isEmpty());
    // A base URL configured for a platform makes its host that platform's.
    QVERIFY(Settings(dir.path()).set(u"instagram.url"_s, u"https://proxy.example.com:8443"_s).ok());
    QCOMPARE(GovernorService::platformsOf(u"proxy.example.com:8443#anonymous"_s, dir.path()),
             QStringList{u"instagram"_s});
}

void TestGovernorService::testStatusListsStatesAndWindows()
{
    QTemporaryDir dir;
    GovernorConfig config = testConfig();
    config.perQueryType = {5, 60'000};
    auto governor = std::make_shared<RateGovernor>(config);
    const QString instagram = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    const QString tiktok = RateGovernor::identityFor(u"www.tiktok.com"_s, {});
    QVERIFY(!governor->run(instagram, u"media_info"_s, answer(std::nullopt)));
    QVERIFY(!governor->run(instagram, u"media_info"_s, answer(std::nullopt)));
    QVERIFY(governor->run(tiktok, u"video_page"_s, answer(FailureClass::SoftBlock)));
    GovernorService service(dir.path(), governor);
    auto status = service.status();
    QVERIFY(status.ok());
    QCOMPARE(status->size(), 2);
    const GovernorIdentityStatus &ig = status->at(0);
    QCOMPARE(ig.identity, instagram);
    QCOMPARE(ig.host, u"www.instagram.com"_s);
    QCOMPARE(ig.session, u"anonymous"_s);
    QCOMPARE(ig.platforms, QStringList{u"instagram"_s});
    QCOMPARE(ig.state, u"ok"_s);
    QCOMPARE(ig.windows.size(), 1);
    QCOMPARE(ig.windows.first().name, u"media_info"_s);
    QCOMPARE(ig.windows.first().used, 2);
    QCOMPARE(ig.windows.first().limit, 5);
    QCOMPARE(ig.windows.first().windowSeconds, 60);
    const GovernorIdentityStatus &tt = status->at(1);
    QCOMPARE(tt.state, u"soft_block"_s);
    QCOMPARE(tt.backoffLevel, 1);
    QVERIFY(tt.until.has_value());
    QVERIFY(tt.message.contains(u"www.tiktok.com"_s));
    QVERIFY(tt.summary.startsWith(u"Temporarily blocked"_s));
}

void TestGovernorService::testResumeLiftsPausesOfOnePlatform()
{
    QTemporaryDir dir;
    auto governor = std::make_shared<RateGovernor>(testConfig());
    const QString instagram = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    const QString tiktok = RateGovernor::identityFor(u"www.tiktok.com"_s, {});
    QVERIFY(governor->run(instagram, u"media_info"_s, answer(FailureClass::Checkpoint)));
    QVERIFY(governor->run(tiktok, u"video_page"_s, answer(FailureClass::RateLimited)));
    QSignalSpy changed(governor.get(), &RateGovernor::stateChanged);
    GovernorService service(dir.path(), governor);
    auto resumed = service.resume(Platform::Instagram);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed->size(), 1);
    QCOMPARE(resumed->first().identity, instagram);
    QCOMPARE(resumed->first().previousState, u"checkpoint"_s);
    QCOMPARE(changed.size(), 1); // the app's views hear of it
    QVERIFY(governor->state(instagram).isOk());
    QCOMPARE(governor->state(tiktok).name, u"rate_limited"_s);
    // Nothing left of Instagram; all the rest without a platform.
    QVERIFY(service.resume(Platform::Instagram)->isEmpty());
    QCOMPARE(service.resume()->size(), 1);
    QVERIFY(governor->state(tiktok).isOk());
}

void TestGovernorService::testStatusReadsWhatAnotherProcessRecorded()
{
    QTemporaryDir dir;
    auto other = RateGovernor::open(dir.path(), testConfig());
    QVERIFY(other.ok());
    const QString identity = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    QVERIFY(other.value()->run(identity, u"media_info"_s, answer(FailureClass::LoginWall)));
    GovernorService service(dir.path()); // opens its own governor on the store
    auto status = service.status();
    QVERIFY(status.ok());
    QCOMPARE(status->size(), 1);
    QCOMPARE(status->first().state, u"login_wall"_s);
    QVERIFY(status->first().needsSession);
    QCOMPARE(service.resume(Platform::Instagram)->size(), 1);
    QVERIFY(other.value()->state(identity).isOk());
}

QTEST_GUILESS_MAIN(TestGovernorService)
#include "testGovernorService.moc"
