#pragma once

#include "publishing/GraphTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace reelpulse::graph {

/// Pure functions: a Graph API answer (JSON) → domain values. They never trust a field's type (numbers may come
/// as strings) and return std::nullopt when the answer lacks what makes the value.

/// The error of an answer: its error JSON (`{"error": {"message", "type", "code", "error_subcode"}}`) mapped
/// to an action and a plain message. httpStatus 429 without error JSON is Wait; retryAfterHeader (seconds or an
/// HTTP date) sets retryAt from now. A 2xx answer without an "error" object gives action None.
GraphError parseError(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader = {},
                      const QDateTime &now = QDateTime::currentDateTimeUtc());

std::optional<GraphAccount> parseAccount(const QJsonObject &object);
/// `{"id": "…"}` (container creation, media_publish, comments).
std::optional<QString> parseId(const QJsonObject &object);
std::optional<ContainerState> parseContainerStatus(const QJsonObject &object);
std::optional<PublishingLimit> parsePublishingLimit(const QJsonObject &object);
std::optional<GraphMedia> parseMedia(const QJsonObject &object);
std::optional<GraphMediaPage> parseMediaPage(const QJsonObject &object);
/// Both shapes: `values[0].value` (period lifetime) and `total_value.value`.
std::optional<MediaInsights> parseInsights(const QJsonObject &object);
std::optional<TokenAnswer> parseToken(const QJsonObject &object);

/// The metrics asked for a media's insights: none of the deprecated ones (impressions, plays, video_views).
QStringList mediaInsightMetrics();

/// Counts of a caption's parts that Instagram limits (2,200 characters, 30 hashtags, 20 mentions).
struct CaptionCounts
{
    qsizetype characters = 0; ///< user-perceived characters are close to UTF-16 units; Instagram counts these
    int hashtags = 0;
    int mentions = 0;
};
CaptionCounts countCaption(const QString &caption);

} // namespace reelpulse::graph
