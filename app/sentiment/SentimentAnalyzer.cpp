#include "sentiment/SentimentAnalyzer.h"

#include "sentiment/SentimentLexicon.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

namespace {

// Bump when a rule or a lexicon changes what a text scores; stored comments with another version are re-scored.
constexpr int kReferenceRevision = 1;
constexpr int kSocialRevision = 3;
constexpr qsizetype kBatchChunk = 512;

struct Chunk
{
    qsizetype begin;
    qsizetype end;
};

} // namespace

SentimentAnalyzer::SentimentAnalyzer(Mode mode)
    : m_engine(SentimentLexicon::shared(), mode)
{
}

const SentimentAnalyzer &SentimentAnalyzer::instance(Mode mode)
{
    // Separate statics, so a process that only uses one mode builds only that one.
    if (mode == Mode::Reference) {
        static const SentimentAnalyzer reference(Mode::Reference);
        return reference;
    }
    static const SentimentAnalyzer social(Mode::Social);
    return social;
}

QString SentimentAnalyzer::engineVersion(Mode mode)
{
    if (mode == Mode::Reference)
        return u"vader-3.3.2-reference.r"_s + QString::number(kReferenceRevision);
    return u"reelpulse-social.r"_s + QString::number(kSocialRevision);
}

QList<SentimentScore> SentimentAnalyzer::scoreBatch(const QStringList &texts) const
{
    return scoreBatchOn(texts, QThreadPool::globalInstance());
}

QList<SentimentScore> SentimentAnalyzer::scoreBatch(const QStringList &texts, int threads) const
{
    if (threads <= 1)
        return scoreBatchOn(texts, nullptr);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    return scoreBatchOn(texts, &pool);
}

template <typename Result, typename F>
QList<Result> SentimentAnalyzer::mapBatch(qsizetype count, QThreadPool *pool, F &&f) const
{
    QList<Result> results(count);
    Result *out = results.data();
    if (!pool || pool->maxThreadCount() <= 1 || count <= kBatchChunk) {
        for (qsizetype i = 0; i < count; ++i)
            out[i] = f(i);
        return results;
    }
    std::vector<Chunk> chunks;
    chunks.reserve(std::size_t(count / kBatchChunk + 1));
    for (qsizetype begin = 0; begin < count; begin += kBatchChunk)
        chunks.push_back({begin, std::min(begin + kBatchChunk, count)});
    const auto scoreChunk = [&f, out](const Chunk &chunk) {
        for (qsizetype i = chunk.begin; i < chunk.end; ++i)
            out[i] = f(i);
    };
    QtConcurrent::blockingMap(pool, chunks, scoreChunk);
    return results;
}

QList<SentimentScore> SentimentAnalyzer::scoreBatchOn(const QStringList &texts, QThreadPool *pool) const
{
    return mapBatch<SentimentScore>(texts.size(), pool,
                                    [this, &texts](qsizetype i) { return m_engine.score(texts.at(i)); });
}

QList<SentimentAnalyzer::Scored> SentimentAnalyzer::scoreBatch(const QStringList &texts,
                                                               const QList<Language> &hints) const
{
    return mapBatch<Scored>(texts.size(), QThreadPool::globalInstance(), [this, &texts, &hints](qsizetype i) {
        LanguageOptions options;
        options.hint = i < hints.size() ? hints.at(i) : Language::Undetermined;
        Scored scored;
        scored.score = m_engine.score(texts.at(i), options, &scored.language);
        return scored;
    });
}

QList<DetectedLanguage> SentimentAnalyzer::detectLanguages(const QStringList &texts) const
{
    return mapBatch<DetectedLanguage>(texts.size(), QThreadPool::globalInstance(), [this, &texts](qsizetype i) {
        return m_engine.detectLanguage(texts.at(i), Language::Undetermined);
    });
}

} // namespace reelpulse::sentiment
