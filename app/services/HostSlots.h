#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <atomic>

namespace reelpulse {

/// The connections each media host has in this process, so that parallel download jobs stay within the
/// limit (setting downloads.connections_per_host). Thread-safe.
class HostSlots final
{
public:
    static HostSlots &instance();

    /// Waits for a free connection to host; false when stop turned true meanwhile.
    bool acquire(const QString &host, int max, const std::atomic_bool *stop);
    void release(const QString &host);

private:
    QMutex m_mutex;
    QWaitCondition m_freed;
    QHash<QString, int> m_used;
};

} // namespace reelpulse
