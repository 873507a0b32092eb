#include "services/ScrapeRunner.h"

#include "domain/Identifiers.h"
#include "domain/TimeFormat.h"
#include "services/AutoTrack.h"
#include "services/SchedulerLog.h"
#include "services/VelocitySchedule.h"
#include "storage/Database.h"
#include "storage/ProfileTaskStore.h"
#include "storage/ReelTaskStore.h"
#include "storage/ScrapeStore.h"
#include "storage/VideoTaskStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

ScrapeFailure unavailable(Platform platform)
{
    return ScrapeFailure{
        FailureClass::EndpointBroken,
        QCoreApplication::translate("reelpulse::ScrapeRunner", "Reading %1 is not available in this setup.")
            .arg(platformName(platform)),
        0, std::nullopt};
}

void normalize(MediaItem &item, Platform platform)
{
    item.platform = platform;
    if (platform == Platform::Instagram && item.id.isEmpty() && !item.shortcode.isEmpty()) {
        auto id = shortcodeToMediaId(item.shortcode);
        if (id.ok())
            item.id = QString::number(id.value());
    }
    for (MediaItem &child : item.children)
        child.platform = platform;
}

qint64 intervalSeconds(const ProfileTask &task)
{
    return qint64(task.intervalDays) * 86400;
}

qint64 intervalSeconds(const ReelTask &task)
{
    return qint64(task.intervalDays) * 86400;
}

qint64 intervalSeconds(const VideoTask &task)
{
    return qint64(task.intervalHours) * 3600;
}

} // namespace

struct ScrapeRunner::Read
{
    ScrapeOutcome outcome;
    std::optional<ScrapeFailure> failure;
    std::optional<ScrapeFailure> commentsFailure; ///< the first comment read that failed (the rest is kept)
    std::optional<ScrapeFailure> partialFailure;  ///< the first secondary read that failed (more posts, comments)
    QStringList notes;
    int requests = 0;
    qint64 intervalSeconds = 0; ///< the task's own interval
};

ScrapeRunner::ScrapeRunner(Database &database, InstagramSource *instagram, TikTokSource *tiktok, ScrapeOptions options,
                           Clock clock)
    : m_database(database)
    , m_instagram(instagram)
    , m_tiktok(tiktok)
    , m_options(options)
    , m_clock(std::move(clock))
{
}

QDateTime ScrapeRunner::now() const
{
    return m_clock ? m_clock() : nowUtc();
}

void ScrapeRunner::requestStop()
{
    m_stop.store(true);
    if (m_instagram)
        m_instagram->abort();
    if (m_tiktok)
        m_tiktok->abort();
}

void ScrapeRunner::clearStop()
{
    m_stop.store(false);
}

void ScrapeRunner::stage(const QString &text)
{
    if (m_progress)
        m_progress(m_current, text);
}

Result<QList<DueTask>> ScrapeRunner::dueTasks()
{
    return ScrapeStore(m_database).dueTasks(now());
}

ScrapeReport ScrapeRunner::runOnce(const QString &idOrPrefix)
{
    auto task = ScrapeStore(m_database).resolveTask(idOrPrefix);
    if (!task.ok()) {
        ScrapeReport report;
        report.label = idOrPrefix;
        report.error = task.error();
        return report;
    }
    return runOnce(task.value(), true);
}

