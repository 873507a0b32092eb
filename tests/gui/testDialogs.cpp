#include "GuiTestHelpers.h"

#include "FieldMessageLabel.h"
#include "MessageBox.h"
#include "ProfileDialog.h"
#include "ProjectDialog.h"
#include "ReelDialog.h"
#include "VideoDialog.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::clickOrReject;
using reelpulse::testing::onNextModal;

class TestDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testProfileDialogValidatesWhileTyping();
    void testProfileEditSendsOnlyChanges();
    void testProjectDialogRefusesBadAndDuplicateNames();
    void testReelDialogCreatesProjectThenAddsReel();
    void testReelDialogShowsDuplicateOnTheReelField();
    void testVideoDialogValidatesIntervalAndMetadata();
    void testVideoEditChangesIntervalMetadataAndActive();
    void testMessageBoxSeamAnswersOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
};

void TestDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->path());
    QVERIFY(opened.ok());
    m_database = std::move(opened.value());
    m_service = std::make_unique<TrackingService>(*m_database);
}

void TestDialogs::cleanup()
{
    m_service.reset();
    m_database.reset();
    m_dir.reset();
}

void TestDialogs::testProfileDialogValidatesWhileTyping()
{
    ProfileDialog dialog(*m_service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Nothing typed yet: OK is off, but no red text shouts at the person.
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.nameMessage()->isVisible());
    QCOMPARE(dialog.intervalSpinBox()->value(), DefaultProfileIntervalDays);

    QTest::keyClicks(dialog.nameEdit(), u"bad..name"_s);
    QVERIFY(dialog.nameMessage()->isVisible());
    QVERIFY(dialog.nameMessage()->hasError());
    QVERIFY(!dialog.okButton()->isEnabled());

    dialog.nameEdit()->selectAll();
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.nameMessage()->hasError()); // emptied after typing: say it is empty
    QVERIFY(!dialog.okButton()->isEnabled());

    QTest::keyClicks(dialog.nameEdit(), u"https://www.instagram.com/Good.Name/"_s);
    QVERIFY(!dialog.nameMessage()->hasError());
    QCOMPARE(dialog.nameMessage()->text(), u"Tracks instagram.com/good.name"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.intervalSpinBox()->setValue(0);
    QVERIFY(dialog.intervalMessage()->hasError());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.intervalSpinBox()->setValue(MaxIntervalDays + 1);
    QVERIFY(dialog.intervalMessage()->text().contains(QString::number(MaxIntervalDays)));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.intervalSpinBox()->setValue(7);
    QVERIFY(!dialog.intervalMessage()->hasError());
    QVERIFY(dialog.okButton()->isEnabled());

    // OK while invalid does nothing; the store stays untouched.
    dialog.intervalSpinBox()->setValue(0);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(m_service->profiles()->isEmpty());

    dialog.intervalSpinBox()->setValue(7);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.changed());
    auto stored = m_service->profile(dialog.task().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->targetProfile, u"good.name"_s);
    QCOMPARE(stored->intervalDays, 7);
    QVERIFY(!stored->isCompetitor);
}

void TestDialogs::testProfileEditSendsOnlyChanges()
{
    auto task = m_service->addProfile(u"natgeo"_s, true, 4);
    QVERIFY(task.ok());

    ProfileDialog unchanged(*m_service, task.value());
    unchanged.show();
    QVERIFY(unchanged.okButton()->isEnabled());
    QVERIFY(!unchanged.nameEdit()); // the profile itself cannot change
    QTest::mouseClick(unchanged.okButton(), Qt::LeftButton);
    QCOMPARE(unchanged.result(), int(QDialog::Accepted));
    QVERIFY(!unchanged.changed());

    ProfileDialog dialog(*m_service, task.value());
    dialog.show();
    QVERIFY(dialog.competitorButton()->isChecked());
    QCOMPARE(dialog.intervalSpinBox()->value(), 4);
    QVERIFY(!dialog.pausedCheckBox()->isChecked());
    const auto radios = dialog.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QRadioButton *own = radios.first() == dialog.competitorButton() ? radios.last() : radios.first();
    QTest::mouseClick(own, Qt::LeftButton);
    dialog.pausedCheckBox()->setChecked(true);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.changed());
    auto stored = m_service->profile(task->id);
    QVERIFY(stored.ok());
    QVERIFY(!stored->isCompetitor);
    QCOMPARE(stored->status, TaskStatus::Paused);
    QCOMPARE(stored->intervalDays, 4);
}

