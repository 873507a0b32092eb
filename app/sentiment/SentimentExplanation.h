#pragma once

#include "sentiment/DetectedLanguage.h"
#include "sentiment/SentimentTypes.h"

#include <QList>
#include <QString>

namespace reelpulse::sentiment {

// One word or emoji that moved the score, with where it is in the analysed text (for highlighting).
struct SentimentContribution
{
    QString text;           // as written in the text: the word (punctuation stripped) or the emoji cluster
    QString term;           // what was scored: the lower-cased lexicon word, or the emoji's description/key
    qsizetype position = 0; // UTF-16 offset in the analysed text
    qsizetype length = 0;   // UTF-16 length
    double weight = 0.0;    // signed valence after every rule (VADER's -4..+4 scale, before normalisation)
    bool emoji = false;
    int repeat = 1; // social mode: how many identical emoji in a row this contribution stands for
};

struct SentimentExplanation
{
    SentimentScore score;
    QList<SentimentContribution> contributions; // in text order; only non-zero weights
    double punctuationEmphasis = 0.0;           // from ! and ?, added away from zero to the valence sum
    double valenceSum = 0.0;                    // sum of all weights plus the punctuation emphasis
    int tokenCount = 0;                         // words and emoji considered (neutral ones included)
    DetectedLanguage language;                  // the language the words were read in (and how it was told)
};

} // namespace reelpulse::sentiment
