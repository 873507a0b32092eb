#include "downloads/MediaVersions.h"

#include "platform/ParserValues.h"

#include <QJsonArray>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

int dimension(const QJsonValue &value)
{
    const std::optional<qint64> n = parse::count(value);
    if (!n || *n > 100000)
        return 0;
    return static_cast<int>(*n);
}

void appendVersion(QList<MediaVersion> &list, MediaVersion version)
{
    if (version.url.isEmpty())
        return;
    for (const MediaVersion &known : list) {
        if (known.url == version.url)
            return;
    }
    list.append(std::move(version));
}

bool isAppItem(const QJsonObject &node)
{
    return node.contains(u"media_type"_s) || node.contains(u"image_versions2"_s) ||
           node.contains(u"carousel_media"_s) || node.contains(u"video_versions"_s);
}

ResolvedMedia appMedia(const QJsonObject &item)
{
    ResolvedMedia media;
    media.mediaId = parse::id(item.value(u"pk"_s));
    if (media.mediaId.isEmpty())
        media.mediaId = parse::id(item.value(u"id"_s)).section(u'_', 0, 0);
    for (const QJsonValue &v : parse::array(parse::at(item, u"image_versions2.candidates"))) {
        const QJsonObject c = parse::object(v);
        appendVersion(media.images, {parse::text(c.value(u"url"_s)), dimension(c.value(u"width"_s)),
                                     dimension(c.value(u"height"_s)), 0});
    }
    for (const QJsonValue &v : parse::array(item.value(u"video_versions"_s))) {
        const QJsonObject c = parse::object(v);
        appendVersion(media.videos, {parse::text(c.value(u"url"_s)), dimension(c.value(u"width"_s)),
                                     dimension(c.value(u"height"_s)), 0});
    }
    const QString mpd = parse::text(item.value(u"video_dash_manifest"_s));
    if (!mpd.isEmpty())
        parseDashManifest(mpd, media.dashVideo, media.dashAudio);
    media.isVideo = parse::integer(item.value(u"media_type"_s)).value_or(0) == 2 || !media.videos.isEmpty();
    media.durationSeconds = parse::number(item.value(u"video_duration"_s)).value_or(0);
    return media;
}

ResolvedMedia graphMedia(const QJsonObject &node)
{
    ResolvedMedia media;
    media.mediaId = parse::id(node.value(u"id"_s));
    for (const QJsonValue &v : parse::array(node.value(u"display_resources"_s))) {
        const QJsonObject r = parse::object(v);
        appendVersion(media.images, {parse::text(r.value(u"src"_s)), dimension(r.value(u"config_width"_s)),
                                     dimension(r.value(u"config_height"_s)), 0});
    }
    const QJsonObject dims = parse::object(node.value(u"dimensions"_s));
    const int width = dimension(dims.value(u"width"_s));
    const int height = dimension(dims.value(u"height"_s));
    if (media.images.isEmpty())
        appendVersion(media.images, {parse::text(node.value(u"display_url"_s)), width, height, 0});
    appendVersion(media.videos, {parse::text(node.value(u"video_url"_s)), width, height, 0});
    QString mpd = parse::text(parse::at(node, u"dash_info.video_dash_manifest"));
    if (mpd.isEmpty())
        mpd = parse::text(node.value(u"video_dash_manifest"_s));
    if (!mpd.isEmpty())
        parseDashManifest(mpd, media.dashVideo, media.dashAudio);
    media.isVideo = parse::boolean(node.value(u"is_video"_s)).value_or(false) || !media.videos.isEmpty();
    media.durationSeconds = parse::number(node.value(u"video_duration"_s)).value_or(0);
    return media;
}

} // namespace

