#include "downloads/DiskSpace.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <limits>

namespace reelpulse::downloads {

qint64 freeBytesAt(const QString &folder)
{
    QString existing = folder;
    while (!existing.isEmpty() && !QFileInfo::exists(existing))
        existing = QFileInfo(existing).path() == existing ? QString() : QFileInfo(existing).path();
    const QStorageInfo info(existing.isEmpty() ? QDir::rootPath() : existing);
    return info.isValid() ? info.bytesAvailable() : std::numeric_limits<qint64>::max();
}

bool roomFor(qint64 freeBytes, qint64 toCome, qint64 minimumFree)
{
    if (freeBytes < minimumFree)
        return false;
    return toCome < 0 || freeBytes >= toCome;
}

} // namespace reelpulse::downloads
