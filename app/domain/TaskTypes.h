#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace reelpulse {

enum class TaskStatus { Active, Paused, Error };
enum class Platform { Instagram, TikTok };

QString statusName(TaskStatus status);
std::optional<TaskStatus> statusFromName(const QString &name);
QString platformName(Platform platform);
std::optional<Platform> platformFromName(const QString &name);

/// Which posts/videos a profile task tracks as video tasks of their own: none, those taken after the setting was
/// chosen, or the account's newest N.
enum class AutoTrack { Off, New, Latest };
QString autoTrackName(AutoTrack mode);
std::optional<AutoTrack> autoTrackFromName(const QString &name);
inline constexpr int MaxAutoTrackLatest = 50;

inline constexpr int DefaultProfileIntervalDays = 2;
inline constexpr int DefaultReelIntervalDays = 2;
inline constexpr int DefaultVideoIntervalHours = 24;
inline constexpr int MinVideoIntervalHours = 6;
inline constexpr int MaxVideoIntervalHours = 720;
inline constexpr int MaxIntervalDays = 365;
inline constexpr int MaxMetadataKeys = 20;
inline constexpr int MaxMetadataValueLength = 255;

/// A tracked Instagram or TikTok account (own or competitor).
struct ProfileTask
{
    QString id;
    QString targetProfile;
    Platform platform = Platform::Instagram;
    AutoTrack autoTrack = AutoTrack::Off;
    int autoTrackLatest = 0;                 ///< N of AutoTrack::Latest
    std::optional<QDateTime> autoTrackSince; ///< AutoTrack::New: posts taken after it
    bool isCompetitor = false;
    TaskStatus status = TaskStatus::Active;
    int intervalDays = DefaultProfileIntervalDays;
    QDateTime createdAt;
    std::optional<QDateTime> lastScraped;
    QDateTime nextScrapeDue;
    QString lastError;
    QString lastErrorClass;
};

/// A named group of reel tasks.
struct Project
{
    QString id;
    QString name;
    QDateTime createdAt;
    int reelCount = 0;
};

/// One tracked reel or post inside a project.
struct ReelTask
{
    QString id;
    QString projectId;
    QString projectName;
    QString reelUrl;
    QString shortcode;
    std::optional<qint64> mediaId;
    TaskStatus status = TaskStatus::Active;
    int intervalDays = DefaultReelIntervalDays;
    QDateTime createdAt;
    std::optional<QDateTime> lastScraped;
    QDateTime nextScrapeDue;
    QString lastError;
    QString lastErrorClass;
};

/// One tracked Instagram post or TikTok video.
struct VideoTask
{
    QString id;
    Platform platform = Platform::Instagram;
    QString externalId;
    QString shortcode; ///< Instagram only; empty for TikTok
    QString sourceUrl;
    bool isActive = true;
    int intervalHours = DefaultVideoIntervalHours;
    QJsonObject metadata;
    QDateTime addedAt;
    QDateTime updatedAt;
    std::optional<QDateTime> firstScrapeTime;
    std::optional<QDateTime> lastScrapeTime;
    QDateTime nextScrapeDue;
    QString lastError;
    QString lastErrorClass;
    QString profileTaskId; ///< the profile task that discovered it; empty when added by hand
};

} // namespace reelpulse
