#include "services/TrackingService.h"

#include "domain/Identifiers.h"
#include "domain/TimeFormat.h"
#include "storage/Database.h"
#include "storage/ProfileTaskStore.h"
#include "storage/ProjectStore.h"
#include "storage/ReelTaskStore.h"
#include "storage/SqlHelpers.h"
#include "storage/VideoTaskStore.h"

#include "platform/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDateTime dueAfter(const QDateTime &from, qint64 seconds)
{
    return from.addSecs(seconds);
}

} // namespace

TrackingService::TrackingService(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QDateTime TrackingService::now() const
{
    return m_clock ? m_clock() : nowUtc();
}

// ---- rules ---------------------------------------------------------------------------------------

Status TrackingService::validateIntervalDays(int days, const QString &field)
{
    if (days < 1 || days > MaxIntervalDays)
        return Error::invalid(field, QCoreApplication::translate("reelpulse::TrackingService",
                                                                 "%1 must be between 1 and %2 days (got %3).")
                                         .arg(field)
                                         .arg(MaxIntervalDays)
                                         .arg(days));
    return Ok{};
}

Status TrackingService::validateIntervalHours(int hours)
{
    if (hours < MinVideoIntervalHours || hours > MaxVideoIntervalHours)
        return Error::invalid(
            u"scrape_interval_hours"_s,
            QCoreApplication::translate("reelpulse::TrackingService",
                                        "scrape_interval_hours must be between %1 and %2 hours (got %3).")
                .arg(MinVideoIntervalHours)
                .arg(MaxVideoIntervalHours)
                .arg(hours));
    return Ok{};
}

Status TrackingService::validateMetadata(const QJsonObject &metadata)
{
    if (metadata.size() > MaxMetadataKeys)
        return Error::invalid(
            u"metadata"_s,
            QCoreApplication::translate("reelpulse::TrackingService", "metadata has %1 keys; at most %2 are allowed.")
                .arg(metadata.size())
                .arg(MaxMetadataKeys));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().trimmed().isEmpty())
            return Error::invalid(u"metadata"_s, QCoreApplication::translate("reelpulse::TrackingService",
                                                                             "metadata keys cannot be empty."));
        const QString value = it.value().isString() ? it.value().toString() : QString();
        if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
            return Error::invalid(u"metadata"_s, QCoreApplication::translate(
                                                     "reelpulse::TrackingService",
                                                     "metadata value of \"%1\" must be text, a number or a boolean.")
                                                     .arg(it.key()));
        if (value.size() > MaxMetadataValueLength)
            return Error::invalid(
                u"metadata"_s,
                QCoreApplication::translate("reelpulse::TrackingService",
                                            "metadata value of \"%1\" has %2 characters; at most %3 are allowed.")
                    .arg(it.key())
                    .arg(value.size())
                    .arg(MaxMetadataValueLength));
    }
    return Ok{};
}

Status TrackingService::addMetadataPair(QJsonObject &metadata, const QString &pair)
{
    const qsizetype eq = pair.indexOf(u'=');
    if (eq <= 0)
        return Error::invalid(
            u"metadata"_s,
            QCoreApplication::translate("reelpulse::TrackingService", "\"%1\" is not key=value.").arg(pair));
    const QString key = pair.left(eq).trimmed();
    if (key.isEmpty())
        return Error::invalid(
            u"metadata"_s,
            QCoreApplication::translate("reelpulse::TrackingService", "\"%1\" has an empty key.").arg(pair));
    metadata.insert(key, pair.mid(eq + 1));
    return validateMetadata(metadata);
}

Result<QString> TrackingService::validateProjectName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(u"project_name"_s,
                              QCoreApplication::translate("reelpulse::TrackingService", "The project name is empty."));
    if (trimmed.size() > 100)
        return Error::invalid(u"project_name"_s,
                              QCoreApplication::translate("reelpulse::TrackingService",
                                                          "The project name is longer than 100 characters."));
    for (QChar c : trimmed)
        if (c.category() == QChar::Other_Control)
            return Error::invalid(u"project_name"_s,
                                  QCoreApplication::translate("reelpulse::TrackingService",
                                                              "The project name contains control characters."));
    return trimmed;
}

