#pragma once

#include "domain/Result.h"
#include "platform/InstagramSession.h"
#include "platform/ScrapedTypes.h"
#include "storage/DownloadStore.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace reelpulse {

class Database;
class RateGovernor;

/// What a person asks to download (`reelpulse-cli download …`, the Add dialog, a batch line).
struct DownloadRequest
{
    QString kind = QStringLiteral("post"); ///< post, reel, carousel, video (TikTok), story (one story item)
    QString target; ///< URL, shortcode or TikTok URL/id; a story: username/story-id (or its stories URL)
    QString quality = QStringLiteral("best");
    QString downloadType = QStringLiteral("media");
    QString audioFormat = QStringLiteral("best");
    bool zip = false;
    bool metadata = true;
    bool force = false;
    QString folder; ///< empty: setting downloads.folder
    QString batchId;
};

/// Where a job stands while it runs (for a progress line or the Downloads list).
struct DownloadProgress
{
    QString jobId;
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; ///< -1 while unknown
    int fileIndex = 0;      ///< 1-based
    int fileCount = 0;
    double bytesPerSecond = 0;
};

/// A hosted-API error of a failed job (`error{code, message, details}`).
struct DownloadError
{
    QString code; ///< INVALID_URL, POST_NOT_FOUND, POST_PRIVATE, REEL_NOT_FOUND, REEL_PRIVATE, RATE_LIMIT, …
    QString message;
    QString details;
};

/// The download engine: validates and queues requests in the store, and runs one job at a time in the
/// calling thread (its own network manager, the store connection it was given): resolves the post through
/// the platform's endpoint profile (paced by the rate governor), applies the quality and type rules, skips
/// media already downloaded, transfers every file (`.part`, Range resume, size check, atomic rename; 5 tries
/// with exponential backoff on timeouts and 5xx; a 403/410 re-resolves the post once), extracts audio or
/// merges DASH with ffmpeg, writes the sidecar and the ZIP, and records what was written.
///
/// The CLI calls it on its main thread; the app's DownloadQueue runs it on worker threads.
class DownloadService final
{
public:
    struct Options
    {
        QString dataDir;
        std::shared_ptr<RateGovernor> governor; ///< null: opened on dataDir
        int stallTimeoutMs = 30'000;
        int tries = 5;
        int backoffBaseMs = 1'000;
        /// Connections to one media host at the same time, across every job of the process (0: no limit).
        int connectionsPerHost = 0;
        /// Free bytes on the volume of a folder (tests simulate a full disk); default: QStorageInfo.
        std::function<qint64(const QString &folder)> freeBytes;
        /// Below this much free space the queue pauses (tests lower it to reach the file-size rule).
        qint64 minimumFreeBytes = 500LL * 1024 * 1024;
        /// The signed-in Instagram session stories are read with (empty or nullopt: none).
        SessionProvider session;
    };
    using ProgressFn = std::function<void(const DownloadProgress &)>;

    /// Below this much free space (or less than the next file's size) the queue pauses.
    static constexpr qint64 MinimumFreeBytes = 500LL * 1024 * 1024;

    DownloadService(Database &database, Options options);
    ~DownloadService();
    Q_DISABLE_COPY_MOVE(DownloadService)

    /// The folder downloads go to: setting downloads.folder, else ~/Downloads/ReelPulse.
    static QString defaultFolder(const QString &dataDir);

    /// Checks the request (Invalid errors name the field) and queues it as a pending job. When the same
    /// target was downloaded before with the same options and its files still exist (and force is off),
    /// nothing is queued: `alreadyDownloaded` holds that earlier job.
    struct Queued
    {
        DownloadJobRecord job;
        std::optional<DownloadJobRecord> alreadyDownloaded;
    };
    Result<Queued> enqueue(const DownloadRequest &request);

    /// Runs a job to its end (completed, failed, or paused when `stop` turns true or the disk is full) and
    /// returns its final record. `stop` may be set from another thread.
    Result<DownloadJobRecord> run(const QString &jobId, const ProgressFn &progress = {},
                                  const std::atomic_bool *stop = nullptr);

    /// A user's current stories (api/v1/feed/reels_media), read with Options::session; each item becomes a
    /// job of kind "story" with target "username/<item's shortcode>". The answer is kept for the jobs this
    /// service runs next (a 403 on a media URL reads it again). `error` (STORIES_UNAVAILABLE without a session,
    /// RATE_LIMIT, …) when it could not be read.
    struct Stories
    {
        QList<MediaItem> items;
        std::optional<DownloadError> error;
    };
    Stories currentStories(const QString &username);

    /// The last hosted-API error of a failed job, read from its record.
    static DownloadError errorOf(const DownloadJobRecord &job);

    DownloadStore &store() { return m_store; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    DownloadStore m_store;
};

} // namespace reelpulse
