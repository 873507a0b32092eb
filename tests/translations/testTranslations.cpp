// The translations: up to date with the sources and finished; built into the programs; reelpulse-cli speaks
// the system's language (LANGUAGE) or the one of the data folder's settings, in --help of every command too.
#include "TsFile.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::testing::TsMessage;

namespace {

QStringList tsFiles()
{
    return QString::fromUtf8(REELPULSE_TS_FILES).split(u'|', Qt::SkipEmptyParts);
}

/// The first few entries of a list, one per line, for a failure message.
QString someOf(const QStringList &items)
{
    QStringList shown = items.mid(0, 8);
    if (items.size() > shown.size())
        shown << u"… and %1 more"_s.arg(items.size() - shown.size());
    return shown.join(u"\n  "_s);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void testTsFilesAreUpToDate_data();
    void testTsFilesAreUpToDate();
    void testEveryEntryIsFinished_data();
    void testEveryEntryIsFinished();
    void testTranslationsAreBuiltIn();
    void testTranslationForLocale();
    void testChosenLanguageFormatsNumbers();

    void testCliHelpSpeaksTheSystemLanguage_data();
    void testCliHelpSpeaksTheSystemLanguage();
    void testEveryCommandHelpIsTranslated();
    void testLanguageSettingWinsOverTheSystem();
    void testCliMessagesAreTranslated();

private:
    Run runCli(const QStringList &arguments, const QString &language);

    QTemporaryDir m_dataDir;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QCOMPARE(tsFiles().size(), 2);
}

void TestTranslations::testTsFilesAreUpToDate_data()
{
    QTest::addColumn<QString>("tsFile");
    for (const QString &file : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void TestTranslations::testTsFilesAreUpToDate()
{
    QFETCH(QString, tsFile);
    QString error;
    const QList<TsMessage> committed = testing::readTsFile(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // lupdate over the same sources as `update_translations`, on a copy.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(REELPULSE_LUPDATE), {u"-project"_s, QStringLiteral(REELPULSE_LUPDATE_PROJECT),
                                                      u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString lupdateOutput = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(lupdateOutput));
    const QList<TsMessage> refreshed = testing::readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(refreshed.size() > 500);

    QSet<QString> inCommitted;
    for (const TsMessage &m : committed)
        inCommitted.insert(m.key());
    QSet<QString> inSources;
    QStringList missing;
    for (const TsMessage &m : refreshed) {
        inSources.insert(m.key());
        if (!inCommitted.contains(m.key()))
            missing << m.label();
    }
    QStringList vanished;
    for (const TsMessage &m : committed)
        if (!inSources.contains(m.key()))
            vanished << m.label();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 lacks %2 string(s) of the sources; run `cmake --build build --target "
                        "update_translations` and translate them (translations/README.md):\n  %3"_s.arg(tsFile)
                            .arg(missing.size())
                            .arg(someOf(missing))));
    QVERIFY2(vanished.isEmpty(),
             qPrintable(u"%1 holds %2 string(s) no source has any more; run `cmake --build build --target "
                        "update_translations`:\n  %3"_s.arg(tsFile)
                            .arg(vanished.size())
                            .arg(someOf(vanished))));
}

void TestTranslations::testEveryEntryIsFinished_data()
{
    testTsFilesAreUpToDate_data();
}

void TestTranslations::testEveryEntryIsFinished()
{
    QFETCH(QString, tsFile);
    QString error;
    const QList<TsMessage> messages = testing::readTsFile(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QStringList found = testing::problemsOf(message);
        if (!found.isEmpty())
            problems << message.label() + u": "_s + found.join(u"; "_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 has %2 entry(ies) to fix (translations/tools/ts_extract.py lists "
                                            "them):\n  %3"_s.arg(tsFile)
                                                .arg(problems.size())
                                                .arg(someOf(problems))));
}

void TestTranslations::testTranslationsAreBuiltIn()
{
    QVERIFY(QFile::exists(u":/i18n/reelpulse_de.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/reelpulse_es.qm"_s));
    const char *source = "track Instagram posts and TikTok videos";

    QCOMPARE(i18n::installTranslations(QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
    QCOMPARE(QCoreApplication::translate("reelpulse::cli", source),
             u"Instagram-Beiträge und TikTok-Videos verfolgen"_s);
    QCOMPARE(i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Mexico)), u"es"_s);
    QCOMPARE(QCoreApplication::translate("reelpulse::cli", source),
             u"sigue publicaciones de Instagram y videos de TikTok"_s);
    // Plural forms come through.
    QCOMPARE(QCoreApplication::translate("reelpulse::ModelFormat", "every %n days", nullptr, 3), u"cada 3 días"_s);
    QCOMPARE(QCoreApplication::translate("reelpulse::ModelFormat", "every %n days", nullptr, 1), u"cada 1 día"_s);
    // English needs none, and the earlier one is removed.
    QCOMPARE(i18n::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
    QCOMPARE(QCoreApplication::translate("reelpulse::cli", source), QString::fromLatin1(source));
}

void TestTranslations::testTranslationForLocale()
{
    QCOMPARE(i18n::translationFor(QLocale(u"de_AT"_s)), u"de"_s);
    QCOMPARE(i18n::translationFor(QLocale(u"de_CH"_s)), u"de"_s);
    QCOMPARE(i18n::translationFor(QLocale(u"es_AR"_s)), u"es"_s);
    QCOMPARE(i18n::translationFor(QLocale(u"en_GB"_s)), QString());
    QCOMPARE(i18n::translationFor(QLocale(u"fr_FR"_s)), QString()); // not spoken: English
    QCOMPARE(i18n::translationFor(QLocale::c()), QString());

    QCOMPARE(i18n::localeFor(u"de"_s).language(), QLocale::German);
    QCOMPARE(i18n::localeFor(u"es"_s).language(), QLocale::Spanish);
    QCOMPARE(i18n::localeFor(u"en"_s).language(), QLocale::English);
    QCOMPARE(i18n::localeFor(u"system"_s), QLocale::system());
    QCOMPARE(i18n::languageCodes(), QStringList({u"system"_s, u"en"_s, u"de"_s, u"es"_s}));
    QCOMPARE(i18n::languageName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(i18n::languageName(u"es"_s), u"Español"_s);
}

void TestTranslations::testChosenLanguageFormatsNumbers()
{
    QCOMPARE(i18n::useLanguage(u"de"_s), u"de"_s);
    const QString german = QLocale().toString(1234567.5, 'f', 1);
    const QString germanPercent = QLocale().toString(12.5, 'f', 1);
    QCOMPARE(i18n::useLanguage(u"es"_s), u"es"_s);
    const QString spanish = QLocale().toString(1234.5, 'f', 1);
    QCOMPARE(i18n::useLanguage(u"en"_s), QString());
    const QString english = QLocale().toString(1234567.5, 'f', 1);
    QLocale::setDefault(QLocale::c());
    i18n::installTranslations(QLocale::c());

    QCOMPARE(german, u"1.234.567,5"_s);
    QCOMPARE(germanPercent, u"12,5"_s);
    QCOMPARE(spanish, u"1234,5"_s); // Spanish groups from five digits on
    QCOMPARE(english, u"1,234,567.5"_s);
}

Run TestTranslations::runCli(const QStringList &arguments, const QString &language)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    if (!language.isEmpty())
        env.insert(u"LANGUAGE"_s, language);
    env.insert(u"REELPULSE_DATA_DIR"_s, m_dataDir.path());
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(REELPULSE_CLI_PATH), arguments);
    Run run;
    if (!cli.waitForFinished(60000))
        return run;
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

void TestTranslations::testCliHelpSpeaksTheSystemLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("LANGUAGE=de") << u"de"_s
                                 << QStringList{u"Aufruf: reelpulse-cli"_s,
                                                u"Befehle:"_s,
                                                u"Globale Optionen:"_s,
                                                u"Instagram-Beiträge und TikTok-Videos verfolgen"_s,
                                                u"die Einstellungen anzeigen und ändern"_s,
                                                u"Exit-Codes:"_s};
    QTest::newRow("LANGUAGE=de_AT") << u"de_AT"_s << QStringList{u"Aufruf: reelpulse-cli"_s};
    QTest::newRow("LANGUAGE=es") << u"es"_s
                                 << QStringList{u"Uso: reelpulse-cli"_s, u"Comandos:"_s, u"Opciones globales:"_s,
                                                u"sigue publicaciones de Instagram y videos de TikTok"_s,
                                                u"Códigos de salida:"_s};
    QTest::newRow("LANGUAGE=es_MX:en") << u"es_MX:en"_s << QStringList{u"Uso: reelpulse-cli"_s};
    QTest::newRow("LANGUAGE=en:de") << u"en:de"_s
                                    << QStringList{u"Usage: reelpulse-cli"_s, u"Global options:"_s,
                                                   u"track Instagram posts and TikTok videos"_s};
    QTest::newRow("LANG=C only") << QString() << QStringList{u"Usage: reelpulse-cli"_s, u"Commands:"_s};
}

void TestTranslations::testCliHelpSpeaksTheSystemLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const Run run = runCli({u"--help"_s}, language);
    QCOMPARE(run.exitCode, 0);
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(u"\"%1\" is not in:\n%2"_s.arg(text, run.out)));
}

