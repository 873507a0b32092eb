#include "cli/DownloadJson.h"

#include "domain/TimeFormat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QJsonValue iso(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

double megabytes(qint64 bytes)
{
    return std::round(double(bytes) / (1024.0 * 1024.0) * 1000.0) / 1000.0;
}

int progressOf(const DownloadJobRecord &job)
{
    if (job.status == u"completed")
        return 100;
    if (!job.bytesTotal || *job.bytesTotal <= 0)
        return 0;
    return int(std::clamp<qint64>(job.bytesDone * 100 / *job.bytesTotal, 0, 99));
}

QJsonObject quality(const char *name, const char *detailKey, const char *detail, const char *description)
{
    QJsonObject o{{u"name"_s, QString::fromLatin1(name)},
                  {QString::fromLatin1(detailKey), QString::fromLatin1(detail)}};
    if (description)
        o.insert(u"description"_s, QString::fromLatin1(description));
    return o;
}

} // namespace

QJsonObject downloadJobJson(const DownloadJobRecord &job, const QList<DownloadFileRecord> &files)
{
    QJsonObject o{{u"job_id"_s, job.id},
                  {u"status"_s, job.status},
                  {u"progress"_s, progressOf(job)},
                  {u"type"_s, job.kind},
                  {u"target"_s, job.target},
                  {u"source_url"_s, job.sourceUrl},
                  {u"quality"_s, job.quality},
                  {u"download_type"_s, job.downloadType},
                  {u"created_at"_s, iso(job.createdAt)},
                  {u"started_at"_s, iso(job.startedAt)}};
    if (job.status == u"failed") {
        o.insert(u"error"_s, QJsonObject{{u"code"_s, job.errorCode},
                                         {u"message"_s, job.errorMessage},
                                         {u"details"_s, job.errorDetails}});
        o.insert(u"failed_at"_s, iso(job.failedAt));
        return o;
    }
    if (job.status != u"completed") {
        o.insert(u"progress_details"_s,
                 QJsonObject{{u"current"_s, job.bytesDone},
                             {u"total"_s, job.bytesTotal ? QJsonValue(*job.bytesTotal) : QJsonValue(QJsonValue::Null)},
                             {u"stage"_s, job.status == u"processing" ? u"downloading"_s : job.status}});
        if (!job.errorMessage.isEmpty())
            o.insert(u"message"_s, job.errorMessage);
        return o;
    }
    QJsonArray list;
    qint64 total = 0;
    QString metadataPath;
    for (const DownloadFileRecord &f : files) {
        if (f.status != u"done")
            continue;
        if (f.kind == u"metadata") {
            metadataPath = f.path;
            continue;
        }
        const qint64 size = f.size.value_or(QFileInfo(f.path).size());
        total += size;
        list.append(QJsonObject{
            {u"filename"_s, QFileInfo(f.path).fileName()},
            {u"path"_s, f.path},
            {u"size_mb"_s, megabytes(size)},
            {u"size_bytes"_s, size},
            {u"media_type"_s, f.mimeType},
            {u"dimensions"_s, f.width > 0 && f.height > 0 ? QJsonValue(u"%1x%2"_s.arg(f.width).arg(f.height))
                                                          : QJsonValue(QJsonValue::Null)},
            {u"position"_s, f.position},
        });
    }
    o.insert(u"completed_at"_s, iso(job.completedAt));
    o.insert(u"duration_seconds"_s, job.startedAt && job.completedAt
                                        ? QJsonValue(job.startedAt->secsTo(*job.completedAt))
                                        : QJsonValue(QJsonValue::Null));
    o.insert(u"files"_s, list);
    o.insert(u"file_count"_s, static_cast<int>(list.size()));
    o.insert(u"total_size_mb"_s, megabytes(total));
    o.insert(u"metadata_path"_s, metadataPath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(metadataPath));
    o.insert(u"message"_s, u"Download completed successfully."_s);
    return o;
}

QJsonObject availableFormatsJson()
{
    const QJsonArray imageQualities{
        quality("best", "resolution", "largest offered", "Original resolution (the largest candidate)"),
        quality("high", "resolution", "up to 1080 wide", "High quality"),
        quality("medium", "resolution", "up to 640 wide", "Medium quality"),
        quality("low", "resolution", "at least 320 wide", "Low quality (the smallest at least 320 px wide)")};
    const QJsonArray videoQualities{
        quality("best", "height", "tallest offered", "Best quality"),
        quality("1080p", "height", "1080p", "The tallest not above 1080 px, else the smallest"),
        quality("720p", "height", "720p", "The tallest not above 720 px, else the smallest"),
        quality("480p", "height", "480p", "The tallest not above 480 px, else the smallest"),
        quality("360p", "height", "360p", "The tallest not above 360 px, else the smallest")};
    const QJsonArray audioFormats{
        QJsonObject{{u"format"_s, u"best"_s}, {u"codec"_s, u"aac"_s}, {u"description"_s, u"The AAC stream as it is"_s}},
        QJsonObject{{u"format"_s, u"mp3"_s}, {u"codec"_s, u"mp3"_s}, {u"description"_s, u"MP3 (ffmpeg, VBR ~190k)"_s}},
        QJsonObject{{u"format"_s, u"m4a"_s}, {u"codec"_s, u"aac"_s}, {u"description"_s, u"M4A format"_s}},
        QJsonObject{{u"format"_s, u"aac"_s}, {u"codec"_s, u"aac"_s}, {u"description"_s, u"AAC (ADTS) format"_s}}};
    return QJsonObject{
        {u"type"_s, u"available_formats"_s},
        {u"post_formats"_s, QJsonObject{{u"image"_s, QJsonObject{{u"qualities"_s, imageQualities}}},
                                        {u"video"_s, QJsonObject{{u"qualities"_s, videoQualities}}}}},
        {u"reel_formats"_s,
         QJsonObject{{u"video"_s, QJsonObject{{u"qualities"_s, videoQualities}}}, {u"audio_formats"_s, audioFormats}}},
        {u"story_formats"_s, QJsonObject{{u"qualities"_s, imageQualities}}},
        {u"download_types"_s, QJsonArray{u"media"_s, u"video_only"_s, u"image_only"_s, u"audio_only"_s}},
        {u"supported_output_formats"_s, QJsonObject{{u"image"_s, QJsonArray{u"jpg"_s, u"webp"_s, u"heic"_s}},
                                                    {u"video"_s, QJsonArray{u"mp4"_s}},
                                                    {u"audio"_s, QJsonArray{u"m4a"_s, u"mp3"_s, u"aac"_s}},
                                                    {u"archive"_s, QJsonArray{u"zip"_s}}}},
    };
}

} // namespace reelpulse::cli
