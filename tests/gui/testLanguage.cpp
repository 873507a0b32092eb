// The window in German and Spanish (menus, sections, window title, the Settings page), numbers in the chosen
// locale, and Settings › Language: the choice is stored for the next start and a restart is offered.
#include "GuiTestHelpers.h"

#include "LanguageSection.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingsPage.h"
#include "domain/AppInfo.h"
#include "i18n/Language.h"
#include "platform/Settings.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testWindowSpeaksTheChosenLanguage_data();
    void testWindowSpeaksTheChosenLanguage();
    void testLanguageChoiceIsStoredForTheNextStart();
    void testAppHelpSpeaksTheSystemLanguage();

private:
    std::unique_ptr<MainWindow> showWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_service;
};

void TestLanguage::initTestCase()
{
    applyApplicationIdentity();
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestLanguage::init()
{
    QSettings().clear();
    MessageBox::setNextAnswer(MessageBox::Answer::None);
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    auto opened = Database::open(m_dataDir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_database = std::move(opened.value());
    m_service = std::make_unique<TrackingService>(*m_database);
}

void TestLanguage::cleanup()
{
    // The next test starts in English again.
    i18n::useLanguage(u"en"_s);
    QLocale::setDefault(QLocale::c());
    m_service.reset();
    m_database.reset();
    m_dataDir.reset();
}

std::unique_ptr<MainWindow> TestLanguage::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_service, m_dataDir->path());
    window->show();
    if (!testing::waitForTaskTables(*window))
        qWarning("the task tables were not read");
    return window;
}

void TestLanguage::testWindowSpeaksTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("settingsHeading");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("qtCancel");
    QTest::newRow("de") << u"de"_s
                        << QStringList{u"Übersicht"_s,    u"Profile"_s,   u"Reels"_s,    u"Videos"_s,
                                       u"Creator"_s,      u"Downloads"_s, u"Beiträge"_s, u"Aktivitätsprotokoll"_s,
                                       u"Einstellungen"_s}
                        << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"A&brufen"_s, u"&Hilfe"_s}
                        << u"Einstellungen"_s << u"1.234,5"_s << u"Abbrechen"_s;
    QTest::newRow("es") << u"es"_s
                        << QStringList{u"Resumen"_s,      u"Perfiles"_s,  u"Reels"_s,    u"Videos"_s,
                                       u"Creadores"_s,    u"Descargas"_s, u"Redactar"_s, u"Registro de actividad"_s,
                                       u"Configuración"_s}
                        << QStringList{u"&Archivo"_s, u"&Editar"_s, u"&Ver"_s, u"Re&copilación"_s, u"Ay&uda"_s}
                        << u"Configuración"_s << u"1234,5"_s << u"Cancelar"_s;
    QTest::newRow("en") << u"en"_s
                        << QStringList{u"Overview"_s,  u"Profiles"_s, u"Reels"_s,        u"Videos"_s,  u"Creators"_s,
                                       u"Downloads"_s, u"Composer"_s, u"Activity Log"_s, u"Settings"_s}
                        << QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Scraping"_s, u"&Help"_s} << u"Settings"_s
                        << u"1,234.5"_s << u"Cancel"_s;
}

void TestLanguage::testWindowSpeaksTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sections);
    QFETCH(QStringList, menus);
    QFETCH(QString, settingsHeading);
    QFETCH(QString, number);
    QFETCH(QString, qtCancel);

    // As main() does at start with the data folder's ui.language.
    QVERIFY(Settings(m_dataDir->path()).set(u"ui.language"_s, language).ok());
    i18n::useLanguage(i18n::languageSetting(m_dataDir->path()));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
    // Qt's own strings (standard buttons), when the system has them (Debian: qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
    else
        qWarning("qt6-translations-l10n is not installed: Qt's own strings stay English");

    auto window = showWindow();
    auto *sidebar = window->findChild<QListWidget *>(u"sidebar"_s);
    QVERIFY(sidebar);
    QStringList shown;
    for (int row = 0; row < sidebar->count(); ++row)
        shown << sidebar->item(row)->text();
    QCOMPARE(shown, sections);

    QStringList menuTitles;
    for (QAction *action : window->menuBar()->actions())
        menuTitles << action->text();
    QCOMPARE(menuTitles, menus);
    QCOMPARE(window->windowTitle(), sections.first() + u" — ReelPulse"_s);

    window->setCurrentSection(MainWindow::Section::Settings);
    QCOMPARE(window->windowTitle(), sections.last() + u" — ReelPulse"_s);
    bool headingFound = false;
    for (QLabel *label : window->settingsPage()->findChildren<QLabel *>())
        headingFound = headingFound || label->text() == settingsHeading;
    QVERIFY2(headingFound, "the Settings page has no heading in the chosen language");
    QCOMPARE(window->settingsPage()->languageSection()->choice()->currentData().toString(), language);
}

