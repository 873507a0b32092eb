#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace reelpulse::sentiment {

// The language a text is scored in (social mode). English to Italian have a lexicon and rules of their own;
// Undetermined (emoji only, too short, no known word) and Other (a language detected without a lexicon of ours,
// e.g. Arabic) are scored on emoji, emoticons and punctuation only.
enum class Language : quint8 { Undetermined, English, Spanish, Portuguese, German, French, Italian, Other };

// Undetermined .. Italian: the languages that index the lexicon tables (Undetermined has no words).
constexpr int kLexiconLanguageCount = 7;
// English .. Italian, in that order.
constexpr Language kScoredLanguages[] = {Language::English, Language::Spanish, Language::Portuguese,
                                         Language::German,  Language::French,  Language::Italian};

constexpr bool hasLexicon(Language language)
{
    return language != Language::Undetermined && language != Language::Other;
}

// ISO 639-1 codes: "en", "es", "pt", "de", "fr", "it"; "und" for Undetermined, "other" for Other (a detected
// language's own code is kept in DetectedLanguage).
QString languageCode(Language language);
const char *languageCodeLatin1(Language language);
// "en", "es", ..., "und", also "auto"-free: nullopt for anything else (other languages included).
std::optional<Language> languageFromCode(QStringView code);
// The English name ("Spanish"), for explanations and tables; translated by the caller's context.
QString languageName(Language language);

} // namespace reelpulse::sentiment
