#include "net/CancelFlag.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

namespace reelpulse {

void CancelFlag::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled.store(true);
    m_wake.wakeAll();
}

void CancelFlag::reset()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled.store(false);
}

bool CancelFlag::sleepFor(qint64 ms) const
{
    QDeadlineTimer deadline(ms > 0 ? ms : 0);
    QMutexLocker lock(&m_mutex);
    while (!m_cancelled.load() && !deadline.hasExpired())
        m_wake.wait(&m_mutex, deadline);
    return !m_cancelled.load();
}

} // namespace reelpulse
