#pragma once

#include "sentiment/SentimentExplanation.h"
#include "sentiment/SentimentTypes.h"
#include "sentiment/VaderEngine.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

class QThreadPool;

namespace reelpulse::sentiment {

// The entry point for the rest of ReelPulse. One immutable analyzer per mode, sharing one lexicon; every method is
// const and thread-safe.
class SentimentAnalyzer final
{
public:
    static constexpr Mode defaultMode = Mode::Social;

    // The shared analyzer for a mode (lexicons are loaded on first use, once per process).
    static const SentimentAnalyzer &instance(Mode mode = defaultMode);

    // A score with the language the text was read in.
    struct Scored
    {
        SentimentScore score;
        DetectedLanguage language;
    };

    Mode mode() const { return m_engine.mode(); }
    // Social mode detects each text's language (options.language forces one, options.hint is the account's
    // dominant language); reference mode always reads English. `language`, when given, receives the language.
    SentimentScore score(QStringView text) const { return m_engine.score(text); }
    SentimentScore score(QStringView text, const LanguageOptions &options, DetectedLanguage *language = nullptr) const
    {
        return m_engine.score(text, options, language);
    }
    // Unrounded neg/neu/pos/compound (the label still follows the rounded compound).
    SentimentScore scoreUnrounded(QStringView text, const LanguageOptions &options = {}) const
    {
        return m_engine.scoreUnrounded(text, options);
    }
    SentimentExplanation explain(QStringView text, const LanguageOptions &options = {}) const
    {
        return m_engine.explain(text, options);
    }
    // The language score() would read the text in (social mode), without scoring it.
    DetectedLanguage detectLanguage(QStringView text, Language hint = Language::Undetermined) const
    {
        return m_engine.detectLanguage(text, hint);
    }

    // Scores every text on all cores (QtConcurrent, global thread pool); the result is in input order.
    QList<SentimentScore> scoreBatch(const QStringList &texts) const;
    // The same with an explicit thread count (1 = the calling thread only).
    QList<SentimentScore> scoreBatch(const QStringList &texts, int threads) const;
    // Each text with its account's dominant language as the hint (hints[i], or none past its end), on all cores.
    QList<Scored> scoreBatch(const QStringList &texts, const QList<Language> &hints) const;
    // The language of every text (no hint), on all cores.
    QList<DetectedLanguage> detectLanguages(const QStringList &texts) const;

    // Stored with every score, so a change of engine or mode can be detected and re-scored.
    static QString engineVersion(Mode mode);
    QString engineVersion() const { return engineVersion(mode()); }

private:
    explicit SentimentAnalyzer(Mode mode);
    QList<SentimentScore> scoreBatchOn(const QStringList &texts, QThreadPool *pool) const;
    template <typename Result, typename F> QList<Result> mapBatch(qsizetype count, QThreadPool *pool, F &&f) const;
    Q_DISABLE_COPY_MOVE(SentimentAnalyzer)

    VaderEngine m_engine;
};

} // namespace reelpulse::sentiment
