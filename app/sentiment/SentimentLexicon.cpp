#include "sentiment/SentimentLexicon.h"

#include "sentiment/PythonText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

const SentimentLexicon &SentimentLexicon::shared()
{
    // No state: the tables are constant data, so this needs neither construction work nor a destructor.
    static const SentimentLexicon instance;
    return instance;
}

bool SentimentLexicon::isNegation(QStringView lowerWord) const
{
    const WordInfo *info = wordInfo(lowerWord);
    return (info && info->negation()) || PythonText::containsNt(lowerWord);
}

bool SentimentLexicon::isEmojiCodePoint(char32_t cp) const
{
    if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF))
        return true;
    const char32_t *end = tables::emojiCodePoints + tables::emojiCodePointCount;
    return std::binary_search(tables::emojiCodePoints, end, cp);
}

QString SentimentLexicon::emojiValenceSource(QStringView normalisedKey) const
{
    const tables::EmojiValenceEntry *entry = tables::emojiValences.find(normalisedKey);
    if (!entry)
        return {};
    switch (entry->source) {
    case 'e':
        return u"esr"_s;
    case 's':
        return u"supplement"_s;
    case 'n':
        return u"descriptive"_s;
    default:
        return u"description"_s;
    }
}

QString SentimentLexicon::dataTag() const
{
    return u"w"_s + QString::number(wordCount()) + u"-e"_s + QString::number(emojiDescriptionCount()) + u"-r"_s +
           QString::number(emojiRankingCount());
}

} // namespace reelpulse::sentiment
