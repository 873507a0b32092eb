#pragma once

#include "sentiment/SentimentLanguage.h"
#include "sentiment/SentimentWordMap.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace reelpulse::sentiment {

class LexiconBuilder;

// Reads resources/sentiment/languages/: the translated AFINN lexicons, ReelPulse's rules and words per language
// (rules-<code>.tsv), and AFINN-en-165.txt to put AFINN's integer levels on VADER's scale. Used at build time by
// sentiment_tablegen and by the test that checks the generated tables against the files.
class LanguageLexiconBuilder final
{
public:
    struct Word
    {
        QString key;            // LanguageText::key
        double valence = 0.0;   // on VADER's scale
        bool inLexicon = false; // has a valence
        char source = 0;        // 'a' translated AFINN, 'i' inflection of an AFINN word, 'g' English gloss
        QString gloss;          // source 'g': the English word whose valence it takes
        int booster = 0;        // +1 / -1
        bool negation = false;
        bool function = false;
        bool clitic = false;
        quint16 marks = 0; // TokenMark bits (MarkBut, MarkPostNegation, MarkPhraseStart)
    };
    struct Phrase
    {
        QStringList words; // keys
        double valence = 0.0;
    };
    struct LanguageData
    {
        Language language = Language::Undetermined;
        std::vector<Word> words;
        SentimentWordMap index;
        std::vector<Phrase> phrases;
        QStringList superlatives;
        int lexiconWordCount = 0;

        const Word *word(QStringView key) const;
        Word &wordFor(QStringView key);
    };
    struct DetectionWord
    {
        QString key; // LanguageText::detectionKey
        quint8 functionMask = 0;
        quint8 lexiconMask = 0;
    };

    LanguageLexiconBuilder() = default;
    Q_DISABLE_COPY_MOVE(LanguageLexiconBuilder)

    // `directory`: resources/sentiment/languages. `english` is the built English lexicon: its valences give the
    // glosses theirs, its words get the detection flags (common English word, common word of another language).
    bool build(const QString &directory, LexiconBuilder &english, QString *error);

    // Spanish .. Italian.
    const std::vector<LanguageData> &languages() const { return m_languages; }
    const LanguageData *language(Language language) const;
    const std::vector<DetectionWord> &detectionWords() const { return m_detection; }
    // AFINN level -5 .. +5 (index level + 5) on VADER's scale: the mean VADER valence of the English words AFINN-165
    // gives that level, made monotonic by pooling adjacent levels that are out of order.
    const std::array<double, 11> &afinnScale() const { return m_afinnScale; }
    // The files read for each language (for the build's dependencies and the notices).
    static QStringList lexiconFiles(Language language);

private:
    bool buildScale(const QString &directory, const LexiconBuilder &english, QString *error);
    bool loadLanguage(const QString &directory, Language language, const LexiconBuilder &english, QString *error);
    bool loadTranslations(const QString &path, LanguageData &data, QString *error);
    bool loadRules(const QString &path, LanguageData &data, const LexiconBuilder &english, QString *error);
    void deriveInflections(LanguageData &data);
    void addDetection(const QString &key, Language language, bool function);
    void buildDetection(const LexiconBuilder &english);

    std::array<double, 11> m_afinnScale{};
    std::vector<LanguageData> m_languages;
    std::vector<DetectionWord> m_detection;
    SentimentWordMap m_detectionIndex;
    // Per language, the function words as written in the rules (for detection and the English flags).
    std::vector<std::pair<Language, QString>> m_functionWords;
    // Per language, the lexicon words before folding (detection keys of the original spelling).
    std::vector<std::pair<Language, QString>> m_lexiconSpellings;
    // Detection keys of the English lexicon words (VADER's and AFINN-165's): a translated lexicon's word that
    // English has too ("art", "stop", "super": left untranslated) does not tell that language from English.
    SentimentWordMap m_englishWords;
};

} // namespace reelpulse::sentiment