void parseDashManifest(const QString &mpd, QList<MediaVersion> &video, QList<MediaVersion> &audio)
{
    QXmlStreamReader xml(mpd);
    QString setType;
    MediaVersion current;
    QString currentType;
    bool inRepresentation = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const QXmlStreamAttributes attrs = xml.attributes();
            if (name == u"AdaptationSet") {
                setType = attrs.value(u"mimeType"_s).toString();
                if (setType.isEmpty())
                    setType = attrs.value(u"contentType"_s).toString();
            } else if (name == u"Representation") {
                inRepresentation = true;
                current = MediaVersion{};
                current.width = attrs.value(u"width"_s).toInt();
                current.height = attrs.value(u"height"_s).toInt();
                current.bandwidth = attrs.value(u"bandwidth"_s).toLongLong();
                currentType = attrs.value(u"mimeType"_s).toString();
                if (currentType.isEmpty())
                    currentType = setType;
            } else if (name == u"BaseURL" && inRepresentation) {
                current.url = xml.readElementText().trimmed();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"Representation") {
            inRepresentation = false;
            if (currentType.startsWith(u"audio"))
                appendVersion(audio, current);
            else if (currentType.startsWith(u"video") || current.height > 0)
                appendVersion(video, current);
        }
    }
}

ResolvedPost collectNodeMedia(const QJsonObject &node)
{
    ResolvedPost post;
    if (isAppItem(node)) {
        post.shortcode = parse::text(node.value(u"code"_s));
        const QJsonArray children = parse::array(node.value(u"carousel_media"_s));
        post.carousel = !children.isEmpty();
        int position = 0;
        for (const QJsonValue &child : children) {
            ResolvedMedia media = appMedia(parse::object(child));
            media.position = ++position;
            post.media.append(media);
        }
        if (!post.carousel)
            post.media.append(appMedia(node));
        return post;
    }
    post.shortcode = parse::text(node.value(u"shortcode"_s));
    const QJsonArray edges = parse::array(parse::at(node, u"edge_sidecar_to_children.edges"));
    post.carousel = !edges.isEmpty();
    int position = 0;
    for (const QJsonValue &edge : edges) {
        ResolvedMedia media = graphMedia(parse::objectAt(edge, u"node"));
        media.position = ++position;
        post.media.append(media);
    }
    if (!post.carousel)
        post.media.append(graphMedia(node));
    return post;
}

ResolvedPost collectPostMedia(const QJsonObject &root)
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
        if (!node.isEmpty()) {
            ResolvedPost post = collectNodeMedia(
                node.contains(u"media"_s) && !node.contains(u"id"_s) ? parse::object(node.value(u"media"_s)) : node);
            if (!post.media.isEmpty())
                return post;
        }
    }
    return collectNodeMedia(root);
}

ResolvedPost collectTikTokMedia(const QJsonObject &itemStruct)
{
    ResolvedPost post;
    ResolvedMedia media;
    media.mediaId = parse::id(itemStruct.value(u"id"_s));
    post.shortcode = media.mediaId;
    const QJsonObject video = parse::object(itemStruct.value(u"video"_s));
    const int width = dimension(video.value(u"width"_s));
    const int height = dimension(video.value(u"height"_s));
    // playAddr is the stream without the watermark; downloadAddr carries it.
    for (const QJsonValue &v : parse::array(video.value(u"bitrateInfo"_s))) {
        const QJsonObject info = parse::object(v);
        const QJsonObject addr = parse::object(info.value(u"PlayAddr"_s));
        const QString url = parse::text(parse::array(addr.value(u"UrlList"_s)).first());
        appendVersion(media.videos, {url, dimension(addr.value(u"Width"_s)), dimension(addr.value(u"Height"_s)),
                                     parse::integer(info.value(u"Bitrate"_s)).value_or(0)});
    }
    appendVersion(media.videos, {parse::text(video.value(u"playAddr"_s)), width, height, 0});
    if (media.videos.isEmpty())
        appendVersion(media.videos, {parse::text(video.value(u"downloadAddr"_s)), width, height, 0});
    appendVersion(media.images, {parse::text(video.value(u"cover"_s)), width, height, 0});
    media.isVideo = !media.videos.isEmpty();
    media.durationSeconds = parse::number(video.value(u"duration"_s)).value_or(0);
    post.media.append(media);
    return post;
}

} // namespace reelpulse::downloads