ScrapeReport ScrapeRunner::runOnce(const TaskRef &task, bool forced)
{
    QElapsedTimer timer;
    timer.start();
    ScrapeReport report;
    report.task = task;
    m_current = task;
    ScrapeStore store(m_database);
    auto label = store.taskLabel(task);
    if (!label.ok()) {
        report.error = label.error();
        return report;
    }
    report.label = label.value();
    if (m_stop.load()) {
        report.result = ScrapeReport::Result::Aborted;
        return report;
    }

    // Take the task before any request: another process does not scrape it at the same time, and a task whose
    // result cannot be written is not read again before the lease ends.
    const QDateTime started = now();
    const QDateTime lease = started.addSecs(m_options.leaseSeconds);
    auto claimed = store.claim(task, started, lease, forced);
    if (!claimed.ok()) {
        report.error = claimed.error();
        return report;
    }
    if (!claimed.value()) {
        report.result = ScrapeReport::Result::Skipped;
        report.skipReason = QCoreApplication::translate("reelpulse::ScrapeRunner",
                                                        "another ReelPulse process is scraping it, or it is not due "
                                                        "any more.");
        return report;
    }
    const QDateTime dueBefore = *claimed.value();
    auto giveBack = [&] {
        if (auto s = store.release(task, lease, std::min(dueBefore, started)); !s.ok())
            qCWarning(lcScheduler) << "could not give back" << report.label << ":" << s.error().message;
    };

    Read read;
    read.outcome.task = task;
    const QSqlDatabase db = m_database.connection();
    Status loaded = Ok{};
    // Reads the task's row from its store, then what the platform has for it.
    auto loadThenRead = [&](auto store, auto readFrom) {
        auto row = store.get(task.id);
        if (row.ok()) {
            read.intervalSeconds = intervalSeconds(row.value());
            (this->*readFrom)(row.value(), read);
        } else {
            loaded = row.error();
        }
    };
    switch (task.kind) {
    case TaskKind::Profile:
        loadThenRead(ProfileTaskStore(db), &ScrapeRunner::readProfile);
        break;
    case TaskKind::Reel:
        loadThenRead(ReelTaskStore(db), &ScrapeRunner::readReel);
        break;
    case TaskKind::Video:
        loadThenRead(VideoTaskStore(db), &ScrapeRunner::readVideo);
        break;
    }
    report.requests = read.requests;
    report.notes = read.notes;
    report.elapsedMs = timer.elapsed();
    if (!loaded.ok()) {
        giveBack();
        report.error = loaded.error();
        return report;
    }
    if (m_stop.load()) {
        // Quit while reading: nothing of this task is written; it stays due.
        giveBack();
        report.result = ScrapeReport::Result::Aborted;
        qCInfo(lcScheduler) << "scrape of" << report.label << "stopped";
        return report;
    }
    if (read.failure) {
        report.result = ScrapeReport::Result::Failed;
        report.failure = read.failure;
        report.retryAt = ScrapeOptions::retryAt(*read.failure, now());
        qCInfo(lcScheduler) << "scrape of" << report.label << "failed:" << failureClassName(read.failure->cls)
                            << read.failure->message;
        std::optional<QDateTime> nextDue = report.retryAt;
        if (ScrapeOptions::blocksPlatform(read.failure->cls)) {
            // The platform asks everyone to wait, not this task: it stays due and runs when the platform lets
            // the next pass through.
            giveBack();
            nextDue.reset();
        } else if (!nextDue) {
            giveBack();
        }
        if (auto s = store.recordFailure(task, *read.failure, nextDue); !s.ok())
            report.error = s.error();
        return report;
    }

    read.outcome.scrapedAt = now();
    // A young reel or video is read again where its numbers move (docs/metrics.md, velocity).
    if (task.kind != TaskKind::Profile && !read.outcome.posts.isEmpty())
        read.outcome.nextDue =
            VelocitySchedule::nextDue(read.outcome.posts.first().item.takenAt, read.outcome.scrapedAt,
                                      read.intervalSeconds, m_options.velocitySchedule);
    report.partialFailure = read.partialFailure;
    if (read.commentsFailure) {
        report.commentsFailure = read.commentsFailure;
        read.outcome.commentsUnavailable =
            QCoreApplication::translate("reelpulse::ScrapeRunner", "Comments unavailable: %1")
                .arg(read.commentsFailure->message.isEmpty() ? failureClassName(read.commentsFailure->cls)
                                                             : read.commentsFailure->message);
    }
    Result<IngestSummary> stored = writeWithRetries(read.outcome);
    report.elapsedMs = timer.elapsed();
    if (!stored.ok()) {
        // The lease keeps the task from being read again at once; say why on the task if the store lets us.
        report.error = stored.error();
        const ScrapeFailure failure{
            FailureClass::Network,
            QCoreApplication::translate("reelpulse::ScrapeRunner", "The scrape could not be saved: %1")
                .arg(stored.error().message),
            0, std::nullopt};
        if (stored.error().kind != ErrorKind::NotFound)
            (void)store.recordFailure(task, failure, lease);
        return report;
    }
    report.result = ScrapeReport::Result::Stored;
    report.stored = stored.value();
    if (task.kind == TaskKind::Profile) {
        // Account-discovered videos: the posts just stored become video tasks when the task asks for it.
        auto profileTask = ProfileTaskStore(m_database.connection()).get(task.id);
        QList<MediaItem> items;
        for (const ScrapedPost &post : std::as_const(read.outcome.posts))
            items.append(post.item);
        auto added = profileTask.ok() ? AutoTrackRule::apply(m_database, profileTask.value(), items, now())
                                      : Result<QList<VideoTask>>(profileTask.error());
        if (added.ok()) {
            for (const VideoTask &video : added.value())
                report.autoTracked.append(video.id);
        } else {
            qCWarning(lcScheduler) << "auto-tracking the videos of" << report.label
                                   << "failed:" << added.error().message;
            report.notes << QCoreApplication::translate("reelpulse::ScrapeRunner",
                                                        "New videos could not be added as tasks: %1")
                                .arg(added.error().message);
        }
    }
    qCInfo(lcScheduler) << "scraped" << report.label << ":" << report.stored.postsProcessed << "posts,"
                        << report.stored.commentsStored << "comments," << report.requests << "requests";
    if (m_afterWrite)
        m_afterWrite(task, report.stored);
    return report;
}

