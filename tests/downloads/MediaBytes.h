#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace reelpulse::test {

/// Deterministic bytes standing for a media file at a path: the same path always gives the same bytes.
inline QByteArray mediaBytes(const QString &path, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    QByteArray block = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    while (out.size() < size) {
        out += block;
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
    }
    out.truncate(size);
    return out;
}

} // namespace reelpulse::test
