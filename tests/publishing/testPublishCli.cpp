#include "FakeGraphServer.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakeGraphServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

} // namespace

/// reelpulse-cli's publishing commands as a process, against the fake Graph server, with the token in a real
/// keychain (a private gnome-keyring in a private D-Bus session: see with-keyring.sh). Covers the acceptance list.
class TestPublishCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testAddAccountThenPublishImage();
    void testCarouselCreatesChildrenThenParent();
    void testReelSendsReelsAndStory();
    void testLostPublishAnswerThenDuePublishesOnce();
    void testKillBetweenStepsPublishesExactlyOnce_data();
    void testKillBetweenStepsPublishesExactlyOnce();
    void testQuotaUsedUpRefusesWithResetTime();
    void testInsightsJson();
    void testRejectedTokenShowsReconnect();
    void testScheduleDueAndLate();
    void testAccountsShowRemoveAndMedia();
    void testLocalFileGoesThroughTheMediaHost();
    void testS3HostSettings();
    void testLocalImageIsMadePublishable();
    void testConnectWithBrowserChecksState();

private:
    Run cli(const QStringList &args);
    QProcess *startCli(const QStringList &args);
    void addAccount();
    bool waitForRequest(const QByteArray &method, const QString &suffix, int count = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeGraphServer> m_server;
};

void TestPublishCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeGraphServer>();
    QVERIFY(m_server->start());
    qputenv("REELPULSE_GRAPH_URL", m_server->baseUrl().toUtf8());
    m_server->addAccount(u"IGAA-long-lived-token"_s, u"17841400000000001"_s, u"john_doe"_s, 15420);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"publish.poll_ms"_s, u"10"_s}).exitCode, 0);
}

void TestPublishCli::cleanup()
{
    m_server.reset();
    qunsetenv("REELPULSE_GRAPH_URL");
}

Run TestPublishCli::cli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p.setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p.start();
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QProcess *TestPublishCli::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    p->setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    p->start();
    return p;
}

bool TestPublishCli::waitForRequest(const QByteArray &method, const QString &suffix, int count)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_server->requestCount(method, suffix) >= count)
            return true;
        QThread::msleep(10);
    }
    return false;
}