Result<IngestSummary> ScrapeRunner::writeWithRetries(const ScrapeOutcome &outcome)
{
    ScrapeStore store(m_database);
    Result<IngestSummary> stored = Error::storage(QString());
    for (int attempt = 1; attempt <= std::max(1, m_options.writeAttempts); ++attempt) {
        stored = store.recordSuccess(outcome);
        if (stored.ok() || stored.error().kind == ErrorKind::NotFound || attempt == m_options.writeAttempts)
            break;
        qCWarning(lcScheduler) << "writing a scrape failed (attempt" << attempt << "):" << stored.error().message;
        // A busy or briefly full store often recovers; a read-only one does not, and the retries stay few.
        QThread::msleep(static_cast<unsigned long>(200 * attempt * attempt));
        if (m_stop.load())
            break;
    }
    return stored;
}

void ScrapeRunner::readTikTokAccount(const ProfileTask &task, Read &read)
{
    if (!m_tiktok) {
        read.failure = unavailable(Platform::TikTok);
        return;
    }
    stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "account"));
    ++read.requests;
    Fetched<ProfileInfo> fetched = m_tiktok->account(task.targetProfile);
    if (!fetched.ok()) {
        read.failure = fetched.failure();
        return;
    }
    ProfileInfo profile = std::move(fetched).value();
    QList<MediaItem> videos = profile.timeline.items;
    // The page lists no videos: read the account's video list (the endpoint profile says how).
    if (videos.isEmpty() && !profile.isPrivate.value_or(false) && profile.posts.value_or(1) > 0 &&
        !profile.secUid.isEmpty()) {
        QString cursor;
        QSet<QString> cursors;
        for (int pages = 0; pages < m_options.maxPagesPerList && videos.size() < m_options.profilePosts; ++pages) {
            if (m_stop.load()) {
                read.failure =
                    ScrapeFailure{FailureClass::Network,
                                  QCoreApplication::translate("reelpulse::ScrapeRunner", "Stopped."), 0, std::nullopt};
                return;
            }
            stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "videos"));
            ++read.requests;
            Fetched<MediaPage> page = m_tiktok->accountVideos(
                profile.secUid, profile.username.isEmpty() ? task.targetProfile : profile.username, cursor);
            if (!page.ok()) {
                if (m_stop.load()) {
                    read.failure = page.failure();
                    return;
                }
                // The account's counts are kept; the next scrape reads its videos again.
                if (!read.partialFailure)
                    read.partialFailure = page.failure();
                read.notes << QCoreApplication::translate("reelpulse::ScrapeRunner",
                                                          "The account's videos could not be read (%1): %2")
                                  .arg(failureClassName(page.failure().cls), page.failure().message);
                break;
            }
            videos += page->items;
            cursors.insert(cursor);
            cursor = page->endCursor;
            if (page->items.isEmpty() || !page->hasNextPage || cursor.isEmpty() || cursors.contains(cursor))
                break;
        }
    }
    std::stable_sort(videos.begin(), videos.end(), [](const MediaItem &a, const MediaItem &b) {
        if (a.takenAt && b.takenAt)
            return *a.takenAt > *b.takenAt;
        return a.takenAt.has_value() && !b.takenAt.has_value();
    });
    profile.timeline = {};
    if (profile.username.isEmpty())
        profile.username = task.targetProfile;
    read.outcome.profile = profile;
    QSet<QString> seen;
    for (MediaItem &item : videos) {
        normalize(item, Platform::TikTok);
        if (item.id.isEmpty() || seen.contains(item.id))
            continue;
        seen.insert(item.id);
        if (read.outcome.posts.size() >= m_options.profilePosts)
            break;
        read.outcome.posts.append(ScrapedPost{item, {}});
    }
    // Comments of an account's videos are read by their own video tasks.
}