void TestDialogs::testProjectDialogRefusesBadAndDuplicateNames()
{
    QVERIFY(m_service->addProject(u"Summer"_s).ok());
    ProjectDialog dialog(*m_service);
    dialog.show();
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), u"   "_s);
    QVERIFY(dialog.nameMessage()->hasError());
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.nameEdit(), QString(101, u'x'));
    QVERIFY(dialog.nameMessage()->text().contains(u"100"_s));
    dialog.nameEdit()->selectAll();
    QTest::keyClicks(dialog.nameEdit(), u"Summer"_s);
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.nameMessage()->text().contains(u"already exists"_s), qPrintable(dialog.nameMessage()->text()));
    QCOMPARE(dialog.nameEdit()->text(), u"Summer"_s);

    QTest::keyClicks(dialog.nameEdit(), u" 2026"_s);
    QVERIFY(!dialog.nameMessage()->hasError());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.project().name, u"Summer 2026"_s);
    QVERIFY(m_service->project(u"Summer 2026"_s).ok());
}

void TestDialogs::testReelDialogCreatesProjectThenAddsReel()
{
    ReelDialog dialog(*m_service);
    QSignalSpy created(&dialog, &ReelDialog::projectCreated);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.projectComboBox()->count(), 0);
    QVERIFY(dialog.projectMessage()->text().contains(u"New Project"_s));
    QTest::keyClicks(dialog.reelEdit(), u"https://www.instagram.com/reel/C0ABCdefGHI/?igsh=abc"_s);
    QVERIFY(!dialog.reelMessage()->hasError());
    QVERIFY(!dialog.okButton()->isEnabled()); // no project yet

    QString failure;
    onNextModal<ProjectDialog>(failure, [&failure](ProjectDialog *project) {
        QTest::keyClicks(project->nameEdit(), u"Launch"_s);
        clickOrReject(project, project->okButton(), failure, u"new project"_s);
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"newProjectButton"_s), Qt::LeftButton);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(created.size(), 1);
    QCOMPARE(dialog.projectComboBox()->currentText(), u"Launch"_s);
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.reelEdit()->selectAll();
    QTest::keyClicks(dialog.reelEdit(), u"https://www.tiktok.com/@a/video/1234567"_s);
    QVERIFY(dialog.reelMessage()->hasError());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.reelEdit()->selectAll();
    QTest::keyClicks(dialog.reelEdit(), u"C0ABCdefGHI"_s);
    QCOMPARE(dialog.reelMessage()->text(), u"https://www.instagram.com/reel/C0ABCdefGHI/"_s);
    dialog.intervalSpinBox()->setValue(3);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    auto reels = m_service->reels(u"Launch"_s);
    QVERIFY(reels.ok());
    QCOMPARE(reels->size(), 1);
    QCOMPARE(reels->first().shortcode, u"C0ABCdefGHI"_s);
    QCOMPARE(reels->first().intervalDays, 3);
}

void TestDialogs::testReelDialogShowsDuplicateOnTheReelField()
{
    QVERIFY(m_service->addProject(u"Autumn"_s).ok());
    auto summer = m_service->addProject(u"Summer"_s);
    QVERIFY(m_service->addReel(u"Summer"_s, u"C0ABCdefGHI"_s).ok());

    ReelDialog dialog(*m_service, summer->id);
    dialog.show();
    QCOMPARE(dialog.projectComboBox()->currentText(), u"Summer"_s); // preselected
    QTest::keyClicks(dialog.reelEdit(), u"https://instagram.com/p/C0ABCdefGHI"_s);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.reelMessage()->text().contains(u"already tracked"_s), qPrintable(dialog.reelMessage()->text()));

    // The same reel in another project is fine.
    dialog.projectComboBox()->setCurrentIndex(dialog.projectComboBox()->findText(u"Autumn"_s));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.task().projectName, u"Autumn"_s);
}