void TestTranslations::testEveryCommandHelpIsTranslated()
{
    const QStringList commands{u"config"_s,   u"endpoints"_s, u"governor"_s, u"info"_s,      u"profiles"_s,
                               u"projects"_s, u"reels"_s,     u"scrape"_s,   u"sentiment"_s, u"videos"_s,
                               u"creators"_s, u"analytics"_s, u"overview"_s};
    for (const QString &command : commands) {
        const Run english = runCli({command, u"--help"_s}, u"en"_s);
        const Run german = runCli({command, u"--help"_s}, u"de"_s);
        const Run spanish = runCli({command, u"--help"_s}, u"es"_s);
        QVERIFY2(english.exitCode == 0 && german.exitCode == 0 && spanish.exitCode == 0, qPrintable(command));
        QVERIFY2(english.out.startsWith(u"Usage: reelpulse-cli "_s + command), qPrintable(english.out));
        QVERIFY2(german.out.startsWith(u"Aufruf: reelpulse-cli "_s + command), qPrintable(german.out));
        QVERIFY2(spanish.out.startsWith(u"Uso: reelpulse-cli "_s + command), qPrintable(spanish.out));
        // Translated beyond the first word: most lines differ from the English help.
        const QStringList englishLines = english.out.split(u'\n');
        for (const Run *translated : {&german, &spanish}) {
            const QStringList lines = translated->out.split(u'\n');
            int same = 0;
            for (const QString &line : lines)
                if (!line.trimmed().isEmpty() && englishLines.contains(line))
                    ++same;
            QVERIFY2(same * 2 < lines.size(),
                     qPrintable(u"%1 --help is mostly English:\n%2"_s.arg(command, translated->out)));
        }
    }
}

