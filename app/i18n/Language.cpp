#include "i18n/Language.h"

#include "platform/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::i18n {

namespace {

const QString SettingKey = u"ui.language"_s;
const QString SystemCode = u"system"_s;

/// The translators installed by the last installTranslations() (owned by the application object).
QPointer<QTranslator> &ownTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void remove(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

bool isEnglish(const QString &language)
{
    return language == u"C" || language == u"en" || language.startsWith(u"en_"_s);
}

} // namespace

QStringList languageCodes()
{
    return {SystemCode, u"en"_s, u"de"_s, u"es"_s};
}

QString languageName(const QString &code)
{
    if (code == u"en")
        return u"English"_s;
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"es")
        return u"Español"_s;
    return QCoreApplication::translate("reelpulse::i18n", "System default");
}

QString languageSetting(const QString &dataDir)
{
    const QString code = Settings(dataDir).value(SettingKey).toString();
    return languageCodes().contains(code) ? code : SystemCode;
}

QLocale localeFor(const QString &code)
{
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == u"es")
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale::system();
}

QString translationFor(const QLocale &locale)
{
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        // English is the language of the sources: it needs no file, and a later language of the list must not
        // win over it.
        if (isEnglish(language))
            return {};
        // "de_Latn_DE" → "de_Latn" → "de".
        for (QString candidate = language; !candidate.isEmpty();) {
            if (QFile::exists(u":/i18n/reelpulse_%1.qm"_s.arg(candidate)))
                return candidate;
            const qsizetype cut = candidate.lastIndexOf(u'_');
            if (cut < 0)
                break;
            candidate.truncate(cut);
        }
    }
    return {};
}

QString installTranslations(const QLocale &locale)
{
    remove(ownTranslator());
    remove(qtTranslator());
    const QString language = translationFor(locale);
    if (language.isEmpty())
        return {};

    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(u":/i18n/reelpulse_%1.qm"_s.arg(language)) || !QCoreApplication::installTranslator(own)) {
        delete own;
        return {};
    }
    ownTranslator() = own;

    // Qt's own strings (standard buttons, file dialogs), from qt6-translations-l10n when it is installed.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        qtTranslator() = qt;
    else
        delete qt;
    return language;
}

QString useLanguage(const QString &code)
{
    const QLocale locale = localeFor(code);
    if (code != SystemCode && languageCodes().contains(code))
        QLocale::setDefault(locale);
    return installTranslations(locale);
}

} // namespace reelpulse::i18n
