#include "tiktok/ResponseClassifier.h"

#include "platform/ParserValues.h"
#include "tiktok/UniversalDataParser.h"
#include "tiktok/UserDetailParser.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::tiktok {

namespace {

ScrapeFailure failure(FailureClass cls, const QString &message, int status)
{
    return ScrapeFailure{cls, message, status, std::nullopt};
}

std::optional<ScrapeFailure> classifyCommon(const HttpAnswer &answer, const QDateTime &now)
{
    if (std::optional<ScrapeFailure> f = classifyHttpStatus(answer, u"TikTok"_s, now))
        return f;
    const int status = answer.status;
    const QUrl location = answer.finalUrl.resolved(QUrl::fromEncoded(answer.header("location")));
    const bool redirected = status >= 300 && status < 400;
    if ((redirected && location.path().startsWith(u"/login"_s)) || answer.finalUrl.path().startsWith(u"/login"_s))
        return failure(
            FailureClass::LoginWall,
            QCoreApplication::translate("TikTokClassifier",
                                        "TikTok sent the request to its login page. Requests pause for a while."),
            status);
    if (redirected)
        return failure(
            FailureClass::EndpointBroken,
            QCoreApplication::translate(
                "TikTokClassifier", "TikTok redirected the request somewhere unexpected. It will be retried later."),
            status);
    if (status >= 400)
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate("TikTokClassifier",
                                                   "TikTok refused the request (HTTP %1). It will be retried later.")
                           .arg(status),
                       status);
    return std::nullopt;
}

/// Why a page without readable universal data was answered (cut off, a verification, or moved data).
ScrapeFailure missingPageData(const HttpAnswer &answer, const Result<QJsonObject> &data)
{
    if (data.error().field == parse::BodyField)
        return failure(FailureClass::Malformed,
                       QCoreApplication::translate("TikTokClassifier",
                                                   "The TikTok page was cut off or its data is not valid JSON."),
                       answer.status);
    const QByteArray lower = answer.body.toLower();
    if (lower.contains("captcha") || lower.contains("verify to continue"))
        return failure(
            FailureClass::Checkpoint,
            QCoreApplication::translate(
                "TikTokClassifier", "TikTok asks for a verification (captcha). Open TikTok in a browser, then resume."),
            answer.status);
    return failure(
        FailureClass::EndpointBroken,
        QCoreApplication::translate(
            "TikTokClassifier", "The TikTok page no longer carries its data where expected. It will be retried later."),
        answer.status);
}

} // namespace

std::optional<ScrapeFailure> classifyStatusCode(int statusCode, const QString &statusMessage)
{
    const QString detail =
        statusMessage.isEmpty() ? QString::number(statusCode) : u"%1, %2"_s.arg(statusCode).arg(statusMessage);
    switch (statusCode) {
    case 0:
        return std::nullopt;
    case 10216:
    case 10222:
    case 10204:
        return failure(
            FailureClass::Private,
            QCoreApplication::translate(
                "TikTokClassifier", "TikTok does not show this video to visitors: it is private or restricted (%1).")
                .arg(detail),
            200);
    case 10202:
    case 10203:
    case 10217:
    case 10221:
        return failure(
            FailureClass::NotFound,
            QCoreApplication::translate("TikTokClassifier",
                                        "TikTok says this video or account no longer exists or was taken down (%1).")
                .arg(detail),
            200);
    case 10000:
        return failure(FailureClass::Checkpoint,
                       QCoreApplication::translate(
                           "TikTokClassifier",
                           "TikTok asks for a verification (captcha). Open TikTok in a browser, then resume (%1).")
                           .arg(detail),
                       200);
    default:
        return failure(
            FailureClass::EndpointBroken,
            QCoreApplication::translate("TikTokClassifier",
                                        "TikTok answered with an unexpected status (%1). It will be retried later.")
                .arg(detail),
            200);
    }
}

std::optional<ScrapeFailure> classifyVideoPage(const HttpAnswer &answer, const QDateTime &now)
{
    if (std::optional<ScrapeFailure> f = classifyCommon(answer, now))
        return f;
    Result<QJsonObject> data = extractUniversalData(answer.body);
    if (!data)
        return missingPageData(answer, data);
    const QJsonObject detail = videoDetail(data.value());
    if (detail.isEmpty())
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate("TikTokClassifier",
                                                   "The TikTok page has no video details. It will be retried later."),
                       answer.status);
    if (const std::optional<int> code = videoStatusCode(data.value()); code && *code != 0) {
        std::optional<ScrapeFailure> f = classifyStatusCode(*code, parse::text(detail.value(u"statusMsg"_s)));
        f->httpStatus = answer.status;
        return f;
    }
    return std::nullopt;
}