// ---- profiles ------------------------------------------------------------------------------------

Status TrackingService::validateAutoTrack(AutoTrack mode, int latest)
{
    if (mode == AutoTrack::Latest && (latest < 1 || latest > MaxAutoTrackLatest))
        return Error::invalid(u"auto_track_latest"_s,
                              QCoreApplication::translate("reelpulse::TrackingService",
                                                          "Tracking the latest videos needs a number from 1 to %1 "
                                                          "(--auto-track-latest).")
                                  .arg(MaxAutoTrackLatest));
    if (latest < 0 || latest > MaxAutoTrackLatest)
        return Error::invalid(u"auto_track_latest"_s,
                              QCoreApplication::translate("reelpulse::TrackingService",
                                                          "The number of latest videos must be from 0 to %1.")
                                  .arg(MaxAutoTrackLatest));
    return Ok{};
}

QString TrackingService::accountCapProblem(int count) const
{
    const QString dataDir = QFileInfo(m_database.filePath()).absolutePath();
    const int cap = Settings(dataDir).value(u"tracking.max_accounts"_s).toInt();
    if (cap <= 0 || count < cap)
        return {};
    return QCoreApplication::translate("reelpulse::TrackingService",
                                       "You track %1 of at most %2 accounts. Remove an account, or raise the limit "
                                       "(setting tracking.max_accounts, 0 for none).")
        .arg(count)
        .arg(cap);
}

Result<ProfileTask> TrackingService::addProfile(const QString &nameOrUrl, bool isCompetitor,
                                                std::optional<int> intervalDays, std::optional<Platform> platform,
                                                AutoTrack autoTrack, int autoTrackLatest)
{
    auto ref = parseProfileIdentifier(nameOrUrl, platform);
    if (!ref.ok())
        return ref.error();
    const int days = intervalDays.value_or(DefaultProfileIntervalDays);
    if (auto valid = validateIntervalDays(days, u"interval_days"_s); !valid.ok())
        return valid.error();
    if (auto valid = validateAutoTrack(autoTrack, autoTrackLatest); !valid.ok())
        return valid.error();

    return m_database.transaction([&]() -> Result<ProfileTask> {
        ProfileTaskStore store(m_database.connection());
        auto existing = store.findByTarget(ref->username, ref->platform);
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return Error::conflict(
                QCoreApplication::translate("reelpulse::TrackingService",
                                            "@%1 is already tracked (task %2, %3). Update that task instead.")
                    .arg(ref->username, existing.value()->id, statusName(existing.value()->status)));
        auto count = store.count();
        if (!count.ok())
            return count.error();
        if (const QString problem = accountCapProblem(count.value()); !problem.isEmpty())
            return Error::conflict(problem);
        ProfileTask task;
        task.id = newId();
        task.targetProfile = ref->username;
        task.platform = ref->platform;
        task.autoTrack = autoTrack;
        task.autoTrackLatest = autoTrackLatest;
        if (autoTrack == AutoTrack::New)
            task.autoTrackSince = now();
        task.isCompetitor = isCompetitor;
        task.intervalDays = days;
        task.createdAt = now();
        task.nextScrapeDue = dueAfter(task.createdAt, qint64(days) * 86400);
        auto inserted = store.insert(task);
        if (!inserted.ok())
            return inserted.error();
        return task;
    });
}

Result<QList<ProfileTask>> TrackingService::profiles()
{
    return ProfileTaskStore(m_database.connection()).list();
}

