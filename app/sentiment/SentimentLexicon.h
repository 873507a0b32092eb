#pragma once

#include "sentiment/SentimentWordMap.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <mutex>
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

    // Everything the rules need to know about one lower-cased word, from one hash lookup.
    struct WordInfo
    {
        int lexiconIndex = -1; // in the VADER lexicon, or -1
        double valence = 0.0;
        double booster = 0.0; // BOOSTER_DICT value, 0 if not a booster
        bool isBooster = false;
        bool negation = false; // in NEGATE (words containing "n't" are negations too: see isNegation)
        quint16 marks = 0;     // TokenMark bits
    };
    // nullptr when the word is neither in the lexicon, a booster, a negation nor a word the rules name.
    const WordInfo *wordInfo(QStringView lowerWord) const
    {
        const int index = m_wordInfoIndex.find(lowerWord);
        return index >= 0 ? &m_wordInfos[std::size_t(index)] : nullptr;
    }

    // VADER word lexicon (keys as in vader_lexicon.txt, looked up with lower-cased tokens).
    int wordIndex(QStringView lowerWord) const
    {
        const WordInfo *info = wordInfo(lowerWord);
        return info ? info->lexiconIndex : -1;
    }
    double wordValence(int index) const { return m_wordValences[std::size_t(index)]; }
    int wordCount() const { return int(m_wordValences.size()); }

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
    const std::vector<Phrase> &phrases() const
    {
        ensureSocial();
        return m_phrases;
    }
    bool startsPhrase(QStringView lowerWord) const
    {
        ensureSocial();
        return m_phraseStarts.find(lowerWord) >= 0;
    }

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

    int emojiRankingCount() const
    {
        ensureSocial();
        return m_esrCount;
    }

private:
    SentimentLexicon();
    Q_DISABLE_COPY_MOVE(SentimentLexicon)

    // The social-mode tables (emoji valences, phrases) are built on first use, once (std::call_once), so a process
    // that only needs reference mode does not pay for them.
    void ensureSocial() const
    {
        std::call_once(m_socialOnce, [this] { loadSocial(); });
    }
    void loadSocial() const;
    void loadWords(const QByteArray &data);
    void loadEmojiDescriptions(const QByteArray &data);
    void loadEmojiRanking(const QByteArray &data) const;
    void loadSupplement(const QByteArray &data) const;
    void loadPhrases(const QByteArray &lexicon) const;
    void deriveDescriptionValences() const;
    void addEmojiValence(QStringView key, double valence, char source) const;
    double descriptionValence(QStringView description) const;

    void buildWordInfo();
    WordInfo &wordInfoFor(QStringView lowerWord);

    SentimentWordMap m_wordInfoIndex;
    std::vector<WordInfo> m_wordInfos;
    std::vector<double> m_wordValences;
    mutable std::once_flag m_socialOnce;
    mutable std::vector<Phrase> m_phrases;
    mutable SentimentWordMap m_phraseStarts;
    SentimentWordMap m_boosters;
    std::vector<double> m_boosterValues;
    SentimentWordMap m_negations;

    SentimentWordMap m_emojiDescriptionIndex;
    std::vector<QString> m_emojiDescriptions;
    std::vector<QString> m_emojiDescriptionKeys;
    mutable std::unordered_set<char32_t> m_emojiCodePoints;

    mutable SentimentWordMap m_emojiValenceIndex;
    mutable std::vector<double> m_emojiValences;
    mutable std::vector<char> m_emojiValenceSources;
    mutable int m_esrCount = 0;
};

} // namespace reelpulse::sentiment
