#include "MainWindow.h"

#include "ActivityLogModel.h"
#include "ActivityLogPage.h"
#include "ComingLaterPage.h"
#include "CommentSentimentSection.h"
#include "FirstRunDialog.h"
#include "InstagramAccountSection.h"
#include "NeedsUserBanner.h"
#include "ProblemReport.h"
#include "ProfilesPage.h"
#include "ReadingSection.h"
#include "ReelsPage.h"
#include "ScrapeController.h"
#include "ScrapeStatusWidget.h"
#include "SearchPalette.h"
#include "SettingsPage.h"
#include "TaskDetailPane.h"
#include "TaskMetaTypes.h"
#include "TaskTableModel.h"
#include "TaskTableView.h"
#include "VideosPage.h"
#include "auth/InMemorySecretStore.h"
#include "auth/SessionManager.h"
#include "creators/CreatorsPage.h"
#include "dashboards/DashboardsPage.h"
#include "domain/AppInfo.h"
#include "downloads/DownloadsPage.h"
#include "publishing/PublishingPage.h"
#include "services/DownloadQueue.h"
#include "services/GovernorService.h"
#include "services/QueryService.h"
#include "services/ScrapeReport.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

constexpr int SectionRole = Qt::UserRole + 1;

QString sectionKey(MainWindow::Section section)
{
    return QString::fromLatin1(QMetaEnum::fromType<MainWindow::Section>().valueToKey(int(section)));
}

} // namespace

MainWindow::MainWindow(TrackingService &service, const QString &dataDir, QWidget *parent)
    : MainWindow(service, dataDir, ScrapeSetup{}, parent)
{
}

