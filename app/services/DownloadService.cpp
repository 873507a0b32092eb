#include "services/DownloadService.h"

#include "domain/Identifiers.h"
#include "downloads/AudioTools.h"
#include "downloads/DiskSpace.h"
#include "downloads/FileNaming.h"
#include "downloads/FileTransfer.h"
#include "downloads/MediaLookup.h"
#include "downloads/MediaUrl.h"
#include "downloads/QualityRules.h"
#include "downloads/Sidecar.h"
#include "downloads/StoryTarget.h"
#include "downloads/ZipPacker.h"
#include "net/RateGovernor.h"
#include "platform/Settings.h"
#include "services/DownloadErrors.h"
#include "services/HostSlots.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::downloads;

Q_LOGGING_CATEGORY(lcDownloads, "reelpulse.downloads")

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::DownloadService", text);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

bool isInstagramKind(const QString &kind)
{
    return kind == u"post" || kind == u"reel" || kind == u"carousel";
}

QString variantOf(const DownloadJobRecord &job)
{
    return u"%1/%2/%3%4"_s.arg(job.quality, job.downloadType, job.audioFormat, job.zip ? u"/zip"_s : QString());
}

} // namespace

struct DownloadService::Impl
{
    Database &database;
    Options options;
    QString mediaUrl;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<MediaLookup> lookup;

    Impl(Database &db, Options opts)
        : database(db)
        , options(std::move(opts))
    {
    }

    QHash<QString, QList<LookedUpPost>> stories; ///< by username: the last read of their current stories

    Fetched<QList<LookedUpPost>> storiesOf(const QString &username, bool fresh)
    {
        if (!fresh && stories.contains(username))
            return stories.value(username);
        auto read = lookupFor().instagramStories(username, options.session ? options.session() : std::nullopt,
                                                 Settings(options.dataDir).sessionHosts());
        if (read.ok())
            stories.insert(username, read.value());
        return read;
    }

    /// One story item ("username/id") as the stories of its user have it now (or as last read).
    Fetched<LookedUpPost> story(const QString &target, bool fresh)
    {
        const QString user = target.section(u'/', 0, 0);
        const QString id = target.section(u'/', 1, 1);
        auto all = storiesOf(user, fresh);
        if (!all.ok())
            return all.failure();
        for (const LookedUpPost &post : all.value()) {
            if (post.item.shortcode == id)
                return post;
        }
        return ScrapeFailure{
            FailureClass::NotFound,
            QCoreApplication::translate("reelpulse::DownloadService", "The story %1 of @%2 is not there any more.")
                .arg(id, user),
            404, std::nullopt};
    }

    MediaLookup &lookupFor()
    {
        if (!lookup) {
            const Settings settings(options.dataDir);
            if (!options.governor) {
                auto opened = RateGovernor::open(options.dataDir);
                options.governor = opened.ok() ? opened.value()
                                               : std::make_shared<RateGovernor>(GovernorConfig::fromSettings(settings));
            }
            MediaLookup::Options o;
            o.dataDir = options.dataDir;
            o.instagramUrl = settings.instagramUrl();
            o.tiktokUrl = settings.tiktokUrl();
            o.fetcher.maxBodyBytes = settings.maxBodyBytes();
            lookup = std::make_unique<MediaLookup>(options.governor, o);
        }
        return *lookup;
    }

    QNetworkAccessManager &net()
    {
        if (!network)
            network = std::make_unique<QNetworkAccessManager>();
        return *network;
    }

    qint64 freeBytes(const QString &folder) const
    {
        return options.freeBytes ? options.freeBytes(folder) : freeBytesAt(folder);
    }
};

DownloadService::DownloadService(Database &database, Options options)
    : d(std::make_unique<Impl>(database, std::move(options)))
    , m_store(database.connection())
{
    d->mediaUrl = Settings(d->options.dataDir).mediaUrl();
}

DownloadService::~DownloadService() = default;

