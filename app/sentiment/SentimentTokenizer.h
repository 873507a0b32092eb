#pragma once

#include "sentiment/SentimentTypes.h"

#include <QString>
#include <QStringView>

#include <cstdint>

namespace reelpulse::sentiment {

class SentimentLexicon;
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
    // to the caller's text (reference mode with emoji; social tokens always index the caller's text).
    void tokenize(QStringView text, TokenBuffer &buffer, bool trackSource) const;

private:
    void tokenizeReference(QStringView text, TokenBuffer &scratch, bool trackSource) const;
    void tokenizeSocial(QStringView text, TokenBuffer &scratch) const;
    void addWordToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end, qsizetype srcBegin,
                      qsizetype srcEnd) const;
    // A word [begin, end) already lower-cased at the tail of scratch.lower (ASCII, no punctuation to strip).
    void addLoweredWordToken(TokenBuffer &scratch, qsizetype begin, qsizetype end, qsizetype srcBegin, qsizetype srcEnd,
                             std::uint32_t hash, unsigned kinds) const;
    void addEmojiToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end) const;
    void collapseEmojiRuns(TokenBuffer &scratch) const;
    void dropHashtagBlocks(TokenBuffer &scratch) const;
    void mergePhrases(TokenBuffer &scratch) const;

    const SentimentLexicon &m_lexicon;
    Mode m_mode;
};

} // namespace reelpulse::sentiment
