#pragma once

#include "ScrapeSetup.h"
#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace reelpulse {

class ActivityLogModel;
class DownloadQueue;
class DownloadsPage;
class FirstRunDialog;
class NeedsUserBanner;
class ProfilesPage;
class QueryService;
class ReelsPage;
class ScrapeController;
class ScrapeStatusWidget;
class SettingsPage;
class DashboardsPage;
class TaskPage;
class TrackingService;
class VideosPage;
struct GovernorResumed;
struct ScrapeReport;

/// The main window: a sidebar of sections and the section shown, a toolbar to scrape the selected
/// tasks now, pause scraping and show a task's details, a banner when scraping needs the person, and
/// the scraping state in the status bar. Owns the ScrapeController (the scheduler runs in its own
/// thread) and the QueryService every section reads through (its own database thread: the window
/// never waits for the store). Remembers its geometry, the last section and the details pane (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section { Profiles, Reels, Videos, Downloads, Composer, ActivityLog, Settings, Overview, Creators };
    Q_ENUM(Section)

    /// A window over the store of `dataDir`: tasks are added, edited and removed through `service` (single-row
    /// writes), everything shown is read through a QueryService of the window's own. The scheduler is not
    /// started (tests start it through scrapeController()).
    MainWindow(TrackingService &service, const QString &dataDir, QWidget *parent = nullptr);
    /// The same with scraping set up by `setup` (the application: real readers, keychain, auto-start).
    MainWindow(TrackingService &service, const QString &dataDir, ScrapeSetup setup, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    ProfilesPage *profilesPage() const { return m_profiles; }
    ReelsPage *reelsPage() const { return m_reels; }
    DashboardsPage *dashboardsPage() const { return m_dashboards; }
    VideosPage *videosPage() const { return m_videos; }
    DownloadsPage *downloadsPage() const { return m_downloads; }
    SettingsPage *settingsPage() const { return m_settings; }
    ActivityLogModel *activityLog() const { return m_log; }
    ScrapeController *scrapeController() const { return m_scrape; }
    QueryService *queryService() const { return m_queries; }
    NeedsUserBanner *needsUserBanner() const { return m_banner; }
    ScrapeStatusWidget *scrapeStatus() const { return m_scrapeStatus; }
    /// The task section shown, or nullptr for the other sections.
    TaskPage *currentTaskPage() const;
    /// The section that lists tasks of a kind.
    TaskPage *taskPage(TaskKind kind) const;

    /// Re-reads every task section from the store (F5).
    void reloadAll();
    /// Scrapes the selected tasks of the current section now (Ctrl+R).
    void scrapeSelected();
    /// Opens the welcome when this data folder has not shown it yet (the application calls it once shown);
    /// the dialog, or nullptr when it was shown before.
    FirstRunDialog *showWelcomeIfFirstRun();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void connectScraping();
    void onTaskDone(TaskKind kind, const QString &id);
    void onReport(const ScrapeReport &report);
    void onNeedsUser(const QString &message);
    void onReadingResumed(const QList<GovernorResumed> &lifted);
    void resumeFromBanner();
    /// The platform a task reads (a video's own; Instagram for profiles and reels).
    std::optional<Platform> platformOf(const TaskRef &task) const;
    /// A short name of a task shown in a section ("@natgeo"); its id when it is not shown.
    QString labelOf(const TaskRef &task) const;
    void addSection(Section section, const QString &title, QWidget *page);
    void updateActions();
    void saveSettings() const;
    void restoreSettings();
    void showAbout();

    TrackingService &m_service;
    QString m_dataDir;
    QueryService *m_queries = nullptr;
    ActivityLogModel *m_log = nullptr;
    ScrapeController *m_scrape = nullptr;
    NeedsUserBanner *m_banner = nullptr;
    ScrapeStatusWidget *m_scrapeStatus = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    SettingsPage *m_settings = nullptr;
    DashboardsPage *m_dashboards = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<QString, QString> m_labels;  ///< task id → label, while it is being scraped
    QHash<QString, QString> m_skipped; ///< task id → why it was last left for later (logged once)
    QList<TaskRef> m_wallTasks;        ///< tasks that met a security check or sign-in wall, retried on resume
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProfilesPage *m_profiles = nullptr;
    ReelsPage *m_reels = nullptr;
    VideosPage *m_videos = nullptr;
    DownloadQueue *m_downloadQueue = nullptr;
    DownloadsPage *m_downloads = nullptr;
    QLabel *m_dataDirLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_scrapeNowAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions;
};

} // namespace reelpulse
