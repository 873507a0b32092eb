#pragma once

#include <QString>
#include <QtGlobal>

namespace reelpulse::downloads {

/// Free bytes on the volume that holds `folder` (or its nearest existing parent); the largest qint64 when the
/// volume cannot be read.
qint64 freeBytesAt(const QString &folder);

/// Whether a file of `toCome` more bytes fits: at least `minimumFree` stay free before it, and the free space
/// holds the file itself (`toCome` < 0: the size is not known yet, only the minimum counts).
bool roomFor(qint64 freeBytes, qint64 toCome, qint64 minimumFree);

} // namespace reelpulse::downloads
