#include "ActivityLogModel.h"
#include "CommentsModel.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "ModelFormat.h"
#include "NeedsUserBanner.h"
#include "ProfileTasksModel.h"
#include "ProfilesPage.h"
#include "ReadingSection.h"
#include "ReelTasksModel.h"
#include "ReelsPage.h"
#include "ScrapeController.h"
#include "ScrapeStatusWidget.h"
#include "ScrapingWindowFixture.h"
#include "SettingsPage.h"
#include "TaskDetailPane.h"
#include "TaskItemsModel.h"
#include "TaskSortFilterModel.h"
#include "TaskTableView.h"
#include "domain/AppInfo.h"
#include "net/RateGovernor.h"
#include "platform/InstagramSession.h"
#include "scheduler/FakeSources.h"
#include "services/QueryService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include "platform/Settings.h"
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSemaphore>

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

/// The window scraping through the real Scheduler (its own thread) over fake platform readers:
/// Scrape Now, the pause switch, progress, the needs-you banner and the details pane.
class TestScraping final : public QObject, private testing::ScrapingWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testScrapeNowFillsTheRowWhilePaused();
    void testPauseStopsPickingDueTasks();
    void testProgressInStatusBarAndRow();
    void testCheckpointShowsBannerUntilSignedIn();
    void testDetailsListPostsAndLoadCommentsLazily();
    void testGovernorStateInStatusBar();
    void testWaitsInStatusBarAndSkipsInLog();
    void testBannerResumeLiftsTheStopAndRetriesTheTask();
    void testSettingsListReadingStateAndResumeAStoppedPlatform();
    void testTheWindowWaitsForNoRead();

private:
    std::unique_ptr<MainWindow> openWindow();
    void makeDue(const QString &table, const QString &id, qint64 secondsAgo = 3600);
    static QString cell(TaskTableView *view, const QString &id, int column, int role = Qt::DisplayRole);
    static void selectTask(MainWindow *window, TaskPage *page, const QString &id);
    QStringList log(MainWindow *window) const;

    std::shared_ptr<RateGovernor> m_governor;
};

void TestScraping::initTestCase()
{
    QVERIFY(useTemporarySettings());
}

void TestScraping::init()
{
    QVERIFY(openFreshStore());
    m_governor.reset();
}

void TestScraping::cleanup()
{
    closeStore();
}

std::unique_ptr<MainWindow> TestScraping::openWindow()
{
    ScrapeSetup setup;
    setup.sources = fake::factory(m_world);
    setup.governor = m_governor;
    setup.pollIntervalMs = 60000;
    setup.governorRefreshMs = 500;
    auto window = std::make_unique<MainWindow>(*m_service, m_dataDir->path(), std::move(setup));
    window->setCurrentSection(MainWindow::Section::Profiles); // the window opens on the Overview
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window did not become active");
    if (!testing::waitForTaskTables(*window))
        qWarning("the task tables were not read");
    return window;
}

void TestScraping::makeDue(const QString &table, const QString &id, qint64 secondsAgo)
{
    QSqlQuery q(m_database->connection());
    q.prepare(u"UPDATE %1 SET next_scrape_due = ? WHERE id = ?"_s.arg(table));
    q.addBindValue(QDateTime::currentSecsSinceEpoch() - secondsAgo);
    q.addBindValue(id);
    QVERIFY(q.exec());
}

QString TestScraping::cell(TaskTableView *view, const QString &id, int column, int role)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(TaskTableModel::IdRole).toString() == id)
            return model->index(row, column).data(role).toString();
    return u"<no row>"_s;
}

void TestScraping::selectTask(MainWindow *window, TaskPage *page, const QString &id)
{
    page->selectId(id);
    page->view()->setFocus();
    window->activateWindow();
}

QStringList TestScraping::log(MainWindow *window) const
{
    QStringList lines;
    ActivityLogModel *activity = window->activityLog();
    for (int row = 0; row < activity->rowCount(); ++row)
        lines.append(activity->index(row).data(ActivityLogModel::MessageRole).toString());
    return lines;
}

