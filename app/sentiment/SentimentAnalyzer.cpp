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
constexpr int kSocialRevision = 2;
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

QList<SentimentScore> SentimentAnalyzer::scoreBatchOn(const QStringList &texts, QThreadPool *pool) const
{
    QList<SentimentScore> results(texts.size());
    if (!pool || pool->maxThreadCount() <= 1 || texts.size() <= kBatchChunk) {
        for (qsizetype i = 0; i < texts.size(); ++i)
            results[i] = m_engine.score(texts.at(i));
        return results;
    }
    std::vector<Chunk> chunks;
    chunks.reserve(std::size_t(texts.size() / kBatchChunk + 1));
    for (qsizetype begin = 0; begin < texts.size(); begin += kBatchChunk)
        chunks.push_back({begin, std::min(begin + kBatchChunk, texts.size())});

    SentimentScore *out = results.data();
    const auto scoreChunk = [this, &texts, out](const Chunk &chunk) {
        for (qsizetype i = chunk.begin; i < chunk.end; ++i)
            out[i] = m_engine.score(texts.at(i));
    };
    QtConcurrent::blockingMap(pool, chunks, scoreChunk);
    return results;
}

} // namespace reelpulse::sentiment
