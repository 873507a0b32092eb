// reelpulse-cli download story <username> with a signed-in session: the session goes to a real keychain (a private
// gnome-keyring in a private D-Bus session, tests/net/with-keyring.sh) as the app saves it, the command runs in this
// process against the fake server over https (a session is only sent over https), which answers the reels tray
// (api/v1/feed/reels_media) with a story answer constructed from the documented shape
// (tests/data/fixtures/README.md) and serves the media bytes. Every item is downloaded in the best quality with the
// standard names; a second run finds them downloaded; without a session the clear message stays.
#include "FakePlatformServer.h"
#include "MediaBytes.h"
#include "net/NetTestSupport.h"

#include "auth/KeychainSecretStore.h"
#include "auth/SessionManager.h"
#include "cli/CliApp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QJsonObject storyAnswer()
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/fixtures/instagram/constructed__reels_media__instagram.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The path of the best version of each story item, read here from the answer: the widest image candidate, the
/// tallest video version.
QStringList bestPaths()
{
    QStringList paths;
    const QJsonArray items =
        storyAnswer().value(u"reels_media"_s).toArray().first().toObject().value(u"items"_s).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const bool video = item.contains(u"video_versions"_s);
        const QJsonArray versions = video
                                        ? item.value(u"video_versions"_s).toArray()
                                        : item.value(u"image_versions2"_s).toObject().value(u"candidates"_s).toArray();
        int best = -1;
        QString url;
        for (const QJsonValue &version : versions) {
            const int size = version.toObject().value(video ? u"height"_s : u"width"_s).toInt();
            if (size > best) {
                best = size;
                url = version.toObject().value(u"url"_s).toString();
            }
        }
        paths << QUrl(url).path();
    }
    return paths;
}

qint64 mediaSize(const QString &path)
{
    return path.endsWith(u".mp4"_s) ? 700 * 1024 + 11 : 90 * 1024 + 5;
}

} // namespace

class TestStoryDownload final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testStoriesWithASession();
    void testWithoutASessionTheMessageStays();

private:
    Run cli(const QStringList &args);

    std::unique_ptr<FakePlatformServer> m_server;
    QTemporaryDir m_dir;
    std::shared_ptr<KeychainSecretStore> m_keychain = std::make_shared<KeychainSecretStore>(u"ReelPulse"_s);
};

void TestStoryDownload::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(trustFakeServerCertificate());
    m_server = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    QVERIFY(m_server->startTls(tlsCertificatePath(), tlsKeyPath()));
    m_server->installInstagramRoutes();
    m_server->setRoute(u"/api/v1/feed/reels_media/"_s, [](const FakeRequest &request) {
        // Instagram shows stories to signed-in sessions only.
        if (!request.cookie("sessionid"))
            return FakeResponse::json(R"({"message": "login_required", "status": "fail"})", 401);
        return FakeResponse::json(QJsonDocument(storyAnswer()).toJson(QJsonDocument::Compact));
    });
    for (const QString &prefix : {u"/v/"_s, u"/o1/"_s}) {
        m_server->setRoute(prefix, [](const FakeRequest &request) {
            return FakeResponse::media(request, mediaBytes(request.path, mediaSize(request.path)), true,
                                       request.path.endsWith(u".mp4"_s) ? "video/mp4" : "image/jpeg");
        });
    }
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_MEDIA_URL", m_server->baseUrl().toUtf8());
    QCOMPARE(cli({u"config"_s, u"set"_s, u"governor.jitter_max_ms"_s, u"0"_s}).exitCode, 0);
    // The fake server is not one of Instagram's hosts: the person approves it, as for any proxy.
    QCOMPARE(cli({u"config"_s, u"set"_s, u"net.session_hosts"_s, u"127.0.0.1"_s}).exitCode, 0);
}

void TestStoryDownload::cleanupTestCase()
{
    (void)SessionManager(m_keychain).clear();
}

Run TestStoryDownload::cli(const QStringList &args)
{
    QString out;
    QString err;
    Run run;
    {
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        run.exitCode = reelpulse::cli::runCli(QStringList{u"--data-dir"_s, m_dir.path()} + args, outStream, errStream);
    }
    run.out = out;
    run.err = err;
    return run;
}

void TestStoryDownload::testStoriesWithASession()
{
    InstagramSession session;
    session.sessionId = u"25025320%3Atest%3A1"_s;
    session.csrfToken = u"csrf-test"_s;
    session.dsUserId = u"1"_s;
    auto saved = SessionManager(m_keychain).save(session);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    const QString out = m_dir.path() + u"/out"_s;
    const Run run = cli({u"download"_s, u"story"_s, u"instagram"_s, u"--out"_s, out, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject answer = run.json();
    QCOMPARE(answer.value(u"type"_s).toString(), u"stories"_s);
    QCOMPARE(answer.value(u"username"_s).toString(), u"instagram"_s);
    QCOMPARE(answer.value(u"active_stories_count"_s).toInt(), 2);
    QCOMPARE(answer.value(u"completed"_s).toInt(), 2);

    // The reels tray was asked with the session, for the user id the profile gave.
    const auto tray = m_server->lastRequest(u"/api/v1/feed/reels_media/"_s);
    QVERIFY(tray);
    QCOMPARE(tray->queryValue(u"reel_ids"_s), u"25025320"_s);
    QCOMPARE(tray->cookie("sessionid").value_or(QByteArray()), session.sessionId.toUtf8());

    // Every item in its best version, named {owner}/{owner}_{id}.{ext}, byte-identical.
    const QStringList sources = bestPaths();
    const QStringList names{u"instagram_3700000000000000001.jpg"_s, u"instagram_3700000000000000002.mp4"_s};
    const QJsonArray items = answer.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(item.value(u"type"_s).toString(), u"story"_s);
        const QJsonArray files = item.value(u"files"_s).toArray();
        QCOMPARE(files.size(), 1);
        const QString path = files.first().toObject().value(u"path"_s).toString();
        QCOMPARE(path, out + u"/instagram/"_s + names.at(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), mediaBytes(sources.at(i), mediaSize(sources.at(i))));
    }
    QVERIFY(QFile::exists(out + u"/instagram/instagram_3700000000000000002.json"_s)); // the sidecar

    // Again: the same stories are there already.
    const int mediaRequests = m_server->requestCount(u"/v/"_s) + m_server->requestCount(u"/o1/"_s);
    const Run again = cli({u"download"_s, u"story"_s, u"instagram"_s, u"--out"_s, out, u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
    for (const QJsonValue &item : again.json().value(u"items"_s).toArray())
        QCOMPARE(item.toObject().value(u"message"_s).toString(), u"already downloaded"_s);
    QCOMPARE(m_server->requestCount(u"/v/"_s) + m_server->requestCount(u"/o1/"_s), mediaRequests);
}

void TestStoryDownload::testWithoutASessionTheMessageStays()
{
    QVERIFY(SessionManager(m_keychain).clear().ok());
    m_server->clearRequests();
    const Run run = cli({u"download"_s, u"story"_s, u"instagram"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error = run.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"STORIES_UNAVAILABLE"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"signed-in"_s));
    QCOMPARE(m_server->requestCount(u"/api/v1/feed/reels_media"_s), 0);
}

QTEST_GUILESS_MAIN(TestStoryDownload)
#include "testStoryDownload.moc"