void TestTranslations::testLanguageSettingWinsOverTheSystem()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QStringList dataDirArgs{u"--data-dir"_s, dataDir.path()};

    Run set = runCli(dataDirArgs + QStringList{u"config"_s, u"set"_s, u"ui.language"_s, u"es"_s}, u"de"_s);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    Run help = runCli(dataDirArgs + QStringList{u"--help"_s}, u"de"_s);
    QVERIFY2(help.out.startsWith(u"Uso: reelpulse-cli"_s), qPrintable(help.out));

    set = runCli(dataDirArgs + QStringList{u"config"_s, u"set"_s, u"ui.language"_s, u"en"_s}, u"de"_s);
    QCOMPARE(set.exitCode, 0);
    help = runCli(dataDirArgs + QStringList{u"--help"_s}, u"de"_s);
    QVERIFY2(help.out.startsWith(u"Usage: reelpulse-cli"_s), qPrintable(help.out));

    // Back to the system's language.
    set = runCli(dataDirArgs + QStringList{u"config"_s, u"set"_s, u"ui.language"_s, u"system"_s}, u"de"_s);
    QCOMPARE(set.exitCode, 0);
    help = runCli(dataDirArgs + QStringList{u"--help"_s}, u"de"_s);
    QVERIFY2(help.out.startsWith(u"Aufruf: reelpulse-cli"_s), qPrintable(help.out));

    // A language ReelPulse does not speak is refused, in the language it speaks.
    const Run refused = runCli(dataDirArgs + QStringList{u"config"_s, u"set"_s, u"ui.language"_s, u"fr"_s}, u"de"_s);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"ui.language muss einer dieser Werte sein: system, en, de, es"_s),
             qPrintable(refused.err));
}

void TestTranslations::testCliMessagesAreTranslated()
{
    // An engine message (the tracking service's validation) and a CLI message, in each language.
    const Run german = runCli({u"profiles"_s, u"add"_s, u"bad..name"_s}, u"de"_s);
    QCOMPARE(german.exitCode, 2);
    QVERIFY2(german.err.contains(u"Ungültiger Instagram-Profilname „bad..name“"_s), qPrintable(german.err));
    const Run spanish = runCli({u"frobnicate"_s}, u"es"_s);
    QCOMPARE(spanish.exitCode, 2);
    QVERIFY2(spanish.err.contains(u"Comando desconocido 'frobnicate'"_s), qPrintable(spanish.err));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "testTranslations.moc"
