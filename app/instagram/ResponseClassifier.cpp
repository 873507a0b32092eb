#include "instagram/ResponseClassifier.h"

#include "platform/ParserValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::instagram {

namespace {

ScrapeFailure failure(FailureClass cls, const QString &message, int status)
{
    return ScrapeFailure{cls, message, status, std::nullopt};
}

std::optional<FailureClass> classFromRedirect(const QString &path)
{
    if (path.startsWith(u"/accounts/login"_s))
        return FailureClass::LoginWall;
    if (path.startsWith(u"/challenge"_s) || path.startsWith(u"/checkpoint"_s) ||
        path.startsWith(u"/accounts/suspended"_s))
        return FailureClass::Checkpoint;
    return std::nullopt;
}

ScrapeFailure redirectFailure(FailureClass cls, int status)
{
    if (cls == FailureClass::LoginWall)
        return failure(cls,
                       QCoreApplication::translate(
                           "InstagramClassifier",
                           "Instagram sent the request to its login page. Requests pause; signing in with an "
                           "Instagram session lets them continue."),
                       status);
    return failure(cls,
                   QCoreApplication::translate(
                       "InstagramClassifier",
                       "Instagram asks to confirm the account (challenge). Open Instagram in a browser, complete "
                       "the check, then resume."),
                   status);
}

bool mentions(const QByteArray &lowerBody, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (lowerBody.contains(w))
            return true;
    }
    return false;
}

bool mentionsCheckpoint(const QByteArray &lowerBody)
{
    return mentions(lowerBody, {"checkpoint_required", "challenge_required", "feedback_required"});
}

ScrapeFailure checkpointFailure(const QByteArray &lowerBody, int status)
{
    if (lowerBody.contains("feedback_required"))
        return failure(FailureClass::Checkpoint,
                       QCoreApplication::translate(
                           "InstagramClassifier",
                           "Instagram blocked this action for the account (feedback_required). Stop using this "
                           "identity for a while and check the account in the Instagram app."),
                       status);
    return failure(FailureClass::Checkpoint,
                   QCoreApplication::translate(
                       "InstagramClassifier",
                       "Instagram requires a security check for this account (checkpoint). Open Instagram in a "
                       "browser or the app, complete the check, then resume."),
                   status);
}

ScrapeFailure softBlock(int status)
{
    return failure(FailureClass::SoftBlock,
                   QCoreApplication::translate(
                       "InstagramClassifier",
                       "Instagram asks to wait a few minutes before more requests. Requests pause and resume "
                       "with increasing delays."),
                   status);
}

ScrapeFailure loginWall(int status)
{
    return failure(FailureClass::LoginWall,
                   QCoreApplication::translate(
                       "InstagramClassifier",
                       "Instagram answered with a login page instead of data. Requests pause; signing in with "
                       "an Instagram session lets them continue."),
                   status);
}

/// Classify a message Instagram put in a JSON body ("message", "errors[].message", …).
std::optional<ScrapeFailure> fromMessage(const QByteArray &lowerBody, int status)
{
    if (mentions(lowerBody, {"please wait a few minutes", "wait a few minutes"}))
        return softBlock(status);
    if (mentions(lowerBody, {"\"require_login\":true", "\"require_login\": true", "login_required"}))
        return status == 401 ? softBlock(status) : loginWall(status);
    return std::nullopt;
}