QString DownloadService::defaultFolder(const QString &dataDir)
{
    const QString configured = Settings(dataDir).value(u"downloads.folder"_s).toString().trimmed();
    if (!configured.isEmpty())
        return QDir(configured).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/Downloads"_s;
    return base + u"/ReelPulse"_s;
}

DownloadService::Stories DownloadService::currentStories(const QString &username)
{
    Stories stories;
    auto read = d->storiesOf(username, true);
    if (!read.ok()) {
        stories.error = lookupError(u"story"_s, read.failure());
        return stories;
    }
    for (const LookedUpPost &story : read.value())
        stories.items.append(story.item);
    return stories;
}

DownloadError DownloadService::errorOf(const DownloadJobRecord &job)
{
    return {job.errorCode, job.errorMessage, job.errorDetails};
}

Result<DownloadService::Queued> DownloadService::enqueue(const DownloadRequest &request)
{
    DownloadJobRecord job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.kind = request.kind;
    job.createdAt = now();
    if (isInstagramKind(request.kind)) {
        auto shortcode = parseInstagramShortcode(request.target);
        if (!shortcode.ok())
            return Error::invalid(u"url"_s, shortcode.error().message);
        job.platform = u"instagram"_s;
        job.target = shortcode.value();
        job.sourceUrl =
            (request.kind == u"reel" ? u"https://www.instagram.com/reel/%1/"_s : u"https://www.instagram.com/p/%1/"_s)
                .arg(job.target);
    } else if (request.kind == u"video") {
        auto ref = parseVideoIdentifier(Platform::TikTok, request.target);
        if (!ref.ok())
            return Error::invalid(u"url"_s, ref.error().message);
        job.platform = u"tiktok"_s;
        job.target = ref->externalId;
        job.owner = ref->username;
        job.sourceUrl = ref->canonicalUrl;
    } else if (request.kind == u"story") {
        auto story = parseStoryTarget(request.target);
        if (!story.ok())
            return story.error();
        job.platform = u"instagram"_s;
        job.target = story->key();
        job.owner = story->username;
        job.sourceUrl = story->url();
    } else {
        return Error::invalid(u"kind"_s, tr("'%1' cannot be downloaded this way.").arg(request.kind));
    }
    const auto quality = parseQuality(request.quality);
    if (!quality)
        return Error::invalid(u"quality"_s, tr("Unknown quality '%1' (best, high, medium, low, 1080p, 720p, 480p, "
                                               "360p).")
                                                .arg(request.quality));
    const auto type = parseDownloadType(request.downloadType);
    if (!type)
        return Error::invalid(
            u"type"_s, tr("Unknown type '%1' (media, video_only, image_only, audio_only).").arg(request.downloadType));
    const auto audio = parseAudioFormat(request.audioFormat);
    if (!audio)
        return Error::invalid(u"audio-format"_s,
                              tr("Unknown audio format '%1' (best, mp3, m4a, aac).").arg(request.audioFormat));
    job.quality = quality->name;
    job.downloadType = downloadTypeName(*type);
    job.audioFormat = audioFormatName(*audio);
    job.zip = request.zip;
    job.metadata = request.metadata;
    job.force = request.force;
    job.batchId = request.batchId;
    job.folder = QDir::cleanPath(
        QDir(request.folder.trimmed().isEmpty() ? defaultFolder(d->options.dataDir) : request.folder).absolutePath());
    QString tpl = Settings(d->options.dataDir).value(u"downloads.name_template"_s).toString().trimmed();
    job.nameTemplate = tpl.isEmpty() ? DefaultNameTemplate : tpl;
    job.title = job.target;

    Queued queued;
    if (!job.force) {
        auto twin = m_store.completedTwin(job);
        if (!twin.ok())
            return twin.error();
        if (twin.value()) {
            queued.job = *twin.value();
            queued.alreadyDownloaded = twin.value();
            return queued;
        }
    }
    auto unfinished = m_store.unfinishedTwin(job);
    if (!unfinished.ok())
        return unfinished.error();
    if (unfinished.value()) {
        // The same download was stopped (or its process killed): continue it, with its .part files.
        DownloadJobRecord again = *unfinished.value();
        again.status = u"pending"_s;
        again.force = job.force;
        again.metadata = job.metadata;
        if (auto s = m_store.updateJob(again); !s.ok())
            return s.error();
        queued.job = again;
        return queued;
    }
    if (auto s = m_store.insertJob(job); !s.ok())
        return s.error();
    queued.job = job;
    return queued;
}