void TestScraping::testScrapeNowFillsTheRowWhilePaused()
{
    m_world->addProfile(u"natgeo"_s, 3, 3, 5, 1735000000);
    m_world->profiles[u"natgeo"_s].followers = 283000000;
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    auto nasa = m_service->addProfile(u"nasa"_s, false);
    QVERIFY(natgeo.ok() && nasa.ok());
    makeDue(u"profile_tasks"_s, nasa->id); // due, but the pause switch keeps it waiting

    const auto window = openWindow();
    auto *pause = window->findChild<QAction *>(u"pauseAction"_s);
    auto *scrapeNow = window->findChild<QAction *>(u"scrapeNowAction"_s);
    QVERIFY(pause && scrapeNow);
    pause->trigger();
    QVERIFY(pause->isChecked());
    QVERIFY(Settings(m_dataDir->path()).schedulerPaused());

    ScrapeController *scrape = window->scrapeController();
    QSignalSpy started(scrape, &ScrapeController::started);
    QSignalSpy taskStarted(scrape, &ScrapeController::taskStarted);
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    scrape->start();
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(scrape->isPaused());

    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    QCOMPARE(cell(view, natgeo->id, ProfileTasksModel::FollowersColumn), u"–"_s);
    selectTask(window.get(), window->profilesPage(), natgeo->id);
    QVERIFY(scrapeNow->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().at(1).toString(), natgeo->id);

    // The row shows the stored metrics and status as soon as it is read again (taskFinished reloads it).
    QTRY_COMPARE(cell(view, natgeo->id, ProfileTasksModel::FollowersColumn), QLocale().toString(283000000));
    QCOMPARE(cell(view, natgeo->id, ProfileTasksModel::PostsColumn), QLocale().toString(3));
    QVERIFY(cell(view, natgeo->id, ProfileTasksModel::LastScrapedColumn) != u"never"_s);
    QCOMPARE(cell(view, natgeo->id, ProfileTasksModel::StatusColumn), u"Active"_s);
    QCOMPARE(cell(view, natgeo->id, 0, TaskTableModel::HealthRole).toInt(), int(modelformat::Health::Ok));
    QVERIFY(log(window.get()).filter(u"@natgeo: stored 3 post(s)"_s).size() == 1);

    // Its details: the posts, and above them the sentiment of every post's comments (from the stored counts).
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    TaskDetailPane *details = window->profilesPage()->detailPane();
    QVERIFY(details && details->isVisible());
    QTRY_COMPARE(details->itemsModel()->rowCount(), 3);
    QTRY_VERIFY2(details->taskSummaryLabel()->text().startsWith(u"All posts, "_s) &&
                     details->taskSummaryLabel()->text().contains(u"Overall"_s),
                 qPrintable(details->taskSummaryLabel()->text()));
    QVERIFY(!details->taskSummaryLabel()->isHidden());
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);

    // Paused: the due profile was not picked, only the forced one ran.
    QTest::qWait(300);
    QCOMPARE(taskStarted.size(), 1);
    QCOMPARE(cell(view, nasa->id, ProfileTasksModel::LastScrapedColumn), u"never"_s);
    QCOMPARE(window->scrapeStatus()->activityText(), u"Scraping paused"_s);
}

