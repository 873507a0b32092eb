#pragma once

#include "domain/Result.h"
#include "sentiment/SentimentLanguage.h"
#include "sentiment/SentimentTypes.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QSqlDatabase;

namespace reelpulse {
class Database;
}

namespace reelpulse::sentiment {

// What a scoring run did.
struct ScoringReport
{
    int scored = 0; // comments written with the engine's label
    int pendingAtStart = 0;
    int manualKept = 0; // manual labels in the store, left untouched
    QString engineVersion;
    qint64 elapsedMs = 0;
    bool cancelled = false;
};

// Scores the store's unscored and outdated comments (never the manual labels) in batches, each batch one
// transaction, the texts of a batch scored on all cores. Use it synchronously with score(), or as a worker:
// moveToThread(thread), connect QThread::started to run(); it opens its own connection to the store file.
class CommentScorer final : public QObject
{
    Q_OBJECT

public:
    explicit CommentScorer(const QString &storeFilePath, Mode mode = Mode::Social, QObject *parent = nullptr);
    ~CommentScorer() override;
    Q_DISABLE_COPY_MOVE(CommentScorer)

    // Re-score every non-manual comment, not only unscored or outdated ones.
    void setRescoreAll(bool all) { m_all = all; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    // Thread-safe: the current run stops after its batch (already written batches stay).
    void cancel() { m_cancelled.store(true); }

    // The work itself, on the calling thread and its connection `database`; progress(done, total) after each batch.
    // Each comment is read in its language (social mode), with its account's dominant language as a head start for
    // short comments; the language is stored with the comment (reference mode too, for the record).
    static Result<ScoringReport> score(Database &database, Mode mode, bool all, int batchSize,
                                       const std::atomic<bool> *cancelled,
                                       const std::function<void(int, int)> &progress);
    // An account's dominant language from how many of its texts were read in each language ("es" -> 12, "en" -> 3,
    // "und" -> 5): the language of at least half of those whose language was told, and of at least 3; else none.
    static Language dominantLanguage(const QHash<QString, int> &counts);

public slots:
    // Opens the store on this thread, scores, then emits finished() or failed().
    void run();

signals:
    void progress(int done, int total);
    void finished(const reelpulse::sentiment::ScoringReport &report);
    void failed(const QString &message);

private:
    QString m_storeFilePath;
    Mode m_mode;
    bool m_all = false;
    int m_batchSize = 2000;
    std::atomic<bool> m_cancelled{false};
};

} // namespace reelpulse::sentiment

Q_DECLARE_METATYPE(reelpulse::sentiment::ScoringReport)