MainWindow::MainWindow(TrackingService &service, const QString &dataDir, ScrapeSetup setup, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_dataDir(dataDir)
    , m_queries(new QueryService(dataDir, this))
    , m_log(new ActivityLogModel(this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"mainWindow"_s);
    const bool autoStart = setup.autoStart;
    // Publishing keeps its tokens in the same secret store (the keychain in the app; memory in tests).
    std::shared_ptr<SecretStore> publishingSecrets =
        setup.secrets ? setup.secrets : std::make_shared<InMemorySecretStore>();
    m_scrape = new ScrapeController(dataDir, std::move(setup), this);
    // When the window and the reads want the same processor, the window goes first.
    m_queries->lowerThreadPriority();
    setWindowTitle(tr("ReelPulse"));

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
    m_sidebar->setStyleSheet(u"QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
                             "QListWidget#sidebar::item { padding: 7px 14px; border-radius: 4px; margin: 0 6px; }"
                             "QListWidget#sidebar::item:selected { background: palette(highlight);"
                             " color: palette(highlighted-text); }"_s);
    m_stack->setObjectName(u"sections"_s);

    // Every section reads through the query service (its own thread); a store that cannot be read says so
    // above each table when the first reload answers.
    m_profiles = new ProfilesPage(service, *m_queries, *m_log, m_stack);
    m_reels = new ReelsPage(service, *m_queries, *m_log, m_stack);
    m_videos = new VideosPage(service, *m_queries, *m_log, m_stack);

    // The first section: the dashboards, opened on the Overview.
    m_dashboards = new DashboardsPage(*m_queries, dataDir, m_stack);
    addSection(Section::Overview, tr("Overview"), m_dashboards);
    // A project's reels together: the Reels section's button opens the project dashboard.
    connect(m_reels, &ReelsPage::projectDashboardRequested, this, [this](const QString &projectId) {
        setCurrentSection(Section::Overview);
        m_dashboards->openProject(projectId);
    });
    addSection(Section::Profiles, tr("Profiles"), m_profiles);
    addSection(Section::Reels, tr("Reels"), m_reels);
    addSection(Section::Videos, tr("Videos"), m_videos);
    addSection(Section::Creators, tr("Creators"), new CreatorsPage(*m_queries, m_stack));
    m_downloadQueue = new DownloadQueue(dataDir, this);
    m_downloadQueue->setSession([session = m_scrape->sessionManager()] { return session->current(); });
    m_downloads = new DownloadsPage(*m_downloadQueue, m_stack);
    addSection(Section::Downloads, tr("Downloads"), m_downloads);
    m_downloadQueue->start(); // unfinished downloads of an earlier run go on
    connect(m_downloadQueue, &DownloadQueue::batchFinished, this, [this](const QString &, int completed, int failed) {
        const QString text = tr("Downloads finished: %1 downloaded, %2 failed.").arg(completed).arg(failed);
        m_log->addInfo(text);
        statusBar()->showMessage(text, 8000);
        if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = new QSystemTrayIcon(
                windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : windowIcon(), this);
            m_tray->setToolTip(tr("ReelPulse"));
            m_tray->show();
        }
        if (m_tray)
            m_tray->showMessage(tr("Downloads finished"), text, QSystemTrayIcon::Information, 8000);
    });
    auto *publishing = new PublishingPage(dataDir, publishingSecrets, autoStart, m_stack);
    connect(publishing, &PublishingPage::logMessage, m_log, &ActivityLogModel::addInfo);
    addSection(Section::Composer, tr("Composer"), publishing);
    addSection(Section::ActivityLog, tr("Activity Log"), new ActivityLogPage(*m_log, m_stack));
    m_settings = new SettingsPage(dataDir, *m_scrape, m_stack);
    addSection(Section::Settings, tr("Settings"), m_settings);

    const int sidebarWidth = m_sidebar->sizeHintForColumn(0) + 40;
    m_sidebar->setFixedWidth(std::max(sidebarWidth, fontMetrics().averageCharWidth() * 20));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banner = new NeedsUserBanner(central);
    outer->addWidget(m_banner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);

    m_scrapeStatus = new ScrapeStatusWidget(this);
    statusBar()->addPermanentWidget(m_scrapeStatus);

    m_dataDirLabel = new QLabel(tr("Data: %1").arg(dataDir), this);
    m_dataDirLabel->setObjectName(u"dataDirStatus"_s);
    m_dataDirLabel->setToolTip(tr("The folder with the ReelPulse database; reelpulse-cli uses the same one."));
    statusBar()->addPermanentWidget(m_dataDirLabel);

    createActions();
    createMenus();
    createToolBar();

    // Ctrl+K: search everything tracked; a chosen result opens its dashboard.
    auto *searchPalette = new SearchPalette(*m_queries, this);
    auto *searchAction = new QAction(tr("&Search Everything…"), this);
    searchAction->setObjectName(u"searchAction"_s);
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(searchAction, &QAction::triggered, searchPalette, &SearchPalette::popUp);
    addAction(searchAction);
    connect(searchPalette, &SearchPalette::openTask, this, [this](const TaskRef &task) {
        setCurrentSection(Section::Overview);
        m_dashboards->openTask(task);
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        updateActions();
    });
    for (TaskPage *page :
         {static_cast<TaskPage *>(m_profiles), static_cast<TaskPage *>(m_reels), static_cast<TaskPage *>(m_videos)}) {
        connect(page, &TaskPage::selectionChanged, this, &MainWindow::updateActions);
        connect(page, &TaskPage::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(page, &TaskPage::tasksChanged, m_scrape, &ScrapeController::checkNow);
        connect(page, &TaskPage::tasksChanged, m_dashboards, &DashboardsPage::tasksChanged);
        page->setSentimentMode(m_scrape->sentimentMode());
        page->view()->addAction(m_scrapeNowAction);
        page->view()->addAction(m_detailsAction);
        auto *separator = new QAction(page->view());
        separator->setSeparator(true);
        page->view()->addAction(separator);
        page->view()->addAction(m_editAction);
        page->view()->addAction(m_removeAction);
    }
    connectScraping();

    m_log->addInfo(tr("ReelPulse %1 started with the data folder %2.").arg(appVersion(), dataDir));
    reloadAll();
    restoreSettings();
    updateActions();
    if (autoStart)
        m_scrape->start();
}

MainWindow::~MainWindow()
{
    m_scrape->stop();
    // The sections go first: answers of the query service still on their way are dropped with them.
    delete takeCentralWidget();
}

void MainWindow::addSection(Section section, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setData(SectionRole, int(section));
    item->setToolTip(title);
    m_stack->addWidget(page);

    const int number = int(m_sectionActions.size()) + 1;
    auto *action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(action, &QAction::triggered, this, [this, section] { setCurrentSection(section); });
    m_sectionActions.append(action);
}

MainWindow::Section MainWindow::currentSection() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? Section(item->data(SectionRole).toInt()) : Section::Overview;
}

