#pragma once

#include "sentiment/SentimentWordMap.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace reelpulse::sentiment {

// Reads the lexicon files the way vaderSentiment 3.3.x does (make_lex_dict, make_emoji_dict: a Python dict built
// line by line, the last duplicate wins) and derives the social-mode tables. Used at build time by
// sentiment_tablegen, which writes the result as constant C++ tables, and by the test that checks those tables.
class LexiconBuilder final
{
public:
    struct Word
    {
        QString key;
        double valence = 0.0;
        int lexiconIndex = -1; // in the VADER lexicon, or -1
        int booster = 0;       // +1 / -1: BOOSTER_DICT +0.293 / -0.293
        bool negation = false;
        quint16 marks = 0;            // TokenMark bits
        bool function = false;        // a common English word (language detection)
        bool foreignFunction = false; // also a common word of another language
    };
    struct EmojiDescription
    {
        QString key;
        QString description;
    };
    struct EmojiValence
    {
        QString key; // normalised (no U+FE0E/U+FE0F, skin tones, tags)
        double valence = 0.0;
        char source = 'd'; // 'e' ranking, 's' supplement, 'n' descriptive (no valence), 'd' description words
    };
    struct Phrase
    {
        QStringList words;
        double valence = 0.0;
    };

    LexiconBuilder() = default;
    Q_DISABLE_COPY_MOVE(LexiconBuilder)

    // vader_lexicon.txt, emoji_utf8_lexicon.txt, Emoji_Sentiment_Data_v1.0.csv, emoji_supplement.tsv,
    // emoji_descriptive.tsv (UTF-8). Returns false (with a message) if a file is unusable.
    bool build(const QByteArray &vaderLexicon, const QByteArray &emojiLexicon, const QByteArray &emojiRanking,
               const QByteArray &supplement, const QByteArray &descriptive, QString *error);
    // Social-mode valence of a row of the Emoji Sentiment Ranking: 0 unless its score is reliably away from zero.
    static double rankingValence(int occurrences, int negative, int positive);

    const std::vector<Word> &words() const { return m_words; }
    const Word *word(QStringView key) const;
    // Language detection: marks a common English word (adding it if it is no lexicon word), or an English word
    // that is also a common word of another language.
    void markFunctionWord(QStringView key);
    void markForeignFunctionWord(QStringView key);
    int lexiconWordCount() const { return m_lexiconWordCount; }
    const std::vector<EmojiDescription> &emojiDescriptions() const { return m_emojiDescriptions; }
    const std::vector<EmojiValence> &emojiValences() const { return m_emojiValences; }
    const std::vector<Phrase> &phrases() const { return m_phrases; }
    // Sorted, unique.
    const std::vector<char32_t> &emojiCodePoints() const { return m_emojiCodePoints; }
    // Emoji of the ranking seen often enough to be considered (>= 5 occurrences).
    int emojiRankingCount() const { return m_esrCount; }

private:
    Word &wordFor(QStringView key);
    bool loadWords(const QString &text, QString *error);
    void loadEmojiDescriptions(const QString &text);
    void markWords();
    bool loadEmojiRanking(const QString &text, QString *error);
    bool loadSupplement(const QString &text, QString *error);
    bool loadDescriptive(const QString &text, QString *error);
    void deriveDescriptionValences();
    void loadPhrases(const QString &lexicon);
    double descriptionValence(QStringView description) const;
    void addEmojiValence(QStringView key, double valence, char source);
    int emojiValenceIndex(QStringView key) const { return m_emojiValenceIndex.find(key); }

    SentimentWordMap m_wordIndex;
    std::vector<Word> m_words;
    int m_lexiconWordCount = 0;
    SentimentWordMap m_emojiDescriptionIndex;
    std::vector<EmojiDescription> m_emojiDescriptions;
    SentimentWordMap m_emojiValenceIndex;
    std::vector<EmojiValence> m_emojiValences;
    std::vector<Phrase> m_phrases;
    std::vector<char32_t> m_emojiCodePoints;
    int m_esrCount = 0;
};

} // namespace reelpulse::sentiment