namespace {

/// One run of a job: the plan, where each file goes, and how far it got.
struct RunState
{
    DownloadJobRecord job;
    LookedUpPost post;
    QList<PlannedFile> plan;
    Quality quality;
    DownloadType type = DownloadType::Media;
    AudioFormat audio = AudioFormat::Best;
    bool reResolved = false;
    qint64 doneBytes = 0;                 ///< bytes of the files finished in this run
    qint64 runBytes = 0;                  ///< bytes received in this run
    QList<QPair<qint64, qint64>> samples; ///< (ms since start, bytes) of the last seconds, for the speed
    qint64 lastBytes = 0;
    qint64 lastTotal = -1;
    qint64 lastEmittedMs = -1000;
    QElapsedTimer clock;
    QElapsedTimer lastSaved;
};

QHash<QString, QString> nameFields(const RunState &state, const PlannedFile &file)
{
    const MediaItem &item = state.post.item;
    QString owner = item.ownerUsername;
    if (owner.isEmpty())
        owner = state.job.owner.isEmpty() ? u"unknown"_s : state.job.owner;
    return {{u"owner"_s, owner},
            {u"shortcode"_s, item.shortcode.isEmpty() ? state.job.target : item.shortcode},
            {u"position"_s, state.post.media.carousel ? QString::number(file.position) : QString()},
            {u"ext"_s, file.extension},
            {u"date"_s, item.takenAt ? item.takenAt->toUTC().toString(u"yyyy-MM-dd"_s) : QString()},
            {u"type"_s, fileKindName(file.kind)},
            {u"id"_s, file.mediaId.isEmpty() ? item.id : file.mediaId}};
}

QString ownerShortcode(const RunState &state)
{
    const QHash<QString, QString> f = nameFields(state, PlannedFile{});
    return f.value(u"owner"_s) + u'_' + f.value(u"shortcode"_s);
}

bool writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    return file.commit();
}

} // namespace

