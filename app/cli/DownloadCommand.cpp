#include "cli/DownloadCommand.h"

#include "auth/SessionManager.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/DownloadJson.h"
#include "domain/Identifiers.h"
#include "domain/TaskRef.h"
#include "downloads/BatchFile.h"
#include "platform/DataDir.h"
#include "services/DownloadService.h"
#include "services/ScrapeEnvironment.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QUuid>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::cli::Download", text);
}

const char *const DownloadUsage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Download",
    "Usage: reelpulse-cli download <what> <target> [options] [--json]\n"
    "\n"
    "Download media straight to your disk, in the best quality unless told otherwise.\n"
    "\n"
    "  post <url|shortcode>        an Instagram post (image, video or carousel)\n"
    "  reel <url|shortcode>        an Instagram reel\n"
    "  carousel <url|shortcode>    a carousel (every item)\n"
    "  video <tiktok-url|id>       a TikTok video (without watermark where offered)\n"
    "  story <username>            a user's current stories (needs a signed-in Instagram session)\n"
    "  batch <file>                one URL per line, or a CSV with url,type columns (at most 500)\n"
    "  profile <task-id>           every stored post of a tracked profile (--limit N: the newest N)\n"
    "\n"
    "Options:\n"
    "  --quality Q        best (default), high, medium, low; for videos 1080p, 720p, 480p, 360p (the tallest\n"
    "                     not above, else the smallest)\n"
    "  --type T           media (default), video_only, image_only, audio_only\n"
    "  --audio-format F   best (AAC as it is), mp3, m4a, aac (audio_only; needs ffmpeg)\n"
    "  --zip              pack the items and metadata.json into {owner}_{shortcode}.zip\n"
    "  --no-metadata      no {owner}_{shortcode}.json sidecar\n"
    "  --out DIR          write under DIR (default: setting downloads.folder, else ~/Downloads/ReelPulse)\n"
    "  --force            download again what was downloaded before\n"
    "  --detach           queue the job and return (the app runs it; 'downloads resume' runs it here)\n"
    "  --stop-on-error    batch, profile: stop at the first failure (default: go on)\n"
    "\n"
    "Media URLs are fetched as they are; REELPULSE_MEDIA_URL (setting media.url) replaces their scheme, host\n"
    "and port. Exit codes: 0 done or already downloaded, 2 invalid input, 3 not found or private, 1 other.\n");

const char *const DownloadsUsage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Download", "Usage: reelpulse-cli downloads <command> [<job>] [--json]\n"
                                "\n"
                                "  list               the download list\n"
                                "  status <job>       one job (the hosted status shape with --json)\n"
                                "  pause <job>        stop a job; its partial files stay for a resume\n"
                                "  resume <job>       continue a paused or unfinished job here (--detach: queue it)\n"
                                "  cancel <job>       give a job up\n"
                                "  retry <job>        run a failed job again\n"
                                "  formats            the qualities and formats (--json: available_formats)\n");

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int exitCodeOf(const DownloadJobRecord &job)
{
    if (job.status == u"completed")
        return 0;
    const QString code = job.errorCode;
    if (code.endsWith(u"_NOT_FOUND"_s) || code.endsWith(u"_PRIVATE"_s) || code == u"ACCOUNT_PRIVATE")
        return 3;
    if (code == u"INVALID_URL")
        return 2;
    return 1;
}

void printJob(CliContext &ctx, DownloadService &service, const DownloadJobRecord &job, const QString &message = {})
{
    const auto files = service.store().files(job.id);
    if (ctx.json) {
        QJsonObject o = downloadJobJson(job, files.ok() ? files.value() : QList<DownloadFileRecord>{});
        if (!message.isEmpty())
            o.insert(u"message"_s, message);
        ctx.printJson(o);
        return;
    }
    if (job.status == u"failed") {
        ctx.err << tr("Download %1 failed [%2]: %3").arg(job.id.left(8), job.errorCode, job.errorMessage) << Qt::endl;
        if (!job.errorDetails.isEmpty())
            ctx.err << u"  "_s << job.errorDetails << Qt::endl;
        return;
    }
    if (!message.isEmpty())
        ctx.out << message << u'\n';
    else
        ctx.out << tr("%1 %2 (%3)\n").arg(job.id.left(8), job.status, job.title);
    if (job.status == u"paused" && !job.errorMessage.isEmpty())
        ctx.out << u"  "_s << job.errorMessage << u'\n';
    if (files.ok()) {
        for (const DownloadFileRecord &f : files.value()) {
            if (f.status == u"done")
                ctx.out << u"  "_s << f.path << u"  ("_s << humanBytes(f.size.value_or(0)) << u")\n"_s;
        }
    }
    ctx.out.flush();
}

