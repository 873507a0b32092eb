#pragma once

#include "sentiment/SentimentLanguage.h"
#include "sentiment/SentimentTables.h"

#include <QString>
#include <QStringView>

namespace reelpulse::sentiment {

// The lexicons and rule tables: constant data generated at build time (SentimentTables.h), so there is nothing to
// load, lock or free; one instance serves every thread.
class SentimentLexicon final
{
public:
    // The process-wide instance.
    static const SentimentLexicon &shared();

    // Everything the rules need to know about one lower-cased word, from one hash lookup.
    using WordInfo = tables::WordEntry;
    // nullptr when the word is neither in the lexicon, a booster, a negation nor a word the rules name.
    const WordInfo *wordInfo(QStringView lowerWord) const { return tables::words.find(lowerWord); }
    // The same with the word's tables::hashKey() already computed.
    const WordInfo *wordInfo(QStringView lowerWord, std::uint32_t hash) const
    {
        return tables::words.find(lowerWord, hash);
    }

    // In the VADER word lexicon (keys as in vader_lexicon.txt, looked up with lower-cased tokens).
    bool inLexicon(QStringView lowerWord) const
    {
        const WordInfo *info = wordInfo(lowerWord);
        return info && info->inLexicon();
    }
    int wordCount() const { return int(tables::lexiconWordCount); }

    // VADER's negated([word]): in NEGATE or containing "n't".
    bool isNegation(QStringView lowerWord) const;

    // emoji_utf8_lexicon.txt: the description for an exact key (the reference only ever asks for one code point).
    // Returns false if absent.
    bool emojiDescription(QStringView key, QStringView *description) const
    {
        const tables::EmojiDescriptionEntry *entry = tables::emojiDescriptions.find(key);
        if (!entry)
            return false;
        *description = entry->description();
        return true;
    }
    int emojiDescriptionCount() const { return int(tables::emojiDescriptions.size); }

    // Whether the code point can start an emoji cluster in social mode.
    bool isEmojiCodePoint(char32_t codePoint) const;
    // Social-mode valence of a normalised emoji key (no U+FE0F/U+FE0E, no skin tones, no tags): 0 for a descriptive
    // emoji (emoji_descriptive.tsv), else the Emoji Sentiment Ranking's score times the emoji weight (0 unless the
    // score is reliably away from zero), else the supplement's proxy, else the mean valence of the VADER lexicon
    // words of its CLDR description. Returns false if the key is unknown.
    bool emojiValence(QStringView normalisedKey, double *valence) const
    {
        const tables::EmojiValenceEntry *entry = tables::emojiValences.find(normalisedKey);
        if (!entry)
            return false;
        *valence = entry->valence;
        return true;
    }
    // The source of an emoji valence, for explanations: "esr", "supplement", "descriptive" or "description"; empty if
    // unknown.
    QString emojiValenceSource(QStringView normalisedKey) const;
    int emojiRankingCount() const { return int(tables::emojiRankingCount); }

    // Social mode: the lexicon's multi-word entries ("can't stand", "fed up") and SENTIMENT_LADEN_IDIOMS, in the
    // order they are tried. The first word of each is marked MarkPhraseStart in wordInfo().
    int phraseCount() const { return int(tables::phraseCount); }
    const tables::PhraseEntry &phrase(int index) const { return tables::phrases[index]; }

    // Version tag of the data (lexicon sizes).
    QString dataTag() const;

    // Social mode, other languages: a language's words and rules (Other has none, like Undetermined).
    const tables::LanguageTables &languageTables(Language language) const
    {
        return tables::languages[hasLexicon(language) ? int(language) : 0];
    }
    // A word of `language` by its key (LanguageText::appendKey); English: wordInfo() above.
    const WordInfo *languageWord(Language language, QStringView key) const
    {
        return languageTables(language).words->find(key);
    }
    const WordInfo *languageWord(Language language, QStringView key, std::uint32_t hash) const
    {
        return languageTables(language).words->find(key, hash);
    }
    // Language detection: the languages a word (LanguageText::appendDetectionKey) is a common or lexicon word of.
    const tables::DetectionEntry *detectionWord(QStringView key) const { return tables::detectionWords.find(key); }

private:
    SentimentLexicon() = default;
    Q_DISABLE_COPY_MOVE(SentimentLexicon)
};

} // namespace reelpulse::sentiment