Result<DownloadJobRecord> DownloadService::run(const QString &jobId, const ProgressFn &progress,
                                               const std::atomic_bool *stop)
{
    auto loaded = m_store.job(jobId);
    if (!loaded.ok())
        return loaded.error();
    RunState state;
    state.job = loaded.value();
    DownloadJobRecord &job = state.job;
    if (job.status == u"completed" || job.status == u"cancelled")
        return job;
    state.quality = parseQuality(job.quality).value_or(Quality{});
    state.type = parseDownloadType(job.downloadType).value_or(DownloadType::Media);
    state.audio = parseAudioFormat(job.audioFormat).value_or(AudioFormat::Best);
    job.status = u"processing"_s;
    if (!job.startedAt)
        job.startedAt = now();
    job.attempts += 1;
    job.errorCode.clear();
    job.errorMessage.clear();
    job.errorDetails.clear();
    job.failedAt.reset();
    if (auto s = m_store.updateJob(job); !s.ok())
        return s.error();

    auto finish = [&](const QString &status, const DownloadError &error = {}) -> Result<DownloadJobRecord> {
        job.status = status;
        job.errorCode = error.code;
        job.errorMessage = error.message;
        job.errorDetails = error.details;
        if (status == u"completed")
            job.completedAt = now();
        if (status == u"failed")
            job.failedAt = now();
        if (auto s = m_store.updateJob(job); !s.ok())
            return s.error();
        qCInfo(lcDownloads).noquote() << "job" << job.id << status << error.code;
        return job;
    };
    auto stopped = [&] {
        return stop && stop->load();
    };

    if (state.type == DownloadType::AudioOnly && AudioTools::ffmpeg().isEmpty())
        return finish(u"failed"_s, {u"FFMPEG_MISSING"_s, tr("ffmpeg is not installed."), AudioTools::installHint()});

    // Resolve the post as the platform has it now.
    auto resolve = [&]() -> std::optional<DownloadError> {
        Fetched<LookedUpPost> looked = job.platform == u"tiktok" ? d->lookupFor().tiktokVideo(job.target, job.owner)
                                       : job.kind == u"story"    ? d->story(job.target, state.reResolved)
                                                                 : d->lookupFor().instagramPost(job.target);
        if (!looked.ok())
            return lookupError(job.kind, looked.failure());
        state.post = std::move(looked).value();
        state.plan = planFiles(state.post.media, state.quality, state.type, state.audio);
        return std::nullopt;
    };
    if (auto error = resolve())
        return finish(u"failed"_s, *error);
    if (state.plan.isEmpty())
        return finish(u"failed"_s,
                      {u"NO_MEDIA"_s, tr("The post has no media of the type asked for (%1).").arg(job.downloadType),
                       tr("Try --type media.")});
    if (!state.post.item.ownerUsername.isEmpty())
        job.owner = state.post.item.ownerUsername;
    job.title = ownerShortcode(state);
    if (auto saved = m_store.updateJob(job); !saved.ok())
        return saved.error();

    // Where each file goes. A ZIP's items are staged in a hidden folder and packed at the end.
    const QString stageDir = job.folder + u"/.reelpulse-parts/"_s + job.id;
    const QString variant = variantOf(job);
    QList<QString> paths;
    for (const PlannedFile &file : std::as_const(state.plan)) {
        auto path = pathInside(job.folder, renderNameTemplate(job.nameTemplate, nameFields(state, file)));
        if (!path.ok())
            return finish(u"failed"_s,
                          {u"INVALID_PATH"_s, path.error().message, tr("Change downloads.name_template.")});
        if (job.zip) {
            paths.append(stageDir + u'/' + QFileInfo(path.value()).fileName());
            continue;
        }
        // Another variant of the same media (or a file that is not ours) has this name: add the quality.
        const QString mediaId = file.mediaId.isEmpty() ? state.post.item.id : file.mediaId;
        const QFileInfo info(path.value());
        QString candidate = path.value();
        for (int n = 1;; ++n) {
            auto taken = m_store.pathTaken(candidate, mediaId, variant);
            auto known = m_store.pathKnown(candidate, mediaId, variant, job.id);
            if (!taken.ok())
                return taken.error();
            if (!known.ok())
                return known.error();
            const bool foreign = !known.value() &&
                                 (QFileInfo::exists(candidate) || QFileInfo::exists(FileTransfer::partPath(candidate)));
            if (!taken.value() && !foreign)
                break;
            const QString suffix = job.quality + (job.downloadType != u"media" ? u'_' + job.downloadType : QString());
            candidate = info.path() + u'/' + info.completeBaseName() + u'_' + suffix +
                        (n > 1 ? u'-' + QString::number(n) : QString()) + u'.' + info.suffix();
        }
        paths.append(candidate);
    }

    state.clock.start();
    state.lastSaved.start();
    QList<QPair<QString, QString>> written; // (name in a ZIP, path)
    for (int i = 0; i < state.plan.size(); ++i) {
        const PlannedFile &file = state.plan.at(i);
        const QString &path = paths.at(i);
        DownloadFileRecord record;
        record.jobId = job.id;
        record.mediaId = file.mediaId.isEmpty() ? state.post.item.id : file.mediaId;
        record.variant = variant;
        record.position = file.position;
        record.kind = fileKindName(file.kind);
        record.sourceUrl = file.url;
        record.path = path;
        record.mimeType = file.mimeType;
        record.width = file.width;
        record.height = file.height;
        auto fileId = m_store.upsertFile(record);
        if (!fileId.ok())
            return fileId.error();
        written.append({QFileInfo(path).fileName(), path});

        // Never twice: this file is there already (an earlier run of this job, or the registry).
        if (!job.force && QFileInfo::exists(path)) {
            const qint64 size = QFileInfo(path).size();
            if (auto s = m_store.fileDone(fileId.value(), size); !s.ok())
                return s.error();
            state.doneBytes += size;
            continue;
        }
        if (!job.force && !job.zip) {
            auto known = m_store.downloaded(record.mediaId, variant);
            if (!known.ok())
                return known.error();
            if (known.value()) {
                written.last().second = known.value()->path;
                state.doneBytes += known.value()->size.value_or(0);
                if (auto s = m_store.fileDoneAt(fileId.value(), known.value()->size.value_or(0), known.value()->path);
                    !s.ok())
                    return s.error();
                continue;
            }
        }
        QDir().mkpath(QFileInfo(path).path());
        // Low disk space pauses: under 500 MiB free, or less than the file's size (announced by an earlier try of
        // it, or by the server's headers below before a byte is written).
        const QString folder = QFileInfo(path).path();
        qint64 toCome = -1;
        if (auto announced = m_store.fileSize(fileId.value()); announced.ok() && announced.value())
            toCome = std::max<qint64>(0, *announced.value() - QFileInfo(FileTransfer::partPath(path)).size());
        if (auto full = lowDiskError(job.folder, d->freeBytes(folder), toCome, d->options.minimumFreeBytes))
            return finish(u"paused"_s, *full);
        std::optional<DownloadError> noRoom;

        // Transfers one URL of this file to target, with retries, backoff and one re-resolution.
        auto transfer = [&](bool audioPart, const QString &target) -> std::optional<DownloadError> {
            for (int attempt = 1; attempt <= d->options.tries; ++attempt) {
                if (stopped())
                    return DownloadError{u"STOPPED"_s, {}, {}};
                const PlannedFile &current = state.plan.at(i);
                FileTransfer::Options opts;
                opts.stallTimeoutMs = d->options.stallTimeoutMs;
                opts.cancel = stop;
                opts.roomFor = [&](qint64 total, qint64 toCome) {
                    if (target == path)
                        (void)m_store.setFileSize(fileId.value(), total);
                    noRoom = lowDiskError(job.folder, d->freeBytes(folder), toCome, d->options.minimumFreeBytes);
                    return !noRoom;
                };
                opts.progress = [&](qint64 bytes, qint64 total) {
                    DownloadProgress p;
                    p.jobId = job.id;
                    p.bytesDone = state.doneBytes + bytes;
                    p.bytesTotal = total >= 0 ? state.doneBytes + total : -1;
                    p.fileIndex = i + 1;
                    p.fileCount = static_cast<int>(state.plan.size());
                    const qint64 nowMs = state.clock.elapsed();
                    state.samples.append({nowMs, p.bytesDone});
                    while (state.samples.size() > 2 && state.samples.first().first < nowMs - 3000)
                        state.samples.removeFirst();
                    const qint64 spanMs = nowMs - state.samples.first().first;
                    p.bytesPerSecond =
                        spanMs > 0 ? double(p.bytesDone - state.samples.first().second) * 1000.0 / double(spanMs) : 0;
                    state.lastBytes = p.bytesDone;
                    state.lastTotal = p.bytesTotal;
                    const bool fileDone = total >= 0 && bytes >= total;
                    if (progress && (nowMs - state.lastEmittedMs >= 100 || fileDone)) {
                        state.lastEmittedMs = nowMs;
                        progress(p);
                    }
                    if (state.lastSaved.elapsed() > 1000) {
                        state.lastSaved.restart();
                        job.bytesDone = p.bytesDone;
                        (void)m_store.setProgress(job.id, p.bytesDone,
                                                  p.bytesTotal >= 0 ? std::optional<qint64>(p.bytesTotal)
                                                                    : std::nullopt);
                    }
                };
                const QUrl url = mediaFetchUrl(audioPart ? current.audioUrl : current.url, d->mediaUrl);
                const QString host = url.host() + u':' + QString::number(url.port());
                const int maxConnections = d->options.connectionsPerHost;
                if (maxConnections > 0 && !HostSlots::instance().acquire(host, maxConnections, stop))
                    return DownloadError{u"STOPPED"_s, {}, {}};
                state.samples.append(
                    {state.clock.elapsed(), state.doneBytes + QFileInfo(FileTransfer::partPath(target)).size()});
                const TransferResult r = FileTransfer::run(d->net(), url, target, opts);
                if (maxConnections > 0)
                    HostSlots::instance().release(host);
                switch (r.outcome) {
                case TransferOutcome::Done:
                    state.runBytes += r.bytes;
                    return std::nullopt;
                case TransferOutcome::Cancelled:
                    return DownloadError{u"STOPPED"_s, r.message, {}};
                case TransferOutcome::NoSpace:
                    return noRoom.value_or(DownloadError{u"LOW_DISK_SPACE"_s, r.message, {}});
                case TransferOutcome::Expired:
                    if (!state.reResolved) {
                        state.reResolved = true;
                        qCInfo(lcDownloads) << "media URL expired; resolving" << job.target << "again";
                        const QList<PlannedFile> before = state.plan;
                        if (auto error = resolve())
                            return error;
                        if (state.plan.size() != before.size())
                            return DownloadError{
                                u"DOWNLOAD_FAILED"_s, tr("The post changed while it was downloaded."), {}};
                        --attempt;
                        continue;
                    }
                    return DownloadError{u"FILE_EXPIRED"_s, r.message,
                                         tr("The media URL expired again after a fresh look-up.")};
                case TransferOutcome::NotFound:
                case TransferOutcome::Failed:
                    return DownloadError{u"DOWNLOAD_FAILED"_s, r.message, url.toString(QUrl::RemoveQuery)};
                case TransferOutcome::Retryable:
                    if (attempt == d->options.tries)
                        return DownloadError{u"DOWNLOAD_FAILED"_s, r.message,
                                             tr("Gave up after %1 tries.").arg(d->options.tries)};
                    qCInfo(lcDownloads).noquote() << "retrying" << url.path() << "after:" << r.message;
                    const qint64 wait = std::min<qint64>(60'000, qint64(d->options.backoffBaseMs) << (attempt - 1));
                    for (qint64 waited = 0; waited < wait && !stopped(); waited += 50)
                        QThread::msleep(50);
                    break;
                }
            }
            return DownloadError{u"DOWNLOAD_FAILED"_s, tr("The download failed."), {}};
        };

        std::optional<DownloadError> error;
        if (file.kind == FileKind::Audio) {
            const QString source = path + u".source"_s;
            error = transfer(false, source);
            if (!error) {
                if (auto s = AudioTools::extractAudio(source, path, state.audio); !s.ok())
                    error = DownloadError{u"AUDIO_FAILED"_s, s.error().message, AudioTools::installHint()};
                else
                    QFile::remove(source);
            }
        } else if (file.kind == FileKind::MergedVideo) {
            const QString video = path + u".video"_s;
            const QString audio = path + u".audio"_s;
            error = transfer(false, video);
            if (!error)
                error = transfer(true, audio);
            if (!error) {
                if (auto s = AudioTools::mergeVideoAudio(video, audio, path); !s.ok())
                    error = DownloadError{u"MERGE_FAILED"_s, s.error().message, AudioTools::installHint()};
                QFile::remove(video);
                QFile::remove(audio);
            }
        } else {
            error = transfer(false, path);
        }
        if (error && error->code == u"STOPPED") {
            (void)m_store.setProgress(job.id, std::max(state.doneBytes, state.lastBytes),
                                      state.lastTotal >= 0 ? std::optional<qint64>(state.lastTotal) : std::nullopt);
            job.bytesDone = std::max(state.doneBytes, state.lastBytes);
            if (state.lastTotal >= 0)
                job.bytesTotal = state.lastTotal;
            return finish(u"paused"_s);
        }
        if (error && error->code == u"LOW_DISK_SPACE")
            return finish(u"paused"_s, *error);
        if (error) {
            (void)m_store.fileFailed(fileId.value());
            return finish(u"failed"_s, *error);
        }
        const qint64 size = QFileInfo(path).size();
        state.doneBytes += size;
        if (auto s = m_store.fileDone(fileId.value(), size); !s.ok())
            return s.error();
    }

    // The sidecar, or the ZIP with its metadata.json.
    const QJsonObject sidecar = downloads::sidecarJson(state.post.item, job.sourceUrl, now());
    const QString ownerDir =
        QFileInfo(
            pathInside(job.folder, renderNameTemplate(job.nameTemplate, nameFields(state, state.plan.first()))).value())
            .path();
    if (job.zip) {
        QList<ZipEntry> entries;
        for (const auto &[name, filePath] : std::as_const(written))
            entries.append({name, filePath, {}});
        if (job.metadata)
            entries.append({u"metadata.json"_s, {}, QJsonDocument(sidecar).toJson(QJsonDocument::Indented)});
        const QString zipPath = ownerDir + u'/' + sanitizeComponent(ownerShortcode(state) + u".zip"_s);
        QDir().mkpath(ownerDir);
        if (auto s = writeZip(zipPath, entries); !s.ok())
            return finish(u"failed"_s, {u"ZIP_FAILED"_s, s.error().message, {}});
        QDir(stageDir).removeRecursively();
        QDir(job.folder + u"/.reelpulse-parts"_s).rmdir(u"."_s);
        DownloadFileRecord zip;
        zip.jobId = job.id;
        zip.mediaId = state.post.item.id;
        zip.variant = variant;
        zip.kind = u"zip"_s;
        zip.sourceUrl = job.sourceUrl;
        zip.path = zipPath;
        zip.mimeType = u"application/zip"_s;
        // The staged items are gone: only the ZIP stays a file of this job.
        if (auto s = m_store.removeFiles(job.id); !s.ok())
            return s.error();
        auto zipId = m_store.upsertFile(zip);
        if (!zipId.ok())
            return zipId.error();
        if (auto s = m_store.fileDone(zipId.value(), QFileInfo(zipPath).size()); !s.ok())
            return s.error();
    } else if (job.metadata) {
        const QString sidecarPath = ownerDir + u'/' + sanitizeComponent(ownerShortcode(state) + u".json"_s);
        QDir().mkpath(ownerDir);
        if (!writeAtomically(sidecarPath, QJsonDocument(sidecar).toJson(QJsonDocument::Indented)))
            return finish(u"failed"_s, {u"WRITE_FAILED"_s, tr("Cannot write %1.").arg(sidecarPath), {}});
        DownloadFileRecord meta;
        meta.jobId = job.id;
        meta.mediaId = state.post.item.id;
        meta.variant = variant + u"/metadata"_s;
        meta.kind = u"metadata"_s;
        meta.sourceUrl = job.sourceUrl;
        meta.path = sidecarPath;
        meta.mimeType = u"application/json"_s;
        auto metaId = m_store.upsertFile(meta);
        if (!metaId.ok())
            return metaId.error();
        if (auto s = m_store.fileDone(metaId.value(), QFileInfo(sidecarPath).size()); !s.ok())
            return s.error();
    }
    job.bytesDone = state.doneBytes;
    job.bytesTotal = state.doneBytes;
    return finish(u"completed"_s);
}

} // namespace reelpulse