std::optional<ScrapeFailure> classifyJsonBody(const QJsonObject &root, const QByteArray &lowerBody, int status)
{
    // Only the envelope counts here: a caption or comment may well contain these words.
    const QByteArray envelope =
        (parse::text(root.value(u"message"_s)) + u' ' + parse::text(root.value(u"error_type"_s))).toLower().toUtf8();
    if (root.contains(u"checkpoint_url"_s) || mentionsCheckpoint(envelope))
        return checkpointFailure(envelope, status);
    const QJsonValue data = root.value(u"data"_s);
    if (root.contains(u"data"_s) && data.isNull())
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate(
                           "InstagramClassifier",
                           "Instagram answered with empty data: this request format no longer works. The next "
                           "method is tried."),
                       status);
    const QJsonValue errors = root.value(u"errors"_s);
    if ((errors.isArray() && !errors.toArray().isEmpty()) || (errors.isObject() && !errors.toObject().isEmpty())) {
        if (std::optional<ScrapeFailure> f = fromMessage(lowerBody, status))
            return f;
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate(
                           "InstagramClassifier",
                           "Instagram answered with errors: this request format no longer works. The next method "
                           "is tried."),
                       status);
    }
    if (parse::text(root.value(u"status"_s)) == u"fail"_s) {
        if (std::optional<ScrapeFailure> f = fromMessage(lowerBody, status))
            return f;
        const QString message = parse::text(root.value(u"message"_s)).toLower();
        if (message.contains(u"not found"_s) || message.contains(u"unavailable"_s) ||
            message.contains(u"does not exist"_s))
            return failure(FailureClass::NotFound,
                           QCoreApplication::translate("InstagramClassifier",
                                                       "Instagram says this does not exist or is no longer available."),
                           status);
        return failure(
            FailureClass::EndpointBroken,
            QCoreApplication::translate("InstagramClassifier",
                                        "Instagram refused the request (status fail). The next method is tried."),
            status);
    }
    if (data.isObject()) {
        const QJsonObject d = data.toObject();
        if (d.isEmpty())
            return failure(FailureClass::EndpointBroken,
                           QCoreApplication::translate(
                               "InstagramClassifier",
                               "Instagram answered with empty data: this request format no longer works. The next "
                               "method is tried."),
                           status);
        if (d.size() == 1 && d.constBegin().value().isNull())
            return failure(FailureClass::NotFound,
                           QCoreApplication::translate(
                               "InstagramClassifier",
                               "Instagram has nothing under this name or code: it was deleted, renamed, or is "
                               "hidden from you."),
                           status);
    }
    return std::nullopt;
}

} // namespace

std::optional<ScrapeFailure> classifyResponse(const HttpAnswer &answer, Expect expect, const QDateTime &now)
{
    const int status = answer.status;
    const QByteArray lowerBody = answer.body.toLower();
    if (status == 429 || status == 0 || status >= 500)
        return classifyHttpStatus(answer, u"Instagram"_s, now);

    if (status >= 300 && status < 400) {
        const QUrl location = answer.finalUrl.resolved(QUrl::fromEncoded(answer.header("location")));
        if (const std::optional<FailureClass> cls = classFromRedirect(location.path()))
            return redirectFailure(*cls, status);
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate(
                           "InstagramClassifier",
                           "Instagram redirected the request somewhere unexpected. The next method is tried."),
                       status);
    }
    if (const std::optional<FailureClass> cls = classFromRedirect(answer.finalUrl.path()))
        return redirectFailure(*cls, status);

    if (status >= 400 && mentionsCheckpoint(lowerBody))
        return checkpointFailure(lowerBody, status);

    if (status == 401) {
        if (std::optional<ScrapeFailure> f = fromMessage(lowerBody, status))
            return f;
        return softBlock(status);
    }
    if (status == 403) {
        if (std::optional<ScrapeFailure> f = fromMessage(lowerBody, status))
            return f;
        if (answer.looksLikeHtml())
            return loginWall(status);
    }
    if (status >= 400) {
        if (std::optional<ScrapeFailure> f = classifyHttpStatus(answer, u"Instagram"_s, now))
            return f;
        if (std::optional<ScrapeFailure> f = fromMessage(lowerBody, status))
            return f;
        if (expect == Expect::Json) {
            const QJsonObject root = QJsonDocument::fromJson(answer.body).object();
            const QString message = parse::text(root.value(u"message"_s)).toLower();
            if (message.contains(u"not found"_s) || message.contains(u"unavailable"_s))
                return failure(
                    FailureClass::NotFound,
                    QCoreApplication::translate("InstagramClassifier",
                                                "Instagram says this does not exist or is no longer available."),
                    status);
        }
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate("InstagramClassifier",
                                                   "Instagram refused the request (HTTP %1). The next method is tried.")
                           .arg(status),
                       status);
    }

    if (expect == Expect::Html)
        return std::nullopt;
    if (answer.looksLikeHtml())
        return loginWall(status);
    Result<QJsonObject> root = parse::parseObject(answer.body);
    if (!root)
        return failure(FailureClass::Malformed,
                       QCoreApplication::translate("InstagramClassifier",
                                                   "Instagram's answer was cut off or is not valid JSON: %1")
                           .arg(root.error().message),
                       status);
    return classifyJsonBody(root.value(), lowerBody, status);
}

} // namespace reelpulse::instagram
