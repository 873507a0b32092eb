#include "downloads/DownloadTypes.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

std::optional<Quality> parseQuality(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name.isEmpty() || name == u"best")
        return Quality{};
    if (name == u"high" || name == u"medium" || name == u"low")
        return Quality{name, 0};
    static const int Heights[] = {2160, 1440, 1080, 720, 480, 360, 240};
    for (int h : Heights) {
        if (name == QString::number(h) + u'p')
            return Quality{name, h};
    }
    return std::nullopt;
}

std::optional<DownloadType> parseDownloadType(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name.isEmpty() || name == u"media" || name == u"video")
        return DownloadType::Media;
    if (name == u"video_only")
        return DownloadType::VideoOnly;
    if (name == u"image_only")
        return DownloadType::ImageOnly;
    if (name == u"audio_only")
        return DownloadType::AudioOnly;
    return std::nullopt;
}

std::optional<AudioFormat> parseAudioFormat(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name.isEmpty() || name == u"best")
        return AudioFormat::Best;
    if (name == u"mp3")
        return AudioFormat::Mp3;
    if (name == u"m4a")
        return AudioFormat::M4a;
    if (name == u"aac")
        return AudioFormat::Aac;
    return std::nullopt;
}

QString downloadTypeName(DownloadType type)
{
    switch (type) {
    case DownloadType::Media:
        return u"media"_s;
    case DownloadType::VideoOnly:
        return u"video_only"_s;
    case DownloadType::ImageOnly:
        return u"image_only"_s;
    case DownloadType::AudioOnly:
        return u"audio_only"_s;
    }
    return u"media"_s;
}

QString audioFormatName(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Best:
        return u"best"_s;
    case AudioFormat::Mp3:
        return u"mp3"_s;
    case AudioFormat::M4a:
        return u"m4a"_s;
    case AudioFormat::Aac:
        return u"aac"_s;
    }
    return u"best"_s;
}

QString audioExtension(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3:
        return u"mp3"_s;
    case AudioFormat::Aac:
        return u"aac"_s;
    case AudioFormat::Best:
    case AudioFormat::M4a:
        break;
    }
    return u"m4a"_s;
}

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Image:
        return u"image"_s;
    case FileKind::Video:
    case FileKind::MergedVideo:
        return u"video"_s;
    case FileKind::Audio:
        return u"audio"_s;
    }
    return u"image"_s;
}

} // namespace reelpulse::downloads
