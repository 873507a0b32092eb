#pragma once

#include "sentiment/DetectedLanguage.h"
#include "sentiment/LanguageDetector.h"
#include "sentiment/SentimentExplanation.h"
#include "sentiment/SentimentTokenizer.h"
#include "sentiment/SentimentTypes.h"

#include <QStringView>

namespace reelpulse::sentiment {

class SentimentLexicon;
struct TokenBuffer;

// The VADER rules over a shared immutable lexicon. Reference mode is a line-by-line port of vaderSentiment 3.3.x
// (SentimentIntensityAnalyzer.polarity_scores), quirks included; social mode changes only what docs/sentiment.md
// lists. Stateless apart from per-thread scratch buffers: safe to call from any number of threads.
class VaderEngine final
{
public:
    VaderEngine(const SentimentLexicon &lexicon, Mode mode);

    Mode mode() const { return m_mode; }
    // neg/neu/pos rounded to 3 decimals and compound to 4, as the reference returns them. Social mode reads the
    // words in the text's language (detected unless options.language is set); `language` receives it. Reference
    // mode always reads English (`language` then receives the detected language, for the record).
    SentimentScore score(QStringView text, const LanguageOptions &options = {},
                         DetectedLanguage *language = nullptr) const;
    // The same before rounding (for bit-level comparisons).
    SentimentScore scoreUnrounded(QStringView text, const LanguageOptions &options = {}) const;
    // Score plus the contributing tokens and the language.
    SentimentExplanation explain(QStringView text, const LanguageOptions &options = {}) const;
    // The text's language alone (as score() would detect it).
    DetectedLanguage detectLanguage(QStringView text, Language hint) const;

private:
    SentimentScore run(QStringView text, bool round, const LanguageOptions &options, DetectedLanguage *language,
                       SentimentExplanation *explanation) const;
    double tokenValence(const TokenBuffer &scratch, std::size_t i, bool capDifferential) const;
    double negationCheck(const TokenBuffer &scratch, double valence, int startI, std::size_t i) const;
    double specialIdiomsCheck(const TokenBuffer &scratch, double valence, std::size_t i) const;
    double leastCheck(const TokenBuffer &scratch, double valence, std::size_t i) const;
    void butCheck(TokenBuffer &scratch) const;
    double postNegationCheck(const TokenBuffer &scratch, double valence, std::size_t i) const;
    // Social mode, other languages: the valence of word i (VADER's rules with the language's words).
    double foreignTokenValence(const TokenBuffer &scratch, std::size_t i, bool capDifferential) const;
    static bool clauseEndsAfter(const TokenBuffer &scratch, std::size_t k);

    SentimentTokenizer m_tokenizer;
    SentimentTokenizer m_socialTokenizer; // language detection (social mode's English reading), in both modes
    LanguageDetector m_detector;
    Mode m_mode;
};

} // namespace reelpulse::sentiment
