#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <optional>

namespace reelpulse::test {

using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

/// A request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QString path;      ///< decoded path, e.g. "/api/v1/media/123/info/"
    QUrlQuery query;   ///< the query string
    QByteArray target; ///< the raw request target (path and query as sent)
    FakeHeaders headers;
    QByteArray body;
    qint64 atMs = 0; ///< when it arrived (wall clock)

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
    QString queryValue(const QString &key) const;    ///< fully decoded
    /// A value of an application/x-www-form-urlencoded body, or of the query string when the body lacks it.
    QString param(const QString &key) const;
    /// A cookie sent in the Cookie header; std::nullopt when absent.
    std::optional<QByteArray> cookie(const QByteArray &name) const;
};

/// What the fake server answers, and how: completely, late, never, or cut off.
struct FakeResponse
{
    int status = 200;
    FakeHeaders headers;
    QByteArray body;
    int delayMs = 0;        ///< answer after this long; negative: never answer (the connection stays open)
    int sendBodyBytes = -1; ///< send only this many body bytes (Content-Length still announces all), then close

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse html(const QByteArray &body, int status = 200);
    static FakeResponse redirect(const QByteArray &location, int status = 302);

    // The failure answers Instagram and TikTok give.
    static FakeResponse tooManyRequests(std::optional<int> retryAfterSeconds = std::nullopt);
    static FakeResponse pleaseWait();                       ///< 401 "Please wait a few minutes", require_login
    static FakeResponse loginRedirect();                    ///< 302 to /accounts/login/
    static FakeResponse checkpoint(const QByteArray &body); ///< 400 checkpoint_required
    static FakeResponse nullData();                         ///< 200 {"data": null}
    static FakeResponse truncatedJson();                    ///< 200 with half a JSON document
    static FakeResponse htmlInsteadOfJson();                ///< 200 text/html login page
    static FakeResponse stall(int ms = -1);                 ///< no answer (for ms, or ever)
    static FakeResponse serverError(int status = 500);
    static FakeResponse closeMidBody(); ///< announces a body, sends part of it and closes the connection
};

} // namespace reelpulse::test
