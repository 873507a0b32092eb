#pragma once

#include "sentiment/SentimentTypes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace reelpulse {

namespace sentiment {
class CommentScorer;
struct ScoringReport;
} // namespace sentiment

/// Re-scores every stored comment in the background: a CommentScorer, with its own store connection,
/// in a thread of its own, one run at a time. Labels set by hand are never touched. Progress, the end
/// and failures arrive as queued signals; nothing here waits on the GUI thread except the destructor,
/// which cancels a run and waits for the batch in hand. A cancel takes effect after the batch in hand,
/// also when it comes before the run began.
class CommentRescorer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentRescorer)

public:
    explicit CommentRescorer(const QString &storeFilePath, QObject *parent = nullptr);
    ~CommentRescorer() override;

    /// Starts re-scoring every comment that has no label set by hand in `mode`; false while a run goes on.
    bool start(sentiment::Mode mode);
    /// Stops the run after the batch in hand; what was written stays. finished() follows with `cancelled`.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /// Comments scored per transaction (and per progress step).
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

signals:
    void progress(int done, int total);
    /// The run ended, completely or cancelled (report.cancelled).
    void finished(const reelpulse::sentiment::ScoringReport &report);
    void failed(const QString &message);

private:
    void endRun();

    QString m_storeFilePath;
    int m_batchSize = 2000;
    /// Read by the scorer's thread after each batch (a scorer's own flag is cleared when its run begins).
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
    QThread *m_thread = nullptr;
    QPointer<sentiment::CommentScorer> m_scorer;
};

} // namespace reelpulse
