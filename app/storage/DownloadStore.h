#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace reelpulse {

/// A row of `download_jobs`: what to download, how, and how far it got.
struct DownloadJobRecord
{
    QString id;
    QString kind = QStringLiteral("post"); ///< post, reel, carousel, story, video, profile
    QString platform = QStringLiteral("instagram");
    QString target; ///< shortcode, username, TikTok video id
    QString sourceUrl;
    QString quality = QStringLiteral("best");
    QString downloadType = QStringLiteral("media");
    QString audioFormat = QStringLiteral("best");
    bool zip = false;
    bool metadata = true;
    bool force = false;
    QString folder;
    QString nameTemplate;
    QString status = QStringLiteral("pending"); ///< pending, processing, paused, completed, failed, cancelled
    QString owner;
    QString title;
    std::optional<qint64> bytesTotal;
    qint64 bytesDone = 0;
    int attempts = 0;
    QString errorCode;
    QString errorMessage;
    QString errorDetails;
    QString batchId;
    bool listed = true;
    QDateTime createdAt;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> completedAt;
    std::optional<QDateTime> failedAt;

    bool finished() const { return status == u"completed" || status == u"failed" || status == u"cancelled"; }
};

/// A row of `download_files`: one file of a job.
struct DownloadFileRecord
{
    qint64 id = 0;
    QString jobId;
    QString mediaId;
    QString variant; ///< what else makes it the same download: quality, type, audio format, zip
    int position = 0;
    QString kind; ///< image, video, audio, zip, metadata
    QString sourceUrl;
    QString path;
    QString mimeType;
    int width = 0;
    int height = 0;
    std::optional<qint64> size;
    QString status = QStringLiteral("pending"); ///< pending, done, failed
    std::optional<QDateTime> completedAt;
};

/// The download queue in the store: `download_jobs` and `download_files`. Done files are the registry of
/// downloaded media: the same media id and variant is never downloaded twice while its file exists.
class DownloadStore final
{
public:
    explicit DownloadStore(QSqlDatabase db);

    Status insertJob(const DownloadJobRecord &job);
    Result<DownloadJobRecord> job(const QString &idOrPrefix);
    /// Jobs in the list (listed = 1), newest first.
    Result<QList<DownloadJobRecord>> jobs();
    /// Jobs to run: pending ones, and processing ones a crash left behind, oldest first.
    Result<QList<DownloadJobRecord>> runnableJobs();
    Status updateJob(const DownloadJobRecord &job);
    Status setStatus(const QString &id, const QString &status);
    Status setProgress(const QString &id, qint64 bytesDone, std::optional<qint64> bytesTotal);
    /// Takes the job off the list (its files stay on disk, and in the registry).
    Status unlist(const QString &id);
    /// Deletes the job and its file rows.
    Status removeJob(const QString &id);
    /// Unlists finished jobs completed before `before`; how many.
    Result<int> unlistFinishedBefore(const QDateTime &before);

    /// The files of a job, by position.
    Result<QList<DownloadFileRecord>> files(const QString &jobId);
    /// Adds a file row, or returns the existing one of the same job and path; its id.
    Result<qint64> upsertFile(const DownloadFileRecord &file);
    Status fileDone(qint64 fileId, qint64 size);
    /// Done, found at another path (the same media downloaded before).
    Status fileDoneAt(qint64 fileId, qint64 size, const QString &path);
    Status fileFailed(qint64 fileId);
    /// The size the server announced for a file not done yet (kept for the free-space check of a later try).
    Status setFileSize(qint64 fileId, qint64 size);
    /// The size known of a file: announced, or final once done.
    Result<std::optional<qint64>> fileSize(qint64 fileId);
    /// Deletes the file rows of a job (its staged ZIP items once the ZIP is written).
    Status removeFiles(const QString &jobId);

    /// A done file of this media and variant whose file still exists (the registry).
    Result<std::optional<DownloadFileRecord>> downloaded(const QString &mediaId, const QString &variant);
    /// The newest completed job of this kind, target and options whose files all still exist.
    Result<std::optional<DownloadJobRecord>> completedTwin(const DownloadJobRecord &job);
    /// Whether another download owns `path`: a row of another media or variant that is done, or whose job is
    /// unfinished (two variants of one post must not share a file or its `.part`).
    Result<bool> pathTaken(const QString &path, const QString &mediaId, const QString &variant);
    /// Whether `path` is known as this media and variant (done by any job, or planned by job `jobId`).
    Result<bool> pathKnown(const QString &path, const QString &mediaId, const QString &variant, const QString &jobId);
    /// The oldest unfinished job (pending, processing, paused) of this target and options: a new request
    /// for it continues that job instead of queueing another.
    Result<std::optional<DownloadJobRecord>> unfinishedTwin(const DownloadJobRecord &job);

private:
    QSqlDatabase m_db;
};

} // namespace reelpulse
