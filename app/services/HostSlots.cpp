#include "services/HostSlots.h"

namespace reelpulse {

HostSlots &HostSlots::instance()
{
    static HostSlots shared;
    return shared;
}

bool HostSlots::acquire(const QString &host, int max, const std::atomic_bool *stop)
{
    QMutexLocker lock(&m_mutex);
    while (m_used.value(host) >= max) {
        if (stop && stop->load())
            return false;
        m_freed.wait(&m_mutex, 100);
    }
    m_used[host] += 1;
    return true;
}

void HostSlots::release(const QString &host)
{
    QMutexLocker lock(&m_mutex);
    if (--m_used[host] <= 0)
        m_used.remove(host);
    m_freed.wakeAll();
}

} // namespace reelpulse
