#pragma once

#include "sentiment/SentimentLanguage.h"

#include <QString>

#include <optional>

namespace reelpulse::sentiment {

// What told a text's language (for explanations).
enum class LanguageBasis : quint8 {
    NoWords,    // no word with letters (emoji, punctuation, links, mentions only) or too short to tell
    Words,      // the words the text is written with (common words, lexicon words, letters like ñ or ß)
    Identifier, // Compact Language Detector 2, on a longer text or one in another script
    Hint,       // the account's dominant language, for a text whose words do not tell
    Forced,     // the caller's choice (--lang)
    English,    // reference mode: always English
};

// A text's language: the lexicon it is scored with and the code stored with the comment.
struct DetectedLanguage
{
    Language language = Language::Undetermined;
    LanguageBasis basis = LanguageBasis::NoWords;
    char code[8] = {'u', 'n', 'd', 0}; // "en" .. "it", "und", or another language's ISO 639 code (Other)

    QString codeString() const { return QString::fromLatin1(code); }
    void setCode(const char *value)
    {
        int i = 0;
        for (; value[i] != 0 && i < 7; ++i)
            code[i] = value[i];
        for (; i < 8; ++i)
            code[i] = 0;
    }
    static DetectedLanguage of(Language language, LanguageBasis basis)
    {
        DetectedLanguage result;
        result.language = language;
        result.basis = basis;
        result.setCode(languageCodeLatin1(language));
        return result;
    }
};

// How a caller wants a text's language chosen (social mode; reference mode always scores English).
struct LanguageOptions
{
    std::optional<Language> language;       // forced (--lang es); nullopt: detected
    Language hint = Language::Undetermined; // the account's dominant language, a head start for short texts
};

} // namespace reelpulse::sentiment
