#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace reelpulse {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// What to ask for. Headers given here replace the fetcher's browser defaults of the same name.
struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET";
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
};

/// What came back. status is 0 when no HTTP answer arrived (see networkError, timedOut, aborted).
struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QUrl url;            ///< the URL that answered, after the redirects that were followed
    QUrl redirectTarget; ///< a redirect that was not followed (login, challenge, other host, too many)
    int redirectsFollowed = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool aborted = false;
    bool bodyTooLarge = false; ///< the body exceeded the fetcher's cap and was abandoned (errorString says so)
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
    /// The connection failed, timed out or was aborted: no complete HTTP answer to classify.
    bool transportFailed() const;
};

} // namespace reelpulse
