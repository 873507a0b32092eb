#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace reelpulse {

/// What the person (or the scheduler) has to do after a Graph API error.
enum class GraphAction {
    None,             ///< no error
    Reconnect,        ///< code 190: the token expired or was revoked; the account shows "Reconnect"
    Wait,             ///< codes 4, 17, 32, 613 or HTTP 429: wait until retryAt (or a while)
    DailyLimit,       ///< code 9, subcode 2207042: the daily publishing limit is reached
    MediaNotFetched,  ///< subcodes 2207052, 2207003: Instagram could not fetch the media (is it public?)
    VideoFormat,      ///< subcode 2207026: the video format is not supported
    InvalidParameter, ///< code 100: a parameter is wrong (parameter names it when the message does)
    NoAnswer,         ///< the connection failed or closed before any answer: the outcome is unknown
    Other,
};

/// A failed Graph API call: the parsed error JSON (or the transport failure) and the plain message it maps to.
struct GraphError
{
    int httpStatus = 0; ///< 0: no HTTP answer arrived
    int code = 0;
    int subcode = 0;
    QString type;
    QString apiMessage; ///< the server's own message (may be technical)
    QString parameter;  ///< code 100: the parameter at fault, when it can be told
    GraphAction action = GraphAction::None;
    std::optional<QDateTime> retryAt; ///< Wait: when to try again
    QString message;                  ///< plain message for people, with what to do

    bool isError() const { return action != GraphAction::None; }
    /// Worth trying again later without changing anything (wait, media fetch, no answer, server errors).
    bool retryable() const;
    Error toError() const;
};

/// A professional account as GET /me answers.
struct GraphAccount
{
    QString userId; ///< the Instagram professional account id (user_id, else id)
    QString username;
    QString name;
    QString accountType; ///< BUSINESS, MEDIA_CREATOR
    QString profilePictureUrl;
    std::optional<qint64> followers;
    std::optional<qint64> follows;
    std::optional<qint64> mediaCount;
};

/// A media container's processing state (status_code).
enum class ContainerStatus { Unknown, InProgress, Finished, Error, Expired, Published };

struct ContainerState
{
    ContainerStatus status = ContainerStatus::Unknown;
    QString statusCode; ///< as sent ("FINISHED")
    QString detail;     ///< the "status" field, e.g. the error subcode text
};

QString containerStatusName(ContainerStatus status);

/// content_publishing_limit: posts published through the API in the rolling window.
struct PublishingLimit
{
    int quotaUsage = 0;
    int quotaTotal = 100;
    qint64 quotaDurationSeconds = 86400;

    bool usedUp() const { return quotaUsage >= quotaTotal; }
};

/// One media item of the account (recent media, or a single media read).
struct GraphMedia
{
    QString id;
    QString caption;
    QString mediaType;        ///< IMAGE, VIDEO, CAROUSEL_ALBUM
    QString mediaProductType; ///< FEED, REELS, STORY
    QString mediaUrl;
    QString permalink;
    std::optional<QDateTime> timestamp;
    std::optional<qint64> likeCount;
    std::optional<qint64> commentsCount;
};

/// A page of media and the cursor of the next page (empty when this is the last one).
struct GraphMediaPage
{
    QList<GraphMedia> items;
    QString afterCursor;
    bool hasNext = false;
};

/// Lifetime insights of one media. A metric the answer lacks stays empty.
struct MediaInsights
{
    std::optional<qint64> views;
    std::optional<qint64> reach;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    std::optional<qint64> saved;
    std::optional<qint64> totalInteractions;

    /// total_interactions ÷ reach × 100, rounded to two decimals; empty without reach.
    std::optional<double> engagementRate() const;
};

/// An access token answer (token exchange, refresh, code exchange or a token broker).
struct TokenAnswer
{
    QString accessToken;
    QString userId;       ///< when the answer carries one (code exchange)
    qint64 expiresIn = 0; ///< seconds; 0 when not said
};

} // namespace reelpulse
