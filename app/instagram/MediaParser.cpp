#include "instagram/MediaParser.h"

#include "instagram/CommentParser.h"
#include "platform/CaptionEntities.h"
#include "platform/ParserValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::instagram {

namespace {

void setCaption(MediaItem &item, const std::optional<QString> &caption)
{
    item.caption = caption;
    if (caption) {
        item.hashtags = extractHashtags(*caption);
        item.mentions = extractMentions(*caption);
    }
}

std::optional<int> dimension(const QJsonValue &value)
{
    const std::optional<qint64> n = parse::count(value);
    if (!n || *n > 100000)
        return std::nullopt;
    return static_cast<int>(*n);
}

std::optional<double> duration(const QJsonValue &value)
{
    const std::optional<double> d = parse::number(value);
    if (!d || *d < 0)
        return std::nullopt;
    return d;
}

/// The URL of the largest candidate (by pixel area; the first one when no candidate states its size). A size
/// that is not a dimension (see dimension()) counts as unstated: two such counts would overflow the area.
QString largestUrl(const QJsonArray &candidates)
{
    QString best;
    qint64 bestArea = -1;
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = parse::object(v);
        const QString url = parse::text(c.value(u"url"_s));
        if (url.isEmpty())
            continue;
        const qint64 area =
            qint64(dimension(c.value(u"width"_s)).value_or(0)) * dimension(c.value(u"height"_s)).value_or(0);
        if (area > bestArea) {
            best = url;
            bestArea = area;
        }
    }
    return best;
}

std::optional<QString> graphCaption(const QJsonObject &node)
{
    const QJsonValue connection = node.value(u"edge_media_to_caption"_s);
    if (connection.isObject()) {
        const QJsonValue edges = connection.toObject().value(u"edges"_s);
        if (edges.isArray()) {
            const QJsonArray arr = edges.toArray();
            if (arr.isEmpty())
                return QString(); // the post has no caption
            return parse::string(parse::at(arr.first(), u"node.text"));
        }
        return std::nullopt;
    }
    return parse::string(node.value(u"caption"_s));
}

std::optional<QString> appCaption(const QJsonObject &item)
{
    const QJsonValue caption = item.value(u"caption"_s);
    if (caption.isObject())
        return parse::string(caption.toObject().value(u"text"_s));
    if (caption.isNull())
        return QString(); // the app format sends null for a post without caption
    if (caption.isString())
        return caption.toString();
    return std::nullopt;
}

} // namespace

MediaKind graphKind(const QJsonObject &node)
{
    const QString typeName = parse::text(node.value(u"__typename"_s));
    const QString productType = parse::text(node.value(u"product_type"_s));
    const std::optional<bool> isVideo = parse::boolean(node.value(u"is_video"_s));
    if (typeName.endsWith(u"Sidecar"_s) || node.value(u"edge_sidecar_to_children"_s).isObject())
        return MediaKind::Carousel;
    if (productType == u"clips"_s)
        return MediaKind::Reel;
    if (typeName.endsWith(u"Video"_s) || isVideo == true)
        return MediaKind::Video;
    if (typeName.endsWith(u"Image"_s) || isVideo == false)
        return MediaKind::Image;
    return MediaKind::Unknown;
}

MediaKind appKind(const QJsonObject &item)
{
    switch (parse::integer(item.value(u"media_type"_s)).value_or(0)) {
    case 1:
        return MediaKind::Image;
    case 2:
        return parse::text(item.value(u"product_type"_s)) == u"clips"_s ? MediaKind::Reel : MediaKind::Video;
    case 8:
        return MediaKind::Carousel;
    default:
        return MediaKind::Unknown;
    }
}

MediaItem parseGraphMedia(const QJsonObject &node)
{
    MediaItem item;
    item.platform = Platform::Instagram;
    item.id = parse::id(node.value(u"id"_s));
    item.shortcode = parse::text(node.value(u"shortcode"_s));
    item.typeName = parse::text(node.value(u"__typename"_s));
    item.productType = parse::text(node.value(u"product_type"_s));
    item.kind = graphKind(node);
    const QJsonObject owner = parse::object(node.value(u"owner"_s));
    item.ownerId = parse::id(owner.value(u"id"_s));
    item.ownerUsername = parse::text(owner.value(u"username"_s));
    setCaption(item, graphCaption(node));
    item.takenAt = parse::epoch(node.value(u"taken_at_timestamp"_s));
    item.likes = parse::firstCount(node, {u"edge_media_preview_like.count", u"edge_liked_by.count", u"like_count"});
    item.comments = parse::firstCount(node, {u"edge_media_to_parent_comment.count", u"edge_media_to_comment.count",
                                             u"edge_media_preview_comment.count", u"comment_count"});
    item.views = parse::count(node.value(u"video_view_count"_s));
    item.plays = parse::count(node.value(u"video_play_count"_s));
    const QJsonObject dims = parse::object(node.value(u"dimensions"_s));
    item.width = dimension(dims.value(u"width"_s));
    item.height = dimension(dims.value(u"height"_s));
    item.durationSeconds = duration(node.value(u"video_duration"_s));
    item.displayUrl = parse::text(node.value(u"display_url"_s));
    if (item.displayUrl.isEmpty())
        item.displayUrl = parse::text(node.value(u"thumbnail_src"_s));
    item.videoUrl = parse::text(node.value(u"video_url"_s));
    for (const QJsonValue &edge : parse::array(parse::at(node, u"edge_sidecar_to_children.edges"))) {
        const QJsonObject child = parse::objectAt(edge, u"node");
        if (!child.isEmpty())
            item.children.append(parseGraphMedia(child));
    }
    for (const QString &key :
         {u"edge_media_to_parent_comment"_s, u"edge_media_to_comment"_s, u"edge_media_preview_comment"_s}) {
        const QJsonValue connection = node.value(key);
        if (connection.isObject()) {
            item.embeddedComments = parseCommentConnection(connection.toObject());
            break;
        }
    }
    return item;
}

