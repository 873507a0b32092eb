#include "ActivityLogModel.h"
#include "CommentRescorer.h"
#include "CommentSentimentSection.h"
#include "FieldMessageLabel.h"
#include "MainWindow.h"
#include "ScrapeController.h"
#include "ScrapingWindowFixture.h"
#include "SettingsPage.h"
#include "domain/AppInfo.h"
#include "platform/Settings.h"
#include "scheduler/FakeSources.h"
#include "sentiment/CommentScorer.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/SentimentMode.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using sentiment::Mode;
using sentiment::ScoringReport;

/// Settings › Comment sentiment: the mode is kept and used by the scheduler, the count of comments not
/// scored in it, and re-scoring every comment in the background (progress, Cancel, manual labels kept).
class TestSentimentSettings final : public QObject, private testing::ScrapingWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testModeIsKeptAndScoresNewScrapes();
    void testSwitchingModeOffersARescoreThatRunsInTheBackground();
    void testCancelStopsTheRunAndKeepsWhatWasWritten();
    void testClosingTheWindowDuringARunStopsIt();

private:
    std::unique_ptr<MainWindow> openWindow();
    /// Stores `count` comments on one post of a video task, scores them in `mode`, and labels the
    /// first `manual` of them by hand (the opposite of what the engine said for emoji-only texts).
    void storeComments(int count, Mode mode, int manual);
    int countWhere(const QString &condition);
    /// Comments without a manual label whose stored label is not the one `mode` gives their text.
    int labelsDifferingFrom(Mode mode);
    static CommentSentimentSection *section(MainWindow *window);
    QStringList log(MainWindow *window) const;

    QList<qint64> m_manualIds;
};

void TestSentimentSettings::initTestCase()
{
    QVERIFY(useTemporarySettings());
}

void TestSentimentSettings::init()
{
    QVERIFY(openFreshStore());
    m_manualIds.clear();
}

void TestSentimentSettings::cleanup()
{
    closeStore();
}

std::unique_ptr<MainWindow> TestSentimentSettings::openWindow()
{
    ScrapeSetup setup;
    setup.sources = fake::factory(m_world);
    setup.pollIntervalMs = 60000;
    auto window = std::make_unique<MainWindow>(*m_service, m_dataDir->path(), std::move(setup));
    window->setCurrentSection(MainWindow::Section::Settings);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the main window was not shown");
    return window;
}

CommentSentimentSection *TestSentimentSettings::section(MainWindow *window)
{
    return window->settingsPage()->sentimentSection();
}

QStringList TestSentimentSettings::log(MainWindow *window) const
{
    QStringList lines;
    ActivityLogModel *activity = window->activityLog();
    for (int row = 0; row < activity->rowCount(); ++row)
        lines.append(activity->index(row).data(ActivityLogModel::MessageRole).toString());
    return lines;
}

void TestSentimentSettings::storeComments(int count, Mode mode, int manual)
{
    auto video = m_service->addVideo(Platform::Instagram, u"C0ffeeABCDE"_s);
    QVERIFY2(video.ok(), qPrintable(video.ok() ? QString() : video.error().message));
    ScrapeOutcome outcome;
    outcome.task = TaskRef{TaskKind::Video, video->id};
    outcome.scrapedAt = fake::at(1735000000);
    QList<Comment> comments;
    // Emoji-only comments: the reference engine finds them neutral, the social one does not.
    const QStringList texts = {u"🔥🔥🔥"_s, u"💔"_s, u"😍😍"_s, u"🤮"_s};
    for (int i = 0; i < count; ++i) {
        Comment c;
        c.id = u"c%1"_s.arg(i);
        c.text = texts.at(i % texts.size());
        c.authorUsername = u"fan%1"_s.arg(i);
        c.createdAt = fake::at(1734000000 + i);
        comments.append(c);
    }
    outcome.posts.append(ScrapedPost{fake::post(u"C0ffeeABCDE"_s, 1734000000), comments});
    ScrapeStore store(*m_database);
    QVERIFY(store.recordSuccess(outcome).ok());
    auto scored = sentiment::CommentScorer::score(*m_database, mode, false, 500, nullptr, {});
    QVERIFY(scored.ok());
    QCOMPARE(scored->scored, count);

    sentiment::CommentSentimentStore sentiments(m_database->connection());
    QSqlQuery q(m_database->connection());
    QVERIFY(q.exec(u"SELECT id FROM comments ORDER BY id LIMIT %1"_s.arg(manual)));
    while (q.next())
        m_manualIds.append(q.value(0).toLongLong());
    for (qint64 id : std::as_const(m_manualIds))
        QVERIFY(sentiments.setManualLabel(id, sentiment::Label::Negative).ok());
}

