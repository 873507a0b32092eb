#include "FakePlatformServer.h"
#include "TestSigner.h"
#include "platform/EndpointProfile.h"
#include "platform/EndpointSignature.h"
#include "platform/Settings.h"
#include "services/EndpointUpdater.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::test::FakePlatformServer;
using reelpulse::test::FakeResponse;
using reelpulse::test::profileJson;
using reelpulse::test::TestSigner;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

QString message(const Result<EndpointUpdateResult> &result)
{
    return result.ok() ? u"(installed)"_s : result.error().message;
}

} // namespace

/// `endpoints update` below the CLI: what is installed, what is refused and why, from files and over HTTP.
class TestEndpointUpdater final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testSignedNewerProfileIsInstalled();
    void testRefusals_data();
    void testRefusals();
    void testOlderAndEqualVersions();
    void testFolderAndFileSources();
    void testHttpFetch();
    void testHttpFailures();
    void testDefaultSourceIsTheSetting();

private:
    EndpointUpdater updater(int timeoutMs = 10'000, qint64 maxBytes = EndpointProfile::MaxFileSize) const
    {
        EndpointUpdater::Options options;
        options.trustedKeys = {m_signer.trustedKey()};
        options.timeoutMs = timeoutMs;
        options.maxProfileBytes = maxBytes;
        return EndpointUpdater(m_dir->path(), options);
    }
    QString installedPath(Platform platform) const { return EndpointProfile::overridePath(platform, m_dir->path()); }
    bool nothingWritten() const { return !QFileInfo::exists(QDir(m_dir->path()).filePath(u"endpoints"_s)); }

    TestSigner m_signer;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEndpointUpdater::init()
{
    QVERIFY(m_signer.isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestEndpointUpdater::testSignedNewerProfileIsInstalled()
{
    const QByteArray json = profileJson(u"instagram"_s, 2);
    const QByteArray signature = m_signer.signatureFile(json);
    auto result = updater().install(json, signature, Platform::Instagram, u"test"_s);
    QVERIFY2(result.ok(), qPrintable(message(result)));
    QCOMPARE(result->outcome, EndpointUpdateResult::Outcome::Installed);
    QCOMPARE(result->platform, Platform::Instagram);
    QCOMPARE(result->previousVersion, 1);
    QCOMPARE(result->version, 2);
    QCOMPARE(result->keyId, m_signer.trustedKey().id);
    QCOMPARE(result->path, installedPath(Platform::Instagram));

    // The exact bytes that were signed, and the signature beside them.
    QCOMPARE(readAll(installedPath(Platform::Instagram)), json);
    const QByteArray kept = readAll(EndpointSignature::signaturePath(installedPath(Platform::Instagram)));
    QCOMPARE(EndpointSignature::decode(kept).value(), m_signer.sign(json));
    QVERIFY(!QFileInfo::exists(installedPath(Platform::TikTok)));

    // It is what the clients load now, and what the Settings page shows.
    const EndpointProfile loaded = EndpointProfile::load(Platform::Instagram, m_dir->path(), {m_signer.trustedKey()});
    QCOMPARE(loaded.version(), 2);
    QCOMPARE(loaded.signedBy(), m_signer.trustedKey().id);
    const QList<EndpointProfileInUse> inUse = updater().profilesInUse();
    QCOMPARE(inUse.size(), 2);
    QCOMPARE(inUse.at(0).platform, Platform::Instagram);
    QCOMPARE(inUse.at(0).version, 2);
    QVERIFY(!inUse.at(0).builtIn);
    QCOMPARE(inUse.at(0).signedBy, m_signer.trustedKey().id);
    QCOMPARE(inUse.at(0).path, installedPath(Platform::Instagram));
    QVERIFY(qAbs(inUse.at(0).installedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(inUse.at(0).problem.isEmpty());
    QCOMPARE(inUse.at(1).platform, Platform::TikTok);
    QVERIFY(inUse.at(1).builtIn);
    QCOMPARE(inUse.at(1).version, 1);
    QVERIFY(!inUse.at(1).installedAt.isValid());

    // Newer again replaces it.
    const QByteArray v5 = profileJson(u"instagram"_s, 5);
    result = updater().install(v5, m_signer.signatureFile(v5), std::nullopt, u"test"_s);
    QVERIFY2(result.ok(), qPrintable(message(result)));
    QCOMPARE(result->previousVersion, 2);
    QCOMPARE(readAll(installedPath(Platform::Instagram)), v5);
}

void TestEndpointUpdater::testRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<int>("expected"); // -1: no platform expected
    QTest::addColumn<QString>("reason");

    const TestSigner &signer = m_signer;
    const TestSigner stranger;
    const QByteArray v2 = profileJson(u"instagram"_s, 2);
    QByteArray tampered = v2;
    tampered.replace("/api/v1/media/{media_id}/info/", "https://evil.example/{media_id}/info/");
    QVERIFY(tampered != v2);
    QByteArray oneBit = v2;
    oneBit[oneBit.size() / 3] = char(oneBit.at(oneBit.size() / 3) ^ 0x20);
    const auto signedBy = [](const TestSigner &who, const QByteArray &json) {
        return who.signatureFile(json);
    };
    const QByteArray notJson = "{\"version\": 2, \"platform\": \"instagram\", ";
    const QByteArray noOperations = profileJson(u"instagram"_s, 2, {{u"operations"_s, QJsonObject{}}});
    QJsonObject withoutStories = QJsonDocument::fromJson(v2).object().value(u"operations"_s).toObject();
    withoutStories.remove(u"stories"_s);
    const QByteArray missingOperation = profileJson(u"instagram"_s, 2, {{u"operations"_s, withoutStories}});
    const QByteArray tiktok = profileJson(u"tiktok"_s, 2);
    const QByteArray unknownPlatform = profileJson(u"tiktok"_s, 2, {{u"platform"_s, u"youtube"_s}});

    QTest::newRow("unsigned") << v2 << QByteArray() << int(Platform::Instagram) << u"not signed"_s;
    QTest::newRow("tampered after signing")
        << tampered << signedBy(signer, v2) << int(Platform::Instagram) << u"does not match"_s;
    QTest::newRow("one bit changed") << oneBit << signedBy(signer, v2) << int(Platform::Instagram)
                                     << u"does not match"_s;
    QTest::newRow("signed by another key")
        << v2 << signedBy(stranger, v2) << int(Platform::Instagram) << u"does not trust"_s;
    QTest::newRow("signature of another file")
        << v2 << signedBy(signer, tiktok) << int(Platform::Instagram) << u"does not match"_s;
    QTest::newRow("garbled signature") << v2 << "c2lnbmF0dXJl\n"_ba << int(Platform::Instagram)
                                       << u"does not hold a signature"_s;
    QTest::newRow("wrong platform") << tiktok << signedBy(signer, tiktok) << int(Platform::Instagram)
                                    << u"the profile for tiktok, not for instagram"_s;
    QTest::newRow("unknown platform") << unknownPlatform << signedBy(signer, unknownPlatform) << -1
                                      << u"names no platform"_s;
    QTest::newRow("invalid JSON") << notJson << signedBy(signer, notJson) << -1 << u"not an endpoint profile"_s;
    QTest::newRow("not a profile") << noOperations << signedBy(signer, noOperations) << -1 << u"operations"_s;
    QTest::newRow("operation missing") << missingOperation << signedBy(signer, missingOperation) << -1
                                       << u"does not define the operation \"stories\""_s;
}

void TestEndpointUpdater::testRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, signature);
    QFETCH(int, expected);
    QFETCH(QString, reason);
    const std::optional<Platform> platform =
        expected < 0 ? std::nullopt : std::optional<Platform>(static_cast<Platform>(expected));
    auto result = updater().install(json, signature, platform, u"the offered file"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Invalid);
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"the offered file was refused"_s), qPrintable(result.error().message));
    QVERIFY(nothingWritten());
}

