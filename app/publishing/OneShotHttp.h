#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace reelpulse {

/// One HTTP/1.1 request on a connection of its own, sent exactly once.
///
/// QNetworkAccessManager (Qt 6.4) sends a request again, POST included, when the server closes a connection
/// before the first byte of the answer. For `media_publish` that second request is a second post the app never
/// knew it sent. This client writes the request once on a fresh socket (`Connection: close`), never reconnects
/// and never retries: when no answer arrives, the caller learns that the outcome is unknown (answered = false)
/// and decides what to do. Blocking; use from one thread at a time (any thread, no event loop needed).
class OneShotHttp final
{
public:
    struct Answer
    {
        bool answered = false; ///< a complete status line and headers arrived
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString failure;   ///< why there is no (complete) answer
        bool sent = false; ///< every byte of the request was written to the socket
        QByteArray header(const QByteArray &name) const;
    };

    /// method "GET" or "POST"; for POST, form is sent as application/x-www-form-urlencoded.
    static Answer send(const QByteArray &method, const QUrl &url, const QByteArray &form, int timeoutMs,
                       qint64 maxBodyBytes = 16 * 1024 * 1024);
    /// Any method with a body of any type (PUT of a file, DELETE) and extra headers (Authorization).
    static Answer request(const QByteArray &method, const QUrl &url,
                          const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, int timeoutMs,
                          qint64 maxBodyBytes = 16 * 1024 * 1024);
};

} // namespace reelpulse
