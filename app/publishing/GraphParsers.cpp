#include "publishing/GraphParsers.h"

#include "platform/CaptionEntities.h"
#include "platform/ParserValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::graph {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::graph", text);
}

/// An id as a string: Graph ids are strings, some proxies send numbers.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (const auto number = parse::integer(value))
        return QString::number(*number);
    return {};
}

std::optional<QDateTime> graphTime(const QJsonValue &value)
{
    const QString text = parse::text(value);
    if (text.isEmpty())
        return std::nullopt;
    // "2026-02-26T10:30:00+0000" (Graph) or ISO-8601 with Z or ±hh:mm.
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        static const QRegularExpression offset(u"([+-]\\d\\d)(\\d\\d)$"_s);
        QString fixed = text;
        fixed.replace(offset, u"\\1:\\2"_s);
        when = QDateTime::fromString(fixed, Qt::ISODate);
    }
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

std::optional<QDateTime> retryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok && seconds >= 0 && seconds < 7 * 86400)
        return now.addSecs(seconds);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (date.isValid())
        return QDateTime(date.date(), date.time(), Qt::UTC);
    return std::nullopt;
}

QString parameterOf(const QString &apiMessage)
{
    // "(#100) The parameter image_url is required" / "Invalid parameter: caption" / "param children must be …"
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"[Pp]aram(?:eter)?s?\\s+([A-Za-z_][A-Za-z0-9_]*)"_s),
        QRegularExpression(u"[Pp]arameter:\\s*([A-Za-z_][A-Za-z0-9_]*)"_s),
    };
    for (const QRegularExpression &pattern : patterns) {
        const auto match = pattern.match(apiMessage);
        if (match.hasMatch() && match.captured(1) != u"is"_s)
            return match.captured(1);
    }
    return {};
}

} // namespace

GraphError parseError(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader, const QDateTime &now)
{
    GraphError error;
    error.httpStatus = httpStatus;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject err = parse::object(root.value(u"error"_s));
    const bool hasError = !err.isEmpty();
    if (!hasError && httpStatus >= 200 && httpStatus < 300)
        return error;
    error.code = int(parse::integer(err.value(u"code"_s)).value_or(0));
    error.subcode = int(parse::integer(err.value(u"error_subcode"_s)).value_or(0));
    error.type = parse::text(err.value(u"type"_s));
    error.apiMessage = parse::text(err.value(u"error_user_msg"_s));
    if (error.apiMessage.isEmpty())
        error.apiMessage = parse::text(err.value(u"message"_s));
    error.retryAt = retryAfter(retryAfterHeader, now);
    const QString detail = error.apiMessage.isEmpty() ? tr("no details") : error.apiMessage;

    if (error.code == 190 || (error.type == u"OAuthException"_s && httpStatus == 401)) {
        error.action = GraphAction::Reconnect;
        error.message = tr("Instagram no longer accepts this account's token (it expired or was revoked). "
                           "Reconnect the account (Accounts › Reconnect, or 'reelpulse-cli accounts add').");
    } else if (error.subcode == 2207042 || (error.code == 9 && error.subcode == 0 && httpStatus != 429)) {
        error.action = GraphAction::DailyLimit;
        error.message = tr("The account reached Instagram's daily publishing limit. Schedule the post for later.");
    } else if (error.subcode == 2207052 || error.subcode == 2207003) {
        error.action = GraphAction::MediaNotFetched;
        error.message = tr("Instagram could not fetch the media. Check that its URL is public (open it in a "
                           "private browser window) and try again.");
    } else if (error.subcode == 2207026) {
        error.action = GraphAction::VideoFormat;
        error.message = tr("Instagram does not accept this video's format (use MP4 or MOV, H.264, AAC, at most "
                           "60 fps, 1080 px wide): %1")
                            .arg(detail);
    } else if (httpStatus == 429 || error.code == 4 || error.code == 17 || error.code == 32 || error.code == 613) {
        error.action = GraphAction::Wait;
        if (!error.retryAt)
            error.retryAt = now.addSecs(3600);
        error.message = tr("Instagram asks to slow down (too many requests). Wait until %1 UTC and try again.")
                            .arg(error.retryAt->toString(u"yyyy-MM-dd HH:mm"_s));
    } else if (error.code == 100) {
        error.action = GraphAction::InvalidParameter;
        error.parameter = parameterOf(error.apiMessage);
        error.message = error.parameter.isEmpty()
                            ? tr("Instagram refused a parameter of the request: %1").arg(detail)
                            : tr("Instagram refused the parameter \"%1\": %2").arg(error.parameter, detail);
    } else {
        error.action = GraphAction::Other;
        error.message = httpStatus >= 500
                            ? tr("Instagram's server failed (HTTP %1). Try again later.").arg(httpStatus)
                            : tr("Instagram refused the request (HTTP %1): %2").arg(httpStatus).arg(detail);
    }
    return error;
}

std::optional<GraphAccount> parseAccount(const QJsonObject &object)
{
    GraphAccount account;
    account.userId = idText(object.value(u"user_id"_s));
    if (account.userId.isEmpty())
        account.userId = idText(object.value(u"id"_s));
    account.username = parse::text(object.value(u"username"_s));
    if (account.userId.isEmpty() || account.username.isEmpty())
        return std::nullopt;
    account.name = parse::text(object.value(u"name"_s));
    account.accountType = parse::text(object.value(u"account_type"_s));
    account.profilePictureUrl = parse::text(object.value(u"profile_picture_url"_s));
    account.followers = parse::count(object.value(u"followers_count"_s));
    account.follows = parse::count(object.value(u"follows_count"_s));
    account.mediaCount = parse::count(object.value(u"media_count"_s));
    return account;
}

