#include "sentiment/SentimentLanguage.h"

#include <QCoreApplication>

namespace reelpulse::sentiment {

const char *languageCodeLatin1(Language language)
{
    switch (language) {
    case Language::English:
        return "en";
    case Language::Spanish:
        return "es";
    case Language::Portuguese:
        return "pt";
    case Language::German:
        return "de";
    case Language::French:
        return "fr";
    case Language::Italian:
        return "it";
    case Language::Other:
        return "other";
    case Language::Undetermined:
        break;
    }
    return "und";
}

QString languageCode(Language language)
{
    return QString::fromLatin1(languageCodeLatin1(language));
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const Language language : {Language::Undetermined, Language::English, Language::Spanish, Language::Portuguese,
                                    Language::German, Language::French, Language::Italian}) {
        if (trimmed.compare(QLatin1StringView(languageCodeLatin1(language)), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString languageName(Language language)
{
    switch (language) {
    case Language::English:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "English");
    case Language::Spanish:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "Spanish");
    case Language::Portuguese:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "Portuguese");
    case Language::German:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "German");
    case Language::French:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "French");
    case Language::Italian:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "Italian");
    case Language::Other:
        return QCoreApplication::translate("reelpulse::sentiment::Language", "another language");
    case Language::Undetermined:
        break;
    }
    return QCoreApplication::translate("reelpulse::sentiment::Language", "undetermined");
}

} // namespace reelpulse::sentiment
