#include "net/HttpMessage.h"

namespace reelpulse {

namespace {

QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool HttpResponse::transportFailed() const
{
    if (aborted || timedOut || bodyTooLarge || status == 0)
        return true;
    // Errors below 200 are connection and proxy failures; 399 is a broken HTTP exchange (e.g. the
    // connection closed in the middle of the body). Higher codes only mirror the HTTP status.
    const int code = static_cast<int>(networkError);
    return (code > 0 && code < 200) || networkError == QNetworkReply::ProtocolFailure;
}

} // namespace reelpulse
