#pragma once

#include "sentiment/SentimentLanguage.h"
#include "sentiment/SentimentToken.h"
#include "sentiment/TextBuffer.h"

#include <QStringView>

#include <vector>

namespace reelpulse::sentiment {

// Per-thread working memory of the engine: reused from text to text, so scoring does not allocate once warm.
struct TokenBuffer
{
    TextBuffer work;    // reference mode: the text with emoji replaced by their descriptions
    TextBuffer lower;   // every token's lower-cased word or emoji key
    TextBuffer variant; // a word being rewritten (elongations, glued punctuation)
    std::vector<SentimentToken> tokens;
    std::vector<double> sentiments;
    std::vector<qsizetype> mapBegin; // per unit of `work`: source span (reference mode, emoji replaced)
    std::vector<qsizetype> mapEnd;
    QStringView workView;
    qsizetype textBegin = 0;
    qsizetype textEnd = 0;
    quint16 lineMarks = 0;                 // every token's marks, or-ed
    Language language = Language::English; // the lexicon the words were read with
    int exclamations = 0;
    int questions = 0;

    QStringView lowerAt(std::size_t i) const
    {
        const SentimentToken &t = tokens[i];
        return lower.sliced(t.lowerBegin, t.lowerLength);
    }
    bool lowerIs(std::size_t i, QStringView word) const { return lowerAt(i) == word; }
    bool has(std::size_t i, quint16 mark) const { return (tokens[i].marks & mark) != 0; }
    void countPunctuation(QStringView text)
    {
        for (const QChar ch : text) {
            if (ch.unicode() == u'!')
                ++exclamations;
            else if (ch.unicode() == u'?')
                ++questions;
        }
    }
};

} // namespace reelpulse::sentiment