void ScrapeRunner::readProfile(const ProfileTask &task, Read &read)
{
    if (task.platform == Platform::TikTok) {
        readTikTokAccount(task, read);
        return;
    }
    if (!m_instagram) {
        read.failure = unavailable(Platform::Instagram);
        return;
    }
    stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "profile"));
    ++read.requests;
    Fetched<ProfileInfo> fetched = m_instagram->profile(task.targetProfile);
    if (!fetched.ok()) {
        read.failure = fetched.failure();
        return;
    }
    ProfileInfo profile = std::move(fetched).value();
    QList<MediaItem> posts = profile.timeline.items;
    const bool startEmpty = posts.isEmpty();
    QString cursor = startEmpty ? QString() : profile.timeline.endCursor;
    bool more = startEmpty ? profile.posts.value_or(1) > 0 : profile.timeline.hasNextPage;
    if (profile.isPrivate.value_or(false))
        more = false;
    QSet<QString> cursors;
    int pages = 0;
    while (more && posts.size() < m_options.profilePosts && pages < m_options.maxPagesPerList) {
        if (!(startEmpty && pages == 0) && (cursor.isEmpty() || cursors.contains(cursor)))
            break;
        cursors.insert(cursor);
        ++pages;
        if (m_stop.load()) {
            read.failure =
                ScrapeFailure{FailureClass::Network, QCoreApplication::translate("reelpulse::ScrapeRunner", "Stopped."),
                              0, std::nullopt};
            return;
        }
        stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "posts"));
        ++read.requests;
        Fetched<MediaPage> page = m_instagram->profilePosts(
            profile.id, profile.username.isEmpty() ? task.targetProfile : profile.username, cursor);
        if (!page.ok()) {
            if (m_stop.load()) {
                read.failure = page.failure();
                return;
            }
            // The profile and the posts read so far are kept; the next scrape reads further.
            if (!read.partialFailure)
                read.partialFailure = page.failure();
            read.notes << QCoreApplication::translate("reelpulse::ScrapeRunner",
                                                      "More posts could not be read (%1): %2")
                              .arg(failureClassName(page.failure().cls), page.failure().message);
            break;
        }
        posts += page->items;
        if (page->items.isEmpty())
            break;
        more = page->hasNextPage;
        cursor = page->endCursor;
    }

    // Newest first (pinned posts come first in timelines); unknown times last; each post once.
    std::stable_sort(posts.begin(), posts.end(), [](const MediaItem &a, const MediaItem &b) {
        if (a.takenAt && b.takenAt)
            return *a.takenAt > *b.takenAt;
        return a.takenAt.has_value() && !b.takenAt.has_value();
    });
    QSet<QString> seen;
    profile.timeline = {};
    read.outcome.profile = profile;
    for (MediaItem &item : posts) {
        normalize(item, Platform::Instagram);
        const QString key = item.id.isEmpty() ? item.shortcode : item.id;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (read.outcome.posts.size() >= m_options.profilePosts)
            break;
        read.outcome.posts.append(ScrapedPost{item, item.embeddedComments.comments});
    }
    // After a rate limit, a wall or a check, comment requests would meet the same answer.
    const bool platformWaits = read.partialFailure && ScrapeOptions::blocksPlatform(read.partialFailure->cls);
    const int commented =
        platformWaits ? 0 : std::min<int>(m_options.commentedPosts, static_cast<int>(read.outcome.posts.size()));
    for (int i = 0; i < commented; ++i) {
        stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "comments %1/%2").arg(i + 1).arg(commented));
        if (!readComments(read.outcome.posts[i], read))
            return;
    }
}

void ScrapeRunner::readInstagramPost(const QString &shortcode, Read &read)
{
    if (!m_instagram) {
        read.failure = unavailable(Platform::Instagram);
        return;
    }
    stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "post"));
    ++read.requests;
    Fetched<MediaItem> fetched = m_instagram->post(shortcode);
    if (!fetched.ok()) {
        read.failure = fetched.failure();
        return;
    }
    MediaItem item = std::move(fetched).value();
    if (item.shortcode.isEmpty())
        item.shortcode = shortcode;
    normalize(item, Platform::Instagram);
    read.outcome.posts.append(ScrapedPost{item, {}});
    stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "comments"));
    readComments(read.outcome.posts.first(), read);
}

