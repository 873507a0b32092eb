// The rate governor across processes: reelpulse-cli runs against the fake Instagram and TikTok servers on
// one data folder, alone or two at once, and `reelpulse-cli governor status|resume`.

#include "FakePlatformServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using reelpulse::test::FakeFault;
using reelpulse::test::FakePlatformServer;
using reelpulse::test::FakeRequest;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 elapsedMs = 0;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString all() const { return QString::fromUtf8(out) + err; }
};

/// The query type the governor gives a request the fake server saw (see StrategyRunner::queryType()).
QString queryTypeOf(const FakeRequest &request)
{
    if (request.path.startsWith(u"/graphql/query"_s)) {
        const QString id = request.param(u"doc_id"_s);
        return u"graphql:"_s + (id.isEmpty() ? request.param(u"query_hash"_s) : id);
    }
    static const QList<QPair<QRegularExpression, QString>> types{
        {QRegularExpression(u"^/api/v1/media/\\d+/info/"_s), u"media_info"_s},
        {QRegularExpression(u"^/api/v1/media/\\d+/comments/"_s), u"media_comments"_s},
        {QRegularExpression(u"^/api/v1/users/web_profile_info/"_s), u"web_profile_info"_s},
        {QRegularExpression(u"^/api/v1/feed/user/"_s), u"feed_user"_s},
        {QRegularExpression(u"^/p/[^/]+/"_s), u"post_json"_s},
        {QRegularExpression(u"^/@_/video/"_s), u"video_page_any_author"_s},
        {QRegularExpression(u"^/@[^/]+/video/"_s), u"video_page"_s},
        {QRegularExpression(u"^/api/comment/list/"_s), u"comment_list"_s},
    };
    for (const auto &[pattern, type] : types) {
        if (pattern.match(request.path).hasMatch())
            return type;
    }
    return u"profile_page"_s;
}

QHash<QString, int> countByQueryType(const FakePlatformServer &server)
{
    QHash<QString, int> counts;
    for (const FakeRequest &request : server.requests())
        ++counts[queryTypeOf(request)];
    return counts;
}

QString describe(const QHash<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << u"%1=%2"_s.arg(it.key()).arg(it.value());
    parts.sort();
    return parts.join(u", "_s);
}

} // namespace

class TestGovernorCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testTwoProcessesNeverSpendTheBudgetTwice();
    void testCheckpointStopsInstagramUntilResumed();
    void testLongWaitIsReportedNotSlept();
    void testUsageErrors();

private:
    QProcessEnvironment environment() const;
    QProcess *start(const QStringList &args);
    Run finish(QProcess *process);
    Run cli(const QStringList &args);
    QString addReel(const QString &shortcode);
    QString addTikTokVideo(const QString &id);
    void makeEverythingDue();
    QList<QPair<QString, int>> loggedRequests();
    QJsonObject identityStatus(const QString &identity);
    QString instagramIdentity() const;

    std::unique_ptr<FakePlatformServer> m_instagram;
    std::unique_ptr<FakePlatformServer> m_tiktok;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGovernorCli::initTestCase()
{
    m_instagram = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    m_instagram->installInstagramRoutes();
    QVERIFY(m_instagram->start());
    m_tiktok = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    m_tiktok->installTikTokRoutes();
    QVERIFY(m_tiktok->start());
}

void TestGovernorCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (FakePlatformServer *server : {m_instagram.get(), m_tiktok.get()}) {
        server->clearInjections();
        server->clearRequests();
    }
    QCOMPARE(cli({u"config"_s, u"set"_s, u"governor.jitter_max_ms"_s, u"0"_s}).exitCode, 0);
    QCOMPARE(cli({u"projects"_s, u"add"_s, u"p"_s}).exitCode, 0);
}

QProcessEnvironment TestGovernorCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_INSTAGRAM_URL"_s, m_instagram->baseUrl());
    env.insert(u"REELPULSE_TIKTOK_URL"_s, m_tiktok->baseUrl());
    return env;
}

