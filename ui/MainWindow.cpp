#include "MainWindow.h"

#include "ActivityLogModel.h"
#include "ActivityLogPage.h"
#include "ComingLaterPage.h"
#include "ProfilesPage.h"
#include "ReelsPage.h"
#include "SettingsPage.h"
#include "TaskTableView.h"
#include "VideosPage.h"
#include "common/AppInfo.h"

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
    : QMainWindow(parent)
    , m_service(service)
    , m_dataDir(dataDir)
    , m_log(new ActivityLogModel(this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"mainWindow"_s);
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

    m_profiles = new ProfilesPage(service, *m_log, m_stack);
    m_reels = new ReelsPage(service, *m_log, m_stack);
    m_videos = new VideosPage(service, *m_log, m_stack);

    addSection(Section::Profiles, tr("Profiles"), m_profiles);
    addSection(Section::Reels, tr("Reels"), m_reels);
    addSection(Section::Videos, tr("Videos"), m_videos);
    addSection(Section::Downloads, tr("Downloads"),
               new ComingLaterPage(tr("Downloads"),
                                   tr("Save reels and videos with their captions to your computer, with a queue "
                                      "that shows progress and retries failed downloads."),
                                   m_stack));
    addSection(Section::Composer, tr("Composer"),
               new ComingLaterPage(tr("Composer"),
                                   tr("Write captions, pick a video and schedule posts for your own accounts."),
                                   m_stack));
    addSection(Section::ActivityLog, tr("Activity Log"), new ActivityLogPage(*m_log, m_stack));
    addSection(Section::Settings, tr("Settings"), new SettingsPage(dataDir, m_stack));

    const int sidebarWidth = m_sidebar->sizeHintForColumn(0) + 40;
    m_sidebar->setFixedWidth(std::max(sidebarWidth, fontMetrics().averageCharWidth() * 20));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_dataDirLabel = new QLabel(tr("Data: %1").arg(dataDir), this);
    m_dataDirLabel->setObjectName(u"dataDirStatus"_s);
    m_dataDirLabel->setToolTip(tr("The folder with the ReelPulse database; reelpulse-cli uses the same one."));
    statusBar()->addPermanentWidget(m_dataDirLabel);

    createActions();
    createMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        updateActions();
    });
    for (TaskPage *page :
         {static_cast<TaskPage *>(m_profiles), static_cast<TaskPage *>(m_reels), static_cast<TaskPage *>(m_videos)}) {
        connect(page, &TaskPage::selectionChanged, this, &MainWindow::updateActions);
        connect(page, &TaskPage::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        page->view()->addAction(m_editAction);
        page->view()->addAction(m_removeAction);
    }

    m_log->addInfo(tr("ReelPulse %1 started with the data folder %2.").arg(appVersion(), dataDir));
    reloadAll();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow() = default;

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

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About ReelPulse"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    for (QAction *action : {m_addAction, m_removeAction, m_reloadAction, m_findAction, m_quitAction})
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
    view->addActions(m_sectionActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

MainWindow::Section MainWindow::currentSection() const
{
    const QListWidgetItem *item = m_sidebar->currentItem();
    return item ? Section(item->data(SectionRole).toInt()) : Section::Profiles;
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

void MainWindow::reloadAll()
{
    m_profiles->reload();
    m_reels->reload();
    m_videos->reload();
    updateActions();
}

void MainWindow::updateActions()
{
    TaskPage *page = currentTaskPage();
    const bool selected = page && page->currentRow() >= 0;
    m_addAction->setEnabled(page != nullptr);
    m_findAction->setEnabled(page != nullptr);
    m_editAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
    if (QListWidgetItem *item = m_sidebar->currentItem())
        setWindowTitle(tr("%1 — ReelPulse").arg(item->text()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"section"_s, sectionKey(currentSection()));
    settings.setValue(u"profilesHeader"_s, m_profiles->saveHeaderState());
    settings.setValue(u"reelsHeader"_s, m_reels->saveHeaderState());
    settings.setValue(u"videosHeader"_s, m_videos->saveHeaderState());
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
    m_profiles->restoreHeaderState(settings.value(u"profilesHeader"_s).toByteArray());
    m_reels->restoreHeaderState(settings.value(u"reelsHeader"_s).toByteArray());
    m_videos->restoreHeaderState(settings.value(u"videosHeader"_s).toByteArray());

    bool known = false;
    const QByteArray key = settings.value(u"section"_s).toString().toLatin1();
    const int section = QMetaEnum::fromType<Section>().keyToValue(key.constData(), &known);
    setCurrentSection(known ? Section(section) : Section::Profiles);
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

} // namespace reelpulse
