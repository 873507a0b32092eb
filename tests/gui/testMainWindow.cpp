#include "GuiTestHelpers.h"

#include "ActivityLogModel.h"
#include "FieldMessageLabel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileDialog.h"
#include "ProfileTasksModel.h"
#include "ProfilesPage.h"
#include "ReelsPage.h"
#include "TaskSortFilterModel.h"
#include "TaskTableView.h"
#include "Translations.h"
#include "VideoDialog.h"
#include "VideosPage.h"
#include "domain/AppInfo.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::clickOrReject;
using reelpulse::testing::onNextModal;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testStartsOnProfilesWithCliTasks();
    void testAddEditRemoveProfileThroughDialogs();
    void testDuplicateProfileKeepsDialogOpen();
    void testShortcutsFollowTheCurrentSection();
    void testReelsGroupedByProjectAndProjectDeletion();
    void testSectionAndGeometryAreRemembered();
    void testVersionAndHelpWithoutDisplay();
    void testUnknownArgumentIsRefused();
    void testGermanTranslationIsBuiltIn();

private:
    void openStore();
    /// Shows a window on the Profiles section (onProfiles), else on the section it opens on.
    std::unique_ptr<MainWindow> showWindow(bool onProfiles = true);
    static void activate(QWidget *window);
    QStringList profilesInStore();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
};

void TestMainWindow::initTestCase()
{
    applyApplicationIdentity();
    QVERIFY(m_settingsDir.isValid());
    // Keep the person's own settings out of the tests.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    MessageBox::setNextAnswer(MessageBox::Answer::None);
}

void TestMainWindow::cleanup()
{
    m_service.reset();
    m_database.reset();
    m_dataDir.reset();
}

