#pragma once

#include "sentiment/SentimentLanguage.h"
#include "sentiment/SentimentTypes.h"

#include "sentiment/SentimentLexicon.h"

#include <QString>
#include <QStringView>

#include <cstdint>

namespace reelpulse::sentiment {

struct TokenBuffer;

// Splits a text into the tokens the VADER rules score.
// Reference mode: SentiText._words_and_emoticons after polarity_scores' emoji-to-description replacement.
// Social mode: the same word rules, emoji as grapheme clusters (repeats collapsed), links skipped, elongated words
// and the lexicon's multi-word entries recognised.
class SentimentTokenizer final
{
public:
    SentimentTokenizer(const SentimentLexicon &lexicon, Mode mode);

    // Fills buffer.tokens, buffer.lower, the punctuation counts and the working text. trackSource: map tokens back
    // to the caller's text (reference mode with emoji; social tokens always index the caller's text). Social mode
    // reads the words with `language`'s lexicon (English: VADER's; Undetermined and Other: none, so only emoji and
    // emoticons carry sentiment); reference mode is always English.
    void tokenize(QStringView text, TokenBuffer &buffer, bool trackSource, Language language = Language::English) const;

private:
    // VADER's B_INCR: what a booster word (or, in social mode, a repeated emoji) adds.
    static constexpr double BoosterIncrement = 0.293;

    void tokenizeReference(QStringView text, TokenBuffer &scratch, bool trackSource) const;
    void tokenizeSocial(QStringView text, TokenBuffer &scratch, Language language) const;
    // Social mode, a word of a language other than English: its key (accents, elongations, superlatives,
    // laughter, French and Italian elisions) looked up in that language's table.
    void addForeignWordToken(TokenBuffer &scratch, QStringView text, qsizetype begin, qsizetype end,
                             Language language) const;
    const SentimentLexicon::WordInfo *findForeignWord(TokenBuffer &scratch, Language language, qsizetype keyBegin,
                                                      double *superlativeBoost) const;
    void addWordToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end, qsizetype srcBegin,
                      qsizetype srcEnd) const;
    // A word [begin, end) already lower-cased at the tail of scratch.lower (ASCII, no punctuation to strip).
    void addLoweredWordToken(TokenBuffer &scratch, qsizetype begin, qsizetype end, qsizetype srcBegin, qsizetype srcEnd,
                             std::uint32_t hash, unsigned kinds) const;
    void addEmojiToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end) const;
    void collapseEmojiRuns(TokenBuffer &scratch) const;
    void dropHashtagBlocks(TokenBuffer &scratch) const;
    void mergePhrases(TokenBuffer &scratch, Language language) const;

    const SentimentLexicon &m_lexicon;
    Mode m_mode;
};

} // namespace reelpulse::sentiment