Result<ProfileTask> TrackingService::profile(const QString &idOrPrefix)
{
    auto id = sql::resolveId(m_database.connection(), u"profile_tasks"_s, idOrPrefix,
                             QCoreApplication::translate("reelpulse::TrackingService", "profile task"));
    if (!id.ok())
        return id.error();
    return ProfileTaskStore(m_database.connection()).get(id.value());
}

Result<ProfileTask> TrackingService::updateProfile(const QString &idOrPrefix, const ProfileUpdate &update)
{
    if (update.isEmpty())
        return Error::invalid(u"data"_s, QCoreApplication::translate(
                                             "reelpulse::TrackingService",
                                             "No updatable fields provided (use --competitor, --own, --interval-days, "
                                             "--pause, --resume or --auto-track)."));
    if (update.intervalDays)
        if (auto valid = validateIntervalDays(*update.intervalDays, u"interval_days"_s); !valid.ok())
            return valid.error();
    auto current = profile(idOrPrefix);
    if (!current.ok())
        return current.error();
    return m_database.transaction([&]() -> Result<ProfileTask> {
        ProfileTask task = current.value();
        if (update.isCompetitor)
            task.isCompetitor = *update.isCompetitor;
        if (update.intervalDays) {
            task.intervalDays = *update.intervalDays;
            task.nextScrapeDue = dueAfter(task.lastScraped.value_or(task.createdAt), qint64(task.intervalDays) * 86400);
        }
        if (update.status)
            task.status = *update.status;
        if (update.autoTrackLatest)
            task.autoTrackLatest = *update.autoTrackLatest;
        if (update.autoTrack) {
            // "New posts from now on" starts now each time it is chosen again.
            if (*update.autoTrack == AutoTrack::New && task.autoTrack != AutoTrack::New)
                task.autoTrackSince = now();
            task.autoTrack = *update.autoTrack;
        }
        if (auto valid = validateAutoTrack(task.autoTrack, task.autoTrackLatest); !valid.ok())
            return valid.error();
        auto saved = ProfileTaskStore(m_database.connection()).update(task);
        if (!saved.ok())
            return saved.error();
        return task;
    });
}

Result<ProfileTask> TrackingService::removeProfile(const QString &idOrPrefix)
{
    auto current = profile(idOrPrefix);
    if (!current.ok())
        return current.error();
    return m_database.transaction([&]() -> Result<ProfileTask> {
        auto removed = ProfileTaskStore(m_database.connection()).remove(current->id);
        if (!removed.ok())
            return removed.error();
        return current.value();
    });
}

// ---- projects and reels --------------------------------------------------------------------------

Result<Project> TrackingService::addProject(const QString &name)
{
    auto valid = validateProjectName(name);
    if (!valid.ok())
        return valid.error();
    return m_database.transaction([&]() -> Result<Project> {
        ProjectStore store(m_database.connection());
        auto existing = store.findByName(valid.value());
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return Error::conflict(
                QCoreApplication::translate("reelpulse::TrackingService", "A project named \"%1\" already exists.")
                    .arg(valid.value()));
        Project project;
        project.id = newId();
        project.name = valid.value();
        project.createdAt = now();
        auto inserted = store.insert(project);
        if (!inserted.ok())
            return inserted.error();
        return project;
    });
}

Result<QList<Project>> TrackingService::projects()
{
    return ProjectStore(m_database.connection()).list();
}

Result<Project> TrackingService::project(const QString &name)
{
    auto found = ProjectStore(m_database.connection()).findByName(name.trimmed());
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::notFound(
            QCoreApplication::translate(
                "reelpulse::TrackingService",
                "Project \"%1\" does not exist. Create it first with: reelpulse-cli projects add \"%1\"")
                .arg(name.trimmed()));
    return *found.value();
}

Result<Project> TrackingService::removeProject(const QString &name)
{
    auto found = project(name);
    if (!found.ok())
        return found.error();
    return m_database.transaction([&]() -> Result<Project> {
        auto removed = ProjectStore(m_database.connection()).remove(found->id);
        if (!removed.ok())
            return removed.error();
        return found.value();
    });
}