void TestEndpointUpdater::testOlderAndEqualVersions()
{
    const QByteArray v3 = profileJson(u"tiktok"_s, 3);
    QVERIFY(updater().install(v3, m_signer.signatureFile(v3), Platform::TikTok, u"v3"_s).ok());
    const QDateTime writtenAt = QFileInfo(installedPath(Platform::TikTok)).lastModified();

    // Older than the one in use: refused, nothing changes.
    const QByteArray v2 = profileJson(u"tiktok"_s, 2);
    auto older = updater().install(v2, m_signer.signatureFile(v2), Platform::TikTok, u"v2"_s);
    QVERIFY(!older.ok());
    QCOMPARE(older.error().kind, ErrorKind::Invalid);
    QVERIFY2(older.error().message.contains(u"version 2 is older than version 3"_s), qPrintable(older.error().message));
    QCOMPARE(readAll(installedPath(Platform::TikTok)), v3);

    // The same version (even other bytes): already up to date, nothing written.
    const QByteArray sameVersion = profileJson(u"tiktok"_s, 3, {{u"updated"_s, u"2099-01-01"_s}});
    QTest::qWait(20);
    auto equal = updater().install(sameVersion, m_signer.signatureFile(sameVersion), Platform::TikTok, u"v3"_s);
    QVERIFY2(equal.ok(), qPrintable(message(equal)));
    QCOMPARE(equal->outcome, EndpointUpdateResult::Outcome::UpToDate);
    QCOMPARE(equal->version, 3);
    QCOMPARE(equal->previousVersion, 3);
    QVERIFY(equal->path.isEmpty());
    QCOMPARE(readAll(installedPath(Platform::TikTok)), v3);
    QCOMPARE(QFileInfo(installedPath(Platform::TikTok)).lastModified(), writtenAt);

    // Against the built-in profile: its own version is up to date, an older one refused.
    const QByteArray builtInVersion = profileJson(u"instagram"_s, 1);
    auto same = updater().install(builtInVersion, m_signer.signatureFile(builtInVersion), std::nullopt, u"v1"_s);
    QVERIFY2(same.ok(), qPrintable(message(same)));
    QCOMPARE(same->outcome, EndpointUpdateResult::Outcome::UpToDate);
    QVERIFY(!QFileInfo::exists(installedPath(Platform::Instagram)));
}

