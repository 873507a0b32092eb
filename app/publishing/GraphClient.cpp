#include "publishing/GraphClient.h"

#include "platform/Settings.h"
#include "publishing/GraphParsers.h"
#include "publishing/OneShotHttp.h"
#include "publishing/PublishingLog.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::GraphClient", text);
}

QString formEncode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

GraphError malformed(const QString &what)
{
    GraphError error;
    error.httpStatus = 200;
    error.action = GraphAction::Other;
    error.message = tr("Instagram's answer to %1 has an unexpected shape.").arg(what);
    return error;
}

template <typename T, typename Parse>
GraphReply<T> convert(const QJsonObject &object, const GraphError &error, const QString &what, Parse parse)
{
    if (error.isError())
        return GraphReply<T>::failed(error);
    auto value = parse(object);
    if (!value)
        return GraphReply<T>::failed(malformed(what));
    return {std::move(value), {}};
}

} // namespace

GraphConfig GraphConfig::fromSettings(const QString &dataDir)
{
    GraphConfig config;
    const Settings settings(dataDir);
    const QString url = settings.graphUrl();
    if (!url.isEmpty())
        config.baseUrl = QUrl(url);
    const QString version = settings.graphVersion().trimmed();
    if (!version.isEmpty())
        config.version = version;
    return config;
}

GraphClient::GraphClient(GraphConfig config, QString token)
    : m_config(std::move(config))
    , m_token(std::move(token))
{
}

QUrl GraphClient::url(const QString &path, const QUrlQuery &query, bool versioned) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + (versioned ? u"/"_s + m_config.version : QString()) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

GraphClient::Raw GraphClient::get(const QString &path, QUrlQuery query, bool versioned)
{
    qCDebug(lcPublishing) << "GET" << url(path, query, versioned).toString(QUrl::RemoveQuery);
    query.addQueryItem(u"access_token"_s, formEncode(m_token));
    const OneShotHttp::Answer answer = OneShotHttp::send("GET", url(path, query, versioned), {}, m_config.timeoutMs);
    Raw raw;
    if (!answer.answered) {
        raw.error.action = GraphAction::NoAnswer;
        raw.error.message = tr("No answer from Instagram: %1").arg(answer.failure);
        return raw;
    }
    raw.error = graph::parseError(answer.status, answer.body, answer.header("Retry-After"));
    raw.object = QJsonDocument::fromJson(answer.body).object();
    if (!raw.error.isError() && raw.object.isEmpty() && answer.body.trimmed() != "{}")
        raw.error = malformed(path);
    return raw;
}

GraphClient::Raw GraphClient::post(const QString &path, const Params &params, int timeoutMs)
{
    qCDebug(lcPublishing) << "POST" << url(path).toString();
    QByteArray form;
    for (const auto &param : params)
        form += (form.isEmpty() ? "" : "&") + formEncode(param.first).toLatin1() + '=' +
                formEncode(param.second).toLatin1();
    form += (form.isEmpty() ? "" : "&") + QByteArray("access_token=") + formEncode(m_token).toLatin1();
    const OneShotHttp::Answer answer = OneShotHttp::send("POST", url(path), form, timeoutMs);
    Raw raw;
    if (!answer.answered) {
        raw.error.action = GraphAction::NoAnswer;
        raw.error.message = answer.sent
                                ? tr("Instagram did not answer (%1): whether it acted is unknown.").arg(answer.failure)
                                : tr("The request could not be sent: %1").arg(answer.failure);
        return raw;
    }
    raw.error = graph::parseError(answer.status, answer.body, answer.header("Retry-After"));
    raw.object = QJsonDocument::fromJson(answer.body).object();
    return raw;
}

GraphReply<GraphAccount> GraphClient::me()
{
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"user_id,username,name,account_type,profile_picture_url,followers_count,"
                                    "follows_count,media_count"_s);
    const Raw raw = get(u"/me"_s, query);
    return convert<GraphAccount>(raw.object, raw.error, u"/me"_s, graph::parseAccount);
}

