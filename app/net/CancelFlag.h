#pragma once

#include <QMutex>
#include <QWaitCondition>
#include <QtGlobal>
#include <atomic>

namespace reelpulse {

/// A cancellation flag shared between a worker and the thread that may stop it: cancel() from any
/// thread wakes sleepFor() at once.
class CancelFlag final
{
public:
    CancelFlag() = default;
    Q_DISABLE_COPY_MOVE(CancelFlag)

    void cancel();
    void reset();
    bool isCancelled() const { return m_cancelled.load(); }

    /// Sleeps for ms milliseconds or until cancel(); false when cancelled.
    bool sleepFor(qint64 ms) const;

private:
    std::atomic_bool m_cancelled{false};
    mutable QMutex m_mutex;
    mutable QWaitCondition m_wake;
};

} // namespace reelpulse