std::optional<ScrapeFailure> classifyCommentList(const HttpAnswer &answer, const QDateTime &now)
{
    if (std::optional<ScrapeFailure> f = classifyCommon(answer, now))
        return f;
    if (answer.body.trimmed().isEmpty())
        return failure(
            FailureClass::EndpointBroken,
            QCoreApplication::translate("TikTokClassifier",
                                        "TikTok answered the comment request with nothing (the request was refused)."),
            answer.status);
    // TikTok shows comments to anonymous visitors only sometimes: a web page here walls the comment list, not
    // the videos (their pages still answer), so it must not pause TikTok as a whole.
    if (answer.looksLikeHtml())
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate("TikTokClassifier",
                                                   "TikTok answered the comment list with a web page instead of "
                                                   "comments (it shows them only to signed-in visitors at times)."),
                       answer.status);
    Result<QJsonObject> root = parse::parseObject(answer.body);
    if (!root)
        return failure(
            FailureClass::Malformed,
            QCoreApplication::translate("TikTokClassifier", "TikTok's answer was cut off or is not valid JSON: %1")
                .arg(root.error().message),
            answer.status);
    const std::optional<qint64> code = parse::integer(root->value(u"status_code"_s));
    if (code && *code != 0) {
        // Saturated, not truncated: a code beyond int must not wrap to 0, which classifyStatusCode answers with
        // nullopt (success).
        const int saturated = static_cast<int>(
            qBound(qint64(std::numeric_limits<int>::min()), *code, qint64(std::numeric_limits<int>::max())));
        std::optional<ScrapeFailure> f = classifyStatusCode(saturated, parse::text(root->value(u"status_msg"_s)));
        f->httpStatus = answer.status;
        return f;
    }
    return std::nullopt;
}

std::optional<ScrapeFailure> classifyAccountPage(const HttpAnswer &answer, const QDateTime &now)
{
    if (std::optional<ScrapeFailure> f = classifyCommon(answer, now))
        return f;
    Result<QJsonObject> data = extractUniversalData(answer.body);
    if (!data)
        return missingPageData(answer, data);
    const QJsonObject detail = userDetail(data.value());
    if (detail.isEmpty())
        return failure(FailureClass::EndpointBroken,
                       QCoreApplication::translate("TikTokClassifier",
                                                   "The TikTok page has no account details. It will be retried later."),
                       answer.status);
    const int code = userStatusCode(detail).value_or(0);
    const bool hasUser = !parse::objectAt(detail, u"userInfo.user").isEmpty();
    if (code == 0 || (code == AccountPrivateStatus && hasUser))
        return std::nullopt;
    std::optional<ScrapeFailure> f = classifyStatusCode(code, parse::text(detail.value(u"statusMsg"_s)));
    f->httpStatus = answer.status;
    return f;
}

std::optional<ScrapeFailure> classifyItemList(const HttpAnswer &answer, const QDateTime &now)
{
    if (std::optional<ScrapeFailure> f = classifyCommon(answer, now))
        return f;
    if (answer.body.trimmed().isEmpty())
        return failure(
            FailureClass::EndpointBroken,
            QCoreApplication::translate(
                "TikTokClassifier", "TikTok answered the video list request with nothing (the request was refused)."),
            answer.status);
    if (answer.looksLikeHtml())
        return failure(FailureClass::LoginWall,
                       QCoreApplication::translate("TikTokClassifier",
                                                   "TikTok answered the video list with a web page (a sign-in or "
                                                   "verification wall). Requests pause for a while."),
                       answer.status);
    Result<QJsonObject> root = parse::parseObject(answer.body);
    if (!root)
        return failure(
            FailureClass::Malformed,
            QCoreApplication::translate("TikTokClassifier", "TikTok's answer was cut off or is not valid JSON: %1")
                .arg(root.error().message),
            answer.status);
    if (const std::optional<int> code = userStatusCode(root.value()); code && *code != 0) {
        std::optional<ScrapeFailure> f = classifyStatusCode(*code, parse::text(root->value(u"status_msg"_s)));
        f->httpStatus = answer.status;
        return f;
    }
    return std::nullopt;
}

} // namespace reelpulse::tiktok
