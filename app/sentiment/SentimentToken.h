#pragma once

#include <QtGlobal>

namespace reelpulse::sentiment {

// One word, emoticon or emoji as the VADER rules see it. Positions index the working text (the caller's text, or in
// reference mode the text with emoji replaced by their descriptions) and the caller's text (src*).
// Words the VADER rules test for by name, marked once per token so the rules compare bits, not strings.
enum TokenMark : quint16 {
    MarkNo = 1 << 0,
    MarkOrNor = 1 << 1,
    MarkNever = 1 << 2,
    MarkSoThis = 1 << 3,
    MarkWithout = 1 << 4,
    MarkDoubt = 1 << 5,
    MarkLeast = 1 << 6,
    MarkAt = 1 << 7,
    MarkVery = 1 << 8,
    MarkKind = 1 << 9,
    MarkOf = 1 << 10,
    MarkBut = 1 << 11,
    MarkIdiomWord = 1 << 12,    // a word of SPECIAL_CASES or of a multi-word booster
    MarkPhraseStart = 1 << 13,  // social mode: the first word of a multi-word lexicon entry or idiom
    MarkPostNegation = 1 << 14, // other languages: turns the sentiment word before it around ("mag ich nicht")
};

struct SentimentToken
{
    qsizetype begin = 0; // in the working text
    qsizetype end = 0;
    qsizetype lowerBegin = 0; // in Scratch::lower
    qsizetype lowerLength = 0;
    qsizetype srcBegin = 0; // in the caller's text
    qsizetype srcEnd = 0;
    double valence = 0.0; // lexicon (or emoji) valence
    double booster = 0.0;
    bool inLexicon = false;
    bool upper = false;
    bool negation = false;
    bool isBooster = false;
    bool emoji = false;
    // Social mode: whether the token comes from a hashtag, and (set only while looking for hashtag blocks) whether
    // it has no letter or digit (".", "•", "-"). With chunk below they fill the struct's padding.
    bool hashtag = false;
    bool separator = false;
    // tables::WordFlag bits of the word's entry (FunctionWord, ForeignFunctionWord: language detection).
    quint8 wordFlags = 0;
    int repeat = 1;
    quint16 marks = 0;
    // Social mode: the whitespace-separated chunk of the text the token comes from (modulo 2^16; only compared
    // between neighbouring tokens).
    quint16 chunk = 0;
};

} // namespace reelpulse::sentiment
