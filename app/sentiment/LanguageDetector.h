#pragma once

#include "sentiment/DetectedLanguage.h"

#include <QStringView>

#include <array>

namespace reelpulse::sentiment {

class SentimentLexicon;
struct TokenBuffer;

// Tells a comment's language from its words (docs/sentiment.md, "Languages"):
// 1. No word of three letters or more: undetermined ("👍", "ok", "xd").
// 2. A text mostly in another script (Arabic, Cyrillic, ...): CLD2 names the language; scored as Other.
// 3. Every word a known English word (VADER's lexicon or a common English word) and at least one that is not also
//    a common word of another language: English. This is the common case, and costs nothing: the words were
//    looked up while tokenizing.
// 4. Otherwise each word votes for the languages it is a common word of (weight 1) or a lexicon word of (0.5),
//    shared among them; letters only one language writes (ñ ¿ ¡, ã õ, ß) vote too. A longer text whose vote is
//    close also asks CLD2. The account's dominant language (hint), if any, gets a head start: a short comment on a
//    Spanish account is Spanish unless its words clearly say otherwise; a text whose words say nothing takes it.
class LanguageDetector final
{
public:
    explicit LanguageDetector(const SentimentLexicon &lexicon);

    // `tokens`: the text's social-mode tokens read as English (what SentimentTokenizer makes of it).
    DetectedLanguage detect(QStringView text, const TokenBuffer &tokens, Language hint) const;
    // The votes of the last detect() on this thread, by int(Language) (for tests and tuning).
    static std::array<double, 7> lastEvidence();

private:
    const SentimentLexicon &m_lexicon;
};

} // namespace reelpulse::sentiment
