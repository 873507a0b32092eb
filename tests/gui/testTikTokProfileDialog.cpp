#include "GuiTestHelpers.h"

#include "FieldMessageLabel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileDialog.h"
#include "ProfileTasksModel.h"
#include "ProfilesPage.h"
#include "TaskTableView.h"
#include "domain/AppInfo.h"
#include "platform/Settings.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::clickOrReject;
using reelpulse::testing::onNextModal;

/// The profile dialog with TikTok: the platform choice, what of the account's videos to track, the list's platform
/// column, and the cap on tracked accounts shown where the name is typed.
class TestTikTokProfileDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testAddTikTokProfileThroughTheDialog();
    void testTikTokUrlNamesItsPlatform();
    void testCapShowsTheMessageInTheDialog();
    void testEditChangesAutoTrack();

private:
    std::unique_ptr<MainWindow> showWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
};

void TestTikTokProfileDialog::initTestCase()
{
    applyApplicationIdentity();
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTikTokProfileDialog::init()
{
    QSettings().clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    MessageBox::setNextAnswer(MessageBox::Answer::None);
    auto opened = Database::open(m_dataDir->path());
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    m_service = std::make_unique<TrackingService>(*m_database);
}

void TestTikTokProfileDialog::cleanup()
{
    m_service.reset();
    m_database.reset();
    m_dataDir.reset();
}

std::unique_ptr<MainWindow> TestTikTokProfileDialog::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_service, m_dataDir->path());
    window->setCurrentSection(MainWindow::Section::Profiles);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the main window did not become active");
    if (!reelpulse::testing::waitForTaskTables(*window))
        qWarning("the task tables were not read");
    return window;
}

void TestTikTokProfileDialog::testAddTikTokProfileThroughTheDialog()
{
    const auto window = showWindow();
    auto *view = window->findChild<TaskTableView *>(u"profilesView"_s);
    QVERIFY(view);

    QString failure;
    QString hint;
    onNextModal<ProfileDialog>(failure, [&](ProfileDialog *dialog) {
        QComboBox *platform = dialog->platformCombo();
        if (!platform) {
            failure = u"no platform choice"_s;
            dialog->reject();
            return;
        }
        platform->setCurrentIndex(platform->findData(u"tiktok"_s));
        // A name that is fine on Instagram but ends with '.', which TikTok does not allow.
        QTest::keyClicks(dialog->nameEdit(), u"someone."_s);
        if (dialog->okButton()->isEnabled() || !dialog->nameMessage()->hasError()) {
            failure = u"a TikTok name ending with '.' was accepted"_s;
            dialog->reject();
            return;
        }
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Backspace);
        hint = dialog->nameMessage()->text();
        QComboBox *track = dialog->autoTrackCombo();
        track->setCurrentIndex(track->findData(u"latest"_s));
        if (!dialog->autoTrackLatestSpinBox()->isEnabled()) {
            failure = u"the number of latest videos cannot be set"_s;
            dialog->reject();
            return;
        }
        dialog->autoTrackLatestSpinBox()->setValue(3);
        clickOrReject(dialog, dialog->okButton(), failure, u"add"_s);
    });
    window->profilesPage()->addTask();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(hint.contains(u"tiktok.com/@someone"_s), qPrintable(hint));

    auto added = m_service->profiles();
    QVERIFY(added.ok());
    QCOMPARE(added->size(), 1);
    const ProfileTask &task = added->first();
    QCOMPARE(task.platform, Platform::TikTok);
    QCOMPARE(task.targetProfile, u"someone"_s);
    QCOMPARE(task.autoTrack, AutoTrack::Latest);
    QCOMPARE(task.autoTrackLatest, 3);
    // The list shows the platform.
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_COMPARE(view->model()->index(0, ProfileTasksModel::PlatformColumn).data().toString(), u"TikTok"_s);
    QCOMPARE(view->model()->index(0, ProfileTasksModel::ProfileColumn).data(Qt::ToolTipRole).toString(),
             u"https://www.tiktok.com/@someone"_s);
}

void TestTikTokProfileDialog::testTikTokUrlNamesItsPlatform()
{
    const auto window = showWindow();
    QString failure;
    onNextModal<ProfileDialog>(failure, [&](ProfileDialog *dialog) {
        // Instagram stays chosen: the URL decides.
        QTest::keyClicks(dialog->nameEdit(), u"https://www.tiktok.com/@zg.520"_s);
        clickOrReject(dialog, dialog->okButton(), failure, u"add"_s);
    });
    window->profilesPage()->addTask();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto added = m_service->profiles();
    QVERIFY(added.ok());
    QCOMPARE(added->size(), 1);
    QCOMPARE(added->first().platform, Platform::TikTok);
    QCOMPARE(added->first().targetProfile, u"zg.520"_s);
    QCOMPARE(added->first().autoTrack, AutoTrack::Off);
}

void TestTikTokProfileDialog::testCapShowsTheMessageInTheDialog()
{
    QVERIFY(Settings(m_dataDir->path()).set(u"tracking.max_accounts"_s, u"1"_s).ok());
    QVERIFY(m_service->addProfile(u"natgeo"_s, false).ok());
    const auto window = showWindow();
    QString failure;
    QString shown;
    onNextModal<ProfileDialog>(failure, [&](ProfileDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), u"https://www.tiktok.com/@someone"_s);
        clickOrReject(dialog, dialog->okButton(), failure, u"add over the cap"_s);
        if (!dialog->isVisible()) {
            failure = u"the dialog closed although the cap was reached"_s;
            return;
        }
        shown = dialog->nameMessage()->text();
        dialog->reject();
    });
    window->profilesPage()->addTask();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The same message as the CLI's.
    QVERIFY2(shown.contains(u"tracking.max_accounts"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"at most 1"_s), qPrintable(shown));
    QCOMPARE(m_service->profiles()->size(), 1);
}

void TestTikTokProfileDialog::testEditChangesAutoTrack()
{
    auto task = m_service->addProfile(u"someone"_s, false, std::nullopt, Platform::TikTok);
    QVERIFY(task.ok());
    ProfileDialog dialog(*m_service, task.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.platformCombo());
    QComboBox *track = dialog.autoTrackCombo();
    QCOMPARE(track->currentData().toString(), u"off"_s);
    track->setCurrentIndex(track->findData(u"new"_s));
    QVERIFY(!dialog.autoTrackLatestSpinBox()->isEnabled());
    QString failure;
    clickOrReject(&dialog, dialog.okButton(), failure, u"save"_s);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto saved = m_service->profile(task->id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->autoTrack, AutoTrack::New);
    QVERIFY(saved->autoTrackSince);
}

QTEST_MAIN(TestTikTokProfileDialog)
#include "testTikTokProfileDialog.moc"
