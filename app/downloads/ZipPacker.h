#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace reelpulse::downloads {

/// Packs files into a ZIP (QuaZip): media are stored as they are (they are compressed already), text
/// entries deflated. Written to `zipPath.part`, then renamed.
struct ZipEntry
{
    QString name;     ///< the name inside the archive
    QString filePath; ///< read from this file, or
    QByteArray data;  ///< this content when filePath is empty
};

Status writeZip(const QString &zipPath, const QList<ZipEntry> &entries);

/// The names of the entries of a ZIP and their contents (tests and checks; reads everything into memory).
Result<QList<ZipEntry>> readZip(const QString &zipPath);

} // namespace reelpulse::downloads
