// The app's scheduler thread and `reelpulse-cli scrape --due` make the same decisions: one table of scenarios
// (what the fake Instagram and TikTok servers answer), each run once by the CLI as a process and once by the
// app's Scheduler on an identical store; both must give the expected outcome for every task.
#include "FakePlatformServer.h"
#include "auth/InMemorySecretStore.h"
#include "platform/Settings.h"
#include "services/Scheduler.h"
#include "services/ScrapeEnvironment.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::test::FakeFault;
using reelpulse::test::FakePlatformServer;

namespace {

/// "stored", "stored, comments unavailable", "failed rate_limited", "skipped" … by task label.
using Outcomes = QMap<QString, QString>;

const QString ReelA = u"reel DFp17y5MymE"_s;
const QString ReelB = u"reel CSTg-0FH89e"_s;
const QString Video = u"tiktok 7603296357641735445"_s;

} // namespace

class TestDuePassParity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testSameDecisions_data();
    void testSameDecisions();

private:
    QString makeStore(QTemporaryDir &dir);
    void inject(const QString &scenario);
    Outcomes runCli(const QString &dataDir);
    Outcomes runApp(const QString &dataDir);

    std::unique_ptr<FakePlatformServer> m_instagram;
    std::unique_ptr<FakePlatformServer> m_tiktok;
};

void TestDuePassParity::initTestCase()
{
    qRegisterMetaType<reelpulse::TaskKind>("reelpulse::TaskKind");
    qRegisterMetaType<reelpulse::FailureClass>("reelpulse::FailureClass");
    qRegisterMetaType<reelpulse::ScrapeReport>("reelpulse::ScrapeReport");
    m_instagram = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    m_instagram->installInstagramRoutes();
    QVERIFY(m_instagram->start());
    m_tiktok = std::make_unique<FakePlatformServer>(QStringLiteral(REELPULSE_TEST_DATA "/fixtures"));
    m_tiktok->installTikTokRoutes();
    QVERIFY(m_tiktok->start());
    // The app's readers in this process go to the same servers as the CLI's.
    qputenv("REELPULSE_INSTAGRAM_URL", m_instagram->baseUrl().toUtf8());
    qputenv("REELPULSE_TIKTOK_URL", m_tiktok->baseUrl().toUtf8());
}

void TestDuePassParity::cleanupTestCase()
{
    qunsetenv("REELPULSE_INSTAGRAM_URL");
    qunsetenv("REELPULSE_TIKTOK_URL");
}

QString TestDuePassParity::makeStore(QTemporaryDir &dir)
{
    {
        auto db = Database::open(dir.path());
        if (!db.ok())
            return db.error().message;
        TrackingService tracking(*db.value());
        if (!tracking.addProject(u"launch"_s).ok() || !tracking.addReel(u"launch"_s, u"DFp17y5MymE"_s).ok() ||
            !tracking.addReel(u"launch"_s, u"CSTg-0FH89e"_s).ok() ||
            !tracking.addVideo(Platform::TikTok, u"https://www.tiktok.com/@someone/video/7603296357641735445"_s).ok())
            return u"could not add the tasks"_s;
        // Due in a fixed order: reel A, then the TikTok video, then reel B.
        QSqlQuery q(db.value()->connection());
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 3600;
        if (!q.exec(u"UPDATE reel_tasks SET next_scrape_due = %1 WHERE shortcode = 'DFp17y5MymE'"_s.arg(past)) ||
            !q.exec(u"UPDATE video_tasks SET next_scrape_due = %1"_s.arg(past + 10)) ||
            !q.exec(u"UPDATE reel_tasks SET next_scrape_due = %1 WHERE shortcode = 'CSTg-0FH89e'"_s.arg(past + 20)))
            return u"could not set the due times"_s;
    }
    Settings settings(dir.path());
    if (!settings.set(u"governor.jitter_max_ms"_s, u"0"_s).ok())
        return u"could not write the settings"_s;
    return {};
}

void TestDuePassParity::inject(const QString &scenario)
{
    m_instagram->clearInjections();
    m_tiktok->clearInjections();
    if (scenario == u"instagram rate limited")
        m_instagram->injectFault(FakeFault::RateLimitedRetryAfter, {}, 50);
    else if (scenario == u"instagram checkpoint")
        m_instagram->injectFault(FakeFault::Checkpoint, {}, 50);
    else if (scenario == u"tiktok comments walled")
        m_tiktok->injectFault(FakeFault::HtmlInsteadOfJson, u"/api/comment/list/"_s, 50);
    else if (scenario == u"tiktok down")
        m_tiktok->injectFault(FakeFault::ServerError, {}, 50);
}