void TestScraping::testPauseStopsPickingDueTasks()
{
    m_world->addProfile(u"brand"_s, 2, 2, 3, 1735000000);
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    m_world->posts.insert(u"C0ABCdefGHI"_s, fake::post(u"C0ABCdefGHI"_s, 1734000000));
    auto brand = m_service->addProfile(u"brand"_s, false);
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    QVERIFY(brand.ok() && reel.ok());
    makeDue(u"profile_tasks"_s, brand->id);
    makeDue(u"reel_tasks"_s, reel->id);
    QVERIFY(Settings(m_dataDir->path()).setSchedulerPaused(true).ok()); // paused when ReelPulse quit last time

    const auto window = openWindow();
    auto *pause = window->findChild<QAction *>(u"pauseAction"_s);
    QVERIFY(pause->isChecked());
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy started(scrape, &ScrapeController::started);
    QSignalSpy taskStarted(scrape, &ScrapeController::taskStarted);
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    scrape->start();
    QTRY_COMPARE(started.size(), 1);
    QTest::qWait(500);
    QCOMPARE(taskStarted.size(), 0);

    // Resuming picks both due tasks; the setting follows the switch.
    pause->trigger();
    QVERIFY(!pause->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QVERIFY(!Settings(m_dataDir->path()).schedulerPaused());
    auto *reels = window->findChild<TaskTableView *>(u"reelsView"_s);
    QTRY_COMPARE(cell(reels, reel->id, ReelTasksModel::LikesColumn), QLocale().toString(100));
    QCOMPARE(cell(reels, reel->id, ReelTasksModel::ViewsColumn), QLocale().toString(1000));
    QVERIFY(log(window.get()).contains(u"Scraping resumed."_s));

    // The reel has no comments: its details say so instead of showing 0 %.
    window->setCurrentSection(MainWindow::Section::Reels);
    selectTask(window.get(), window->reelsPage(), reel->id);
    window->findChild<QAction *>(u"detailsAction"_s)->trigger();
    TaskDetailPane *details = window->reelsPage()->detailPane();
    QVERIFY(details && details->isVisible());
    QTRY_COMPARE(details->itemsModel()->rowCount(), 1);
    QTRY_COMPARE(details->summaryLabel()->text(), u"No comments yet."_s);
    QVERIFY(details->commentsModel()->overview().has_value());
    QCOMPARE(details->commentsModel()->totalCount(), 0);
    QVERIFY(details->taskSummaryLabel()->isHidden()); // a reel has one post: its summary is on the right
}

void TestScraping::testProgressInStatusBarAndRow()
{
    m_world->addProfile(u"natgeo"_s, 6, 6, 20, 1735000000);
    m_world->delayMs = 150; // every read takes a moment, so the progress can be seen
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    QVERIFY(natgeo.ok());
    const auto window = openWindow();
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    QSignalSpy progress(scrape, &ScrapeController::progress);

    selectTask(window.get(), window->profilesPage(), natgeo->id);
    window->scrapeSelected(); // starts the scheduler first
    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    ScrapeStatusWidget *status = window->scrapeStatus();
    QTRY_VERIFY_WITH_TIMEOUT(status->activityText().startsWith(u"Scraping @natgeo — comments"_s), 10000);
    QVERIFY(status->isBusy());
    QCOMPARE(cell(view, natgeo->id, ProfileTasksModel::StatusColumn), u"Scraping…"_s);
    QVERIFY(cell(view, natgeo->id, ProfileTasksModel::StatusColumn, Qt::ToolTipRole).contains(u"comments"_s));
    QVERIFY(window->findChild<QWidget *>(u"scrapeBusy"_s)->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(progress.size() >= 3);
    QTRY_COMPARE(cell(view, natgeo->id, ProfileTasksModel::StatusColumn), u"Active"_s);
    QVERIFY(!status->isBusy());
    QVERIFY(!window->findChild<QWidget *>(u"scrapeBusy"_s)->isVisible());
}

void TestScraping::testCheckpointShowsBannerUntilSignedIn()
{
    m_world->addProfile(u"natgeo"_s, 2, 2, 2, 1735000000);
    m_world->failures.insert(u"profile:natgeo"_s,
                             ScrapeFailure{FailureClass::Checkpoint, u"checkpoint_required"_s, 400, std::nullopt});
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    QVERIFY(natgeo.ok());
    const auto window = openWindow();
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy failed(scrape, &ScrapeController::taskFailed);
    QSignalSpy needsUser(scrape, &ScrapeController::needsUser);
    NeedsUserBanner *banner = window->needsUserBanner();
    QVERIFY(!banner->isVisible());

    scrape->scrapeNow({TaskRef{TaskKind::Profile, natgeo->id}});
    QTRY_COMPARE_WITH_TIMEOUT(needsUser.size(), 1, 15000);
    QCOMPARE(failed.size(), 1);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"security check"_s), qPrintable(banner->message()));
    QVERIFY(banner->signInButton()->isVisible());
    QVERIFY(log(window.get()).filter(u"Waiting for you"_s).size() == 1);
    // Only Instagram waits for the person: the scheduler itself is not paused.
    QVERIFY(!window->findChild<QAction *>(u"pauseAction"_s)->isChecked());
    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    QTRY_COMPARE(cell(view, natgeo->id, 0, TaskTableModel::HealthRole).toInt(), int(modelformat::Health::Failed));
    QVERIFY(cell(view, natgeo->id, ProfileTasksModel::StatusColumn, Qt::ToolTipRole).contains(u"security check"_s));

    // Dismiss hides it; the next one shows again.
    QTest::mouseClick(banner->dismissButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    scrape->scrapeNow({TaskRef{TaskKind::Profile, natgeo->id}});
    QTRY_COMPARE_WITH_TIMEOUT(needsUser.size(), 2, 15000);
    QVERIFY(banner->isVisible());

    // Signing in hides the banner and resumes the scraping that stopped for it.
    InstagramSession session;
    session.sessionId = u"4242424242%3Afakefakefakefake%3A7"_s;
    scrape->signInWithSession(session);
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(!window->findChild<QAction *>(u"pauseAction"_s)->isChecked());
    QCOMPARE(scrape->signedInAccount(), u"account 4242424242"_s);
}

void TestScraping::testDetailsListPostsAndLoadCommentsLazily()
{
    QVERIFY(m_service->addProject(u"Launch"_s).ok());
    m_world->posts.insert(u"C0ABCdefGHI"_s, fake::post(u"C0ABCdefGHI"_s, 1734000000));
    m_world->commentsOf.insert(u"C0ABCdefGHI"_s, fake::comments(u"C0ABCdefGHI"_s, 250));
    auto reel = m_service->addReel(u"Launch"_s, u"C0ABCdefGHI"_s);
    QVERIFY(reel.ok());
    const auto window = openWindow();
    window->setCurrentSection(MainWindow::Section::Reels);
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    scrape->scrapeNow({TaskRef{TaskKind::Reel, reel->id}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const int stored = finished.first().at(3).toInt(); // 200 comments and their replies
    QCOMPARE(stored, fake::flatCount(fake::comments(u"x"_s, 200)));

    // Ctrl+D shows the details of the selected reel.
    ReelsPage *page = window->reelsPage();
    selectTask(window.get(), page, reel->id);
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    TaskDetailPane *details = page->detailPane();
    QVERIFY(details);
    QVERIFY(details->isVisible());
    QCOMPARE(details->titleLabel()->text(), u"Reel C0ABCdefGHI"_s);
    QTRY_COMPARE(details->itemsModel()->rowCount(), 1);
    QCOMPARE(details->itemsModel()->index(0, TaskItemsModel::LikesColumn).data().toString(), QLocale().toString(100));
    QCOMPARE(details->itemsModel()->index(0, TaskItemsModel::PlaysColumn).data().toString(), QLocale().toString(2000));

    // The first page of comments only; scrolling down loads the next pages.
    CommentsModel *comments = details->commentsModel();
    QTRY_COMPARE(comments->totalCount(), stored);
    QTRY_COMPARE(comments->rowCount(), CommentsModel::PageSize);
    QTRY_VERIFY(!details->isLoading());
    QVERIFY2(details->commentsTitleLabel()->text().contains(QLocale().toString(stored)),
             qPrintable(details->commentsTitleLabel()->text()));
    QVERIFY(details->taskSummaryLabel()->isHidden()); // one post: its summary is the one on the right
    QTableView *commentsView = details->commentsView();
    commentsView->scrollToBottom();
    QTRY_COMPARE(comments->rowCount(), 2 * CommentsModel::PageSize);
    commentsView->scrollToBottom();
    QTRY_COMPARE(comments->rowCount(), stored);

    // The summary counts the scored comments (scored after the scrape in the scheduler's thread).
    const QString summary = details->summaryLabel()->text();
    QVERIFY2(summary.contains(u"Overall"_s) && summary.contains(u"positive"_s), qPrintable(summary));
    QVERIFY(!summary.contains(u"No comments yet"_s));
    // And the language mix of the comments (their words tell English; "ok 12" too short to tell).
    QVERIFY2(summary.contains(u"Languages: "_s) && summary.contains(u"English"_s), qPrintable(summary));

    // A comment's explanation highlights the words that carry its sentiment, escaped.
    int lovedRow = -1;
    for (int row = 0; row < comments->rowCount() && lovedRow < 0; ++row)
        if (comments->commentAt(row).text.startsWith(u"love this"_s))
            lovedRow = row;
    QVERIFY(lovedRow >= 0);
    commentsView->setCurrentIndex(comments->index(lovedRow, 0));
    const QString explanation = details->explanationLabel()->text();
    QVERIFY2(explanation.contains(u"background-color:#"_s) && explanation.contains(u">love</span>"_s),
             qPrintable(explanation));
    // It names the language the comment was read in, as the comment list does.
    QVERIFY2(explanation.contains(u"Language: English"_s), qPrintable(explanation));
    QCOMPARE(comments->index(lovedRow, CommentsModel::LanguageColumn).data().toString(), u"English"_s);

    // A picture of the window with the details, next to the test program, to look at.
    window->resize(1280, 860);
    QTest::qWait(100);
    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath(u"details-pane.png"_s);
    QVERIFY(window->grab().save(shot));
    qInfo("details pane: %s", qPrintable(shot));

    // Mark it negative by hand: shown as manual once the query thread wrote it, kept in the store, logged.
    QVERIFY(details->markNegativeAction()->isEnabled());
    const QString summaryBefore = details->summaryLabel()->text();
    details->markNegativeAction()->trigger();
    QTRY_COMPARE(comments->index(lovedRow, CommentsModel::SentimentColumn).data().toString(), u"negative (manual)"_s);
    QTRY_VERIFY(details->summaryLabel()->text() != summaryBefore); // one positive fewer, one negative more
    const qint64 commentId = comments->commentAt(lovedRow).rowId;
    QSqlQuery q(m_database->connection());
    q.prepare(u"SELECT sentiment_label, sentiment_manual FROM comments WHERE id = ?"_s);
    q.addBindValue(commentId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"negative"_s);
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(log(window.get()).filter(u"as negative"_s).size() == 1);
    QVERIFY(details->markAutomaticAction()->isEnabled());
    details->markAutomaticAction()->trigger();
    QTRY_COMPARE(comments->index(lovedRow, CommentsModel::SentimentColumn).data().toString(), u"positive"_s);
    QTRY_COMPARE(details->summaryLabel()->text(), summaryBefore);

    // A second scrape of the shown reel refreshes the pane in place.
    scrape->scrapeNow({TaskRef{TaskKind::Reel, reel->id}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QTRY_VERIFY(!details->isLoading());
    QCOMPARE(details->itemsModel()->rowCount(), 1);
    QCOMPARE(comments->rowCount(), stored);
    QCOMPARE(commentsView->currentIndex().row(), lovedRow); // the selection stays

    // Ctrl+D again hides the pane, and the choice is remembered.
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!details->isVisible());
}

void TestScraping::testGovernorStateInStatusBar()
{
    m_governor = std::make_shared<RateGovernor>();
    m_governor->setSleeper([](qint64, const CancelFlag *) { return true; }); // waits pass at once in a test
    const auto window = openWindow();
    ScrapeStatusWidget *status = window->scrapeStatus();
    QCOMPARE(status->governorText(), QString());

    // Instagram answers 429: the identity waits, and the status bar says for how long.
    const QString identity = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    (void)m_governor->run(identity, u"profile"_s, [] {
        return std::optional<ScrapeFailure>(ScrapeFailure{FailureClass::RateLimited, u"429"_s, 429, 600});
    });
    QTRY_VERIFY_WITH_TIMEOUT(status->governorText().startsWith(u"Instagram: Rate limited"_s), 5000);
    QVERIFY2(status->governorText().contains(u"resumes in"_s), qPrintable(status->governorText()));
    QCOMPARE(window->scrapeController()->governorPressure(), ScrapeController::Pressure::Waiting);

    m_governor->resetState(identity);
    QTRY_COMPARE_WITH_TIMEOUT(status->governorText(), QString(), 5000);
}

void TestScraping::testWaitsInStatusBarAndSkipsInLog()
{
    // Instagram answers the first task with a rate limit: its other due task is left for later, and the
    // status bar says until when Instagram waits.
    m_world->addProfile(u"natgeo"_s, 2, 2, 2, 1735000000);
    m_world->addProfile(u"nasa"_s, 2, 2, 2, 1735000000);
    m_world->failures.insert(u"profile:natgeo"_s, ScrapeFailure{FailureClass::RateLimited, u"429"_s, 429, 600});
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    auto nasa = m_service->addProfile(u"nasa"_s, false);
    QVERIFY(natgeo.ok() && nasa.ok());
    makeDue(u"profile_tasks"_s, natgeo->id, 7200); // first
    makeDue(u"profile_tasks"_s, nasa->id, 3600);
    const auto window = openWindow();
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy failed(scrape, &ScrapeController::taskFailed);
    QSignalSpy skipped(scrape, &ScrapeController::taskSkipped);
    scrape->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!skipped.isEmpty(), 15000);
    QCOMPARE(skipped.first().at(1).toString(), nasa->id);

    ScrapeStatusWidget *status = window->scrapeStatus();
    QTRY_VERIFY2(status->waitsText().startsWith(u"Instagram waits until"_s), qPrintable(status->waitsText()));
    QVERIFY2(status->waitsText().contains(u"rate limited"_s), qPrintable(status->waitsText()));
    QVERIFY(window->findChild<QWidget *>(u"scrapeWaits"_s)->isVisible());
    const QStringList lines = log(window.get()).filter(u"@nasa is left for later: Instagram waits until"_s);
    QVERIFY2(lines.size() == 1, qPrintable(log(window.get()).join(u'\n')));
    QCOMPARE(
        cell(window->findChild<TaskTableView *>(u"profilesView"_s), nasa->id, ProfileTasksModel::LastScrapedColumn),
        u"never"_s);

    // The same skip again (the next pass) is not logged twice.
    const int before = int(log(window.get()).size());
    emit scrape->taskSkipped(TaskKind::Profile, nasa->id, skipped.first().at(2).toString());
    QCOMPARE(int(log(window.get()).size()), before);
    scrape->stop();
}

namespace {

/// What the governor records when Instagram asks for a security check (the fake readers do not use it).
void stopWithCheckpoint(RateGovernor &governor, const QString &identity)
{
    (void)governor.run(identity, u"profile"_s, [] {
        return std::optional<ScrapeFailure>(
            ScrapeFailure{FailureClass::Checkpoint, u"checkpoint_required"_s, 400, std::nullopt});
    });
}

} // namespace

void TestScraping::testBannerResumeLiftsTheStopAndRetriesTheTask()
{
    m_governor = std::make_shared<RateGovernor>();
    m_governor->setSleeper([](qint64, const CancelFlag *) { return true; });
    const QString instagram = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    m_world->addProfile(u"natgeo"_s, 2, 2, 2, 1735000000);
    m_world->failures.insert(u"profile:natgeo"_s,
                             ScrapeFailure{FailureClass::Checkpoint, u"checkpoint_required"_s, 400, std::nullopt});
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    QVERIFY(natgeo.ok());
    const auto window = openWindow();
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy needsUser(scrape, &ScrapeController::needsUser);
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    QSignalSpy resumed(scrape, &ScrapeController::readingResumed);
    scrape->scrapeNow({TaskRef{TaskKind::Profile, natgeo->id}});
    QTRY_COMPARE_WITH_TIMEOUT(needsUser.size(), 1, 15000);
    stopWithCheckpoint(*m_governor, instagram);
    QCOMPARE(m_governor->state(instagram).name, u"checkpoint"_s);
    NeedsUserBanner *banner = window->needsUserBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->resumeButton()->isVisible());
    QVERIFY(banner->resumeButton()->text().contains(u"solved it"_s));
    // Only Instagram waits for the person; the scheduler itself is not paused.
    QVERIFY(!window->findChild<QAction *>(u"pauseAction"_s)->isChecked());

    // The person passed the check in a browser, then tells ReelPulse so.
    m_world->failures.remove(u"profile:natgeo"_s);
    QTest::mouseClick(banner->resumeButton(), Qt::LeftButton);
    QVERIFY(banner->isResuming()); // the governor is written on a pool thread
    QTRY_COMPARE(resumed.size(), 1);
    const auto lifted = resumed.first().first().value<QList<GovernorResumed>>();
    QCOMPARE(lifted.size(), 1);
    QCOMPARE(lifted.first().identity, instagram);
    QCOMPARE(lifted.first().previousState, u"checkpoint"_s);
    QVERIFY(m_governor->state(instagram).name != u"checkpoint"_s);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(!window->findChild<QAction *>(u"pauseAction"_s)->isChecked());
    QVERIFY(!Settings(m_dataDir->path()).schedulerPaused());
    QVERIFY(log(window.get()).filter(u"Scraping resumed"_s).size() == 1);

    // The task that met the check is tried again at once, and goes through now.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(finished.first().at(1).toString(), natgeo->id);
    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    QTRY_COMPARE(cell(view, natgeo->id, 0, TaskTableModel::HealthRole).toInt(), int(modelformat::Health::Ok));
    QTRY_COMPARE(window->scrapeStatus()->governorText(), QString());
}

void TestScraping::testSettingsListReadingStateAndResumeAStoppedPlatform()
{
    m_governor = std::make_shared<RateGovernor>();
    m_governor->setSleeper([](qint64, const CancelFlag *) { return true; });
    const QString instagram = RateGovernor::identityFor(u"www.instagram.com"_s, {});
    const QString tiktok = RateGovernor::identityFor(u"www.tiktok.com"_s, {});
    (void)m_governor->run(tiktok, u"video"_s, [] { return std::optional<ScrapeFailure>(); }); // reads fine
    const auto window = openWindow();
    ReadingSection *reading = window->settingsPage()->readingSection();
    QVERIFY(!reading->isVisible());

    // Shown: the states are read (in the background), one row per identity; nothing to resume.
    QSignalSpy refreshed(reading, &ReadingSection::refreshed);
    window->setCurrentSection(MainWindow::Section::Settings);
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(reading->stateTextOf(tiktok), u"Ready"_s);
    QVERIFY(!reading->resumeButton(Platform::Instagram));
    QVERIFY(!reading->resumeButton(Platform::TikTok));
    QCOMPARE(reading->statusLabel()->text(), u"Every platform reads normally."_s);

    // Instagram asks for a security check while another section is shown: Settings show it when shown again.
    window->setCurrentSection(MainWindow::Section::Profiles);
    stopWithCheckpoint(*m_governor, instagram);
    window->setCurrentSection(MainWindow::Section::Settings);
    QTRY_COMPARE(refreshed.size(), 2);
    QVERIFY2(reading->stateTextOf(instagram).contains(u"security check"_s),
             qPrintable(reading->stateTextOf(instagram)));
    QPushButton *resume = reading->resumeButton(Platform::Instagram);
    QVERIFY(resume);
    QCOMPARE(resume->text(), u"Resume Instagram"_s);
    QVERIFY(!reading->resumeButton(Platform::TikTok)); // TikTok reads: nothing to resume there

    // Resume: the stop is lifted, the list read again, and the activity log says so.
    window->settingsPage()->scrollArea()->ensureWidgetVisible(resume);
    window->resize(1280, 860);
    QTest::qWait(100);
    QVERIFY(window->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(u"settings-reading.png"_s)));
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(reading->isBusy());
    QTRY_VERIFY(!reading->isBusy());
    QCOMPARE(refreshed.size(), 3);
    QVERIFY(m_governor->state(instagram).name != u"checkpoint"_s);
    QCOMPARE(reading->stateTextOf(instagram), u"Ready"_s);
    QVERIFY(!reading->resumeButton(Platform::Instagram));
    QCOMPARE(reading->statusLabel()->text(), u"Every platform reads normally."_s);
    QVERIFY2(log(window.get()).filter(u"Instagram reads again."_s).size() == 1,
             qPrintable(log(window.get()).join(u'\n')));
}

void TestScraping::testTheWindowWaitsForNoRead()
{
    m_world->addProfile(u"natgeo"_s, 3, 3, 5, 1735000000);
    m_world->addProfile(u"nasa"_s, 2, 2, 5, 1735000000);
    auto natgeo = m_service->addProfile(u"natgeo"_s, true);
    auto nasa = m_service->addProfile(u"nasa"_s, false);
    QVERIFY(natgeo.ok() && nasa.ok());
    const auto window = openWindow();
    ScrapeController *scrape = window->scrapeController();
    QSignalSpy finished(scrape, &ScrapeController::taskFinished);
    scrape->scrapeNow({TaskRef{TaskKind::Profile, natgeo->id}, TaskRef{TaskKind::Profile, nasa->id}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    scrape->stop();
    ProfilesPage *page = window->profilesPage();
    selectTask(window.get(), page, natgeo->id);
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier);
    TaskDetailPane *details = page->detailPane();
    QVERIFY(details);
    QTRY_VERIFY(!details->isLoading() && details->commentsModel()->rowCount() > 0);

    // The store is busy for a while (a long read of the query thread): the window goes on answering, says what
    // it waits for, and shows the task when the reads are done. A read on the GUI thread would show it at once.
    auto gate = std::make_shared<QSemaphore>();
    auto inside = std::make_shared<QSemaphore>();
    (void)window->queryService()->run<int>([gate, inside](Database &) -> Result<int> {
        inside->release();
        gate->acquire();
        return 0;
    });
    inside->acquire();
    QElapsedTimer clock;
    clock.start();
    page->selectId(nasa->id);
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(details->task()->id, nasa->id);
    QVERIFY(details->isLoading());
    QCOMPARE(details->itemsModel()->rowCount(), 0);
    QCOMPARE(details->summaryLabel()->text().contains(u"Reading the posts"_s), true);
    page->filterEdit()->setFocus();
    QTest::keyClicks(page->filterEdit(), u"n"_s);
    QCOMPARE(page->filterEdit()->text(), u"n"_s);
    QTest::qWait(100);
    QCOMPARE(details->itemsModel()->rowCount(), 0);

    gate->release();
    QTRY_COMPARE(details->itemsModel()->rowCount(), 2);
    QTRY_VERIFY(!details->isLoading());
    QVERIFY2(details->summaryLabel()->text().contains(u"Overall"_s), qPrintable(details->summaryLabel()->text()));
    QVERIFY2(details->taskSummaryLabel()->text().contains(u"All posts"_s),
             qPrintable(details->taskSummaryLabel()->text()));

    // A picture of a profile's details (the sentiment of all its posts above them), to look at.
    page->filterEdit()->clear();
    window->resize(1280, 860);
    QTest::qWait(100);
    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath(u"details-profile.png"_s);
    QVERIFY(window->grab().save(shot));
    qInfo("profile details: %s", qPrintable(shot));
}

QTEST_MAIN(TestScraping)
#include "testScraping.moc"
