#include "FakeHttpMessage.h"

#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::test {

namespace {

QByteArray findHeader(const FakeHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

QByteArray FakeRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QString FakeRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString FakeRequest::param(const QString &key) const
{
    if (header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = body;
        form.replace('+', ' ');
        const QUrlQuery fields(QString::fromUtf8(form));
        if (fields.hasQueryItem(key))
            return fields.queryItemValue(key, QUrl::FullyDecoded);
    }
    return queryValue(key);
}

std::optional<QByteArray> FakeRequest::cookie(const QByteArray &name) const
{
    const QList<QByteArray> pairs = header("Cookie").split(';');
    for (const QByteArray &pair : pairs) {
        const int eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq).trimmed() == name)
            return pair.mid(eq + 1).trimmed();
    }
    return std::nullopt;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

FakeResponse FakeResponse::html(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}

FakeResponse FakeResponse::redirect(const QByteArray &location, int status)
{
    FakeResponse response = html("<html><body>Redirecting</body></html>", status);
    response.withHeader("Location", location);
    return response;
}

FakeResponse FakeResponse::tooManyRequests(std::optional<int> retryAfterSeconds)
{
    FakeResponse response =
        json(R"({"message":"Please wait a few minutes before you try again.","status":"fail"})", 429);
    if (retryAfterSeconds)
        response.withHeader("Retry-After", QByteArray::number(*retryAfterSeconds));
    return response;
}

FakeResponse FakeResponse::pleaseWait()
{
    return json(R"({"message":"Please wait a few minutes before you try again.","require_login":true,"status":"fail"})",
                401);
}

FakeResponse FakeResponse::loginRedirect()
{
    return redirect("/accounts/login/?next=%2F");
}

FakeResponse FakeResponse::checkpoint(const QByteArray &body)
{
    return json(body, 400);
}

FakeResponse FakeResponse::nullData()
{
    return json(R"({"data": null, "status": "ok"})");
}

FakeResponse FakeResponse::truncatedJson()
{
    return json(R"({"data": {"user": {"id": "25025320", "username": "instagram", "edge_followed_by": {"cou)");
}

FakeResponse FakeResponse::htmlInsteadOfJson()
{
    return html("<!DOCTYPE html><html lang=\"en\"><head><title>Login • Instagram</title></head>"
                "<body><div id=\"react-root\">Log in to see photos and videos from friends.</div></body></html>");
}

FakeResponse FakeResponse::stall(int ms)
{
    FakeResponse response = json(R"({"status":"ok"})");
    response.delayMs = ms < 0 ? -1 : ms;
    return response;
}

FakeResponse FakeResponse::serverError(int status)
{
    return html("<html><body>Something went wrong</body></html>", status);
}

FakeResponse FakeResponse::huge(qint64 bytes, bool withContentLength)
{
    FakeResponse response = json(R"({"data": {"padding": ")");
    response.streamBytes = std::max<qint64>(0, bytes - response.body.size());
    response.chunked = !withContentLength;
    return response;
}

FakeResponse FakeResponse::closeMidBody()
{
    FakeResponse response = json(R"({"data": {"user": {"id": "25025320", "username": "instagram"}}, "status": "ok"})");
    response.sendBodyBytes = 20;
    return response;
}

FakeResponse FakeResponse::media(const FakeRequest &request, const QByteArray &bytes, bool acceptRanges,
                                 const QByteArray &contentType)
{
    FakeResponse response;
    response.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    const QByteArray range = request.header("Range");
    if (acceptRanges && range.startsWith("bytes=") && range.endsWith('-')) {
        const qint64 first = range.mid(6, range.size() - 7).toLongLong();
        if (first >= bytes.size()) {
            response.status = 416;
            response.headers.append(
                qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(bytes.size())));
            return response;
        }
        response.status = 206;
        response.body = bytes.mid(first);
        response.headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
        response.headers.append(qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(first) + '-' +
                                                                           QByteArray::number(bytes.size() - 1) + '/' +
                                                                           QByteArray::number(bytes.size())));
        return response;
    }
    if (acceptRanges)
        response.headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
    response.body = bytes;
    return response;
}

} // namespace reelpulse::test