void MainWindow::setCurrentSection(Section section)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(SectionRole).toInt() == int(section)) {
            m_sidebar->setCurrentRow(row);
            return;
        }
    }
}

TaskPage *MainWindow::currentTaskPage() const
{
    return qobject_cast<TaskPage *>(m_stack->currentWidget());
}

TaskPage *MainWindow::taskPage(TaskKind kind) const
{
    switch (kind) {
    case TaskKind::Profile:
        return m_profiles;
    case TaskKind::Reel:
        return m_reels;
    case TaskKind::Video:
        return m_videos;
    }
    return nullptr;
}

void MainWindow::reloadAll()
{
    m_profiles->reload();
    m_reels->reload();
    m_videos->reload();
    updateActions();
}

void MainWindow::scrapeSelected()
{
    TaskPage *page = currentTaskPage();
    if (!page)
        return;
    const QList<TaskRef> tasks = page->selectedTasks();
    if (tasks.isEmpty())
        return;
    m_scrape->scrapeNow(tasks);
    const QString message = tasks.size() == 1
                                ? tr("%1 will be scraped next.").arg(page->taskLabelAt(page->currentRow()))
                                : tr("%n tasks will be scraped next.", nullptr, int(tasks.size()));
    statusBar()->showMessage(message, 6000);
    m_log->addInfo(message);
}

void MainWindow::connectScraping()
{
    connect(m_scrape, &ScrapeController::taskStarted, this,
            [this](TaskKind kind, const QString &id, const QString &label) {
                m_labels.insert(id, label);
                m_skipped.remove(id);
                taskPage(kind)->model()->setBusy(id);
                m_scrapeStatus->setScraping(label, {});
            });
    connect(m_scrape, &ScrapeController::progress, this,
            [this](TaskKind kind, const QString &id, const QString &stage) {
                taskPage(kind)->model()->setBusy(id, stage);
                m_scrapeStatus->setScraping(m_labels.value(id, id), stage);
            });
    connect(m_scrape, &ScrapeController::reportReady, this, &MainWindow::onReport);
    connect(m_scrape, &ScrapeController::taskFinished, this,
            [this](TaskKind kind, const QString &id) { onTaskDone(kind, id); });
    connect(m_scrape, &ScrapeController::taskFailed, this,
            [this](TaskKind kind, const QString &id) { onTaskDone(kind, id); });
    connect(m_scrape, &ScrapeController::taskError, this,
            [this](TaskKind kind, const QString &id) { onTaskDone(kind, id); });
    connect(m_scrape, &ScrapeController::idle, this, [this] { m_scrapeStatus->setIdle(); });
    connect(m_scrape, &ScrapeController::needsUser, this, &MainWindow::onNeedsUser);
    connect(m_scrape, &ScrapeController::waitsChanged, m_scrapeStatus, &ScrapeStatusWidget::setWaits);
    connect(m_scrape, &ScrapeController::taskSkipped, this,
            [this](TaskKind kind, const QString &id, const QString &reason) {
                // A due task is left for later at every pass while its platform waits: logged once per reason.
                const auto known = m_skipped.constFind(id);
                if (known != m_skipped.constEnd() && *known == reason)
                    return;
                m_skipped.insert(id, reason);
                const QString label = labelOf(TaskRef{kind, id});
                m_log->addInfo(reason.isEmpty() ? tr("%1 is left for later.").arg(label)
                                                : tr("%1 is left for later: %2").arg(label, reason));
            });
    connect(m_scrape, &ScrapeController::sentimentModeChanged, this, [this](sentiment::Mode mode) {
        for (TaskKind kind : {TaskKind::Profile, TaskKind::Reel, TaskKind::Video})
            taskPage(kind)->setSentimentMode(mode);
    });
    connect(m_scrape, &ScrapeController::readingResumed, this, &MainWindow::onReadingResumed);
    connect(m_scrape, &ScrapeController::resumeFailed, this, [this](const QString &message) {
        m_banner->setResuming(false);
        m_log->addError(tr("Scraping could not be resumed: %1").arg(message));
        statusBar()->showMessage(tr("Scraping could not be resumed: %1").arg(message), 10000);
    });
    connect(m_banner, &NeedsUserBanner::resumeRequested, this, &MainWindow::resumeFromBanner);
    connect(m_scrape, &ScrapeController::pausedChanged, this, [this](bool paused) {
        m_pauseAction->setChecked(paused);
        m_scrapeStatus->setPaused(paused);
    });
    connect(m_scrape, &ScrapeController::governorChanged, this,
            [this](const QString &summary, ScrapeController::Pressure pressure) {
                m_scrapeStatus->setGovernor(summary, ScrapeStatusWidget::Pressure(int(pressure)));
            });
    connect(m_scrape, &ScrapeController::startFailed, this, [this](const QString &message) {
        m_log->addError(tr("Scraping could not start: %1").arg(message));
        statusBar()->showMessage(tr("Scraping could not start: %1").arg(message), 10000);
    });
    connect(m_scrape, &ScrapeController::sessionChanged, this, [this](const QString &account) {
        if (!account.isEmpty())
            m_banner->hide(); // signed in: what the banner asked for is done
    });
    connect(m_banner, &NeedsUserBanner::signInRequested, this, [this] {
        setCurrentSection(Section::Settings);
        m_settings->accountSection()->signIn();
    });
    const auto logActivity = [this](const QString &message, bool error) {
        if (error)
            m_log->addError(message);
        else
            m_log->addInfo(message);
        statusBar()->showMessage(message, 6000);
    };
    connect(m_settings->accountSection(), &InstagramAccountSection::activity, this, logActivity);
    connect(m_settings->sentimentSection(), &CommentSentimentSection::activity, this, logActivity);
    connect(m_settings->readingSection(), &ReadingSection::activity, this, logActivity);
    connect(m_settings->sentimentSection(), &CommentSentimentSection::rescored, this, [this] {
        for (TaskKind kind : {TaskKind::Profile, TaskKind::Reel, TaskKind::Video}) {
            if (TaskDetailPane *details = taskPage(kind)->detailPane(); details && details->task())
                details->refresh();
        }
    });
    m_scrapeStatus->setPaused(m_scrape->isPaused());
    m_scrapeStatus->setGovernor(m_scrape->governorSummary(),
                                ScrapeStatusWidget::Pressure(int(m_scrape->governorPressure())));
}

