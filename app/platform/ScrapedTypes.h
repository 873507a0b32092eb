#pragma once

#include "domain/TaskTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace reelpulse {

// What the platform clients read. A field the response did not carry (or carried with the wrong
// type) is std::nullopt / empty: "unknown", never a made-up zero.

enum class MediaKind { Unknown, Image, Video, Reel, Carousel };
QString mediaKindName(MediaKind kind); ///< "image", "video", "reel", "carousel", "unknown"

struct Comment
{
    QString id;
    QString parentId; ///< empty for a top-level comment
    QString text;
    QString authorUsername;
    QString authorId;
    std::optional<QDateTime> createdAt;
    std::optional<qint64> likes;
    std::optional<qint64> replyCount;
    QList<Comment> replies; ///< threaded replies when the response embeds them
};

struct CommentPage
{
    QList<Comment> comments;
    std::optional<qint64> total;
    QString endCursor;
    bool hasNextPage = false;
};

struct MediaItem
{
    Platform platform = Platform::Instagram;
    QString id; ///< platform media id (numeric string)
    QString shortcode;
    MediaKind kind = MediaKind::Unknown;
    QString typeName;    ///< e.g. GraphVideo, XDTGraphImage, media_type 2
    QString productType; ///< e.g. clips, feed, carousel_container
    QString ownerId;
    QString ownerUsername;
    std::optional<QString> caption;
    QStringList hashtags; ///< "#tag", from the caption (and TikTok textExtra/challenges)
    QStringList mentions; ///< "@name"
    std::optional<QDateTime> takenAt;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> views;
    std::optional<qint64> plays;
    std::optional<qint64> shares;
    std::optional<qint64> saves;
    std::optional<int> width;
    std::optional<int> height;
    std::optional<double> durationSeconds;
    QString displayUrl;
    QString videoUrl;
    QList<MediaItem> children;    ///< carousel children
    CommentPage embeddedComments; ///< comments that came with the item, if any
};

struct MediaPage
{
    QList<MediaItem> items;
    std::optional<qint64> total;
    QString endCursor;
    bool hasNextPage = false;
};

struct ProfileInfo
{
    QString id;
    QString username;
    std::optional<QString> fullName;
    std::optional<QString> biography;
    std::optional<QString> category;
    std::optional<QString> externalUrl;
    std::optional<QString> profilePicUrl;
    std::optional<qint64> followers;
    std::optional<qint64> following;
    std::optional<qint64> posts;
    std::optional<qint64> likes; ///< TikTok: hearts the account's videos received
    QString secUid;              ///< TikTok: the account's stable secure id (reads its video list)
    std::optional<bool> isVerified;
    std::optional<bool> isPrivate;
    std::optional<bool> isBusiness;
    MediaPage timeline; ///< the first page of posts when the response embeds it
};

} // namespace reelpulse