QProcess *TestGovernorCli::start(const QStringList &args)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    process->setProgram(QStringLiteral(REELPULSE_CLI_PATH));
    process->setArguments(QStringList{u"--data-dir"_s, m_dir->path()} + args);
    process->start();
    return process;
}

Run TestGovernorCli::finish(QProcess *process)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    if (!process->waitForFinished(180'000)) {
        process->kill();
        process->waitForFinished();
    } else {
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }
    run.out = process->readAllStandardOutput();
    run.err = QString::fromUtf8(process->readAllStandardError());
    run.elapsedMs = timer.elapsed();
    process->deleteLater();
    return run;
}

Run TestGovernorCli::cli(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    Run run = finish(start(args));
    run.elapsedMs = timer.elapsed();
    return run;
}

QString TestGovernorCli::addReel(const QString &shortcode)
{
    return cli({u"reels"_s, u"add"_s, u"p"_s, shortcode, u"--json"_s}).json().value(u"_id"_s).toString();
}

QString TestGovernorCli::addTikTokVideo(const QString &id)
{
    return cli({u"videos"_s, u"add"_s, u"tiktok"_s, id, u"--json"_s})
        .json()
        .value(u"data"_s)
        .toObject()
        .value(u"id"_s)
        .toString();
}

void TestGovernorCli::makeEverythingDue()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"due"_s);
        db.setDatabaseName(m_dir->path() + u"/reelpulse.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE reel_tasks SET next_scrape_due = 1"_s));
        QVERIFY(q.exec(u"UPDATE video_tasks SET next_scrape_due = 2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"due"_s);
}

QList<QPair<QString, int>> TestGovernorCli::loggedRequests()
{
    QList<QPair<QString, int>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"log"_s);
        db.setDatabaseName(m_dir->path() + u"/reelpulse.sqlite"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT identity || ' ' || query_type, count(*) FROM request_log GROUP BY 1 ORDER BY 1"_s)) {
                while (q.next())
                    rows.append({q.value(0).toString(), q.value(1).toInt()});
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"log"_s);
    return rows;
}

QString TestGovernorCli::instagramIdentity() const
{
    return u"127.0.0.1:%1#anonymous"_s.arg(m_instagram->port());
}

QJsonObject TestGovernorCli::identityStatus(const QString &identity)
{
    const Run status = cli({u"governor"_s, u"status"_s, u"--json"_s});
    if (status.exitCode != 0)
        return {};
    for (const QJsonValue &entry : status.json().value(u"identities"_s).toArray()) {
        if (entry.toObject().value(u"identity"_s).toString() == identity)
            return entry.toObject();
    }
    return {};
}

