#include "downloads/ZipPacker.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::downloads::ZipPacker", text);
}

constexpr int Stored = 0;
constexpr int Deflated = 8;

} // namespace

Status writeZip(const QString &zipPath, const QList<ZipEntry> &entries)
{
    const QString part = zipPath + u".part"_s;
    QFile::remove(part);
    {
        QuaZip zip(part);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return Error::other(tr("Cannot create the ZIP %1 (error %2).").arg(part).arg(zip.getZipError()));
        for (const ZipEntry &entry : entries) {
            QuaZipFile out(&zip);
            QuaZipNewInfo info(entry.name);
            if (!entry.filePath.isEmpty())
                info = QuaZipNewInfo(entry.name, entry.filePath);
            const bool text = entry.filePath.isEmpty();
            if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, text ? Deflated : Stored, text ? 6 : 0)) {
                zip.close();
                QFile::remove(part);
                return Error::other(tr("Cannot add %1 to the ZIP.").arg(entry.name));
            }
            bool ok = true;
            if (text) {
                ok = out.write(entry.data) == entry.data.size();
            } else {
                QFile in(entry.filePath);
                ok = in.open(QIODevice::ReadOnly);
                while (ok && !in.atEnd()) {
                    const QByteArray chunk = in.read(1 << 20);
                    ok = out.write(chunk) == chunk.size();
                }
            }
            out.close();
            if (!ok || out.getZipError() != 0) {
                zip.close();
                QFile::remove(part);
                return Error::other(tr("Cannot add %1 to the ZIP.").arg(entry.name));
            }
        }
        zip.close();
        if (zip.getZipError() != 0) {
            QFile::remove(part);
            return Error::other(tr("Cannot finish the ZIP %1.").arg(part));
        }
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(zipPath).constData()) != 0)
        return Error::other(tr("Cannot rename %1 to its final name.").arg(part));
    return Ok{};
}

Result<QList<ZipEntry>> readZip(const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return Error::other(tr("Cannot open the ZIP %1.").arg(zipPath));
    QList<ZipEntry> entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly))
            return Error::other(tr("Cannot read %1 in the ZIP.").arg(zip.getCurrentFileName()));
        entries.append({zip.getCurrentFileName(), {}, in.readAll()});
        in.close();
    }
    return entries;
}

} // namespace reelpulse::downloads
