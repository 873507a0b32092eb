#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QList>
#include <functional>
#include <optional>

namespace reelpulse {

class Database;

/// The rules of tracking tasks, shared by the CLI and the GUI: validation, normalization,
/// duplicate checks, due times. Each change is one transaction.
class TrackingService final
{
public:
    using Clock = std::function<QDateTime()>;

    explicit TrackingService(Database &database, Clock clock = {});
    Q_DISABLE_COPY_MOVE(TrackingService)

    // Profiles
    /// `platform`: of a name or @name (a URL names its own); Instagram when not given. Refused beyond the
    /// `tracking.max_accounts` cap (a Conflict, as for a duplicate).
    Result<ProfileTask> addProfile(const QString &nameOrUrl, bool isCompetitor,
                                   std::optional<int> intervalDays = std::nullopt,
                                   std::optional<Platform> platform = std::nullopt,
                                   AutoTrack autoTrack = AutoTrack::Off, int autoTrackLatest = 0);
    Result<QList<ProfileTask>> profiles();
    Result<ProfileTask> profile(const QString &idOrPrefix);
    struct ProfileUpdate
    {
        std::optional<bool> isCompetitor;
        std::optional<int> intervalDays;
        std::optional<TaskStatus> status;
        std::optional<AutoTrack> autoTrack = std::nullopt;
        std::optional<int> autoTrackLatest = std::nullopt;
        bool isEmpty() const { return !isCompetitor && !intervalDays && !status && !autoTrack && !autoTrackLatest; }
    };
    Result<ProfileTask> updateProfile(const QString &idOrPrefix, const ProfileUpdate &update);
    Result<ProfileTask> removeProfile(const QString &idOrPrefix);

    // Projects and reels
    Result<Project> addProject(const QString &name);
    Result<QList<Project>> projects();
    Result<Project> project(const QString &name);
    /// Removes the project and its reel tasks; returns the project as it was.
    Result<Project> removeProject(const QString &name);
    Result<ReelTask> addReel(const QString &projectName, const QString &urlOrShortcode,
                             std::optional<int> intervalDays = std::nullopt);
    /// Reel tasks of one project, or of all projects when projectName is empty.
    Result<QList<ReelTask>> reels(const QString &projectName = {});
    Result<ReelTask> reel(const QString &idOrPrefix);
    struct ReelUpdate
    {
        std::optional<int> intervalDays;
        std::optional<TaskStatus> status;
        bool isEmpty() const { return !intervalDays && !status; }
    };
    Result<ReelTask> updateReel(const QString &idOrPrefix, const ReelUpdate &update);
    Result<ReelTask> removeReel(const QString &idOrPrefix);

    // Videos
    Result<VideoTask> addVideo(Platform platform, const QString &identifier, const QJsonObject &metadata = {},
                               std::optional<int> intervalHours = std::nullopt, bool isActive = true);
    Result<QList<VideoTask>> videos();
    Result<VideoTask> video(const QString &idOrPrefix);
    struct VideoUpdate
    {
        std::optional<bool> isActive;
        std::optional<int> intervalHours;
        std::optional<QJsonObject> metadata; ///< replaces the whole metadata object
        bool isEmpty() const { return !isActive && !intervalHours && !metadata; }
    };
    Result<VideoTask> updateVideo(const QString &idOrPrefix, const VideoUpdate &update);
    Result<VideoTask> removeVideo(const QString &idOrPrefix);

    // Rules, public so dialogs can validate inline before submitting.
    static Status validateIntervalDays(int days, const QString &field);
    static Status validateIntervalHours(int hours);
    /// AutoTrack::Latest needs 1…MaxAutoTrackLatest videos.
    static Status validateAutoTrack(AutoTrack mode, int latest);
    /// The cap on profile tasks (setting tracking.max_accounts, 0 = none) and the message when `count` reaches
    /// it; empty when another may be added.
    QString accountCapProblem(int count) const;
    static Status validateMetadata(const QJsonObject &metadata);
    static Result<QString> validateProjectName(const QString &name);
    /// Parses `key=value` into metadata, checking the limits.
    static Status addMetadataPair(QJsonObject &metadata, const QString &pair);

    /// The store the service works on (for the services that keep options beside a task, e.g. AutoDownload).
    Database &database() { return m_database; }

private:
    QDateTime now() const;

    Database &m_database;
    Clock m_clock;
};

} // namespace reelpulse