void ScrapeRunner::readReel(const ReelTask &task, Read &read)
{
    readInstagramPost(task.shortcode, read);
}

void ScrapeRunner::readVideo(const VideoTask &task, Read &read)
{
    if (task.platform == Platform::Instagram) {
        QString shortcode = task.shortcode;
        if (shortcode.isEmpty()) {
            bool numeric = false;
            const qint64 id = task.externalId.toLongLong(&numeric);
            shortcode = numeric ? mediaIdToShortcode(id) : task.externalId;
        }
        readInstagramPost(shortcode, read);
        return;
    }
    if (!m_tiktok) {
        read.failure = unavailable(Platform::TikTok);
        return;
    }
    QString username;
    if (!task.sourceUrl.isEmpty()) {
        auto ref = parseVideoIdentifier(Platform::TikTok, task.sourceUrl);
        if (ref.ok())
            username = ref->username;
    }
    stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "video"));
    ++read.requests;
    Fetched<MediaItem> fetched = m_tiktok->video(task.externalId, username);
    if (!fetched.ok()) {
        read.failure = fetched.failure();
        return;
    }
    MediaItem item = std::move(fetched).value();
    if (item.id.isEmpty())
        item.id = task.externalId;
    normalize(item, Platform::TikTok);
    read.outcome.posts.append(ScrapedPost{item, {}});
    stage(QCoreApplication::translate("reelpulse::ScrapeRunner", "comments"));
    readComments(read.outcome.posts.first(), read);
}

bool ScrapeRunner::readComments(ScrapedPost &post, Read &read)
{
    const MediaItem &item = post.item;
    const int max = m_options.commentsPerPost;
    QSet<QString> seen;
    QList<Comment> list;
    auto add = [&](const QList<Comment> &page) {
        for (const Comment &c : page) {
            if (list.size() >= max)
                break;
            if (!c.id.isEmpty() && seen.contains(c.id))
                continue;
            seen.insert(c.id);
            list.append(c);
        }
    };
    const CommentPage &embedded = item.embeddedComments;
    add(embedded.comments);
    post.comments = list;
    const bool startEmpty = embedded.comments.isEmpty();
    QString cursor = startEmpty ? QString() : embedded.endCursor;
    // Nothing embedded: read the first page unless the post says it has no comments.
    bool more = startEmpty ? item.comments.value_or(1) > 0 : embedded.hasNextPage;
    QSet<QString> cursors;
    int pages = 0;
    while (more && list.size() < max && pages < m_options.maxPagesPerList) {
        if (!(startEmpty && pages == 0) && (cursor.isEmpty() || cursors.contains(cursor)))
            break;
        cursors.insert(cursor);
        ++pages;
        if (m_stop.load()) {
            read.failure =
                ScrapeFailure{FailureClass::Network, QCoreApplication::translate("reelpulse::ScrapeRunner", "Stopped."),
                              0, std::nullopt};
            return false;
        }
        std::optional<Fetched<CommentPage>> page;
        ++read.requests;
        if (item.platform == Platform::TikTok) {
            if (!m_tiktok) {
                --read.requests;
                break;
            }
            page.emplace(m_tiktok->comments(item.id, cursor));
        } else {
            page.emplace(m_instagram->comments(item.shortcode, item.id, cursor));
        }
        if (!page->ok()) {
            const ScrapeFailure &failure = page->failure();
            if (m_stop.load()) {
                read.failure = failure;
                return false;
            }
            // What was read of the post is kept whatever stopped its comments; the next scrape tries again.
            if (!read.commentsFailure)
                read.commentsFailure = failure;
            if (!read.partialFailure)
                read.partialFailure = failure;
            read.notes << QCoreApplication::translate("reelpulse::ScrapeRunner",
                                                      "Comments of %1 could not all be read (%2): %3")
                              .arg(item.shortcode.isEmpty() ? item.id : item.shortcode, failureClassName(failure.cls),
                                   failure.message);
            // After a rate limit, a wall or a check, more comment requests would meet the same answer.
            return !ScrapeOptions::blocksPlatform(failure.cls);
        }
        add(page->value().comments);
        post.comments = list;
        if (page->value().comments.isEmpty())
            break;
        more = page->value().hasNextPage;
        cursor = page->value().endCursor;
    }
    return true;
}

} // namespace reelpulse
