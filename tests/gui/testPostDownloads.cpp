// The "Download" action on posts: in the task details (the posts' context menu and the button) and on the profile
// dashboard's top posts, on a seeded store in the real window. The posts go to the queue the Downloads section
// shows (the window's DownloadQueue) in the default quality and type, and the status bar says so; and the
// profile dialog's "Download new posts".
#include "DashboardModels.h"
#include "DownloadsModel.h"
#include "FakePlatformServer.h"
#include "MainWindow.h"
#include "ProfileDialog.h"
#include "TaskDetailPane.h"
#include "TaskItemsModel.h"
#include "TaskPage.h"
#include "analytics/SeedStore.h"
#include "dashboards/DashboardsPage.h"
#include "dashboards/TaskDashboard.h"
#include "domain/AppInfo.h"
#include "downloads/DownloadsPage.h"
#include "platform/Settings.h"
#include "services/AutoDownload.h"
#include "services/DownloadQueue.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

class TestPostDownloads final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void taskDetailsDownloadPosts();
    void dashboardTopPostDownloads();
    void profileDialogSetsDownloadNewPosts();

private:
    /// Whether the Downloads list shows a job of target (kind, default quality and type).
    bool listed(const QString &target, const QString &kind) const;

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<FakePlatformServer> m_server;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
    std::unique_ptr<MainWindow> m_window;
    seed::Seeded m_seed;
};

void TestPostDownloads::initTestCase()
{
    applyApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    // The queued jobs look their posts up here (and find none): nothing leaves this machine.
    m_server = std::make_unique<FakePlatformServer>();
    QVERIFY(m_server->start());
    qputenv("REELPULSE_INSTAGRAM_URL", m_server->baseUrl().toUtf8());
    qputenv("REELPULSE_MEDIA_URL", m_server->baseUrl().toUtf8());
    QVERIFY(Settings(m_dataDir.path()).set(u"governor.jitter_max_ms"_s, u"0"_s).ok());
    QVERIFY(Settings(m_dataDir.path()).set(u"downloads.folder"_s, m_dataDir.path() + u"/out"_s).ok());
    auto opened = Database::open(m_dataDir.path());
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    m_seed = seed::seedStore(*m_database, QDateTime::currentDateTimeUtc().addSecs(-60));
    m_service = std::make_unique<TrackingService>(*m_database);
    m_window = std::make_unique<MainWindow>(*m_service, m_dataDir.path());
    m_window->resize(1240, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPostDownloads::cleanupTestCase()
{
    m_window.reset();
    m_service.reset();
    m_database.reset();
}

bool TestPostDownloads::listed(const QString &target, const QString &kind) const
{
    DownloadsModel *model = m_window->downloadsPage()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const DownloadListEntry *e = model->entry(row);
        if (e->job.target == target && e->job.kind == kind && e->job.quality == u"best" &&
            e->job.downloadType == u"media")
            return true;
    }
    return false;
}

void TestPostDownloads::taskDetailsDownloadPosts()
{
    m_window->setCurrentSection(MainWindow::Section::Profiles);
    TaskPage *profiles = m_window->taskPage(TaskKind::Profile);
    profiles->setDetailsVisible(true);
    // @brand's row, once the list is read: the details show its posts.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 profiles->selectId(m_seed.ownTask);
                                 TaskDetailPane *pane = profiles->detailPane();
                                 return pane && pane->task() && pane->task()->id == m_seed.ownTask;
                             }()),
                             15000);
    TaskDetailPane *details = profiles->detailPane();
    TaskItemsModel *items = details->itemsModel();
    QTRY_VERIFY_WITH_TIMEOUT(items->rowCount() >= 2, 15000);
    // Nothing selected: nothing to download.
    details->itemsView()->clearSelection();
    QVERIFY(!details->downloadButton()->isEnabled());
    QVERIFY(!details->downloadAction()->isEnabled());
    QVERIFY(details->itemsView()->actions().contains(details->downloadAction()));

    // The button downloads the selected post.
    details->itemsView()->selectRow(0);
    QVERIFY(details->downloadButton()->isEnabled());
    const StoredItem first = items->itemAt(0);
    QVERIFY(!first.shortcode.isEmpty());
    QTest::mouseClick(details->downloadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listed(first.shortcode, first.kind == MediaKind::Reel ? u"reel"_s : u"post"_s), 10000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(first.shortcode),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The posts' context menu action does the same for another post.
    details->itemsView()->selectRow(1);
    const StoredItem second = items->itemAt(1);
    QVERIFY(details->downloadAction()->isEnabled());
    details->downloadAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(listed(second.shortcode, second.kind == MediaKind::Reel ? u"reel"_s : u"post"_s), 10000);
    QVERIFY(m_window->statusBar()->currentMessage().contains(second.shortcode));
}

void TestPostDownloads::dashboardTopPostDownloads()
{
    DashboardsPage *page = m_window->dashboardsPage();
    m_window->setCurrentSection(MainWindow::Section::Overview);
    page->openTask({TaskKind::Profile, m_seed.rivalTask});
    TaskDashboard *profile = page->profileDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(profile->isLoaded() && profile->data().task.id == m_seed.rivalTask, 15000);
    QTableView *top = profile->topPostsView();
    QVERIFY(top);
    QTRY_VERIFY_WITH_TIMEOUT(profile->topPosts()->rowCount() > 0, 10000);
    QVERIFY(top->actions().contains(profile->downloadTopPostAction()));
    top->selectRow(0);
    const StoredItem best = profile->topPosts()->post(0).item;
    QVERIFY(!best.shortcode.isEmpty());
    profile->downloadTopPostAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(listed(best.shortcode, best.kind == MediaKind::Reel ? u"reel"_s : u"post"_s), 10000);
    QVERIFY(m_window->statusBar()->currentMessage().contains(best.shortcode));
}

void TestPostDownloads::profileDialogSetsDownloadNewPosts()
{
    // "Download new posts" in the profile dialog: off by default, set when added, changed alone when edited.
    ProfileDialog add(*m_service);
    add.show();
    QVERIFY(add.autoDownloadBox());
    QVERIFY(!add.autoDownloadBox()->isChecked());
    QTest::keyClicks(add.nameEdit(), u"natgeo"_s);
    add.autoDownloadBox()->setChecked(true);
    QTest::mouseClick(add.okButton(), Qt::LeftButton);
    QVERIFY(add.changed());
    const QString id = add.task().id;
    auto on = AutoDownload::enabled(*m_database, id);
    QVERIFY(on.ok() && on.value());

    ProfileDialog edit(*m_service, add.task());
    edit.show();
    QVERIFY(edit.autoDownloadBox()->isChecked());
    // On the box itself: a check box takes clicks on its indicator and label only, not on the rest of its row.
    QTest::mouseClick(edit.autoDownloadBox(), Qt::LeftButton, {}, QPoint(6, edit.autoDownloadBox()->height() / 2));
    QVERIFY(!edit.autoDownloadBox()->isChecked());
    QTest::mouseClick(edit.okButton(), Qt::LeftButton);
    QVERIFY(edit.changed());
    on = AutoDownload::enabled(*m_database, id);
    QVERIFY(on.ok() && !on.value());
}

QTEST_MAIN(TestPostDownloads)
#include "testPostDownloads.moc"