void TestEndpointUpdater::testFolderAndFileSources()
{
    QTemporaryDir published;
    const QByteArray instagram = profileJson(u"instagram"_s, 4);
    const QByteArray tiktok = profileJson(u"tiktok"_s, 2);
    writeFile(published.filePath(u"instagram.json"_s), instagram);
    writeFile(published.filePath(u"instagram.json.sig"_s), m_signer.signatureFile(instagram));
    writeFile(published.filePath(u"tiktok.json"_s), tiktok); // no signature

    // A folder: every platform, each on its own.
    auto results = updater().update(published.path());
    QCOMPARE(results.size(), size_t(2));
    QVERIFY2(results.at(0).ok(), qPrintable(message(results.at(0))));
    QCOMPARE(results.at(0)->platform, Platform::Instagram);
    QCOMPARE(results.at(0)->origin, QDir::toNativeSeparators(published.filePath(u"instagram.json"_s)));
    QVERIFY(!results.at(1).ok());
    QCOMPARE(results.at(1).error().kind, ErrorKind::Invalid);
    QVERIFY2(results.at(1).error().message.contains(u"not signed"_s), qPrintable(results.at(1).error().message));
    QVERIFY2(results.at(1).error().message.contains(u"tiktok.json.sig"_s), qPrintable(results.at(1).error().message));
    QVERIFY(!QFileInfo::exists(installedPath(Platform::TikTok)));

    // --platform picks one from a folder.
    writeFile(published.filePath(u"tiktok.json.sig"_s), m_signer.signatureFile(tiktok));
    results = updater().update(published.path(), Platform::TikTok);
    QCOMPARE(results.size(), size_t(1));
    QVERIFY2(results.at(0).ok(), qPrintable(message(results.at(0))));
    QCOMPARE(results.at(0)->platform, Platform::TikTok);
    QCOMPARE(results.at(0)->outcome, EndpointUpdateResult::Outcome::Installed);

    // A single file says its platform; with --platform it must match.
    const QString file = published.filePath(u"instagram.json"_s);
    results = updater().update(file);
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results.at(0)->outcome, EndpointUpdateResult::Outcome::UpToDate);
    results = updater().update(u"file://"_s + file, Platform::TikTok);
    QVERIFY(!results.at(0).ok());
    QVERIFY2(results.at(0).error().message.contains(u"the profile for instagram, not for tiktok"_s),
             qPrintable(results.at(0).error().message));

    // A file that is not there, and a source that is no file or http(s) URL.
    results = updater().update(published.filePath(u"nothing.json"_s));
    QCOMPARE(results.at(0).error().kind, ErrorKind::Invalid);
    QVERIFY2(results.at(0).error().message.contains(u"There is no endpoint profile at"_s),
             qPrintable(results.at(0).error().message));
    results = updater().update(u"ftp://example.com/instagram.json"_s);
    QCOMPARE(results.at(0).error().kind, ErrorKind::Invalid);

    // Too large a file is not even read.
    writeFile(published.filePath(u"big.json"_s), QByteArray(4096, ' ') + instagram);
    writeFile(published.filePath(u"big.json.sig"_s), m_signer.signatureFile(QByteArray(4096, ' ') + instagram));
    results = updater(10'000, 4096).update(published.filePath(u"big.json"_s));
    QVERIFY(!results.at(0).ok());
    QVERIFY2(results.at(0).error().message.contains(u"larger than 4096 bytes"_s),
             qPrintable(results.at(0).error().message));
}

