#include "publishing/OneShotHttp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslSocket>
#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::OneShotHttp", text);
}

/// Decodes a complete chunked body; std::nullopt while incomplete.
std::optional<QByteArray> dechunk(const QByteArray &raw)
{
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return std::nullopt;
        bool ok = false;
        const qint64 size = raw.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return std::nullopt;
        pos = lineEnd + 2;
        if (size == 0)
            return out;
        if (raw.size() < pos + size + 2)
            return std::nullopt;
        out += raw.mid(pos, size);
        pos += size + 2;
    }
}

} // namespace

QByteArray OneShotHttp::Answer::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

OneShotHttp::Answer OneShotHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &form, int timeoutMs,
                                      qint64 maxBodyBytes)
{
    if (method == "POST")
        return request(method, url, {{"Content-Type", "application/x-www-form-urlencoded"}}, form, timeoutMs,
                       maxBodyBytes);
    return request(method, url, {}, {}, timeoutMs, maxBodyBytes);
}

OneShotHttp::Answer OneShotHttp::request(const QByteArray &method, const QUrl &url,
                                         const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                         int timeoutMs, qint64 maxBodyBytes)
{
    Answer answer;
    const bool tls = url.scheme() == u"https"_s;
    if (!url.isValid() || (!tls && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        answer.failure = tr("The address is not an http(s) URL.");
        return answer;
    }
    QDeadlineTimer deadline(timeoutMs);
    auto socket = std::make_unique<QSslSocket>();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls)
        socket->connectToHostEncrypted(url.host(), port);
    else
        socket->connectToHost(url.host(), port);
    if (!(tls ? socket->waitForEncrypted(int(deadline.remainingTime()))
              : socket->waitForConnected(int(deadline.remainingTime())))) {
        answer.failure = tr("Could not connect to %1: %2").arg(url.host(), socket->errorString());
        return answer;
    }
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\n";
    // A signed request (S3) brings the Host it signed.
    const bool hostGiven = std::any_of(headers.cbegin(), headers.cend(), [](const auto &header) {
        return header.first.compare("host", Qt::CaseInsensitive) == 0;
    });
    if (!hostGiven) {
        head += "Host: " + url.host().toLatin1();
        if (url.port() > 0)
            head += ':' + QByteArray::number(url.port());
        head += "\r\n";
    }
    head += "User-Agent: ReelPulse/" REELPULSE_VERSION "\r\nAccept: application/json\r\nConnection: close\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(body);
    while (socket->bytesToWrite() > 0) {
        if (!socket->waitForBytesWritten(int(deadline.remainingTime()))) {
            answer.failure =
                tr("The request to %1 could not be sent completely: %2").arg(url.host(), socket->errorString());
            return answer;
        }
    }
    answer.sent = true;

    QByteArray raw;
    qsizetype headerEnd = -1;
    qint64 contentLength = -1;
    bool chunked = false;
    for (;;) {
        if (headerEnd < 0) {
            headerEnd = raw.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                answer.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
                bool ok = false;
                contentLength = answer.header("Content-Length").toLongLong(&ok);
                if (!ok)
                    contentLength = -1;
                chunked = answer.header("Transfer-Encoding").toLower().contains("chunked");
                if (contentLength > maxBodyBytes) {
                    answer.failure = tr("The answer of %1 is too large.").arg(url.host());
                    return answer;
                }
            }
        }
        if (headerEnd >= 0) {
            const QByteArray body = raw.mid(headerEnd + 4);
            if (chunked) {
                if (auto decoded = dechunk(body)) {
                    answer.body = *decoded;
                    answer.answered = true;
                    return answer;
                }
            } else if (contentLength >= 0 && body.size() >= contentLength) {
                answer.body = body.left(contentLength);
                answer.answered = true;
                return answer;
            }
        }
        if (raw.size() > maxBodyBytes + 65536) {
            answer.failure = tr("The answer of %1 is too large.").arg(url.host());
            return answer;
        }
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            break;
        if (deadline.hasExpired()) {
            answer.failure = tr("%1 did not answer in time.").arg(url.host());
            return answer;
        }
        if (!socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))) &&
            socket->bytesAvailable() == 0) {
            if (socket->state() != QAbstractSocket::ConnectedState)
                break;
            continue; // the deadline is checked above
        }
        raw += socket->readAll();
    }
    raw += socket->readAll();
    // The server closed the connection: a body without length ends here.
    headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd >= 0 && !chunked && contentLength < 0) {
        answer.body = raw.mid(headerEnd + 4);
        answer.answered = answer.status > 0;
        if (answer.answered)
            return answer;
    }
    if (headerEnd >= 0 && contentLength >= 0 && raw.size() - headerEnd - 4 >= contentLength) {
        answer.body = raw.mid(headerEnd + 4, contentLength);
        answer.answered = true;
        return answer;
    }
    answer.failure = raw.isEmpty() ? tr("%1 closed the connection without answering.").arg(url.host())
                                   : tr("%1 closed the connection in the middle of its answer.").arg(url.host());
    return answer;
}

} // namespace reelpulse
