#include "downloads/QualityRules.h"

#include <QHash>
#include <QUrl>
#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

qint64 area(const MediaVersion &v)
{
    return qint64(v.width) * v.height;
}

/// The first of the list that `better` prefers over every other (stable: ties keep the earlier one).
template <typename Better>
std::optional<MediaVersion> first(const QList<MediaVersion> &list, Better better,
                                  const std::function<bool(const MediaVersion &)> &accept)
{
    std::optional<MediaVersion> chosen;
    for (const MediaVersion &v : list) {
        if (!accept(v))
            continue;
        if (!chosen || better(v, *chosen))
            chosen = v;
    }
    return chosen;
}

const auto any = [](const MediaVersion &) {
    return true;
};

std::optional<MediaVersion> widestNotAbove(const QList<MediaVersion> &list, int maxWidth)
{
    return first(
        list, [](const MediaVersion &a, const MediaVersion &b) { return a.width > b.width; },
        [maxWidth](const MediaVersion &v) { return v.width > 0 && v.width <= maxWidth; });
}

std::optional<MediaVersion> narrowestFrom(const QList<MediaVersion> &list, int minWidth)
{
    return first(
        list, [](const MediaVersion &a, const MediaVersion &b) { return a.width < b.width; },
        [minWidth](const MediaVersion &v) { return v.width >= minWidth; });
}

bool taller(const MediaVersion &a, const MediaVersion &b)
{
    if (a.height != b.height)
        return a.height > b.height;
    if (area(a) != area(b))
        return area(a) > area(b);
    return a.bandwidth > b.bandwidth;
}

bool shorter(const MediaVersion &a, const MediaVersion &b)
{
    if (a.height != b.height)
        return a.height < b.height;
    return area(a) < area(b);
}

/// The wanted video height of a quality; 0: the tallest; -1: the smallest.
int wantedHeight(const Quality &quality)
{
    if (quality.height > 0)
        return quality.height;
    if (quality.name == u"medium")
        return 720;
    if (quality.name == u"low")
        return -1;
    return 0;
}

PlannedFile fileOf(const ResolvedMedia &media, FileKind kind, const MediaVersion &version, const QString &fallback)
{
    PlannedFile file;
    file.mediaId = media.mediaId;
    file.position = media.position;
    file.kind = kind;
    file.url = version.url;
    file.width = version.width;
    file.height = version.height;
    file.extension = extensionOf(version.url, fallback);
    file.mimeType = mimeTypeOf(file.extension);
    return file;
}

} // namespace

std::optional<MediaVersion> pickImage(const QList<MediaVersion> &candidates, const Quality &quality)
{
    if (candidates.isEmpty())
        return std::nullopt;
    std::optional<MediaVersion> chosen;
    if (quality.name == u"high")
        chosen = widestNotAbove(candidates, 1080);
    else if (quality.name == u"medium")
        chosen = widestNotAbove(candidates, 640);
    else if (quality.name == u"low")
        chosen = narrowestFrom(candidates, 320);
    else
        chosen = first(
            candidates, [](const MediaVersion &a, const MediaVersion &b) { return area(a) > area(b); }, any);
    if (!chosen)
        chosen = narrowestFrom(candidates, 320);
    if (!chosen)
        chosen = narrowestFrom(candidates, 0);
    return chosen;
}

std::optional<MediaVersion> pickVideo(const QList<MediaVersion> &versions, const Quality &quality)
{
    if (versions.isEmpty())
        return std::nullopt;
    const int wanted = wantedHeight(quality);
    if (wanted == 0)
        return first(versions, taller, any);
    if (wanted > 0) {
        if (auto within = first(versions, taller, [wanted](const MediaVersion &v) { return v.height <= wanted; }))
            return within;
    }
    return first(versions, shorter, any);
}

std::optional<MediaVersion> pickAudio(const QList<MediaVersion> &representations)
{
    return first(
        representations, [](const MediaVersion &a, const MediaVersion &b) { return a.bandwidth > b.bandwidth; }, any);
}

QList<PlannedFile> planFiles(const ResolvedPost &post, const Quality &quality, DownloadType type,
                             AudioFormat audioFormat)
{
    QList<PlannedFile> files;
    for (const ResolvedMedia &media : post.media) {
        if (!media.isVideo) {
            if (type != DownloadType::Media && type != DownloadType::ImageOnly)
                continue;
            if (const auto image = pickImage(media.images, quality))
                files.append(fileOf(media, FileKind::Image, *image, u"jpg"_s));
            continue;
        }
        if (type == DownloadType::ImageOnly)
            continue;
        if (type == DownloadType::AudioOnly) {
            const auto audio = pickAudio(media.dashAudio);
            const auto video = pickVideo(media.videos.isEmpty() ? media.dashVideo : media.videos, Quality{});
            if (!audio && !video)
                continue;
            PlannedFile file = fileOf(media, FileKind::Audio, audio ? *audio : *video, u"mp4"_s);
            file.extension = audioExtension(audioFormat);
            file.mimeType = mimeTypeOf(file.extension);
            file.width = 0;
            file.height = 0;
            file.audioFormat = audioFormat;
            files.append(file);
            continue;
        }
        const auto progressive = pickVideo(media.videos, quality);
        const auto dash = pickVideo(media.dashVideo, quality);
        const auto audio = pickAudio(media.dashAudio);
        const int wanted = wantedHeight(quality);
        const bool dashFits = dash && (wanted <= 0 || dash->height <= wanted);
        const bool dashBetter =
            dashFits && audio && (!progressive || (wanted >= 0 && dash->height > progressive->height));
        if (dashBetter) {
            PlannedFile file = fileOf(media, FileKind::MergedVideo, *dash, u"mp4"_s);
            file.extension = u"mp4"_s;
            file.mimeType = mimeTypeOf(file.extension);
            file.audioUrl = audio->url;
            files.append(file);
        } else if (progressive) {
            files.append(fileOf(media, FileKind::Video, *progressive, u"mp4"_s));
        }
    }
    return files;
}

QString extensionOf(const QString &url, const QString &fallback)
{
    const QString path = QUrl(url).path();
    const int slash = path.lastIndexOf(u'/');
    const int dot = path.lastIndexOf(u'.');
    if (dot > slash && dot >= 0) {
        const QString ext = path.mid(dot + 1).toLower();
        static const QStringList Known = {u"jpg"_s, u"jpeg"_s, u"png"_s, u"webp"_s, u"heic"_s, u"mp4"_s,
                                          u"mov"_s, u"m4a"_s,  u"mp3"_s, u"aac"_s,  u"gif"_s};
        if (Known.contains(ext))
            return ext == u"jpeg" ? u"jpg"_s : ext;
    }
    return fallback;
}

QString mimeTypeOf(const QString &extension)
{
    static const QHash<QString, QString> Types = {
        {u"jpg"_s, u"image/jpeg"_s},      {u"png"_s, u"image/png"_s},       {u"webp"_s, u"image/webp"_s},
        {u"heic"_s, u"image/heic"_s},     {u"gif"_s, u"image/gif"_s},       {u"mp4"_s, u"video/mp4"_s},
        {u"mov"_s, u"video/quicktime"_s}, {u"m4a"_s, u"audio/mp4"_s},       {u"mp3"_s, u"audio/mpeg"_s},
        {u"aac"_s, u"audio/aac"_s},       {u"zip"_s, u"application/zip"_s}, {u"json"_s, u"application/json"_s}};
    return Types.value(extension.toLower(), u"application/octet-stream"_s);
}

} // namespace reelpulse::downloads
