#pragma once

#include "publishing/GraphTypes.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace reelpulse {

/// A Graph API answer: the value, or the error that took its place.
template <typename T> struct GraphReply
{
    std::optional<T> value;
    GraphError error;

    bool ok() const { return value.has_value(); }
    static GraphReply failed(GraphError e) { return {std::nullopt, std::move(e)}; }
};

/// Where the Graph API is: host (setting graph.url, REELPULSE_GRAPH_URL wins) and version (graph.version).
struct GraphConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.instagram.com"));
    QString version = QStringLiteral("v23.0");
    int timeoutMs = 30'000;
    /// The media_publish call may take longer: Instagram answers once the post exists.
    int publishTimeoutMs = 120'000;

    static GraphConfig fromSettings(const QString &dataDir);
};

/// The Instagram API with Instagram Login, for one account's token. Blocking; one thread at a time.
///
/// Every request is sent exactly once (OneShotHttp): nothing is re-sent behind the caller's back. The token
/// travels in the query (GET) or the form (POST) and is never logged.
class GraphClient final
{
public:
    using Params = QList<QPair<QString, QString>>;

    GraphClient(GraphConfig config, QString token);

    GraphReply<GraphAccount> me();
    /// One page of the account's media, newest first.
    GraphReply<GraphMediaPage> media(int limit, const QString &after = {});
    GraphReply<GraphMedia> mediaById(const QString &mediaId);
    GraphReply<MediaInsights> insights(const QString &mediaId);
    GraphReply<PublishingLimit> publishingLimit(const QString &userId);
    GraphReply<QString> createContainer(const QString &userId, const Params &params);
    GraphReply<ContainerState> containerStatus(const QString &containerId);
    /// media_publish: the new media id. A NoAnswer error means the outcome is unknown (read the container).
    GraphReply<QString> publish(const QString &userId, const QString &creationId);
    GraphReply<QString> comment(const QString &mediaId, const QString &message);
    /// refresh_access_token (ig_refresh_token): a new long-lived token, usually 60 days.
    GraphReply<TokenAnswer> refreshToken();
    /// access_token (ig_exchange_token): a short-lived token → a long-lived one. Needs the app secret.
    GraphReply<TokenAnswer> exchangeForLongLived(const QString &appSecret);

    /// The URL a path resolves to (for tests and messages), without the token.
    QUrl url(const QString &path, const QUrlQuery &query = {}, bool versioned = true) const;

private:
    struct Raw
    {
        QJsonObject object;
        GraphError error;
    };
    Raw get(const QString &path, QUrlQuery query, bool versioned = true);
    Raw post(const QString &path, const Params &params, int timeoutMs);

    GraphConfig m_config;
    QString m_token;
};

} // namespace reelpulse
