#include "platform/HttpAnswer.h"

#include "platform/ParserValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpAnswer::looksLikeHtml() const
{
    if (contentType().toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(512).trimmed();
    return start.startsWith('<');
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(static_cast<int>(qMin<qint64>(seconds, 86400 * 7)));
    // HTTP-date (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT"; the obsolete forms are rare enough to ignore.
    const QString text = QString::fromLatin1(v).simplified();
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return static_cast<int>(qBound(qint64(0), now.secsTo(when), qint64(86400 * 7)));
}

std::optional<ScrapeFailure> classifyHttpStatus(const HttpAnswer &answer, const QString &platformName,
                                                const QDateTime &now)
{
    const int status = answer.status;
    if (status == 0)
        return ScrapeFailure{
            FailureClass::Network,
            QCoreApplication::translate("Classifier", "No answer from %1: check the internet connection.")
                .arg(platformName),
            0, std::nullopt};
    if (status == 429)
        return ScrapeFailure{FailureClass::RateLimited,
                             QCoreApplication::translate("Classifier",
                                                         "%1 is limiting requests (HTTP 429). Requests pause and "
                                                         "resume on their own.")
                                 .arg(platformName),
                             status, parseRetryAfter(answer.header("retry-after"), now)};
    if (status == 404 || status == 410)
        return ScrapeFailure{FailureClass::NotFound,
                             QCoreApplication::translate("Classifier",
                                                         "%1 says this does not exist (HTTP %2): it was deleted, "
                                                         "renamed or never existed.")
                                 .arg(platformName)
                                 .arg(status),
                             status, std::nullopt};
    if (status >= 500 && status <= 599)
        return ScrapeFailure{
            FailureClass::Network,
            QCoreApplication::translate("Classifier", "%1 had a server error (HTTP %2). It will be retried later.")
                .arg(platformName)
                .arg(status),
            status, std::nullopt};
    return std::nullopt;
}

ScrapeFailure failureFromParseError(const Error &error)
{
    if (error.kind == ErrorKind::NotFound)
        return {FailureClass::NotFound, error.message, 0, std::nullopt};
    if (error.field == parse::BodyField)
        return {FailureClass::Malformed, error.message, 0, std::nullopt};
    return {FailureClass::EndpointBroken, error.message, 0, std::nullopt};
}

} // namespace reelpulse
