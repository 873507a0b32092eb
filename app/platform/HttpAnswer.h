#pragma once

#include "domain/Error.h"
#include "platform/FailureClass.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>
#include <optional>

namespace reelpulse {

/// What came back for a request, as the failure classifiers see it. Fill it from a QNetworkReply:
/// status from HttpStatusCodeAttribute (0 when no answer arrived), headers from rawHeaderPairs(),
/// finalUrl from url() (set it when redirects were followed), body from readAll().
struct HttpAnswer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QUrl finalUrl;

    /// A header's value (case-insensitive name), empty when absent.
    QByteArray header(const QByteArray &name) const;
    QByteArray contentType() const { return header(QByteArrayLiteral("content-type")); }
    bool looksLikeHtml() const; ///< text/html, or a body that starts with '<'
};

/// What the caller expects to read from a successful answer.
enum class Expect { Json, Html };

/// Seconds to wait from a Retry-After value: delta-seconds or an HTTP-date (relative to `now`).
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// The platform-neutral part of classification: no answer → Network, 429 → RateLimited (Retry-After),
/// 404/410 → NotFound, 5xx → Network. nullopt when the status says nothing definite.
std::optional<ScrapeFailure> classifyHttpStatus(const HttpAnswer &answer, const QString &platformName,
                                                const QDateTime &now);

/// A parser's Error as a failure: a body that is not JSON → Malformed; an unknown shape → EndpointBroken;
/// a notFound Error → NotFound.
ScrapeFailure failureFromParseError(const Error &error);

} // namespace reelpulse