void TestLanguage::testLanguageChoiceIsStoredForTheNextStart()
{
    auto window = showWindow();
    window->setCurrentSection(MainWindow::Section::Settings);
    LanguageSection *section = window->settingsPage()->languageSection();
    QComboBox *choice = section->choice();
    QCOMPARE(choice->count(), 4);
    QCOMPARE(choice->itemText(1), u"English"_s);
    QCOMPARE(choice->itemText(2), u"Deutsch"_s);
    QCOMPARE(choice->itemText(3), u"Español"_s);
    QCOMPARE(choice->currentData().toString(), u"system"_s);
    QVERIFY(section->note().isEmpty());

    // Choosing Deutsch stores it for reelpulse and reelpulse-cli, and offers a restart ("Later" here).
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    choice->setCurrentIndex(choice->findData(u"de"_s));
    QCOMPARE(Settings(m_dataDir->path()).value(u"ui.language"_s).toString(), u"de"_s);
    QCOMPARE(i18n::languageSetting(m_dataDir->path()), u"de"_s);
    QVERIFY2(MessageBox::lastText().contains(u"Restart now?"_s), qPrintable(MessageBox::lastText()));
    QVERIFY2(section->note().contains(u"Deutsch"_s), qPrintable(section->note()));
    QVERIFY(window->isVisible());
    // This process keeps its language until the restart.
    QCOMPARE(QCoreApplication::translate("reelpulse::MainWindow", "Settings"), u"Settings"_s);

    // Back to the language it started with: nothing to restart for.
    MessageBox::setNextAnswer(MessageBox::Answer::Reject);
    const QString askedBefore = MessageBox::lastText();
    choice->setCurrentIndex(choice->findData(u"system"_s));
    QCOMPARE(i18n::languageSetting(m_dataDir->path()), u"system"_s);
    QVERIFY(section->note().isEmpty());
    QCOMPARE(MessageBox::lastText(), askedBefore);
    MessageBox::setNextAnswer(MessageBox::Answer::None);
}

void TestLanguage::testAppHelpSpeaksTheSystemLanguage()
{
    // reelpulse picks its language at start as the window does (the data folder's ui.language, else LANGUAGE).
    const auto help = [this](const QString &language) {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, language);
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(REELPULSE_GUI_PATH), {u"--data-dir"_s, m_dataDir->path(), u"--help"_s});
        return gui.waitForFinished(30000) && gui.exitCode() == 0 ? QString::fromUtf8(gui.readAllStandardOutput())
                                                                 : QString();
    };
    QVERIFY2(help(u"de"_s).startsWith(u"Aufruf: reelpulse [--data-dir DIR]"_s), qPrintable(help(u"de"_s)));
    QVERIFY2(help(u"es"_s).startsWith(u"Uso: reelpulse [--data-dir DIR]"_s), qPrintable(help(u"es"_s)));
    QVERIFY2(help(u"en"_s).startsWith(u"Usage: reelpulse [--data-dir DIR]"_s), qPrintable(help(u"en"_s)));
    QVERIFY(Settings(m_dataDir->path()).set(u"ui.language"_s, u"es"_s).ok());
    QVERIFY2(help(u"de"_s).startsWith(u"Uso: reelpulse"_s), qPrintable(help(u"de"_s)));
}

QTEST_MAIN(TestLanguage)
#include "testLanguage.moc"