void TestMainWindow::openStore()
{
    auto opened = Database::open(m_dataDir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_service = std::make_unique<TrackingService>(*m_database);
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(bool onProfiles)
{
    auto window = std::make_unique<MainWindow>(*m_service, m_dataDir->path());
    if (onProfiles)
        window->setCurrentSection(MainWindow::Section::Profiles);
    window->show();
    activate(window.get());
    if (!reelpulse::testing::waitForTaskTables(*window))
        qWarning("the task tables were not read");
    return window;
}

void TestMainWindow::activate(QWidget *window)
{
    // The offscreen platform does not hand activation back to the window when a dialog closes,
    // as a window manager does; window shortcuts need an active window.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the main window did not become active");
}

QStringList TestMainWindow::profilesInStore()
{
    QStringList names;
    auto profiles = m_service->profiles();
    if (profiles.ok())
        for (const ProfileTask &task : profiles.value())
            names.append(task.targetProfile);
    return names;
}

void TestMainWindow::testStartsOnProfilesWithCliTasks()
{
    // The CLI adds two profiles in the data folder, then the window opens on the same folder.
    for (const QStringList &args : {QStringList{u"profiles"_s, u"add"_s, u"natgeo"_s, u"--competitor"_s},
                                    QStringList{u"profiles"_s, u"add"_s, u"@NASA"_s, u"--interval-days"_s, u"5"_s}}) {
        QProcess cli;
        cli.start(QStringLiteral(REELPULSE_CLI_PATH), QStringList{u"--data-dir"_s, m_dataDir->path()} + args);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
    }
    openStore();
    const auto window = showWindow(false);

    // The window opens on the Overview (the dashboards); the profiles are one click away.
    QCOMPARE(window->currentSection(), MainWindow::Section::Overview);
    window->setCurrentSection(MainWindow::Section::Profiles);
    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    QVERIFY(view);
    QVERIFY(view->isVisible());
    QTRY_COMPARE(view->model()->rowCount(), 2); // read by the query service's thread
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown.append(view->model()->index(row, ProfileTasksModel::ProfileColumn).data().toString());
    shown.sort();
    QCOMPARE(shown, (QStringList{u"@nasa"_s, u"@natgeo"_s}));
    QVERIFY(window->windowTitle().contains(u"Profiles"_s));
    QVERIFY(window->findChild<QLabel *>(u"dataDirStatus"_s)->text().contains(m_dataDir->path()));
}

void TestMainWindow::testAddEditRemoveProfileThroughDialogs()
{
    openStore();
    const auto window = showWindow();
    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    QVERIFY(view);
    QVERIFY(view->emptyHint().contains(u"Ctrl+N"_s));

    // Add: Ctrl+N opens the dialog; a bad name is refused while typing, a good one is added.
    QString failure;
    onNextModal<ProfileDialog>(failure, [&failure](ProfileDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), u"bad name!"_s);
        if (dialog->okButton()->isEnabled() || !dialog->nameMessage()->hasError()) {
            failure = u"an invalid name was accepted"_s;
            dialog->reject();
            return;
        }
        dialog->nameEdit()->selectAll();
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
        QTest::keyClicks(dialog->nameEdit(), u"@NatGeo"_s);
        QTest::mouseClick(dialog->competitorButton(), Qt::LeftButton);
        clickOrReject(dialog, dialog->okButton(), failure, u"add"_s);
    });
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto added = m_service->profiles();
    QVERIFY(added.ok());
    QCOMPARE(added->size(), 1);
    QCOMPARE(added->first().targetProfile, u"natgeo"_s);
    QVERIFY(added->first().isCompetitor);
    QCOMPARE(added->first().intervalDays, DefaultProfileIntervalDays);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_VERIFY(view->selectionModel()->isRowSelected(0, {})); // the new task is selected once its row is there

    // Edit: Return on the selected row opens the edit dialog.
    onNextModal<ProfileDialog>(failure, [&failure](ProfileDialog *dialog) {
        if (!dialog->isEditing()) {
            failure = u"Return did not open the edit dialog"_s;
            dialog->reject();
            return;
        }
        dialog->intervalSpinBox()->selectAll();
        QTest::keyClicks(dialog->intervalSpinBox(), u"0"_s);
        if (dialog->okButton()->isEnabled() || !dialog->intervalMessage()->hasError()) {
            failure = u"an interval of 0 days was accepted"_s;
            dialog->reject();
            return;
        }
        dialog->intervalSpinBox()->setValue(5);
        dialog->pausedCheckBox()->setChecked(true);
        clickOrReject(dialog, dialog->okButton(), failure, u"edit"_s);
    });
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto edited = m_service->profile(added->first().id);
    QVERIFY(edited.ok());
    QCOMPARE(edited->intervalDays, 5);
    QCOMPARE(edited->status, TaskStatus::Paused);
    QVERIFY(edited->isCompetitor);
    QTRY_COMPARE(view->model()->index(0, ProfileTasksModel::StatusColumn).data().toString(), u"Paused"_s);

    // Remove: Delete asks first; "Cancel" keeps the task, "Remove" deletes it.
    activate(window.get());
    view->setFocus();
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(u"@natgeo"_s));
    QCOMPARE(profilesInStore(), QStringList{u"natgeo"_s});

    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(profilesInStore(), QStringList());
    QTRY_COMPARE(view->model()->rowCount(), 0);

    // The activity log tells what happened.
    QStringList log;
    ActivityLogModel *activity = window->activityLog();
    for (int row = 0; row < activity->rowCount(); ++row)
        log.append(activity->index(row).data(ActivityLogModel::MessageRole).toString());
    QVERIFY2(log.filter(u"Added competitor profile @natgeo"_s).size() == 1, qPrintable(log.join(u'\n')));
    QVERIFY2(log.filter(u"Changed profile @natgeo"_s).size() == 1, qPrintable(log.join(u'\n')));
    QVERIFY2(log.filter(u"Removed profile @natgeo"_s).size() == 1, qPrintable(log.join(u'\n')));
}