void TestDialogs::testVideoDialogValidatesIntervalAndMetadata()
{
    VideoDialog dialog(*m_service);
    dialog.show();
    QCOMPARE(dialog.intervalSpinBox()->value(), DefaultVideoIntervalHours);
    QVERIFY(dialog.activeCheckBox()->isChecked());
    QVERIFY(!dialog.okButton()->isEnabled());

    // A TikTok address while Instagram is chosen is refused, with the reason.
    QTest::keyClicks(dialog.videoEdit(), u"https://www.tiktok.com/@someone/video/7234567890123456789"_s);
    QVERIFY(dialog.videoMessage()->text().contains(u"TikTok"_s));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.platformComboBox()->setCurrentIndex(dialog.platformComboBox()->findText(u"TikTok"_s));
    QVERIFY(!dialog.videoMessage()->hasError());
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.intervalSpinBox()->setValue(MinVideoIntervalHours - 1);
    QVERIFY(dialog.intervalMessage()->hasError());
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.intervalSpinBox()->setValue(MaxVideoIntervalHours + 1);
    QVERIFY(dialog.intervalMessage()->hasError());
    dialog.intervalSpinBox()->setValue(12);
    QVERIFY(!dialog.intervalMessage()->hasError());

    QTest::keyClicks(dialog.metadataEdit(), u"campaign=summer"_s);
    QTest::keyClick(dialog.metadataEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog.metadataEdit(), u"no equals sign"_s);
    QVERIFY(dialog.metadataMessage()->text().startsWith(u"Line 2:"_s));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.metadataEdit()->setPlainText(u"campaign=summer\n\n  owner = anna  \n"_s);
    QVERIFY(!dialog.metadataMessage()->hasError());
    QString tooMany;
    for (int i = 0; i <= MaxMetadataKeys; ++i)
        tooMany += u"k%1=v\n"_s.arg(i);
    dialog.metadataEdit()->setPlainText(tooMany);
    QVERIFY(dialog.metadataMessage()->hasError());
    dialog.metadataEdit()->setPlainText(u"campaign=summer\nowner=anna"_s);
    dialog.activeCheckBox()->setChecked(false);

    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    auto videos = m_service->videos();
    QVERIFY(videos.ok());
    QCOMPARE(videos->size(), 1);
    const VideoTask &video = videos->first();
    QCOMPARE(video.platform, Platform::TikTok);
    QCOMPARE(video.externalId, u"7234567890123456789"_s);
    QCOMPARE(video.intervalHours, 12);
    QVERIFY(!video.isActive);
    QCOMPARE(video.metadata, (QJsonObject{{u"campaign"_s, u"summer"_s}, {u"owner"_s, u"anna"_s}}));

    // The same video again: refused in the dialog, which stays open.
    VideoDialog again(*m_service);
    again.show();
    again.platformComboBox()->setCurrentIndex(1);
    QTest::keyClicks(again.videoEdit(), u"7234567890123456789"_s);
    QTest::mouseClick(again.okButton(), Qt::LeftButton);
    QVERIFY(again.isVisible());
    QVERIFY(again.videoMessage()->text().contains(u"already tracked"_s));
}

void TestDialogs::testVideoEditChangesIntervalMetadataAndActive()
{
    auto task = m_service->addVideo(Platform::Instagram, u"C0ABCdefGHI"_s, QJsonObject{{u"owner"_s, u"anna"_s}});
    QVERIFY(task.ok());
    VideoDialog dialog(*m_service, task.value());
    dialog.show();
    QVERIFY(!dialog.videoEdit());
    QCOMPARE(dialog.metadataEdit()->toPlainText(), u"owner=anna"_s);
    dialog.intervalSpinBox()->setValue(48);
    dialog.metadataEdit()->setPlainText(u"owner=ben\nregion=eu"_s);
    dialog.activeCheckBox()->setChecked(false);
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    auto stored = m_service->video(task->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->intervalHours, 48);
    QVERIFY(!stored->isActive);
    QCOMPARE(stored->metadata, (QJsonObject{{u"owner"_s, u"ben"_s}, {u"region"_s, u"eu"_s}}));
}

void TestDialogs::testMessageBoxSeamAnswersOnce()
{
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    QVERIFY(!MessageBox::confirm(nullptr, u"Remove"_s, u"Remove @a?"_s, u"Remove"_s));
    QCOMPARE(MessageBox::lastText(), u"Remove @a?"_s);
    MessageBox::setNextAnswer(MessageBox::Answer::Accept);
    QVERIFY(MessageBox::confirm(nullptr, u"Remove"_s, u"Remove @b?"_s, u"Remove"_s));

    // Without an answer set, the box is shown and waits for the person.
    QString failure;
    bool sawBox = false;
    QTimer::singleShot(50, qApp, [&] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            sawBox = true;
            QTest::keyClick(box, Qt::Key_Escape);
        }
    });
    QVERIFY(!MessageBox::confirm(nullptr, u"Remove"_s, u"Remove @c?"_s, u"Remove"_s));
    QVERIFY(sawBox);
}

QTEST_MAIN(TestDialogs)
#include "testDialogs.moc"