/// Runs a job here, with a progress line on a terminal.
int runHere(CliContext &ctx, DownloadService &service, const QString &jobId)
{
    const bool terminal = !ctx.json && isatty(fileno(stderr));
    auto progress = [&](const DownloadProgress &p) {
        if (!terminal)
            return;
        QString line = tr("[%1/%2] %3").arg(p.fileIndex).arg(p.fileCount).arg(humanBytes(p.bytesDone));
        if (p.bytesTotal > 0) {
            line += tr(" of %1 (%2%)").arg(humanBytes(p.bytesTotal)).arg(p.bytesDone * 100 / p.bytesTotal);
            if (p.bytesPerSecond > 0)
                line += tr(", ETA %1 s").arg(qint64(double(p.bytesTotal - p.bytesDone) / p.bytesPerSecond));
        }
        if (p.bytesPerSecond > 0)
            line += tr("  %1/s").arg(humanBytes(qint64(p.bytesPerSecond)));
        ctx.err << u"\r"_s << line.leftJustified(70) << Qt::flush;
    };
    auto ran = service.run(jobId, progress);
    if (terminal)
        ctx.err << u"\r"_s << QString(70, u' ') << u"\r"_s << Qt::flush;
    if (!ran.ok())
        return ctx.fail(ran.error());
    printJob(ctx, service, ran.value());
    return exitCodeOf(ran.value());
}

int invalid(CliContext &ctx, const Error &error, const QString &code)
{
    if (!ctx.json)
        return ctx.fail(error);
    ctx.printJson(QJsonObject{
        {u"status"_s, u"failed"_s},
        {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, error.message}, {u"details"_s, error.field}}}});
    return exitCodeFor(error.kind);
}

DownloadRequest requestFrom(const CommandLine &line)
{
    DownloadRequest request;
    if (line.has(u"quality"_s))
        request.quality = line.value(u"quality"_s);
    if (line.has(u"type"_s))
        request.downloadType = line.value(u"type"_s);
    if (line.has(u"audio-format"_s))
        request.audioFormat = line.value(u"audio-format"_s);
    request.zip = line.has(u"zip"_s);
    request.metadata = !line.has(u"no-metadata"_s);
    request.force = line.has(u"force"_s);
    request.folder = line.value(u"out"_s);
    return request;
}

DownloadService::Options serviceOptions(const CliContext &ctx)
{
    DownloadService::Options options;
    options.dataDir = resolveDataDir(ctx.dataDir);
    if (const int stall = qEnvironmentVariableIntValue("REELPULSE_DOWNLOAD_STALL_MS"); stall > 0)
        options.stallTimeoutMs = stall;
    return options;
}

int runItems(CliContext &ctx, const CommandLine &line, DownloadService &service,
             const QList<downloads::BatchItem> &items, const QJsonObject &extra);

/// `download batch <file>` and `download profile <task-id>`: queues every item under one batch id, runs
/// them one after the other, and answers in the hosted batch shape.
int runBatch(CliContext &ctx, const QString &what, const CommandLine &line)
{
    if (line.positional.size() != 1)
        return ctx.fail(Error::invalid(u"target"_s, what == u"batch" ? tr("'download batch' takes one file.")
                                                                     : tr("'download profile' takes one task id.")));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    QList<downloads::BatchItem> items;
    if (what == u"batch") {
        QFile file(line.positional.first());
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::notFound(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())));
        auto parsed = downloads::parseBatchFile(QString::fromUtf8(file.readAll()));
        if (!parsed.ok())
            return ctx.fail(parsed.error());
        items = parsed.value();
    } else {
        int limit = -1;
        if (line.has(u"limit"_s)) {
            auto n = parseInt(line.value(u"limit"_s), u"--limit"_s);
            if (!n.ok())
                return ctx.fail(n.error());
            limit = std::min(n.value(), downloads::MaxBatchItems);
        }
        auto task =
            sql::resolveId(db.value()->connection(), u"profile_tasks"_s, line.positional.first(), tr("profile task"));
        if (!task.ok())
            return ctx.fail(task.error());
        ScrapeReader reader(db.value()->connection());
        auto posts = reader.taskPosts(TaskRef{TaskKind::Profile, task.value()}, limit);
        if (!posts.ok())
            return ctx.fail(posts.error());
        if (posts->isEmpty())
            return ctx.fail(Error::notFound(
                tr("No posts of this profile are stored yet: scrape it first ('reelpulse-cli scrape %1').")
                    .arg(task.value())));
        int n = 0;
        for (const StoredItem &post : posts.value()) {
            if (!post.shortcode.isEmpty())
                items.append({++n, post.shortcode, post.kind == MediaKind::Reel ? u"reel"_s : u"post"_s});
        }
    }
    if (items.isEmpty())
        return ctx.fail(Error::invalid(u"file"_s, tr("The batch has no items.")));
    DownloadService service(*db.value(), serviceOptions(ctx));
    return runItems(ctx, line, service, items, {});
}

