// The main window's actions, menus and tool bar (their shortcuts and what they do).
#include "MainWindow.h"

#include "ActivityLogModel.h"
#include "ProblemReport.h"
#include "ProfilesPage.h"
#include "ReelsPage.h"
#include "ScrapeController.h"
#include "SearchPalette.h"
#include "VideosPage.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

void MainWindow::createActions()
{
    m_addAction = new QAction(tr("&New…"), this);
    m_addAction->setObjectName(u"addAction"_s);
    m_addAction->setShortcut(QKeySequence::New);
    connect(m_addAction, &QAction::triggered, this, [this] {
        if (TaskPage *page = currentTaskPage())
            page->addTask();
    });

    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setObjectName(u"editAction"_s);
    m_editAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_editAction->setShortcutContext(Qt::WidgetShortcut); // Return itself reaches the table
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (TaskPage *page = currentTaskPage())
            page->editCurrent();
    });

    m_removeAction = new QAction(tr("&Remove…"), this);
    m_removeAction->setObjectName(u"removeAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (TaskPage *page = currentTaskPage())
            page->removeSelected();
    });

    m_reloadAction = new QAction(tr("Re&load"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        reloadAll();
        statusBar()->showMessage(tr("Reloaded from the data folder."), 4000);
    });

    m_findAction = new QAction(tr("&Filter"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (TaskPage *page = currentTaskPage())
            page->focusFilter();
    });

    m_scrapeNowAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Scrape Now"), this);
    m_scrapeNowAction->setObjectName(u"scrapeNowAction"_s);
    m_scrapeNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_scrapeNowAction->setToolTip(tr("Scrape the selected tasks now, even while scraping is paused (Ctrl+R)"));
    connect(m_scrapeNowAction, &QAction::triggered, this, &MainWindow::scrapeSelected);

    m_pauseAction = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause Scraping"), this);
    m_pauseAction->setObjectName(u"pauseAction"_s);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setChecked(m_scrape->isPaused());
    m_pauseAction->setToolTip(tr("Stop scraping due tasks until you resume; Scrape Now still works"));
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        if (paused == m_scrape->isPaused())
            return;
        m_scrape->setPaused(paused);
        m_log->addInfo(paused ? tr("Scraping paused.") : tr("Scraping resumed."));
    });

    m_detailsAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Show &Details"), this);
    m_detailsAction->setObjectName(u"detailsAction"_s);
    m_detailsAction->setCheckable(true);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_detailsAction->setToolTip(tr("Show the scraped posts and comments of the selected task (Ctrl+D)"));
    connect(m_detailsAction, &QAction::toggled, this, [this](bool visible) {
        for (TaskPage *page :
             {static_cast<TaskPage *>(m_profiles), static_cast<TaskPage *>(m_reels), static_cast<TaskPage *>(m_videos)})
            page->setDetailsVisible(visible);
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About ReelPulse"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (QAction *action :
         {m_addAction, m_removeAction, m_reloadAction, m_findAction, m_scrapeNowAction, m_detailsAction, m_quitAction})
        addAction(action);
    addActions(m_sectionActions);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_reloadAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_editAction);
    edit->addAction(m_removeAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_detailsAction);
    view->addSeparator();
    view->addActions(m_sectionActions);

    QMenu *scraping = menuBar()->addMenu(tr("&Scraping"));
    scraping->addAction(m_scrapeNowAction);
    scraping->addAction(m_pauseAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    ProblemReport::addHelpActions(help, this, m_dataDir, *m_log);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Scraping"));
    m_toolBar->setObjectName(u"scrapingToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_scrapeNowAction);
    m_toolBar->addAction(m_pauseAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_detailsAction);
}

} // namespace reelpulse
