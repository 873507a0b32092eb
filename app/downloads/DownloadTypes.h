#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace reelpulse::downloads {

/// What to take of a post: everything, or one kind of media only.
enum class DownloadType { Media, VideoOnly, ImageOnly, AudioOnly };
/// The audio container of an audio-only download (`best` copies the AAC stream without re-encoding).
enum class AudioFormat { Best, Mp3, M4a, Aac };

/// A quality name: best, high, medium, low (images; videos map them to heights) or a height (1080p,
/// 720p, 480p, 360p; images take their best candidate).
struct Quality
{
    QString name = QStringLiteral("best");
    int height = 0; ///< the wanted video height; 0 for best or an image quality name
};

std::optional<Quality> parseQuality(const QString &text);
std::optional<DownloadType> parseDownloadType(const QString &text);
std::optional<AudioFormat> parseAudioFormat(const QString &text);
QString downloadTypeName(DownloadType type);
QString audioFormatName(AudioFormat format);
QString audioExtension(AudioFormat format); ///< m4a, mp3, m4a, aac

/// One file a platform offers for a media: an image candidate, a video version or a DASH representation.
struct MediaVersion
{
    QString url;
    int width = 0;
    int height = 0;
    qint64 bandwidth = 0; ///< DASH representations only
};

/// One media of a post (the post itself, or one item of a carousel) and every version it is offered in.
struct ResolvedMedia
{
    QString mediaId;
    int position = 0; ///< 1-based within a carousel; 0 for a single media
    bool isVideo = false;
    QList<MediaVersion> images;    ///< image_versions2.candidates / display_resources / display_url
    QList<MediaVersion> videos;    ///< video_versions / video_url / playAddr
    QList<MediaVersion> dashVideo; ///< video representations of the DASH manifest
    QList<MediaVersion> dashAudio; ///< audio representations of the DASH manifest
    double durationSeconds = 0;
};

/// What a post, reel or video resolves to, before any quality rule.
struct ResolvedPost
{
    QString shortcode;
    bool carousel = false;
    QList<ResolvedMedia> media;
};

/// The kind of file a plan step writes.
enum class FileKind { Image, Video, Audio, MergedVideo };

/// One file to write: where it comes from and what it is.
struct PlannedFile
{
    QString mediaId;
    int position = 0;
    FileKind kind = FileKind::Image;
    QString url;      ///< the source (for MergedVideo: the video representation)
    QString audioUrl; ///< MergedVideo only: the audio representation to merge in
    int width = 0;
    int height = 0;
    QString extension; ///< jpg, mp4, mp3, m4a, aac
    QString mimeType;  ///< image/jpeg, video/mp4, audio/mpeg, audio/mp4, audio/aac
    /// Audio only: the container and whether ffmpeg has to extract it from `url` (a video).
    std::optional<AudioFormat> audioFormat;
};

QString fileKindName(FileKind kind); ///< image, video, audio

} // namespace reelpulse::downloads