GraphReply<GraphMediaPage> GraphClient::media(int limit, const QString &after)
{
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"id,caption,media_type,media_product_type,media_url,permalink,timestamp,"
                                    "like_count,comments_count"_s);
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 100)));
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, formEncode(after));
    const Raw raw = get(u"/me/media"_s, query);
    return convert<GraphMediaPage>(raw.object, raw.error, u"/me/media"_s, graph::parseMediaPage);
}

GraphReply<GraphMedia> GraphClient::mediaById(const QString &mediaId)
{
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"id,caption,media_type,media_product_type,permalink,timestamp,like_count,"
                                    "comments_count"_s);
    const Raw raw = get(u"/"_s + formEncode(mediaId), query);
    return convert<GraphMedia>(raw.object, raw.error, u"media"_s, graph::parseMedia);
}

GraphReply<MediaInsights> GraphClient::insights(const QString &mediaId)
{
    QUrlQuery query;
    query.addQueryItem(u"metric"_s, graph::mediaInsightMetrics().join(u','));
    const Raw raw = get(u"/"_s + formEncode(mediaId) + u"/insights"_s, query);
    return convert<MediaInsights>(raw.object, raw.error, u"insights"_s, graph::parseInsights);
}

GraphReply<PublishingLimit> GraphClient::publishingLimit(const QString &userId)
{
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"quota_usage,config"_s);
    const Raw raw = get(u"/"_s + formEncode(userId) + u"/content_publishing_limit"_s, query);
    return convert<PublishingLimit>(raw.object, raw.error, u"content_publishing_limit"_s, graph::parsePublishingLimit);
}

GraphReply<QString> GraphClient::createContainer(const QString &userId, const Params &params)
{
    const Raw raw = post(u"/"_s + formEncode(userId) + u"/media"_s, params, m_config.timeoutMs);
    return convert<QString>(raw.object, raw.error, u"media"_s, graph::parseId);
}

GraphReply<ContainerState> GraphClient::containerStatus(const QString &containerId)
{
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"status_code,status"_s);
    const Raw raw = get(u"/"_s + formEncode(containerId), query);
    return convert<ContainerState>(raw.object, raw.error, u"container status"_s, graph::parseContainerStatus);
}

GraphReply<QString> GraphClient::publish(const QString &userId, const QString &creationId)
{
    const Raw raw = post(u"/"_s + formEncode(userId) + u"/media_publish"_s, {{u"creation_id"_s, creationId}},
                         m_config.publishTimeoutMs);
    return convert<QString>(raw.object, raw.error, u"media_publish"_s, graph::parseId);
}

GraphReply<QString> GraphClient::comment(const QString &mediaId, const QString &message)
{
    const Raw raw = post(u"/"_s + formEncode(mediaId) + u"/comments"_s, {{u"message"_s, message}}, m_config.timeoutMs);
    return convert<QString>(raw.object, raw.error, u"comments"_s, graph::parseId);
}

GraphReply<TokenAnswer> GraphClient::refreshToken()
{
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"ig_refresh_token"_s);
    const Raw raw = get(u"/refresh_access_token"_s, query, false);
    return convert<TokenAnswer>(raw.object, raw.error, u"refresh_access_token"_s, graph::parseToken);
}

GraphReply<TokenAnswer> GraphClient::exchangeForLongLived(const QString &appSecret)
{
    QUrlQuery query;
    query.addQueryItem(u"grant_type"_s, u"ig_exchange_token"_s);
    query.addQueryItem(u"client_secret"_s, formEncode(appSecret));
    const Raw raw = get(u"/access_token"_s, query, false);
    return convert<TokenAnswer>(raw.object, raw.error, u"access_token"_s, graph::parseToken);
}

} // namespace reelpulse