Outcomes TestDuePassParity::runCli(const QString &dataDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REELPULSE_INSTAGRAM_URL"_s, m_instagram->baseUrl());
    env.insert(u"REELPULSE_TIKTOK_URL"_s, m_tiktok->baseUrl());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REELPULSE_CLI_PATH), {u"--data-dir"_s, dataDir, u"--json"_s, u"scrape"_s, u"--due"_s});
    if (!p.waitForFinished(120000))
        return {{u"error"_s, u"the CLI did not finish"_s}};
    Outcomes outcomes;
    const QJsonArray tasks =
        QJsonDocument::fromJson(p.readAllStandardOutput()).object()[u"response"_s][u"tasks"_s].toArray();
    for (const QJsonValue &t : tasks) {
        const QString result = t[u"result"_s].toString();
        QString outcome = result;
        if (result == u"failed")
            outcome += u' ' + t[u"class"_s].toString();
        else if (result == u"stored" && t[u"comments"_s].isObject())
            outcome += u", comments unavailable"_s;
        outcomes.insert(t[u"label"_s].toString(), outcome);
    }
    return outcomes;
}

Outcomes TestDuePassParity::runApp(const QString &dataDir)
{
    ScrapeEnvironment::Overrides overrides;
    overrides.secrets = std::make_shared<InMemorySecretStore>();
    ScrapeEnvironment environment(dataDir, overrides);
    ScrapeWorker::Config config;
    config.databaseFile = dataDir + u"/reelpulse.sqlite"_s;
    config.dataDir = dataDir;
    config.sources = environment.sources();
    Scheduler scheduler(config);
    QSignalSpy reports(&scheduler, &Scheduler::reportReady);
    QSignalSpy skipped(&scheduler, &Scheduler::taskSkipped);
    QSignalSpy idle(&scheduler, &Scheduler::idle);
    scheduler.start();
    if (!QTest::qWaitFor([&] { return !idle.isEmpty(); }, 120000))
        return {{u"error"_s, u"the scheduler did not go idle"_s}};
    scheduler.stop();

    auto db = Database::open(dataDir);
    TrackingService tracking(*db.value());
    Outcomes outcomes;
    for (const QList<QVariant> &args : reports) {
        const auto report = args.at(0).value<ScrapeReport>();
        QString outcome = report.result == ScrapeReport::Result::Stored    ? u"stored"_s
                          : report.result == ScrapeReport::Result::Failed  ? u"failed"_s
                          : report.result == ScrapeReport::Result::Skipped ? u"skipped"_s
                                                                           : u"error"_s;
        if (report.failure)
            outcome += u' ' + failureClassName(report.failure->cls);
        if (report.commentsFailure)
            outcome += u", comments unavailable"_s;
        outcomes.insert(report.label, outcome);
    }
    for (const QList<QVariant> &args : skipped) {
        const QString id = args.at(1).toString();
        QString label = id;
        if (auto reel = tracking.reel(id); reel.ok())
            label = u"reel "_s + reel->shortcode;
        else if (auto video = tracking.video(id); video.ok())
            label = u"tiktok "_s + video->externalId;
        outcomes.insert(label, u"skipped"_s);
    }
    return outcomes;
}

void TestDuePassParity::testSameDecisions_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Outcomes>("expected");
    QTest::newRow("everything answers") << u"everything answers"_s
                                        << Outcomes{{ReelA, u"stored"_s}, {Video, u"stored"_s}, {ReelB, u"stored"_s}};
    // Instagram asks to wait: its other task stays for the next pass, TikTok goes on.
    QTest::newRow("instagram rate limited")
        << u"instagram rate limited"_s
        << Outcomes{{ReelA, u"failed rate_limited"_s}, {Video, u"stored"_s}, {ReelB, u"skipped"_s}};
    QTest::newRow("instagram checkpoint")
        << u"instagram checkpoint"_s
        << Outcomes{{ReelA, u"failed checkpoint"_s}, {Video, u"stored"_s}, {ReelB, u"skipped"_s}};
    // What was read is kept when only the comments are walled.
    QTest::newRow("tiktok comments walled")
        << u"tiktok comments walled"_s
        << Outcomes{{ReelA, u"stored"_s}, {Video, u"stored, comments unavailable"_s}, {ReelB, u"stored"_s}};
    // A server error is the task's failure, not a reason to hold back the platform's other tasks.
    QTest::newRow("tiktok down") << u"tiktok down"_s
                                 << Outcomes{{ReelA, u"stored"_s}, {Video, u"failed network"_s}, {ReelB, u"stored"_s}};
}

void TestDuePassParity::testSameDecisions()
{
    QFETCH(QString, scenario);
    QFETCH(Outcomes, expected);
    QTemporaryDir cliDir;
    QTemporaryDir appDir;
    QCOMPARE(makeStore(cliDir), QString());
    QCOMPARE(makeStore(appDir), QString());

    inject(scenario);
    const Outcomes cli = runCli(cliDir.path());
    inject(scenario);
    const Outcomes app = runApp(appDir.path());
    m_instagram->clearInjections();
    m_tiktok->clearInjections();

    QCOMPARE(cli, expected);
    QCOMPARE(app, expected);
}

QTEST_GUILESS_MAIN(TestDuePassParity)
#include "testDuePassParity.moc"