void TestPublishCli::addAccount()
{
    QFile file(m_dir->filePath(u"token.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("IGAA-long-lived-token\n");
    file.close();
    const Run add = cli({u"--json"_s, u"accounts"_s, u"add"_s, u"--token-file"_s, file.fileName()});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(add.json().value(u"account_name"_s).toString(), u"john_doe"_s);
}

void TestPublishCli::testAddAccountThenPublishImage()
{
    addAccount();
    // The token is in the keychain only: not in the store, not in the settings.
    for (const QString &name :
         m_dir->filePath(u"."_s).isEmpty() ? QStringList() : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (name != u"token.txt"_s)
            QVERIFY2(!file.readAll().contains("IGAA-long-lived-token"), qPrintable(name));
    }
    const Run list = cli({u"--json"_s, u"accounts"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.array().size(), 1);
    const QJsonObject account = list.array().first().toObject();
    const QStringList fields{u"id"_s,
                             u"platform"_s,
                             u"account_name"_s,
                             u"is_active"_s,
                             u"platform_user_id"_s,
                             u"profile_picture_url"_s,
                             u"account_type"_s,
                             u"followers_count"_s,
                             u"following_count"_s,
                             u"token_expires_at"_s,
                             u"created_at"_s};
    QCOMPARE(account.keys().size(), fields.size());
    for (const QString &field : fields)
        QVERIFY2(account.contains(field), qPrintable(field));
    QCOMPARE(account.value(u"platform"_s).toString(), u"instagram"_s);
    QCOMPARE(account.value(u"is_active"_s).toBool(), true);
    QCOMPARE(account.value(u"platform_user_id"_s).toString(), u"17841400000000001"_s);
    QCOMPARE(account.value(u"account_type"_s).toString(), u"business"_s);
    QCOMPARE(account.value(u"followers_count"_s).toInt(), 15420);

    m_server->setPollsBeforeFinished(2);
    const Run run = cli({u"--json"_s, u"publish"_s, u"image"_s, u"--account"_s, u"john_doe"_s, u"--image-url"_s,
                         u"https://cdn.example/product.jpg"_s, u"--caption"_s, u"Check out this product! 🚀"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject answer = run.json();
    QCOMPARE(answer.value(u"message"_s).toString(), u"Post created successfully"_s);
    QCOMPARE(m_server->publishCount(), 1);
    QCOMPARE(answer.value(u"post_id"_s).toString(), m_server->publishedMedia().first().id);
    QCOMPARE(answer.value(u"db_id"_s).toInt(), 1);
    QCOMPARE(answer.value(u"media_type"_s).toString(), u"IMAGE"_s);
    QVERIFY(answer.value(u"permalink"_s).toString().contains(answer.value(u"post_id"_s).toString()));
    // The container was created once, polled until FINISHED, then published once.
    QCOMPARE(m_server->requestCount("POST", u"/media"_s), 1);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
    const auto create = m_server->requestsTo("POST", u"/media"_s).first();
    QCOMPARE(create.param(u"caption"_s), u"Check out this product! 🚀"_s);
    int polls = 0;
    for (const auto &r : m_server->requests())
        polls += r.param(u"fields"_s) == u"status_code,status"_s;
    QCOMPARE(polls, 3);
    // Human output prints the media id.
    const Run human = cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/2.jpg"_s});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains(m_server->publishedMedia().first().id.toUtf8()));
}

void TestPublishCli::testCarouselCreatesChildrenThenParent()
{
    addAccount();
    const Run run = cli({u"--json"_s, u"publish"_s, u"carousel"_s, u"--image-url"_s, u"https://cdn.example/1.jpg"_s,
                         u"--video-url"_s, u"https://cdn.example/2.mp4"_s, u"--image-url=https://cdn.example/3.jpg"_s,
                         u"--caption"_s, u"Three"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(u"media_type"_s).toString(), u"CAROUSEL"_s);
    const auto creates = m_server->requestsTo("POST", u"/media"_s);
    QCOMPARE(creates.size(), 4);
    QCOMPARE(creates.at(0).param(u"image_url"_s), u"https://cdn.example/1.jpg"_s);
    QCOMPARE(creates.at(1).param(u"video_url"_s), u"https://cdn.example/2.mp4"_s);
    QCOMPARE(creates.at(2).param(u"image_url"_s), u"https://cdn.example/3.jpg"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(creates.at(i).param(u"is_carousel_item"_s), u"true"_s);
    QCOMPARE(creates.at(3).param(u"media_type"_s), u"CAROUSEL"_s);
    QCOMPARE(creates.at(3).param(u"children"_s).split(u',').size(), 3);
    QCOMPARE(m_server->publishCount(), 1);
    // One item is not a carousel.
    const Run one = cli({u"publish"_s, u"carousel"_s, u"--image-url"_s, u"https://cdn.example/1.jpg"_s});
    QCOMPARE(one.exitCode, 2);
    QVERIFY(one.err.contains(u"2 to 10"_s));
}

void TestPublishCli::testReelSendsReelsAndStory()
{
    addAccount();
    Run run = cli({u"--json"_s, u"publish"_s, u"reel"_s, u"--video-url"_s, u"https://cdn.example/r.mp4"_s,
                   u"--cover-url"_s, u"https://cdn.example/c.jpg"_s, u"--no-share-to-feed"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(u"message"_s).toString(), u"Reel created successfully"_s);
    auto create = m_server->requestsTo("POST", u"/media"_s).last();
    QCOMPARE(create.param(u"media_type"_s), u"REELS"_s);
    QCOMPARE(create.param(u"video_url"_s), u"https://cdn.example/r.mp4"_s);
    QCOMPARE(create.param(u"cover_url"_s), u"https://cdn.example/c.jpg"_s);
    QCOMPARE(create.param(u"share_to_feed"_s), u"false"_s);

    run = cli({u"--json"_s, u"publish"_s, u"story"_s, u"--video-url"_s, u"https://cdn.example/s.mp4"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(u"message"_s).toString(), u"Story created successfully"_s);
    create = m_server->requestsTo("POST", u"/media"_s).last();
    QCOMPARE(create.param(u"media_type"_s), u"STORIES"_s);
    QCOMPARE(create.param(u"video_url"_s), u"https://cdn.example/s.mp4"_s);
    QCOMPARE(m_server->publishCount(), 2);
}

void TestPublishCli::testLostPublishAnswerThenDuePublishesOnce()
{
    addAccount();
    // media_publish takes effect, then the connection closes before a byte of answer; the status read right
    // after fails too, so the first run cannot tell.
    m_server->loseNextPublishAnswer();
    const QString at = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
    QCOMPARE(cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/a.jpg"_s, u"--caption"_s, u"Lost"_s,
                  u"--at"_s, at})
                 .exitCode,
             0);
    QCOMPARE(m_server->requestCount("POST", u"/media"_s), 0); // scheduled, not published yet
    const Run first = cli({u"publish"_s, u"--due"_s});
    QCOMPARE(m_server->publishCount(), 1);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
    Run second = cli({u"--json"_s, u"publish"_s, u"--due"_s});
    QCOMPARE(second.exitCode, 0);
    Run third = cli({u"publish"_s, u"--due"_s});
    QCOMPARE(third.exitCode, 0);
    QCOMPARE(m_server->requestCount("POST", u"/media_publish"_s), 1);
    QCOMPARE(m_server->publishCount(), 1);
    const Run show = cli({u"--json"_s, u"posts"_s, u"show"_s, u"1"_s});
    QCOMPARE(show.json().value(u"status"_s).toString(), u"published"_s);
    QCOMPARE(show.json().value(u"post_id"_s).toString(), m_server->publishedMedia().first().id);
    QCOMPARE(first.exitCode, 0); // the container said PUBLISHED: the media id came from the recent media
}

void TestPublishCli::testKillBetweenStepsPublishesExactlyOnce_data()
{
    QTest::addColumn<QString>("stalled");
    QTest::addColumn<bool>("publishFirst");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("at the quota") << u"/content_publishing_limit"_s << false << QByteArray("GET");
    QTest::newRow("creating the container") << u"/17841400000000001/media"_s << false << QByteArray("POST");
    QTest::newRow("publish sent, not done") << u"/media_publish"_s << false << QByteArray("POST");
    QTest::newRow("publish done, no answer") << u"/media_publish"_s << true << QByteArray("POST");
    QTest::newRow("at the first comment") << u"/comments"_s << false << QByteArray("POST");
}

void TestPublishCli::testKillBetweenStepsPublishesExactlyOnce()
{
    QFETCH(QString, stalled);
    QFETCH(bool, publishFirst);
    QFETCH(QByteArray, method);
    addAccount();
    const QString at = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
    QCOMPARE(cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/a.jpg"_s, u"--caption"_s,
                  u"Kill test"_s, u"--first-comment"_s, u"First!"_s, u"--at"_s, at})
                 .exitCode,
             0);
    m_server->stallPathSuffix(stalled, publishFirst);
    QProcess *process = startCli({u"publish"_s, u"--due"_s});
    QVERIFY(waitForRequest(method, stalled));
    process->kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(process->waitForFinished(10000));
    m_server->stallPathSuffix({});
    const Run again = cli({u"publish"_s, u"--due"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const Run more = cli({u"publish"_s, u"--due"_s});
    QCOMPARE(more.exitCode, 0);
    QCOMPARE(m_server->publishCount(), 1);
    const Run show = cli({u"--json"_s, u"posts"_s, u"show"_s, u"1"_s});
    QCOMPARE(show.json().value(u"status"_s).toString(), u"published"_s);
    QCOMPARE(show.json().value(u"post_id"_s).toString(), m_server->publishedMedia().first().id);
}

void TestPublishCli::testQuotaUsedUpRefusesWithResetTime()
{
    addAccount();
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-23 * 3600);
    m_server->addExistingMedia({u"1"_s, u"a"_s, u"IMAGE"_s, u"FEED"_s, oldest, {}});
    m_server->setQuota(100, 100);
    const Run run = cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/a.jpg"_s});
    QCOMPARE(run.exitCode, 1);
    const QString reset = oldest.addSecs(86400).toString(u"yyyy-MM-dd HH:mm"_s);
    QVERIFY2(run.err.contains(reset), qPrintable(run.err));
    QVERIFY(run.err.contains(u"100"_s));
    QCOMPARE(m_server->requestCount("POST", u"/media"_s), 0);
    QCOMPARE(m_server->containerCount(), 0);
    QCOMPARE(m_server->publishCount(), 0);
}

void TestPublishCli::testInsightsJson()
{
    addAccount();
    const Run published =
        cli({u"--json"_s, u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/a.jpg"_s});
    QCOMPARE(published.exitCode, 0);
    for (const QString &id : {QString::number(published.json().value(u"db_id"_s).toInt()),
                              published.json().value(u"post_id"_s).toString()}) {
        const Run run = cli({u"--json"_s, u"insights"_s, id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"likes"_s).toInt(), 245);
        QCOMPARE(o.value(u"comments"_s).toInt(), 18);
        QCOMPARE(o.value(u"shares"_s).toInt(), 5);
        QCOMPARE(o.value(u"saved"_s).toInt(), 12);
        QCOMPARE(o.value(u"reach"_s).toInt(), 3890);
        QCOMPARE(o.value(u"views"_s).toInt(), 5234);
        QCOMPARE(o.value(u"total_interactions"_s).toInt(), 280);
        QCOMPARE(o.value(u"engagement_rate"_s).toDouble(), 7.2);
        QVERIFY(!o.contains(u"impressions"_s));
    }
    for (const auto &request : m_server->requestsTo("GET", u"/insights"_s)) {
        const QStringList metrics = request.param(u"metric"_s).split(u',');
        QVERIFY(!metrics.contains(u"impressions"_s) && !metrics.contains(u"plays"_s) &&
                !metrics.contains(u"video_views"_s));
    }
}

void TestPublishCli::testRejectedTokenShowsReconnect()
{
    addAccount();
    m_server->revokeToken(u"IGAA-long-lived-token"_s);
    const Run run = cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/a.jpg"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Reconnect"_s), qPrintable(run.err));
    const Run json = cli({u"--json"_s, u"accounts"_s, u"list"_s});
    QCOMPARE(json.array().first().toObject().value(u"is_active"_s).toBool(), false);
    const Run human = cli({u"accounts"_s, u"list"_s});
    QVERIFY(human.out.contains("Reconnect"));
}

void TestPublishCli::testScheduleDueAndLate()
{
    addAccount();
    const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const Run scheduled = cli({u"--json"_s, u"publish"_s, u"schedule"_s, u"image"_s, u"--image-url"_s,
                               u"https://cdn.example/a.jpg"_s, u"--at"_s, future});
    QVERIFY2(scheduled.exitCode == 0, qPrintable(scheduled.err));
    QCOMPARE(scheduled.json().value(u"status"_s).toString(), u"scheduled"_s);
    QCOMPARE(scheduled.json().value(u"scheduled_at"_s).toString(), future);
    QCOMPARE(cli({u"publish"_s, u"--due"_s}).exitCode, 0);
    QCOMPARE(m_server->requestCount("POST", u"/media"_s), 0);

    const QString late = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600).toString(Qt::ISODate);
    QCOMPARE(
        cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"https://cdn.example/b.jpg"_s, u"--at"_s, late}).exitCode, 0);
    const Run skipped = cli({u"--json"_s, u"publish"_s, u"--due"_s});
    QCOMPARE(skipped.exitCode, 0);
    QCOMPARE(skipped.json().value(u"posts"_s).toArray().first().toObject().value(u"status"_s).toString(), u"skipped"_s);
    QCOMPARE(m_server->publishCount(), 0);
    const Run lateOk = cli({u"publish"_s, u"--due"_s, u"--late-ok"_s});
    QCOMPARE(lateOk.exitCode, 0);
    QCOMPARE(m_server->publishCount(), 1);
    const Run list = cli({u"--json"_s, u"posts"_s, u"list"_s});
    QCOMPARE(list.json().value(u"total"_s).toInt(), 2);
    QCOMPARE(cli({u"publish"_s, u"image"_s, u"--image-url"_s, u"x"_s, u"--at"_s, u"tomorrow"_s}).exitCode, 2);
}

void TestPublishCli::testAccountsShowRemoveAndMedia()
{
    addAccount();
    for (int i = 0; i < 3; ++i)
        m_server->addExistingMedia({QString::number(100 + i),
                                    u"m%1"_s.arg(i),
                                    u"IMAGE"_s,
                                    u"FEED"_s,
                                    QDateTime::currentDateTimeUtc().addSecs(-i * 60),
                                    {}});
    Run page = cli({u"--json"_s, u"media"_s, u"list"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(page.exitCode == 0, qPrintable(page.err));
    QCOMPARE(page.json().value(u"posts"_s).toArray().size(), 2);
    const QString cursor = page.json().value(u"next_cursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    page = cli({u"--json"_s, u"media"_s, u"list"_s, u"--limit"_s, u"2"_s, u"--after"_s, cursor});
    QCOMPARE(page.json().value(u"posts"_s).toArray().size(), 1);
    QVERIFY(page.json().value(u"next_cursor"_s).isNull());

    const Run info = cli({u"--json"_s, u"account"_s, u"info"_s, u"--account"_s, u"john_doe"_s});
    QCOMPARE(info.json().value(u"username"_s).toString(), u"john_doe"_s);
    QCOMPARE(info.json().value(u"followers_count"_s).toInt(), 15420);

    QCOMPARE(cli({u"accounts"_s, u"show"_s, u"@john_doe"_s}).exitCode, 0);
    QCOMPARE(cli({u"accounts"_s, u"show"_s, u"nobody"_s}).exitCode, 3);
    const Run removed = cli({u"--json"_s, u"accounts"_s, u"remove"_s, u"john_doe"_s});
    QCOMPARE(removed.json().value(u"message"_s).toString(), u"Account disconnected successfully"_s);
    QCOMPARE(cli({u"--json"_s, u"accounts"_s, u"list"_s}).array().size(), 0);
    // The keychain entry went with it: adding the account again works from the token file only.
    addAccount();
}

void TestPublishCli::testLocalFileGoesThroughTheMediaHost()
{
    addAccount();
    // A JPEG Instagram takes as it is (square, small): uploaded byte for byte.
    QImage square(1080, 1080, QImage::Format_RGB32);
    square.fill(Qt::darkGreen);
    QFile image(m_dir->filePath(u"Spring Launch.jpg"_s));
    QVERIFY(square.save(image.fileName(), "JPEG"));
    QVERIFY(image.open(QIODevice::ReadOnly));
    const QByteArray jpegBytes = image.readAll();
    image.close();
    // Without a media host: refused before anything is created, with what to set.
    Run run = cli({u"publish"_s, u"image"_s, u"--image"_s, image.fileName()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"media_host.put_url"_s), qPrintable(run.err));
    QCOMPARE(m_server->containerCount(), 0);

    const QString base = m_server->baseUrl();
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.put_url"_s, base + u"/dav"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.public_url"_s, base + u"/public"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.user"_s, u"media"_s}).exitCode, 0);
    QFile password(m_dir->filePath(u"password.txt"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("wrong\n");
    password.close();
    QCOMPARE(cli({u"media-host"_s, u"password"_s, u"--password-file"_s, password.fileName()}).exitCode, 0);
    run = cli({u"media-host"_s, u"test"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"password"_s));
    QVERIFY(password.open(QIODevice::WriteOnly | QIODevice::Truncate));
    password.write("secret\n");
    password.close();
    QCOMPARE(cli({u"media-host"_s, u"password"_s, u"--password-file"_s, password.fileName()}).exitCode, 0);
    run = cli({u"media-host"_s, u"test"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(m_server->hostedFiles().isEmpty()); // the check's file was deleted

    // Kept on the host when the user says so: the bytes are the file's, under the name Instagram was given.
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.delete_after_publish"_s, u"false"_s}).exitCode, 0);
    run = cli({u"--json"_s, u"publish"_s, u"image"_s, u"--image"_s, image.fileName(), u"--caption"_s, u"Local"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto files = m_server->hostedFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.cbegin().value(), jpegBytes);
    QVERIFY(files.cbegin().key().endsWith(u"-Spring-Launch.jpg"_s));
    const QString imageUrl = m_server->requestsTo("POST", u"/media"_s).first().param(u"image_url"_s);
    QCOMPARE(imageUrl, base + u"/public/"_s + files.cbegin().key());
    QCOMPARE(m_server->publishCount(), 1);
    const QString dbId = QString::number(run.json().value(u"db_id"_s).toInteger());
    const QJsonObject stored = cli({u"--json"_s, u"posts"_s, u"show"_s, dbId}).json();
    QVERIFY2(stored.value(u"items"_s).toArray().first().toObject().value(u"hosted"_s).toBool(),
             QJsonDocument(stored).toJson().constData());

    // By default the file leaves the host once the post is published (its container was FINISHED before).
    QCOMPARE(cli({u"config"_s, u"reset"_s, u"media_host.delete_after_publish"_s}).exitCode, 0);
    QFile second(m_dir->filePath(u"Second.jpg"_s));
    square.fill(Qt::darkBlue);
    QVERIFY(square.save(second.fileName(), "JPEG"));
    run = cli({u"--json"_s, u"publish"_s, u"image"_s, u"--image"_s, second.fileName()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_server->publishCount(), 2);
    QCOMPARE(m_server->hostedFiles().size(), 1); // only the first one, kept above
    QVERIFY(m_server->requestsTo("POST", u"/media"_s).last().param(u"image_url"_s).endsWith(u"-Second.jpg"_s));
}

void TestPublishCli::testLocalImageIsMadePublishable()
{
    addAccount();
    const QString base = m_server->baseUrl();
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.put_url"_s, base + u"/dav"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.public_url"_s, base + u"/public"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.user"_s, u"media"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.delete_after_publish"_s, u"false"_s}).exitCode, 0);
    QFile password(m_dir->filePath(u"password.txt"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("secret\n");
    password.close();
    QCOMPARE(cli({u"media-host"_s, u"password"_s, u"--password-file"_s, password.fileName()}).exitCode, 0);

    // A 9:16 PNG for the feed: refused before anything is uploaded or created, with the way out.
    QImage tall(1080, 1920, QImage::Format_RGB32);
    tall.fill(Qt::darkMagenta);
    const QString path = m_dir->filePath(u"Tall Poster.png"_s);
    QVERIFY(tall.save(path, "PNG"));
    Run run = cli({u"publish"_s, u"image"_s, u"--image"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--fit"_s), qPrintable(run.err));
    QVERIFY(m_server->hostedFiles().isEmpty());
    QCOMPARE(m_server->containerCount(), 0);

    // Cropped to 4:5 and sent as a JPEG.
    run = cli({u"--json"_s, u"publish"_s, u"image"_s, u"--image"_s, path, u"--fit"_s, u"crop"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto files = m_server->hostedFiles();
    QCOMPARE(files.size(), 1);
    QVERIFY(files.cbegin().key().endsWith(u"-Tall-Poster.jpg"_s));
    QImage sent;
    QVERIFY(sent.loadFromData(files.cbegin().value(), "JPEG"));
    QCOMPARE(sent.size(), QSize(1080, 1350));
    QCOMPARE(m_server->publishCount(), 1);
    // The converted copy does not stay in the data folder.
    const QDir work(m_dir->filePath(u"publish-media"_s));
    QVERIFY(work.exists());
    QVERIFY(work.isEmpty());
}

void TestPublishCli::testS3HostSettings()
{
    // The kind decides which settings the host needs; an S3 host without its bucket says so.
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.kind"_s, u"s3"_s}).exitCode, 0);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.s3_endpoint"_s, u"http://127.0.0.1:9"_s}).exitCode, 0);
    Run run = cli({u"media-host"_s, u"test"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"media_host.s3_bucket"_s), qPrintable(run.err));
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.kind"_s, u"ftp"_s}).exitCode, 2);
    QCOMPARE(cli({u"config"_s, u"set"_s, u"media_host.s3_presign_hours"_s, u"200"_s}).exitCode, 2);
    QCOMPARE(cli({u"config"_s, u"reset"_s, u"media_host.kind"_s}).exitCode, 0);
}

void TestPublishCli::testConnectWithBrowserChecksState()
{
    qputenv("REELPULSE_OAUTH_URL", m_server->baseUrl().toUtf8());
    QCOMPARE(cli({u"accounts"_s, u"connect"_s, u"--no-browser"_s}).exitCode, 2); // no app id yet
    QCOMPARE(cli({u"config"_s, u"set"_s, u"publish.app_id"_s, u"990602627938098"_s}).exitCode, 0);
    QFile secret(m_dir->filePath(u"secret.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("app-secret\n");
    secret.close();
    QCOMPARE(cli({u"accounts"_s, u"app-secret"_s, u"--secret-file"_s, secret.fileName()}).exitCode, 0);

    QProcess *process =
        startCli({u"--json"_s, u"accounts"_s, u"connect"_s, u"--no-browser"_s, u"--timeout"_s, u"60"_s});
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += process->readAllStandardError();
            return err.contains("state=");
        },
        30000));
    QUrl authorize;
    for (const QByteArray &lineText : err.split('\n')) {
        if (lineText.startsWith("http"))
            authorize = QUrl::fromEncoded(lineText.trimmed());
    }
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"990602627938098"_s);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    auto visit = [redirect](const QString &queryText) {
        QTcpSocket socket;
        socket.connectToHost(redirect.host(), quint16(redirect.port()));
        if (!socket.waitForConnected(5000))
            return QByteArray();
        socket.write("GET " + redirect.path().toLatin1() + '?' + queryText.toLatin1() +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(5000))
            answer += socket.readAll();
        return answer;
    };
    QVERIFY(visit(u"code=good-code&state=forged"_s).contains("200 OK"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += process->readAllStandardError();
            return err.contains("state does not match");
        },
        10000));
    QCOMPARE(m_server->requestCount("POST", u"/oauth/access_token"_s), 0);
    visit(u"code=good-code&state="_s + query.queryItemValue(u"state"_s));
    QVERIFY(process->waitForFinished(30000));
    const QByteArray out = process->readAllStandardOutput();
    QVERIFY2(process->exitCode() == 0, QByteArray(err + process->readAllStandardError()).constData());
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"account_name"_s).toString(), u"john_doe"_s);
    const auto exchange = m_server->requestsTo("POST", u"/oauth/access_token"_s);
    QCOMPARE(exchange.size(), 1);
    QCOMPARE(exchange.first().param(u"client_secret"_s), u"app-secret"_s);
    QCOMPARE(exchange.first().param(u"redirect_uri"_s), redirect.toString());
    QCOMPARE(cli({u"--json"_s, u"accounts"_s, u"list"_s}).array().size(), 1);
    qunsetenv("REELPULSE_OAUTH_URL");
}

QTEST_GUILESS_MAIN(TestPublishCli)
#include "testPublishCli.moc"
