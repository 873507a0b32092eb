#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace reelpulse::i18n {

/// The values of the `ui.language` setting, in the order a choice lists them: "system" (the language of the
/// system: LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux), "en", "de", "es".
QStringList languageCodes();

/// How a choice names a language: in that language ("Deutsch", "Español"), so a person who cannot read the
/// current one still finds theirs; "system" gives the translated "System default".
QString languageName(const QString &code);

/// The `ui.language` setting of a data folder: one of languageCodes(), "system" when unset.
QString languageSetting(const QString &dataDir);

/// The locale ReelPulse speaks and formats numbers, dates and percentages by for a setting: the system's
/// for "system" (and for anything unknown).
QLocale localeFor(const QString &code);

/// The language of ReelPulse's built-in translation that `locale` asks for ("de", "es"), or empty when it
/// asks for English or for a language ReelPulse does not speak. The locale's UI languages are tried in
/// order, so "en:de" means English.
QString translationFor(const QLocale &locale);

/// Installs ReelPulse's translation (built into the program) and Qt's own (from the system, when
/// installed) for `locale` in the running application, replacing those an earlier call installed.
/// Returns the language installed ("de", "es"), empty for English.
QString installTranslations(const QLocale &locale);

/// What a program does at start: installTranslations() for the setting's locale; a chosen language (not
/// "system") also becomes the default locale, so numbers, dates and percentages follow it.
QString useLanguage(const QString &code);

} // namespace reelpulse::i18n
