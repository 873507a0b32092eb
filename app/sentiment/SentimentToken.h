#pragma once

#include <QtGlobal>

namespace reelpulse::sentiment {

// One word, emoticon or emoji as the VADER rules see it. Positions index the working text (the caller's text, or in
// reference mode the text with emoji replaced by their descriptions) and the caller's text (src*).
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
    int repeat = 1;
};

} // namespace reelpulse::sentiment
