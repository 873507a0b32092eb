#pragma once

#include "sentiment/SentimentWordMap.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <unordered_set>
#include <vector>

namespace reelpulse::sentiment {

// The lexicons and rule tables, loaded once from the compiled-in resources and immutable afterwards,
// so one instance is shared by every thread without locking.
class SentimentLexicon final
{
public:
    // The process-wide instance (loaded on first use; thread-safe initialisation).
    static const SentimentLexicon &shared();

    // VADER word lexicon (keys as in vader_lexicon.txt, looked up with lower-cased tokens).
    int wordIndex(QStringView lowerWord) const { return m_words.find(lowerWord); }
    double wordValence(int index) const { return m_wordValences[std::size_t(index)]; }
    int wordCount() const { return m_words.size(); }

    // BOOSTER_DICT (single words; the multi-word keys are matched as n-grams by the engine). 0 if absent.
    double boosterValue(QStringView lowerWord) const;
    bool isBooster(QStringView lowerWord) const { return m_boosters.find(lowerWord) >= 0; }
    // Lexicon entries of several words ("can't stand", "fed up"): the reference can never match them, since its
    // tokens never contain a space; social mode does. Each phrase is its words, lower-cased, and its valence.
    struct Phrase
    {
        QStringList words;
        double valence = 0.0;
    };
    const std::vector<Phrase> &phrases() const { return m_phrases; }
    bool startsPhrase(QStringView lowerWord) const { return m_phraseStarts.find(lowerWord) >= 0; }

    // VADER's negated([word]): in NEGATE or containing "n't".
    bool isNegation(QStringView lowerWord) const;

    // emoji_utf8_lexicon.txt: description for an exact key (the reference only ever asks for one code point).
    // Returns nullptr if absent.
    const QString *emojiDescription(QStringView key) const;
    // Whether the code point can start an emoji cluster in social mode.
    bool isEmojiCodePoint(char32_t codePoint) const;
    // Social-mode valence of a normalised emoji key (no U+FE0F/U+FE0E, no skin tones, no tags): Emoji Sentiment
    // Ranking (>= 5 occurrences), else the supplement's proxy, else the mean valence of the VADER lexicon words
    // of its CLDR description. Returns false if the key is unknown.
    bool emojiValence(QStringView normalisedKey, double *valence) const;
    // The source of an emoji valence, for explanations: "esr", "supplement" or "description".
    QString emojiValenceSource(QStringView normalisedKey) const;

    // Version tag of the data (lexicon sizes), part of the engine version.
    QString dataTag() const;

    int emojiRankingCount() const { return m_esrCount; }

private:
    SentimentLexicon();
    Q_DISABLE_COPY_MOVE(SentimentLexicon)

    void loadWords(const QByteArray &data);
    void loadEmojiDescriptions(const QByteArray &data);
    void loadEmojiRanking(const QByteArray &data);
    void loadSupplement(const QByteArray &data);
    void deriveDescriptionValences();
    void addEmojiValence(QStringView key, double valence, char source);
    double descriptionValence(QStringView description) const;

    SentimentWordMap m_words;
    std::vector<double> m_wordValences;
    std::vector<Phrase> m_phrases;
    SentimentWordMap m_phraseStarts;
    SentimentWordMap m_boosters;
    std::vector<double> m_boosterValues;
    SentimentWordMap m_negations;

    SentimentWordMap m_emojiDescriptionIndex;
    std::vector<QString> m_emojiDescriptions;
    std::vector<QString> m_emojiDescriptionKeys;
    std::unordered_set<char32_t> m_emojiCodePoints;

    SentimentWordMap m_emojiValenceIndex;
    std::vector<double> m_emojiValences;
    std::vector<char> m_emojiValenceSources;
    int m_esrCount = 0;
};

} // namespace reelpulse::sentiment