std::optional<QString> parseId(const QJsonObject &object)
{
    const QString id = idText(object.value(u"id"_s));
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

std::optional<ContainerState> parseContainerStatus(const QJsonObject &object)
{
    ContainerState state;
    state.statusCode = parse::text(object.value(u"status_code"_s)).toUpper();
    state.detail = parse::text(object.value(u"status"_s));
    if (state.statusCode.isEmpty())
        return std::nullopt;
    if (state.statusCode == u"IN_PROGRESS"_s)
        state.status = ContainerStatus::InProgress;
    else if (state.statusCode == u"FINISHED"_s)
        state.status = ContainerStatus::Finished;
    else if (state.statusCode == u"ERROR"_s)
        state.status = ContainerStatus::Error;
    else if (state.statusCode == u"EXPIRED"_s)
        state.status = ContainerStatus::Expired;
    else if (state.statusCode == u"PUBLISHED"_s)
        state.status = ContainerStatus::Published;
    return state;
}

std::optional<PublishingLimit> parsePublishingLimit(const QJsonObject &object)
{
    const QJsonArray data = parse::array(object.value(u"data"_s));
    if (data.isEmpty())
        return std::nullopt;
    const QJsonObject entry = parse::object(data.at(0));
    const auto usage = parse::count(entry.value(u"quota_usage"_s));
    if (!usage)
        return std::nullopt;
    PublishingLimit limit;
    limit.quotaUsage = int(std::min<qint64>(*usage, 1'000'000));
    const QJsonObject config = parse::object(entry.value(u"config"_s));
    if (const auto total = parse::count(config.value(u"quota_total"_s)); total && *total > 0)
        limit.quotaTotal = int(std::min<qint64>(*total, 1'000'000));
    if (const auto duration = parse::count(config.value(u"quota_duration"_s)); duration && *duration > 0)
        limit.quotaDurationSeconds = std::min<qint64>(*duration, 366LL * 86400);
    return limit;
}

std::optional<GraphMedia> parseMedia(const QJsonObject &object)
{
    GraphMedia media;
    media.id = idText(object.value(u"id"_s));
    if (media.id.isEmpty())
        return std::nullopt;
    media.caption = parse::text(object.value(u"caption"_s));
    media.mediaType = parse::text(object.value(u"media_type"_s));
    media.mediaProductType = parse::text(object.value(u"media_product_type"_s));
    media.mediaUrl = parse::text(object.value(u"media_url"_s));
    media.permalink = parse::text(object.value(u"permalink"_s));
    media.timestamp = graphTime(object.value(u"timestamp"_s));
    media.likeCount = parse::count(object.value(u"like_count"_s));
    media.commentsCount = parse::count(object.value(u"comments_count"_s));
    return media;
}

std::optional<GraphMediaPage> parseMediaPage(const QJsonObject &object)
{
    if (!object.value(u"data"_s).isArray())
        return std::nullopt;
    GraphMediaPage page;
    for (const QJsonValue &value : parse::array(object.value(u"data"_s))) {
        if (auto media = parseMedia(parse::object(value)))
            page.items.append(*media);
    }
    const QJsonObject paging = parse::object(object.value(u"paging"_s));
    page.afterCursor = parse::cursor(parse::at(paging, u"cursors.after"));
    page.hasNext = paging.value(u"next"_s).isString() && !page.afterCursor.isEmpty();
    return page;
}

std::optional<MediaInsights> parseInsights(const QJsonObject &object)
{
    if (!object.value(u"data"_s).isArray())
        return std::nullopt;
    MediaInsights insights;
    for (const QJsonValue &value : parse::array(object.value(u"data"_s))) {
        const QJsonObject metric = parse::object(value);
        const QString name = parse::text(metric.value(u"name"_s));
        std::optional<qint64> number = parse::count(parse::at(metric, u"values.0.value"));
        if (!number)
            number = parse::count(parse::at(metric, u"total_value.value"));
        if (name == u"views"_s)
            insights.views = number;
        else if (name == u"reach"_s)
            insights.reach = number;
        else if (name == u"likes"_s)
            insights.likes = number;
        else if (name == u"comments"_s)
            insights.comments = number;
        else if (name == u"shares"_s)
            insights.shares = number;
        else if (name == u"saved"_s)
            insights.saved = number;
        else if (name == u"total_interactions"_s)
            insights.totalInteractions = number;
    }
    return insights;
}

std::optional<TokenAnswer> parseToken(const QJsonObject &object)
{
    TokenAnswer answer;
    // The code exchange of Instagram Login answers {"data": [{"access_token", "user_id", "permissions"}]}.
    QJsonObject source = object;
    if (object.value(u"data"_s).isArray())
        source = parse::object(parse::array(object.value(u"data"_s)).at(0));
    answer.accessToken = parse::text(source.value(u"access_token"_s)).trimmed();
    if (answer.accessToken.isEmpty())
        return std::nullopt;
    answer.userId = idText(source.value(u"user_id"_s));
    answer.expiresIn = parse::count(source.value(u"expires_in"_s)).value_or(0);
    return answer;
}

QStringList mediaInsightMetrics()
{
    return {u"views"_s, u"reach"_s, u"likes"_s, u"comments"_s, u"shares"_s, u"saved"_s, u"total_interactions"_s};
}

CaptionCounts countCaption(const QString &caption)
{
    CaptionCounts counts;
    counts.characters = caption.size();
    counts.hashtags = int(instagram::extractHashtags(caption).size());
    counts.mentions = int(instagram::extractMentions(caption).size());
    return counts;
}

} // namespace reelpulse::graph