void MainWindow::onTaskDone(TaskKind kind, const QString &id)
{
    m_labels.remove(id);
    taskPage(kind)->taskScraped(id);
    m_dashboards->taskScraped(kind, id);
    if (m_labels.isEmpty())
        m_scrapeStatus->setIdle();
}

void MainWindow::onReport(const ScrapeReport &report)
{
    // A security check or sign-in wall: the task is tried again when the person resumes.
    const std::optional<ScrapeFailure> &wall = report.failure ? report.failure : report.partialFailure;
    if (wall && (wall->cls == FailureClass::Checkpoint || wall->cls == FailureClass::LoginWall)) {
        m_wallTasks.removeAll(report.task);
        m_wallTasks.append(report.task);
    }
    const QString line = report.summaryLine();
    if (report.result == ScrapeReport::Result::Aborted) {
        m_labels.remove(report.task.id);
        taskPage(report.task.kind)->model()->clearBusy(report.task.id);
        return;
    }
    if (report.ok())
        m_log->addInfo(line);
    else
        m_log->addError(line);
    statusBar()->showMessage(line, 8000);
}

void MainWindow::onNeedsUser(const QString &message)
{
    m_banner->showMessage(message);
    m_log->addError(tr("Waiting for you: %1").arg(message));
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(
            windowIcon().isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : windowIcon(), this);
        m_tray->setToolTip(tr("ReelPulse"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    if (m_tray)
        m_tray->showMessage(tr("ReelPulse needs you"), message, QSystemTrayIcon::Warning, 15000);
}

std::optional<Platform> MainWindow::platformOf(const TaskRef &task) const
{
    if (task.kind != TaskKind::Video)
        return Platform::Instagram;
    const TaskTableModel *model = m_videos->model();
    const int row = model->rowOfId(task.id);
    if (row < 0)
        return std::nullopt;
    return model->index(row, 0).data(TaskTableModel::UnderlyingDataRole).value<VideoTask>().platform;
}

QString MainWindow::labelOf(const TaskRef &task) const
{
    TaskPage *page = taskPage(task.kind);
    const int row = page->model()->rowOfId(task.id);
    return row >= 0 ? page->taskLabelAt(row) : task.id;
}

void MainWindow::resumeFromBanner()
{
    // The platform of the task that met the wall (all platforms when it is not known).
    std::optional<Platform> platform;
    if (!m_wallTasks.isEmpty())
        platform = platformOf(m_wallTasks.last());
    m_banner->setResuming(true);
    m_scrape->resumeReading(platform, true); // answers with readingResumed or resumeFailed
}

void MainWindow::onReadingResumed(const QList<GovernorResumed> &lifted)
{
    m_banner->hide();
    QStringList platforms;
    for (const GovernorResumed &resumed : lifted) {
        for (const QString &name : resumed.platforms)
            if (!platforms.contains(name))
                platforms << name;
    }
    const QString message = lifted.isEmpty()
                                ? tr("Scraping resumed; no platform was stopped.")
                                : tr("Scraping resumed: %n stop(s) and pause(s) lifted.", nullptr, int(lifted.size()));
    m_log->addInfo(message);
    statusBar()->showMessage(message, 8000);
    // The tasks that met the wall are tried again now: a success tells the scheduler the platform answers
    // again, so its other tasks no longer wait.
    QList<TaskRef> retry;
    for (auto it = m_wallTasks.begin(); it != m_wallTasks.end();) {
        const std::optional<Platform> platform = platformOf(*it);
        if (lifted.isEmpty() || !platform || platforms.contains(platformName(*platform))) {
            retry.append(*it);
            it = m_wallTasks.erase(it);
        } else {
            ++it;
        }
    }
    if (!retry.isEmpty())
        m_scrape->scrapeNow(retry);
}

void MainWindow::updateActions()
{
    TaskPage *page = currentTaskPage();
    const bool selected = page && page->currentRow() >= 0;
    m_addAction->setEnabled(page != nullptr);
    m_findAction->setEnabled(page != nullptr);
    m_editAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    m_scrapeNowAction->setEnabled(selected);
    m_detailsAction->setEnabled(page != nullptr);
    if (QListWidgetItem *item = m_sidebar->currentItem())
        setWindowTitle(tr("%1 — ReelPulse").arg(item->text()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_scrape->stop(); // aborts the request in flight; nothing is half-written
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"section"_s, sectionKey(currentSection()));
    settings.setValue(u"profilesColumns"_s, m_profiles->saveHeaderState());
    settings.setValue(u"reelsColumns"_s, m_reels->saveHeaderState());
    settings.setValue(u"videosColumns"_s, m_videos->saveHeaderState());
    settings.setValue(u"details"_s, m_detailsAction->isChecked());
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray())) {
        QSize size(std::max(1180, fontMetrics().averageCharWidth() * 160), std::max(760, fontMetrics().height() * 50));
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    m_detailsAction->setChecked(settings.value(u"details"_s, false).toBool());
    m_profiles->restoreHeaderState(settings.value(u"profilesColumns"_s).toByteArray());
    m_reels->restoreHeaderState(settings.value(u"reelsColumns"_s).toByteArray());
    m_videos->restoreHeaderState(settings.value(u"videosColumns"_s).toByteArray());

    bool known = false;
    const QByteArray key = settings.value(u"section"_s).toString().toLatin1();
    const int section = QMetaEnum::fromType<Section>().keyToValue(key.constData(), &known);
    setCurrentSection(known ? Section(section) : Section::Overview);
    settings.endGroup();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReelPulse"),
                       tr("<h3>ReelPulse %1</h3>"
                          "<p>Track Instagram profiles, reels and TikTok videos on your own machine.</p>"
                          "<p>Data folder: %2</p>")
                           .arg(appVersion(), m_dataDir.toHtmlEscaped()));
}

FirstRunDialog *MainWindow::showWelcomeIfFirstRun()
{
    FirstRunDialog *dialog = FirstRunDialog::openOnce(m_dataDir, this);
    if (dialog) {
        connect(dialog, &FirstRunDialog::addProfileRequested, this, [this] {
            setCurrentSection(Section::Profiles);
            m_addAction->trigger();
        });
        connect(dialog, &FirstRunDialog::signInRequested, this, [this] { setCurrentSection(Section::Settings); });
    }
    return dialog;
}

} // namespace reelpulse