void TestMainWindow::testDuplicateProfileKeepsDialogOpen()
{
    openStore();
    QVERIFY(m_service->addProfile(u"natgeo"_s, false).ok());
    const auto window = showWindow();

    QString failure;
    QString shownError;
    QString keptText;
    onNextModal<ProfileDialog>(failure, [&](ProfileDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), u"https://www.instagram.com/NatGeo/"_s);
        clickOrReject(dialog, dialog->okButton(), failure, u"duplicate"_s);
        // The service refused: the dialog is still open, with the input and the reason.
        if (!dialog->isVisible()) {
            failure = u"the dialog closed on a duplicate"_s;
            return;
        }
        shownError = dialog->nameMessage()->text();
        keptText = dialog->nameEdit()->text();
        dialog->reject();
    });
    window->profilesPage()->addTask();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(shownError.contains(u"already tracked"_s), qPrintable(shownError));
    QCOMPARE(keptText, u"https://www.instagram.com/NatGeo/"_s);
    QCOMPARE(profilesInStore(), QStringList{u"natgeo"_s});

    // The refusal is in the activity log, as an error.
    ActivityLogModel *log = window->activityLog();
    const QModelIndex last = log->index(log->rowCount() - 1);
    QCOMPARE(last.data(ActivityLogModel::KindRole).toInt(), int(ActivityLogModel::Kind::Error));
    QVERIFY(last.data(ActivityLogModel::MessageRole).toString().contains(u"already tracked"_s));
}

void TestMainWindow::testShortcutsFollowTheCurrentSection()
{
    openStore();
    const auto window = showWindow();
    window->setCurrentSection(MainWindow::Section::Videos);
    QCOMPARE(window->currentTaskPage(), window->videosPage());

    // Ctrl+N adds in the current section: here a video.
    QString failure;
    onNextModal<VideoDialog>(failure, [&failure](VideoDialog *dialog) {
        dialog->platformComboBox()->setCurrentIndex(1); // TikTok
        QTest::keyClicks(dialog->videoEdit(), u"https://www.tiktok.com/@someone/video/7234567890123456789"_s);
        QTest::keyClicks(dialog->metadataEdit(), u"campaign=summer"_s);
        clickOrReject(dialog, dialog->okButton(), failure, u"add video"_s);
    });
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto videos = m_service->videos();
    QVERIFY(videos.ok());
    QCOMPARE(videos->size(), 1);
    QCOMPARE(videos->first().platform, Platform::TikTok);
    QCOMPARE(videos->first().metadata.value(u"campaign"_s).toString(), u"summer"_s);

    // F5 picks up what another program (the CLI, the scheduler) changed in the store.
    activate(window.get());
    auto *view = window->findChild<TaskTableView *>(u"videosView"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1); // the reload after the dialog answered
    QVERIFY(m_service->addVideo(Platform::Instagram, u"C0ABCdefGHI"_s).ok());
    QTest::qWait(50);
    QCOMPARE(view->model()->rowCount(), 1);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // Ctrl+F focuses the filter box, which narrows the rows.
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = window->findChild<QLineEdit *>(u"videosFilter"_s);
    QVERIFY(filter);
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, u"TIKTOK"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->emptyHint().isEmpty() || view->model()->rowCount() > 0);
    QTest::keyClicks(filter, u" nothing"_s);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(view->emptyHint().contains(u"match"_s));

    // Delete in the filter box edits the text; it removes no task.
    filter->setCursorPosition(0);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QTest::keyClick(filter, Qt::Key_Delete);
    MessageBox::setNextAnswer(MessageBox::Answer::None);
    QCOMPARE(m_service->videos()->size(), 2);
    QVERIFY(filter->text().startsWith(u"IKTOK"_s));

    // A double-click on a row opens its edit dialog.
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 2);
    QString editedId;
    onNextModal<VideoDialog>(failure, [&](VideoDialog *dialog) {
        if (dialog->isEditing())
            editedId = dialog->task().id;
        dialog->reject();
    });
    const QRect second = view->visualRect(view->model()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center()); // a double-click starts with a click
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(editedId, view->model()->index(1, 0).data(TaskTableModel::IdRole).toString());

    // Sections without tasks have nothing to add.
    window->setCurrentSection(MainWindow::Section::Downloads);
    QVERIFY(!window->currentTaskPage());
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMainWindow::testReelsGroupedByProjectAndProjectDeletion()
{
    openStore();
    QVERIFY(m_service->addProject(u"Summer"_s).ok());
    QVERIFY(m_service->addProject(u"Autumn"_s).ok());
    QVERIFY(m_service->addReel(u"Summer"_s, u"C0ABCdefGHI"_s).ok());
    QVERIFY(m_service->addReel(u"Summer"_s, u"C0ABCdefGHJ"_s).ok());
    QVERIFY(m_service->addReel(u"Autumn"_s, u"B1xyzXYZ123"_s).ok());
    const auto window = showWindow();
    window->setCurrentSection(MainWindow::Section::Reels);
    ReelsPage *page = window->reelsPage();
    auto *view = window->findChild<TaskTableView *>(u"reelsView"_s);
    QTRY_COMPARE(view->model()->rowCount(), 3);

    QComboBox *projects = page->projectFilter();
    QTRY_COMPARE(projects->count(), 3); // All projects, Autumn, Summer
    QCOMPARE(projects->itemText(0), u"All projects"_s);
    projects->setCurrentIndex(projects->findText(u"Summer (2)"_s));
    QCOMPARE(view->model()->rowCount(), 2);

    auto *deleteButton = window->findChild<QPushButton *>(u"reelsDeleteProjectButton"_s);
    QVERIFY(deleteButton->isEnabled());
    // The question counts the reels as the store has them now (read in the background first).
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY2(MessageBox::lastText().contains(u"\"Summer\" and its 2 reel tasks"_s),
                 qPrintable(MessageBox::lastText()));
    QVERIFY(m_service->project(u"Summer"_s).ok());

    QTRY_VERIFY(deleteButton->isEnabled());
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_VERIFY(!m_service->project(u"Summer"_s).ok());
    QCOMPARE(projects->currentIndex(), 0);
    QTRY_COMPARE(projects->count(), 2);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(!deleteButton->isEnabled());
}