Result<ReelTask> TrackingService::addReel(const QString &projectName, const QString &urlOrShortcode,
                                          std::optional<int> intervalDays)
{
    auto shortcode = parseInstagramShortcode(urlOrShortcode);
    if (!shortcode.ok())
        return shortcode.error();
    auto mediaId = shortcodeToMediaId(shortcode.value());
    if (!mediaId.ok())
        return Error::invalid(u"reel_url"_s, mediaId.error().message);
    const int days = intervalDays.value_or(DefaultReelIntervalDays);
    if (auto valid = validateIntervalDays(days, u"scrape_interval_days"_s); !valid.ok())
        return valid.error();
    auto owner = project(projectName);
    if (!owner.ok())
        return owner.error();

    return m_database.transaction([&]() -> Result<ReelTask> {
        ReelTaskStore store(m_database.connection());
        auto existing = store.find(owner->id, shortcode.value());
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return Error::conflict(
                QCoreApplication::translate("reelpulse::TrackingService",
                                            "Reel %1 is already tracked in project \"%2\" (task %3).")
                    .arg(shortcode.value(), owner->name, existing.value()->id));
        ReelTask task;
        task.id = newId();
        task.projectId = owner->id;
        task.projectName = owner->name;
        task.shortcode = shortcode.value();
        task.reelUrl = canonicalReelUrl(task.shortcode);
        task.mediaId = mediaId.value();
        task.intervalDays = days;
        task.createdAt = now();
        task.nextScrapeDue = dueAfter(task.createdAt, qint64(days) * 86400);
        auto inserted = store.insert(task);
        if (!inserted.ok())
            return inserted.error();
        return task;
    });
}

Result<QList<ReelTask>> TrackingService::reels(const QString &projectName)
{
    QString projectId;
    if (!projectName.isEmpty()) {
        auto owner = project(projectName);
        if (!owner.ok())
            return owner.error();
        projectId = owner->id;
    }
    return ReelTaskStore(m_database.connection()).list(projectId);
}

Result<ReelTask> TrackingService::reel(const QString &idOrPrefix)
{
    auto id = sql::resolveId(m_database.connection(), u"reel_tasks"_s, idOrPrefix,
                             QCoreApplication::translate("reelpulse::TrackingService", "reel task"));
    if (!id.ok())
        return id.error();
    return ReelTaskStore(m_database.connection()).get(id.value());
}

Result<ReelTask> TrackingService::updateReel(const QString &idOrPrefix, const ReelUpdate &update)
{
    if (update.isEmpty())
        return Error::invalid(
            u"data"_s, QCoreApplication::translate("reelpulse::TrackingService", "No updatable fields provided."));
    if (update.intervalDays)
        if (auto valid = validateIntervalDays(*update.intervalDays, u"scrape_interval_days"_s); !valid.ok())
            return valid.error();
    auto current = reel(idOrPrefix);
    if (!current.ok())
        return current.error();
    return m_database.transaction([&]() -> Result<ReelTask> {
        ReelTask task = current.value();
        if (update.intervalDays) {
            task.intervalDays = *update.intervalDays;
            task.nextScrapeDue = dueAfter(task.lastScraped.value_or(task.createdAt), qint64(task.intervalDays) * 86400);
        }
        if (update.status)
            task.status = *update.status;
        auto saved = ReelTaskStore(m_database.connection()).update(task);
        if (!saved.ok())
            return saved.error();
        return task;
    });
}

Result<ReelTask> TrackingService::removeReel(const QString &idOrPrefix)
{
    auto current = reel(idOrPrefix);
    if (!current.ok())
        return current.error();
    return m_database.transaction([&]() -> Result<ReelTask> {
        auto removed = ReelTaskStore(m_database.connection()).remove(current->id);
        if (!removed.ok())
            return removed.error();
        return current.value();
    });
}

// ---- videos --------------------------------------------------------------------------------------