int TestSentimentSettings::countWhere(const QString &condition)
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"SELECT count(*) FROM comments WHERE "_s + condition) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int TestSentimentSettings::labelsDifferingFrom(Mode mode)
{
    const auto &analyzer = sentiment::SentimentAnalyzer::instance(mode);
    QSqlQuery q(m_database->connection());
    if (!q.exec(u"SELECT text, sentiment_label FROM comments WHERE sentiment_manual = 0"_s))
        return -1;
    int differing = 0;
    while (q.next()) {
        if (sentiment::labelName(analyzer.score(q.value(0).toString()).label) != q.value(1).toString())
            ++differing;
    }
    return differing;
}

void TestSentimentSettings::testModeIsKeptAndScoresNewScrapes()
{
    const QString reference = sentiment::SentimentAnalyzer::engineVersion(Mode::Reference);
    const QString social = sentiment::SentimentAnalyzer::engineVersion(Mode::Social);
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    QVERIFY(reel.ok());
    m_world->posts.insert(u"C0ABCdefGHI"_s, fake::post(u"C0ABCdefGHI"_s, 1734000000));
    m_world->commentsOf.insert(u"C0ABCdefGHI"_s, fake::comments(u"C0ABCdefGHI"_s, 30));

    auto window = openWindow();
    CommentSentimentSection *settings = section(window.get());
    QComboBox *mode = settings->modeComboBox();
    QCOMPARE(Mode(mode->currentData().toInt()), Mode::Social); // the default
    QCOMPARE(commentSentimentMode(m_dataDir->path()), Mode::Social);

    // Reference, chosen before the scheduler starts: the first scrape's comments are scored so.
    mode->setCurrentIndex(mode->findData(int(Mode::Reference)));
    QCOMPARE(Settings(m_dataDir->path()).sentimentMode(), u"reference"_s);
    QCOMPARE(window->scrapeController()->sentimentMode(), Mode::Reference);
    QVERIFY(log(window.get()).filter(u"Reference"_s).size() == 1);
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy started(scrape, &ScrapeController::started);
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    scrape->start();
    QTRY_COMPARE(started.size(), 1);
    scrape->scrapeNow({TaskRef{TaskKind::Reel, reel->id}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const int stored = countWhere(u"1"_s);
    QVERIFY(stored >= 30);
    QCOMPARE(countWhere(u"sentiment_engine = '%1'"_s.arg(reference)), stored);

    // Social, chosen while the scheduler runs: the next scrape scores in it.
    mode->setCurrentIndex(mode->findData(int(Mode::Social)));
    QCOMPARE(Settings(m_dataDir->path()).sentimentMode(), u"social"_s);
    scrape->scrapeNow({TaskRef{TaskKind::Reel, reel->id}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QCOMPARE(countWhere(u"sentiment_engine = '%1'"_s.arg(social)), stored);
    scrape->stop();

    // The next start reads the kept mode.
    window.reset();
    QVERIFY(Settings(m_dataDir->path()).set(u"sentiment.mode"_s, u"reference"_s).ok());
    window = openWindow();
    QCOMPARE(Mode(section(window.get())->modeComboBox()->currentData().toInt()), Mode::Reference);
    QCOMPARE(window->scrapeController()->sentimentMode(), Mode::Reference);
}

void TestSentimentSettings::testSwitchingModeOffersARescoreThatRunsInTheBackground()
{
    const QString social = sentiment::SentimentAnalyzer::engineVersion(Mode::Social);
    const QString reference = sentiment::SentimentAnalyzer::engineVersion(Mode::Reference);
    storeComments(400, Mode::Reference, 5);
    // Some of these comments get another label from the social engine (emoji carry sentiment there).
    const int differing = labelsDifferingFrom(Mode::Social);
    QVERIFY2(differing >= 99, qPrintable(QString::number(differing)));
    QVERIFY(Settings(m_dataDir->path()).set(u"sentiment.mode"_s, u"reference"_s).ok());

    auto window = openWindow();
    CommentSentimentSection *settings = section(window.get());
    QSignalSpy counted(settings, &CommentSentimentSection::pendingCountChanged);
    // Counted when the page was shown, in the background; the answer may arrive before the spy exists.
    QTRY_VERIFY(settings->pendingCount() >= 0);
    QCOMPARE(settings->pendingCount(), 0);
    QVERIFY(!settings->offer()->isVisible());
    QVERIFY(!settings->progressBar()->isVisible());
    QVERIFY(!settings->cancelButton()->isVisible());

    // Social: the count follows (manual labels are never pending) and the re-score is offered in place.
    counted.clear();
    settings->modeComboBox()->setCurrentIndex(settings->modeComboBox()->findData(int(Mode::Social)));
    QTRY_VERIFY(!counted.isEmpty());
    QCOMPARE(counted.last().first().toInt(), 395);
    QCOMPARE(settings->pendingLabel()->text(), u"395 comment(s)"_s);
    QVERIFY(settings->offer()->isVisible());
    QVERIFY(QApplication::activeModalWidget() == nullptr);

    settings->rescorer()->setBatchSize(50);
    QSignalSpy progress(settings->rescorer(), &CommentRescorer::progress);
    QSignalSpy finished(settings->rescorer(), &CommentRescorer::finished);
    QSignalSpy failed(settings->rescorer(), &CommentRescorer::failed);
    QSignalSpy rescored(settings, &CommentSentimentSection::rescored);
    QTest::mouseClick(settings->offerRescoreButton(), Qt::LeftButton);
    // The click returns at once: the work goes on in its own thread, the window stays usable.
    QVERIFY(settings->rescorer()->isRunning());
    QVERIFY(!settings->offer()->isVisible());
    QVERIFY(settings->progressBar()->isVisible());
    QVERIFY(settings->cancelButton()->isVisible());
    QVERIFY(!settings->rescoreButton()->isEnabled());
    QVERIFY(!settings->modeComboBox()->isEnabled());

    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 0);
    const auto report = finished.first().first().value<ScoringReport>();
    QVERIFY(!report.cancelled);
    QCOMPARE(report.scored, 395);
    QCOMPARE(report.manualKept, 5);
    QCOMPARE(progress.size(), 8); // 395 comments in batches of 50
    QCOMPARE(progress.last().at(0).toInt(), 395);
    QCOMPARE(progress.last().at(1).toInt(), 395);
    QCOMPARE(rescored.size(), 1);

    // Every comment the engine labels is now scored socially, with the social engine's labels.
    QCOMPARE(countWhere(u"sentiment_manual = 0 AND sentiment_engine = '%1'"_s.arg(social)), 395);
    QCOMPARE(labelsDifferingFrom(Mode::Social), 0);
    // The labels set by hand are untouched: label, flag and the engine of the score they replaced.
    const QString manualIds = [this] {
        QStringList ids;
        for (qint64 id : std::as_const(m_manualIds))
            ids.append(QString::number(id));
        return ids.join(u',');
    }();
    QCOMPARE(countWhere(u"id IN (%1) AND sentiment_manual = 1 AND sentiment_label = 'negative' AND "
                        "sentiment_engine = '%2'"_s.arg(manualIds, reference)),
             5);

    QVERIFY(!settings->progressBar()->isVisible());
    QVERIFY(!settings->cancelButton()->isVisible());
    QVERIFY(settings->rescoreButton()->isEnabled());
    QVERIFY(settings->modeComboBox()->isEnabled());
    QVERIFY2(settings->messageLabel()->text().contains(u"395 comment(s) re-scored"_s),
             qPrintable(settings->messageLabel()->text()));
    QVERIFY(log(window.get()).filter(u"395 comment(s) re-scored"_s).size() == 1);
    QTRY_COMPARE(settings->pendingCount(), 0);
}

void TestSentimentSettings::testCancelStopsTheRunAndKeepsWhatWasWritten()
{
    const QString social = sentiment::SentimentAnalyzer::engineVersion(Mode::Social);
    storeComments(3000, Mode::Reference, 3);
    auto window = openWindow(); // Social, the default: everything but the manual labels is pending
    CommentSentimentSection *settings = section(window.get());
    QTRY_COMPARE(settings->pendingCount(), 2997);
    QVERIFY(!settings->offer()->isVisible()); // offered after a change of mode only

    settings->rescorer()->setBatchSize(1);
    QSignalSpy finished(settings->rescorer(), &CommentRescorer::finished);
    QSignalSpy progress(settings->rescorer(), &CommentRescorer::progress);
    QTest::mouseClick(settings->rescoreButton(), Qt::LeftButton);
    QVERIFY(settings->rescorer()->isRunning());
    QVERIFY(progress.wait(20000));
    QVERIFY(settings->progressBar()->maximum() == 2997);
    QTest::mouseClick(settings->cancelButton(), Qt::LeftButton);
    QVERIFY(!settings->cancelButton()->isEnabled());
    QVERIFY(finished.wait(20000));

    const auto report = finished.first().first().value<ScoringReport>();
    QVERIFY(report.cancelled);
    QVERIFY2(report.scored > 0 && report.scored < 2997, qPrintable(QString::number(report.scored)));
    // The batches written before the cancel stay; the rest keep their reference scores.
    QCOMPARE(countWhere(u"sentiment_engine = '%1'"_s.arg(social)), report.scored);
    QVERIFY(settings->messageLabel()->text().contains(u"stopped"_s));
    QTRY_COMPARE(settings->pendingCount(), 2997 - report.scored);
    QVERIFY(settings->rescoreButton()->isEnabled());
    QVERIFY(!settings->progressBar()->isVisible());

    // Asked to cancel at once, likely before its run even began (which clears a scorer's own flag):
    // the run still stops early.
    finished.clear();
    settings->rescorer()->setBatchSize(2);
    settings->rescoreAll();
    settings->cancelRescore();
    QVERIFY(finished.wait(20000));
    const auto early = finished.first().first().value<ScoringReport>();
    QVERIFY(early.cancelled);
    QVERIFY2(early.scored < 2997 - report.scored, qPrintable(QString::number(early.scored)));
}

void TestSentimentSettings::testClosingTheWindowDuringARunStopsIt()
{
    storeComments(3000, Mode::Reference, 0);
    auto window = openWindow();
    CommentSentimentSection *settings = section(window.get());
    settings->rescorer()->setBatchSize(2);
    settings->rescoreAll();
    QVERIFY(settings->rescorer()->isRunning());
    QElapsedTimer closing;
    closing.start();
    window.reset(); // cancels and waits for the batch in hand
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    // Whole batches only: every comment is scored by one engine or the other, none half-written.
    const int social =
        countWhere(u"sentiment_engine = '%1'"_s.arg(sentiment::SentimentAnalyzer::engineVersion(Mode::Social)));
    QVERIFY2(social < 3000, qPrintable(QString::number(social)));
    QCOMPARE(social % 2, 0);
    QCOMPARE(countWhere(u"sentiment_label IS NULL"_s), 0);
}

QTEST_MAIN(TestSentimentSettings)
#include "testSentimentSettings.moc"
