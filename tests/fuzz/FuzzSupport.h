#pragma once

// What every fuzz target shares: the libFuzzer entry points, quiet Qt logging, and the input as the
// application receives it.

#include "platform/HttpAnswer.h"

#include <QByteArray>
#include <QDateTime>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace reelpulse::fuzz {

/// Drops Qt's messages: parsers warn about broken input, and printing a warning for every input would only
/// slow fuzzing down. qFatal() still aborts (Qt aborts after the handler returns).
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// The input as a response body: a QByteArray of its own, as QNetworkReply::readAll() gives it.
inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A fixed "now" for the classifiers, so a crash reproduces whatever the clock says.
inline QDateTime fixedNow()
{
    return QDateTime::fromSecsSinceEpoch(1735689600, QTimeZone::utc()); // 2025-01-01T00:00:00Z
}

/// A whole HTTP answer from the input, for the response classifiers:
///
///     <status> [<final URL>]
///     <Header-Name>: <value>
///     …
///     <empty line>
///     <body>
///
/// Lines end in "\n" or "\r\n". A first line that is not a number gives status 0 (no answer); an input
/// without an empty line has no body.
inline HttpAnswer httpAnswer(const std::uint8_t *data, std::size_t size)
{
    HttpAnswer answer;
    const QByteArray input = bytes(data, size);
    qsizetype pos = 0;
    bool first = true;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        const qsizetype next = end < 0 ? input.size() : end + 1;
        if (end < 0)
            end = input.size();
        QByteArray line = input.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = next;
        if (first) {
            first = false;
            const qsizetype space = line.indexOf(' ');
            answer.status = line.left(space < 0 ? line.size() : space).toInt();
            if (space >= 0)
                answer.finalUrl = QUrl(QString::fromUtf8(line.mid(space + 1)));
            continue;
        }
        if (line.isEmpty()) {
            answer.body = input.mid(pos);
            break;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            answer.headers.append({line, QByteArray()});
        else
            answer.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return answer;
}

} // namespace reelpulse::fuzz