void TestEndpointUpdater::testHttpFetch()
{
    FakePlatformServer server;
    QVERIFY(server.start());
    const QByteArray json = profileJson(u"instagram"_s, 7);
    server.serveResponse(u"/endpoints/instagram.json"_s, FakeResponse::json(json));
    server.serveResponse(u"/endpoints/instagram.json.sig"_s,
                         FakeResponse::json(m_signer.signatureFile(json)).withHeader("Content-Type", "text/plain"));

    const QString folder = server.baseUrl() + u"/endpoints/"_s;
    auto results = updater().update(folder, Platform::Instagram);
    QCOMPARE(results.size(), size_t(1));
    QVERIFY2(results.at(0).ok(), qPrintable(message(results.at(0))));
    QCOMPARE(results.at(0)->outcome, EndpointUpdateResult::Outcome::Installed);
    QCOMPARE(results.at(0)->version, 7);
    QCOMPARE(results.at(0)->origin, server.baseUrl() + u"/endpoints/instagram.json"_s);
    QCOMPARE(readAll(installedPath(Platform::Instagram)), json);
    QCOMPARE(server.requestCount(u"/endpoints/instagram.json"_s), 2); // the profile and its signature
    QVERIFY(server.lastRequest()->header("User-Agent").startsWith("ReelPulse/"));

    // The file URL itself works as well (folder without a trailing slash too): already up to date.
    results = updater().update(folder + u"instagram.json"_s);
    QCOMPARE(results.at(0)->outcome, EndpointUpdateResult::Outcome::UpToDate);

    // No signature on the server: unsigned, refused (input, not network).
    results = updater().update(server.baseUrl() + u"/endpoints"_s);
    QCOMPARE(results.size(), size_t(2));
    QVERIFY(results.at(0).ok());
    QVERIFY(!results.at(1).ok()); // tiktok.json: not on the server at all
    QCOMPARE(results.at(1).error().kind, ErrorKind::Network);
    server.serveResponse(u"/endpoints/tiktok.json"_s, FakeResponse::json(profileJson(u"tiktok"_s, 2)));
    results = updater().update(server.baseUrl() + u"/endpoints"_s, Platform::TikTok);
    QVERIFY(!results.at(0).ok());
    QCOMPARE(results.at(0).error().kind, ErrorKind::Invalid);
    QVERIFY2(results.at(0).error().message.contains(u"not signed"_s), qPrintable(results.at(0).error().message));
    QVERIFY(!QFileInfo::exists(installedPath(Platform::TikTok)));
}