/// Queues the items under one batch id, runs them one after the other, and answers in the hosted batch shape
/// (with the fields of `extra`). Story items ("username/id") come from 'download story' only.
int runItems(CliContext &ctx, const CommandLine &line, DownloadService &service,
             const QList<downloads::BatchItem> &items, const QJsonObject &extra)
{
    const bool stories = extra.contains(u"username"_s);
    const QString batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool stopOnError = line.has(u"stop-on-error"_s);
    QJsonArray results;
    int completed = 0;
    int failed = 0;
    bool stopped = false;
    for (const downloads::BatchItem &item : std::as_const(items)) {
        QJsonObject result{{u"url"_s, item.url}, {u"type"_s, item.kind}};
        if (stopped) {
            result.insert(u"status"_s, u"skipped"_s);
            results.append(result);
            continue;
        }
        DownloadRequest request = requestFrom(line);
        request.kind = item.kind;
        request.target = item.url;
        request.batchId = batchId;
        auto queued =
            item.kind == u"story" && !stories
                ? Result<DownloadService::Queued>(Error::invalid(
                      u"type"_s, tr("Stories are downloaded one user at a time: 'download story <username>'.")))
                : service.enqueue(request);
        if (!queued.ok()) {
            result.insert(u"status"_s, u"failed"_s);
            result.insert(u"error"_s, QJsonObject{{u"code"_s, queued.error().field == u"url" ? u"INVALID_URL"_s
                                                                                             : u"INVALID_PARAMETER"_s},
                                                  {u"message"_s, queued.error().message},
                                                  {u"details"_s, tr("line %1").arg(item.line)}});
            ++failed;
            stopped = stopOnError;
            results.append(result);
            if (!ctx.json)
                ctx.err << tr("line %1: %2").arg(item.line).arg(queued.error().message) << Qt::endl;
            continue;
        }
        DownloadJobRecord job = queued->alreadyDownloaded ? *queued->alreadyDownloaded : queued->job;
        if (!queued->alreadyDownloaded) {
            auto ran = service.run(job.id);
            if (!ran.ok())
                return ctx.fail(ran.error());
            job = ran.value();
        }
        const auto files = service.store().files(job.id);
        QJsonObject shape = downloadJobJson(job, files.ok() ? files.value() : QList<DownloadFileRecord>{});
        shape.insert(u"url"_s, item.url);
        shape.insert(u"type"_s, item.kind);
        if (queued->alreadyDownloaded)
            shape.insert(u"message"_s, u"already downloaded"_s);
        results.append(shape);
        if (job.status == u"completed") {
            ++completed;
        } else {
            ++failed;
            stopped = stopOnError;
        }
        if (!ctx.json) {
            ctx.out << (job.status == u"completed"
                            ? (queued->alreadyDownloaded ? tr("already downloaded  %1\n") : tr("downloaded  %1\n"))
                            : tr("failed      %1  [%2] %3\n").arg(u"%1"_s, job.errorCode, job.errorMessage))
                           .arg(item.url);
            ctx.out.flush();
        }
    }
    const QString status = failed == 0 ? u"completed"_s : (completed > 0 ? u"partial"_s : u"failed"_s);
    if (ctx.json) {
        QJsonObject answer{
            {u"batch_job_id"_s, batchId}, {u"status"_s, status}, {u"batch_size"_s, static_cast<int>(items.size())},
            {u"completed"_s, completed},  {u"failed"_s, failed}, {u"items"_s, results}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            answer.insert(it.key(), it.value());
        ctx.printJson(answer);
    } else
        ctx.out << tr("Batch %1: %2 downloaded, %3 failed.\n").arg(batchId.left(8)).arg(completed).arg(failed);
    ctx.out.flush();
    return failed == 0 ? 0 : 1;
}

/// `download story <username>`: stories are only readable with a signed-in session.
int runStory(CliContext &ctx, const CommandLine &line)
{
    if (line.positional.size() != 1)
        return ctx.fail(Error::invalid(u"target"_s, tr("'download story' takes one username.")));
    auto name = normalizeUsername(line.positional.first());
    if (!name.ok())
        return invalid(ctx, name.error(), u"INVALID_USERNAME"_s);
    ScrapeEnvironment environment(resolveDataDir(ctx.dataDir));
    const bool signedIn =
        environment.loadSession().ok() && environment.session() && environment.session()->hasSession();
    QString message = tr("Stories of @%1 can only be read with a signed-in Instagram session.").arg(name.value());
    QString details = tr("Sign in from the app (Settings › Instagram account), then try again.");
    int exitCode = 3;
    QString code = u"STORIES_UNAVAILABLE"_s;
    if (signedIn) {
        // The user's current stories with the session the scrapes use; each item is a job of its own.
        auto db = ctx.database();
        if (!db.ok())
            return ctx.fail(db.error());
        DownloadService::Options options = serviceOptions(ctx);
        options.session = environment.session()->provider();
        DownloadService service(*db.value(), options);
        const DownloadService::Stories stories = service.currentStories(name.value());
        if (!stories.error && !stories.items.isEmpty()) {
            QList<downloads::BatchItem> items;
            for (const MediaItem &story : stories.items)
                items.append({static_cast<int>(items.size()) + 1, name.value() + u'/' + story.shortcode, u"story"_s});
            return runItems(ctx, line, service, items,
                            {{u"type"_s, u"stories"_s},
                             {u"username"_s, name.value()},
                             {u"active_stories_count"_s, static_cast<int>(items.size())}});
        }
        message = stories.error
                      ? stories.error->message
                      : QCoreApplication::translate("reelpulse::cli::Download", "@%1 has no active stories right now.")
                            .arg(name.value());
        details = stories.error ? stories.error->details : QString();
        if (stories.error && stories.error->code != u"STORIES_UNAVAILABLE") {
            code = stories.error->code;
            exitCode = 1;
        }
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {u"status"_s, u"failed"_s},
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"details"_s, details}}}});
    } else {
        ctx.err << message << Qt::endl;
        if (!details.isEmpty())
            ctx.err << u"  "_s << details << Qt::endl;
    }
    return exitCode;
}

} // namespace

