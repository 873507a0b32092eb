#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace reelpulse {

class ActivityLogModel;
class ProfilesPage;
class ReelsPage;
class TaskPage;
class TrackingService;
class VideosPage;

/// The main window: a sidebar of sections and the section shown. Remembers its geometry and
/// the last section (QSettings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Section { Profiles, Reels, Videos, Downloads, Composer, ActivityLog, Settings };
    Q_ENUM(Section)

    /// A window over the store that `service` writes; `dataDir` is shown to the person.
    MainWindow(TrackingService &service, const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    ProfilesPage *profilesPage() const { return m_profiles; }
    ReelsPage *reelsPage() const { return m_reels; }
    VideosPage *videosPage() const { return m_videos; }
    ActivityLogModel *activityLog() const { return m_log; }
    /// The task section shown, or nullptr for the other sections.
    TaskPage *currentTaskPage() const;

    /// Re-reads every task section from the store (F5).
    void reloadAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void addSection(Section section, const QString &title, QWidget *page);
    void updateActions();
    void saveSettings() const;
    void restoreSettings();
    void showAbout();

    TrackingService &m_service;
    QString m_dataDir;
    ActivityLogModel *m_log = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProfilesPage *m_profiles = nullptr;
    ReelsPage *m_reels = nullptr;
    VideosPage *m_videos = nullptr;
    QLabel *m_dataDirLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_sectionActions;
};

} // namespace reelpulse