void TestGovernorCli::testTwoProcessesNeverSpendTheBudgetTwice()
{
    constexpr int Budget = 6;
    QCOMPARE(cli({u"config"_s, u"set"_s, u"governor.requests_per_window"_s, QString::number(Budget)}).exitCode, 0);
    // Real posts and posts the server does not know (each unknown one walks all three post strategies).
    for (const QString &shortcode :
         {u"DFp17y5MymE"_s, u"CSTg-0FH89e"_s, u"CA_ifcxMjFR"_s, u"CAnqPB-Jzcj"_s, u"CAAAAAAAAAA"_s, u"CBBBBBBBBBB"_s,
          u"CCCCCCCCCCC"_s, u"CDDDDDDDDDD"_s, u"CEEEEEEEEEE"_s, u"CFFFFFFFFFF"_s})
        QVERIFY(!addReel(shortcode).isEmpty());
    for (const QString &video :
         {u"7603296357641735445"_s, u"7600000000000000001"_s, u"7600000000000000002"_s, u"7600000000000000003"_s,
          u"7600000000000000004"_s, u"7600000000000000005"_s, u"7600000000000000006"_s, u"7600000000000000007"_s})
        QVERIFY(!addTikTokVideo(video).isEmpty());
    makeEverythingDue();

    // Two processes scrape the same due tasks at once, through one budget.
    QProcess *first = start({u"scrape"_s, u"--due"_s, u"--json"_s});
    QProcess *second = start({u"scrape"_s, u"--due"_s, u"--json"_s});
    const Run a = finish(first);
    const Run b = finish(second);
    for (const Run *run : {&a, &b}) {
        QVERIFY2(run->exitCode == 0 || run->exitCode == 1, qPrintable(run->all()));
        QVERIFY2(!run->all().contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(run->all()));
        QVERIFY2(!run->all().contains(u"busy"_s, Qt::CaseInsensitive), qPrintable(run->all()));
        QVERIFY2(run->elapsedMs < 120'000, qPrintable(QString::number(run->elapsedMs)));
    }

    // What the platforms saw: never more of one query type than the budget, on either platform.
    const QHash<QString, int> instagram = countByQueryType(*m_instagram);
    const QHash<QString, int> tiktok = countByQueryType(*m_tiktok);
    qInfo("Instagram saw %s; TikTok saw %s", qPrintable(describe(instagram)), qPrintable(describe(tiktok)));
    for (const QHash<QString, int> *seen : {&instagram, &tiktok}) {
        for (auto it = seen->constBegin(); it != seen->constEnd(); ++it)
            QVERIFY2(it.value() <= Budget, qPrintable(u"%1: %2 requests"_s.arg(it.key()).arg(it.value())));
    }
    // The budget was reached on both platforms (the test exercised it).
    QCOMPARE(*std::max_element(instagram.cbegin(), instagram.cend()), Budget);
    QCOMPARE(*std::max_element(tiktok.cbegin(), tiktok.cend()), Budget);
    // Every request the servers saw is in the shared log, and the log keeps to the budget as well.
    int logged = 0;
    for (const auto &[key, count] : loggedRequests()) {
        QVERIFY2(count <= Budget, qPrintable(u"%1: %2"_s.arg(key).arg(count)));
        logged += count;
    }
    QCOMPARE(logged, m_instagram->requestCount() + m_tiktok->requestCount());
    // The process that met the used-up budget said so, with when to retry, and did not wait for it.
    bool reported = false;
    QList<int> requestsOf;
    for (const Run *run : {&a, &b}) {
        requestsOf.append(0);
        for (const QJsonValue &task : run->json().value(u"response"_s).toObject().value(u"tasks"_s).toArray()) {
            const QJsonObject t = task.toObject();
            requestsOf.last() += t.value(u"requests"_s).toInt();
            if (t.value(u"class"_s).toString() == u"rate_limited"_s) {
                reported = true;
                QVERIFY2(t.value(u"retry_at"_s).isString(), qPrintable(run->all()));
            }
        }
    }
    QVERIFY2(reported, qPrintable(a.all() + b.all()));
    qInfo("the processes made %d and %d request(s)", requestsOf.at(0), requestsOf.at(1));
}

void TestGovernorCli::testCheckpointStopsInstagramUntilResumed()
{
    const QString reel = addReel(u"DFp17y5MymE"_s);
    QVERIFY(!reel.isEmpty());
    m_instagram->injectFault(FakeFault::Checkpoint);

    // The checkpoint answer stops Instagram.
    const Run stopped = cli({u"scrape"_s, reel, u"--json"_s});
    QCOMPARE(stopped.exitCode, 1);
    QCOMPARE(stopped.json().value(u"class"_s).toString(), u"checkpoint"_s);
    QCOMPARE(m_instagram->requestCount(), 1);

    // Further scrapes are refused without a request reaching the server.
    m_instagram->clearRequests();
    const Run refused = cli({u"scrape"_s, reel, u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.json().value(u"class"_s).toString(), u"checkpoint"_s);
    QCOMPARE(m_instagram->requestCount(), 0);

    // `governor status` shows the stop another process recorded, and why.
    const QJsonObject status = identityStatus(instagramIdentity());
    QCOMPARE(status.value(u"state"_s).toString(), u"checkpoint"_s);
    QVERIFY(status.value(u"platforms"_s).toArray().contains(u"instagram"_s));
    QVERIFY2(status.value(u"message"_s).toString().contains(u"security check"_s),
             qPrintable(status.value(u"message"_s).toString()));
    QVERIFY(status.value(u"until"_s).isNull());
    const Run text = cli({u"governor"_s, u"status"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("state:    checkpoint"), text.out.constData());

    // Resuming TikTok does not touch Instagram.
    const Run tiktok = cli({u"governor"_s, u"resume"_s, u"tiktok"_s, u"--json"_s});
    QCOMPARE(tiktok.exitCode, 0);
    QVERIFY(tiktok.json().value(u"resumed"_s).toArray().isEmpty());
    QCOMPARE(identityStatus(instagramIdentity()).value(u"state"_s).toString(), u"checkpoint"_s);

    // Resumed: the next scrape runs and succeeds.
    const Run resumed = cli({u"governor"_s, u"resume"_s, u"instagram"_s});
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY2(resumed.out.contains(instagramIdentity().toUtf8()), resumed.out.constData());
    QVERIFY2(resumed.out.contains("which was checkpoint"), resumed.out.constData());
    const Run again = cli({u"scrape"_s, reel, u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
    QCOMPARE(again.json().value(u"result"_s), QJsonValue(true));
    QVERIFY(m_instagram->requestCount() > 0);
    const QJsonObject after = identityStatus(instagramIdentity());
    QCOMPARE(after.value(u"state"_s).toString(), u"ok"_s);
    QVERIFY(!after.value(u"windows"_s).toArray().isEmpty()); // the requests of the current windows
    const Run nothing = cli({u"governor"_s, u"resume"_s});
    QVERIFY2(nothing.out.contains("Nothing was paused"), nothing.out.constData());
}

void TestGovernorCli::testLongWaitIsReportedNotSlept()
{
    // 429 with Retry-After: 120 used to be slept through silently. Now the scrape reports it at once
    // with when to retry, the other platform is still read, and `governor status` shows the pause.
    const QString reel = addReel(u"DFp17y5MymE"_s);
    const QString video = addTikTokVideo(u"7603296357641735445"_s);
    QVERIFY(!reel.isEmpty() && !video.isEmpty());
    makeEverythingDue();
    m_instagram->injectFault(FakeFault::RateLimitedRetryAfter, {}, 10);
    const Run due = cli({u"scrape"_s, u"--due"_s, u"--json"_s});
    QCOMPARE(due.exitCode, 1);
    QVERIFY2(due.elapsedMs < 60'000, qPrintable(QString::number(due.elapsedMs)));
    QCOMPARE(m_instagram->requestCount(), 1);
    const QJsonArray tasks = due.json().value(u"response"_s).toObject().value(u"tasks"_s).toArray();
    QCOMPARE(tasks.size(), 2);
    const QJsonObject limited = tasks.at(0).toObject();
    QCOMPARE(limited.value(u"class"_s).toString(), u"rate_limited"_s);
    QVERIFY(limited.value(u"retry_at"_s).isString());
    QCOMPARE(tasks.at(1).toObject().value(u"result"_s).toString(), u"stored"_s);

    const QJsonObject status = identityStatus(instagramIdentity());
    QCOMPARE(status.value(u"state"_s).toString(), u"rate_limited"_s);
    const QDateTime until = QDateTime::fromString(status.value(u"until"_s).toString(), Qt::ISODate);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(until);
    QVERIFY2(left > 60 && left <= 120, qPrintable(QString::number(left)));
}

void TestGovernorCli::testUsageErrors()
{
    QCOMPARE(cli({u"governor"_s}).exitCode, 0); // usage
    QCOMPARE(cli({u"governor"_s, u"pause"_s}).exitCode, 2);
    QCOMPARE(cli({u"governor"_s, u"status"_s, u"extra"_s}).exitCode, 2);
    QCOMPARE(cli({u"governor"_s, u"resume"_s, u"myspace"_s}).exitCode, 2);
    QCOMPARE(cli({u"governor"_s, u"resume"_s, u"instagram"_s, u"tiktok"_s}).exitCode, 2);
    const Run empty = cli({u"governor"_s, u"status"_s, u"--json"_s});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.json().value(u"identities"_s).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestGovernorCli)
#include "testGovernorCli.moc"