int runDownloadCommand(CliContext &ctx, const QStringList &args)
{
    const QString what = args.value(0);
    if (what.isEmpty() || what == u"--help" || what == u"-h" || what == u"help")
        return ctx.usage(tr(DownloadUsage));
    auto line = parseCommandLine(args.mid(1), u"download "_s + what,
                                 {u"zip"_s, u"no-metadata"_s, u"force"_s, u"detach"_s, u"stop-on-error"_s},
                                 {u"quality"_s, u"type"_s, u"audio-format"_s, u"out"_s, u"limit"_s});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(DownloadUsage));
    if (what == u"batch" || what == u"profile")
        return runBatch(ctx, what, *line);
    if (what == u"story")
        return runStory(ctx, *line);
    if (what != u"post" && what != u"reel" && what != u"carousel" && what != u"video")
        return ctx.fail(
            Error::invalid(u"command"_s, tr("Unknown command 'download %1' (see 'download --help').").arg(what)));
    if (line->positional.size() != 1)
        return ctx.fail(Error::invalid(
            u"target"_s, tr("'download %1' takes one URL or shortcode (see 'download --help').").arg(what)));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    DownloadService::Options options;
    options.dataDir = resolveDataDir(ctx.dataDir);
    if (const int stall = qEnvironmentVariableIntValue("REELPULSE_DOWNLOAD_STALL_MS"); stall > 0)
        options.stallTimeoutMs = stall;
    DownloadService service(*db.value(), options);

    DownloadRequest request;
    request.kind = what;
    request.target = line->positional.first();
    if (line->has(u"quality"_s))
        request.quality = line->value(u"quality"_s);
    if (line->has(u"type"_s))
        request.downloadType = line->value(u"type"_s);
    if (line->has(u"audio-format"_s))
        request.audioFormat = line->value(u"audio-format"_s);
    request.zip = line->has(u"zip"_s);
    request.metadata = !line->has(u"no-metadata"_s);
    request.force = line->has(u"force"_s);
    request.folder = line->value(u"out"_s);
    auto queued = service.enqueue(request);
    if (!queued.ok()) {
        const QString field = queued.error().field;
        return invalid(ctx, queued.error(),
                       field == u"url" ? u"INVALID_URL"_s
                                       : (field == u"quality" ? u"INVALID_QUALITY"_s : u"INVALID_PARAMETER"_s));
    }
    if (queued->alreadyDownloaded) {
        const DownloadJobRecord &earlier = *queued->alreadyDownloaded;
        printJob(ctx, service, earlier, tr("already downloaded (job %1)").arg(earlier.id.left(8)));
        return 0;
    }
    if (line->has(u"detach"_s)) {
        if (ctx.json)
            ctx.printJson(QJsonObject{
                {u"job_id"_s, queued->job.id}, {u"status"_s, u"pending"_s}, {u"message"_s, u"Download queued."_s}});
        else
            ctx.out << tr("Queued %1 (the app runs it; 'reelpulse-cli downloads resume %1' runs it here).\n")
                           .arg(queued->job.id);
        ctx.out.flush();
        return 0;
    }
    return runHere(ctx, service, queued->job.id);
}

