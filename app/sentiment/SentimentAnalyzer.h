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

    Mode mode() const { return m_engine.mode(); }
    SentimentScore score(QStringView text) const { return m_engine.score(text); }
    // Unrounded neg/neu/pos/compound (the label still follows the rounded compound).
    SentimentScore scoreUnrounded(QStringView text) const { return m_engine.scoreUnrounded(text); }
    SentimentExplanation explain(QStringView text) const { return m_engine.explain(text); }

    // Scores every text on all cores (QtConcurrent, global thread pool); the result is in input order.
    QList<SentimentScore> scoreBatch(const QStringList &texts) const;
    // The same with an explicit thread count (1 = the calling thread only).
    QList<SentimentScore> scoreBatch(const QStringList &texts, int threads) const;

    // Stored with every score, so a change of engine or mode can be detected and re-scored.
    static QString engineVersion(Mode mode);
    QString engineVersion() const { return engineVersion(mode()); }

private:
    explicit SentimentAnalyzer(Mode mode);
    QList<SentimentScore> scoreBatchOn(const QStringList &texts, QThreadPool *pool) const;
    Q_DISABLE_COPY_MOVE(SentimentAnalyzer)

    VaderEngine m_engine;
};

} // namespace reelpulse::sentiment