void TestEndpointUpdater::testHttpFailures()
{
    FakePlatformServer server;
    QVERIFY(server.start());
    const QByteArray json = profileJson(u"instagram"_s, 2);
    const QByteArray signature = m_signer.signatureFile(json);
    const QString url = server.baseUrl() + u"/p/instagram.json"_s;
    server.serveResponse(u"/p/instagram.json.sig"_s, FakeResponse::json(signature));

    // A server error, no answer in time, an answer cut off, too large a body.
    server.serveResponse(u"/p/instagram.json"_s, FakeResponse::serverError(503));
    auto result = updater().update(url).at(0);
    QCOMPARE(result.error().kind, ErrorKind::Network);
    QVERIFY2(result.error().message.contains(u"503"_s), qPrintable(result.error().message));

    server.serveResponse(u"/p/instagram.json"_s, FakeResponse::stall());
    QElapsedTimer timer;
    timer.start();
    result = updater(500).update(url).at(0);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(result.error().kind, ErrorKind::Network);
    QVERIFY2(result.error().message.contains(u"no complete answer"_s), qPrintable(result.error().message));

    server.serveResponse(u"/p/instagram.json"_s, FakeResponse::closeMidBody());
    result = updater().update(url).at(0);
    QVERIFY(!result.ok());
    QVERIFY(result.error().kind == ErrorKind::Network || result.error().kind == ErrorKind::Invalid);

    server.serveResponse(u"/p/instagram.json"_s, FakeResponse::json(json));
    result = updater(10'000, json.size() - 1).update(url).at(0);
    QCOMPARE(result.error().kind, ErrorKind::Invalid);
    QVERIFY2(result.error().message.contains(u"larger than"_s), qPrintable(result.error().message));
    // Signature served by a tampering server.
    server.serveResponse(u"/p/instagram.json"_s, FakeResponse::json(json + "\n"));
    result = updater().update(url).at(0);
    QCOMPARE(result.error().kind, ErrorKind::Invalid);
    QVERIFY2(result.error().message.contains(u"does not match"_s), qPrintable(result.error().message));

    // Nobody listening.
    auto gone = std::make_unique<FakePlatformServer>();
    QVERIFY(gone->start());
    const QString closed = gone->baseUrl();
    gone.reset();
    result = updater(2000).update(closed + u"/p/instagram.json"_s).at(0);
    QCOMPARE(result.error().kind, ErrorKind::Network);
    QVERIFY(nothingWritten());
}

void TestEndpointUpdater::testDefaultSourceIsTheSetting()
{
    QCOMPARE(EndpointUpdater::defaultSource(m_dir->path()), u"https://reelpulse.github.io/reelpulse/endpoints"_s);
    FakePlatformServer server;
    QVERIFY(server.start());
    const QByteArray json = profileJson(u"tiktok"_s, 9);
    server.serveResponse(u"/signed/tiktok.json"_s, FakeResponse::json(json));
    server.serveResponse(u"/signed/tiktok.json.sig"_s, FakeResponse::json(m_signer.signatureFile(json)));
    {
        Settings settings(m_dir->path());
        QVERIFY(settings.set(u"endpoints.update_url"_s, server.baseUrl() + u"/signed"_s).ok());
    }
    QCOMPARE(EndpointUpdater::defaultSource(m_dir->path()), server.baseUrl() + u"/signed"_s);
    auto results = updater().update(QString(), Platform::TikTok);
    QCOMPARE(results.size(), size_t(1));
    QVERIFY2(results.at(0).ok(), qPrintable(message(results.at(0))));
    QCOMPARE(results.at(0)->version, 9);
    QCOMPARE(server.requestCount(u"/signed/"_s), 2);
}

QTEST_GUILESS_MAIN(TestEndpointUpdater)
#include "testEndpointUpdater.moc"