MediaItem parseAppMedia(const QJsonObject &source)
{
    MediaItem item;
    item.platform = Platform::Instagram;
    item.id = parse::id(source.value(u"pk"_s));
    if (item.id.isEmpty())
        item.id = parse::id(source.value(u"id"_s));
    item.shortcode = parse::text(source.value(u"code"_s));
    item.typeName = parse::text(source.value(u"__typename"_s));
    if (const std::optional<qint64> mediaType = parse::integer(source.value(u"media_type"_s)))
        item.typeName = u"media_type %1"_s.arg(*mediaType);
    item.productType = parse::text(source.value(u"product_type"_s));
    item.kind = appKind(source);
    QJsonObject user = parse::object(source.value(u"user"_s));
    if (user.isEmpty())
        user = parse::object(source.value(u"owner"_s));
    item.ownerId = parse::id(user.value(u"pk"_s));
    if (item.ownerId.isEmpty())
        item.ownerId = parse::id(user.value(u"id"_s));
    item.ownerUsername = parse::text(user.value(u"username"_s));
    setCaption(item, appCaption(source));
    item.takenAt = parse::epoch(source.value(u"taken_at"_s));
    item.likes = parse::count(source.value(u"like_count"_s));
    item.comments = parse::count(source.value(u"comment_count"_s));
    item.views = parse::firstCount(source, {u"view_count", u"ig_play_count"});
    item.plays = parse::count(source.value(u"play_count"_s));
    item.width = dimension(source.value(u"original_width"_s));
    item.height = dimension(source.value(u"original_height"_s));
    item.durationSeconds = duration(source.value(u"video_duration"_s));
    item.displayUrl = largestUrl(parse::array(parse::at(source, u"image_versions2.candidates")));
    item.videoUrl = largestUrl(parse::array(source.value(u"video_versions"_s)));
    for (const QJsonValue &child : parse::array(source.value(u"carousel_media"_s))) {
        if (child.isObject())
            item.children.append(parseAppMedia(child.toObject()));
    }
    if (item.displayUrl.isEmpty() && !item.children.isEmpty())
        item.displayUrl = item.children.first().displayUrl; // a carousel shows its first picture
    if (source.value(u"comments"_s).isArray()) {
        QJsonObject list;
        list.insert(u"comments"_s, source.value(u"comments"_s));
        list.insert(u"comment_count"_s, source.value(u"comment_count"_s));
        list.insert(u"next_max_id"_s, source.value(u"next_max_id"_s));
        list.insert(u"has_more_comments"_s, source.value(u"has_more_comments"_s));
        item.embeddedComments = parseAppCommentList(list);
    }
    return item;
}

bool looksLikeMedia(const QJsonObject &node)
{
    return node.contains(u"shortcode"_s) || node.contains(u"code"_s) || node.contains(u"media_type"_s) ||
           node.contains(u"__typename"_s) || node.contains(u"taken_at_timestamp"_s) || node.contains(u"taken_at"_s);
}

MediaItem parseMediaNode(const QJsonObject &node)
{
    const QJsonValue wrapped = node.value(u"media"_s);
    if (wrapped.isObject() && !looksLikeMedia(node))
        return parseMediaNode(wrapped.toObject());
    const bool app = node.contains(u"media_type"_s) || node.contains(u"code"_s) || node.contains(u"taken_at"_s) ||
                     node.contains(u"pk"_s);
    return app ? parseAppMedia(node) : parseGraphMedia(node);
}

Result<MediaItem> parsePost(const QJsonObject &root)
{
    static const QStringView Paths[] = {
        u"data.xdt_shortcode_media",
        u"data.shortcode_media",
        u"graphql.shortcode_media",
        u"graphql.xdt_shortcode_media",
        u"shortcode_media",
        u"items.0",
        u"data.xdt_api__v1__media__shortcode__web_info.items.0",
    };
    for (QStringView path : Paths) {
        const QJsonObject node = parse::objectAt(root, path);
        if (!node.isEmpty() && looksLikeMedia(node))
            return parseMediaNode(node);
    }
    if (looksLikeMedia(root) && (root.contains(u"id"_s) || root.contains(u"pk"_s)))
        return parseMediaNode(root);
    return parse::shapeError(QCoreApplication::translate("Parser", "a post"));
}

Result<MediaItem> parsePost(const QByteArray &body)
{
    Result<QJsonObject> root = parse::parseObject(body);
    if (!root)
        return root.error();
    return parsePost(root.value());
}

} // namespace reelpulse::instagram