void TestMainWindow::testSectionAndGeometryAreRemembered()
{
    openStore();
    {
        const auto window = showWindow(false);
        QCOMPARE(window->currentSection(), MainWindow::Section::Overview);
        window->resize(1210, 777);
        window->setCurrentSection(MainWindow::Section::ActivityLog);
        window->close();
    }
    const auto window = std::make_unique<MainWindow>(*m_service, m_dataDir->path());
    QCOMPARE(window->currentSection(), MainWindow::Section::ActivityLog);
    QCOMPARE(window->size(), QSize(1210, 777));
    // Every section fits a small laptop screen.
    QVERIFY2(window->minimumSizeHint().width() <= 900, qPrintable(QString::number(window->minimumSizeHint().width())));
}

void TestMainWindow::testVersionAndHelpWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // a QApplication would abort without a display

    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(REELPULSE_GUI_PATH), {u"--version"_s});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gui.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(gui.readAllStandardOutput()).trimmed(), u"ReelPulse "_s + appVersion());

    gui.start(QStringLiteral(REELPULSE_GUI_PATH), {u"--help"_s});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY(QString::fromUtf8(gui.readAllStandardOutput()).contains(u"--data-dir DIR"_s));
}

void TestMainWindow::testUnknownArgumentIsRefused()
{
    QProcess gui;
    gui.start(QStringLiteral(REELPULSE_GUI_PATH), {u"--data-dir"_s, m_dataDir->path(), u"--frobnicate"_s});
    QVERIFY(gui.waitForFinished(30000));
    QCOMPARE(gui.exitCode(), 2);
    QVERIFY(QString::fromUtf8(gui.readAllStandardError()).contains(u"--frobnicate"_s));
}

void TestMainWindow::testGermanTranslationIsBuiltIn()
{
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    const QString profiles = QCoreApplication::translate("reelpulse::MainWindow", "Profiles");
    const QString hint = QCoreApplication::translate("reelpulse::ProfilesPage", "No profile matches the filter.");
    const QString scrapeNow = QCoreApplication::translate("reelpulse::MainWindow", "&Scrape Now");
    const QString manual = QCoreApplication::translate("reelpulse::ModelFormat", "%1 (manual)");
    // Remove the translators again so that other tests read English.
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(profiles, u"Profile"_s);
    QCOMPARE(hint, u"Kein Profil passt zum Filter."_s);
    QCOMPARE(scrapeNow, u"Jetzt &abrufen"_s);
    QCOMPARE(manual, u"%1 (manuell)"_s);
    QCOMPARE(QCoreApplication::translate("reelpulse::MainWindow", "Profiles"), u"Profiles"_s);
}

QTEST_MAIN(TestMainWindow)
#include "testMainWindow.moc"