Result<VideoTask> TrackingService::addVideo(Platform platform, const QString &identifier, const QJsonObject &metadata,
                                            std::optional<int> intervalHours, bool isActive)
{
    auto ref = parseVideoIdentifier(platform, identifier);
    if (!ref.ok())
        return ref.error();
    const int hours = intervalHours.value_or(DefaultVideoIntervalHours);
    if (auto valid = validateIntervalHours(hours); !valid.ok())
        return valid.error();
    if (auto valid = validateMetadata(metadata); !valid.ok())
        return valid.error();

    return m_database.transaction([&]() -> Result<VideoTask> {
        VideoTaskStore store(m_database.connection());
        auto existing = store.find(platform, ref->externalId);
        if (!existing.ok())
            return existing.error();
        if (existing.value())
            return Error::conflict(QCoreApplication::translate("reelpulse::TrackingService",
                                                               "This %1 video (%2) is already tracked (id %3).")
                                       .arg(platformName(platform), ref->externalId, existing.value()->id));
        VideoTask task;
        task.id = newId();
        task.platform = platform;
        task.externalId = ref->externalId;
        task.shortcode = ref->shortcode;
        task.sourceUrl = ref->canonicalUrl;
        task.isActive = isActive;
        task.intervalHours = hours;
        task.metadata = metadata;
        task.addedAt = now();
        task.updatedAt = task.addedAt;
        // Active videos are due at once so their first metrics arrive within the next scheduler pass.
        task.nextScrapeDue = task.addedAt;
        auto inserted = store.insert(task);
        if (!inserted.ok())
            return inserted.error();
        return task;
    });
}

Result<QList<VideoTask>> TrackingService::videos()
{
    return VideoTaskStore(m_database.connection()).list();
}

Result<VideoTask> TrackingService::video(const QString &idOrPrefix)
{
    auto id = sql::resolveId(m_database.connection(), u"video_tasks"_s, idOrPrefix,
                             QCoreApplication::translate("reelpulse::TrackingService", "video"));
    if (!id.ok())
        return id.error();
    return VideoTaskStore(m_database.connection()).get(id.value());
}

Result<VideoTask> TrackingService::updateVideo(const QString &idOrPrefix, const VideoUpdate &update)
{
    if (update.isEmpty())
        return Error::invalid(
            u"data"_s,
            QCoreApplication::translate("reelpulse::TrackingService",
                                        "No updatable fields provided (use --interval-hours, --meta, --clear-meta, "
                                        "--active or --inactive)."));
    if (update.intervalHours)
        if (auto valid = validateIntervalHours(*update.intervalHours); !valid.ok())
            return valid.error();
    if (update.metadata)
        if (auto valid = validateMetadata(*update.metadata); !valid.ok())
            return valid.error();
    auto current = video(idOrPrefix);
    if (!current.ok())
        return current.error();
    return m_database.transaction([&]() -> Result<VideoTask> {
        VideoTask task = current.value();
        if (update.isActive)
            task.isActive = *update.isActive;
        if (update.intervalHours) {
            task.intervalHours = *update.intervalHours;
            if (task.lastScrapeTime)
                task.nextScrapeDue = dueAfter(*task.lastScrapeTime, qint64(task.intervalHours) * 3600);
        }
        if (update.metadata)
            task.metadata = *update.metadata;
        task.updatedAt = now();
        auto saved = VideoTaskStore(m_database.connection()).update(task);
        if (!saved.ok())
            return saved.error();
        return task;
    });
}

Result<VideoTask> TrackingService::removeVideo(const QString &idOrPrefix)
{
    auto current = video(idOrPrefix);
    if (!current.ok())
        return current.error();
    return m_database.transaction([&]() -> Result<VideoTask> {
        auto removed = VideoTaskStore(m_database.connection()).remove(current->id);
        if (!removed.ok())
            return removed.error();
        return current.value();
    });
}

} // namespace reelpulse