int runDownloadsCommand(CliContext &ctx, const QStringList &args)
{
    const QString what = args.value(0);
    if (what.isEmpty() || what == u"--help" || what == u"-h" || what == u"help")
        return ctx.usage(tr(DownloadsUsage));
    auto line = parseCommandLine(args.mid(1), u"downloads "_s + what, {u"detach"_s}, {});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(tr(DownloadsUsage));
    if (what == u"formats") {
        const QJsonObject formats = availableFormatsJson();
        if (ctx.json) {
            ctx.printJson(formats);
        } else {
            ctx.out << tr("Image qualities: best, high, medium, low\n"
                          "Video qualities: best, 1080p, 720p, 480p, 360p\n"
                          "Types: media, video_only, image_only, audio_only\n"
                          "Audio formats: best, mp3, m4a, aac (ffmpeg)\n");
            ctx.out.flush();
        }
        return 0;
    }
    static const QStringList JobCommands{u"status"_s, u"pause"_s, u"resume"_s, u"cancel"_s, u"retry"_s};
    if (what != u"list" && !JobCommands.contains(what))
        return ctx.fail(
            Error::invalid(u"command"_s, tr("Unknown command 'downloads %1' (see 'downloads --help').").arg(what)));
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    DownloadService::Options options;
    options.dataDir = resolveDataDir(ctx.dataDir);
    DownloadService service(*db.value(), options);
    DownloadStore &store = service.store();
    if (what == u"list") {
        auto jobs = store.jobs();
        if (!jobs.ok())
            return ctx.fail(jobs.error());
        if (ctx.json) {
            QJsonArray list;
            for (const DownloadJobRecord &job : jobs.value()) {
                const auto files = store.files(job.id);
                list.append(downloadJobJson(job, files.ok() ? files.value() : QList<DownloadFileRecord>{}));
            }
            ctx.printJson(QJsonObject{{u"jobs"_s, list}, {u"total_jobs"_s, static_cast<int>(list.size())}});
            return 0;
        }
        QList<QStringList> rows{{tr("JOB"), tr("STATUS"), tr("TYPE"), tr("ITEM"), tr("SIZE"), tr("ADDED")}};
        for (const DownloadJobRecord &job : jobs.value())
            rows.append({job.id.left(8), job.status, job.kind, job.title, humanBytes(job.bytesDone),
                         job.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)});
        printTable(ctx.out, rows);
        ctx.out.flush();
        return 0;
    }
    if (line->positional.size() != 1)
        return ctx.fail(Error::invalid(u"job"_s, tr("'downloads %1' takes one job id.").arg(what)));
    auto job = store.job(line->positional.first());
    if (!job.ok())
        return ctx.fail(job.error());
    DownloadJobRecord record = job.value();
    if (what == u"status") {
        printJob(ctx, service, record);
        return 0;
    }
    if (what == u"pause" || what == u"cancel") {
        if (record.finished())
            return ctx.fail(Error::conflict(tr("The job is %1 already.").arg(record.status)));
        if (auto s = store.setStatus(record.id, what == u"pause" ? u"paused"_s : u"cancelled"_s); !s.ok())
            return ctx.fail(s.error());
        printJob(ctx, service, store.job(record.id).value());
        return 0;
    }
    // resume, retry
    if (record.status == u"completed" || record.status == u"cancelled")
        return ctx.fail(Error::conflict(tr("The job is %1: nothing to resume.").arg(record.status)));
    if (auto s = store.setStatus(record.id, u"pending"_s); !s.ok())
        return ctx.fail(s.error());
    if (line->has(u"detach"_s)) {
        printJob(ctx, service, store.job(record.id).value());
        return 0;
    }
    return runHere(ctx, service, record.id);
}

} // namespace reelpulse::cli
