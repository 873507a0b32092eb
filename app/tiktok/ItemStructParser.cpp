#include "tiktok/ItemStructParser.h"

#include "platform/CaptionEntities.h"
#include "platform/ParserValues.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::tiktok {

namespace {

/// statsV2 first: TikTok sends its counts there exactly (as strings), while stats may round them.
std::optional<qint64> stat(const QJsonObject &item, const QString &name)
{
    if (const std::optional<qint64> n = parse::count(parse::object(item.value(u"statsV2"_s)).value(name)))
        return n;
    return parse::count(parse::object(item.value(u"stats"_s)).value(name));
}

std::optional<int> dimension(const QJsonValue &value)
{
    const std::optional<qint64> n = parse::count(value);
    if (!n || *n <= 0 || *n > 100000)
        return std::nullopt;
    return static_cast<int>(*n);
}

QString firstUrl(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    // {"urlList": [...]} or {"url_list": [...]} in image posts and some API variants.
    const QJsonObject obj = parse::object(value);
    for (const QString &key : {u"urlList"_s, u"url_list"_s}) {
        const QJsonArray list = parse::array(obj.value(key));
        if (!list.isEmpty())
            return parse::text(list.first());
    }
    return {};
}

} // namespace

Result<MediaItem> parseItemStruct(const QJsonObject &source)
{
    MediaItem item;
    item.platform = Platform::TikTok;
    item.id = parse::id(source.value(u"id"_s));
    if (item.id.isEmpty())
        return parse::shapeError(QCoreApplication::translate("Parser", "a TikTok video"));
    item.typeName = u"itemStruct"_s;
    const QJsonObject imagePost = parse::object(source.value(u"imagePost"_s));
    item.kind = imagePost.isEmpty() ? MediaKind::Video : MediaKind::Carousel;

    const QJsonValue author = source.value(u"author"_s);
    if (author.isObject()) {
        item.ownerUsername = parse::text(author.toObject().value(u"uniqueId"_s));
        item.ownerId = parse::id(author.toObject().value(u"id"_s));
    } else {
        item.ownerUsername = parse::text(author);
        item.ownerId = parse::id(source.value(u"authorId"_s));
    }

    item.caption = parse::string(source.value(u"desc"_s));
    for (const QJsonValue &extra : parse::array(source.value(u"textExtra"_s))) {
        const QJsonObject e = parse::object(extra);
        const QString tag = parse::text(e.value(u"hashtagName"_s)).trimmed();
        if (!tag.isEmpty())
            parse::appendUnique(item.hashtags, u'#' + tag);
        const QString user = parse::text(e.value(u"userUniqueId"_s)).trimmed();
        if (!user.isEmpty())
            parse::appendUnique(item.mentions, u'@' + user);
    }
    for (const QJsonValue &challenge : parse::array(source.value(u"challenges"_s))) {
        const QString title = parse::text(parse::object(challenge).value(u"title"_s)).trimmed();
        if (!title.isEmpty())
            parse::appendUnique(item.hashtags, u'#' + title);
    }
    if (item.caption) {
        for (const QString &tag : instagram::extractHashtags(*item.caption))
            parse::appendUnique(item.hashtags, tag);
        for (const QString &name : instagram::extractMentions(*item.caption))
            parse::appendUnique(item.mentions, name);
    }

    item.takenAt = parse::epoch(source.value(u"createTime"_s));
    item.plays = stat(source, u"playCount"_s);
    item.views = item.plays;
    item.likes = stat(source, u"diggCount"_s);
    item.comments = stat(source, u"commentCount"_s);
    item.shares = stat(source, u"shareCount"_s);
    item.saves = stat(source, u"collectCount"_s);

    const QJsonObject video = parse::object(source.value(u"video"_s));
    item.width = dimension(video.value(u"width"_s));
    item.height = dimension(video.value(u"height"_s));
    if (const std::optional<double> d = parse::number(video.value(u"duration"_s)); d && *d > 0)
        item.durationSeconds = d;
    item.displayUrl = parse::text(video.value(u"cover"_s));
    if (item.displayUrl.isEmpty())
        item.displayUrl = parse::text(video.value(u"originCover"_s));
    item.videoUrl = firstUrl(video.value(u"playAddr"_s));
    if (item.videoUrl.isEmpty())
        item.videoUrl = firstUrl(video.value(u"downloadAddr"_s));

    for (const QJsonValue &image : parse::array(imagePost.value(u"images"_s))) {
        const QJsonObject img = parse::object(image);
        MediaItem child;
        child.platform = Platform::TikTok;
        child.kind = MediaKind::Image;
        child.displayUrl = firstUrl(img.value(u"imageURL"_s));
        child.width = dimension(img.value(u"imageWidth"_s));
        child.height = dimension(img.value(u"imageHeight"_s));
        item.children.append(child);
    }
    if (item.kind == MediaKind::Carousel && item.displayUrl.isEmpty())
        item.displayUrl = firstUrl(imagePost.value(u"cover"_s).toObject().value(u"imageURL"_s));
    return item;
}

} // namespace reelpulse::tiktok
