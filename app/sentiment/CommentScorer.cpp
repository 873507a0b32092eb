#include "sentiment/CommentScorer.h"

#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

CommentScorer::CommentScorer(const QString &storeFilePath, Mode mode, QObject *parent)
    : QObject(parent)
    , m_storeFilePath(storeFilePath)
    , m_mode(mode)
{
    qRegisterMetaType<ScoringReport>();
}

CommentScorer::~CommentScorer() = default;

Result<ScoringReport> CommentScorer::score(Database &database, Mode mode, bool all, int batchSize,
                                           const std::atomic<bool> *cancelled,
                                           const std::function<void(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
    ScoringReport report;
    report.engineVersion = analyzer.engineVersion();
    CommentSentimentStore store(database.connection());

    auto total = store.pendingCount(report.engineVersion, all);
    if (!total.ok())
        return total.error();
    report.pendingAtStart = total.value();
    {
        QSqlQuery q(database.connection());
        if (q.exec(u"SELECT count(*) FROM comments WHERE sentiment_manual = 1"_s) && q.next())
            report.manualKept = q.value(0).toInt();
    }

    qint64 lastId = 0;
    while (!(cancelled && cancelled->load())) {
        auto batch = store.pending(report.engineVersion, lastId, batchSize, all);
        if (!batch.ok())
            return batch.error();
        if (batch->isEmpty())
            break;
        QStringList texts;
        QList<qint64> ids;
        texts.reserve(batch->size());
        ids.reserve(batch->size());
        for (const PendingComment &comment : batch.value()) {
            texts.append(comment.text);
            ids.append(comment.id);
        }
        const QList<SentimentScore> scores = analyzer.scoreBatch(texts);
        auto written = database.transaction([&] { return store.writeScores(ids, scores, report.engineVersion); });
        if (!written.ok())
            return written.error();
        report.scored += int(ids.size());
        lastId = ids.constLast();
        if (progress)
            progress(report.scored, report.pendingAtStart);
    }
    report.cancelled = cancelled && cancelled->load();
    report.elapsedMs = timer.elapsed();
    return report;
}

void CommentScorer::run()
{
    m_cancelled.store(false);
    auto database = Database::openFile(m_storeFilePath);
    if (!database.ok()) {
        emit failed(database.error().message);
        return;
    }
    auto report = score(*database.value(), m_mode, m_all, m_batchSize, &m_cancelled,
                        [this](int done, int total) { emit progress(done, total); });
    if (!report.ok()) {
        emit failed(report.error().message);
        return;
    }
    emit finished(report.value());
}

} // namespace reelpulse::sentiment
