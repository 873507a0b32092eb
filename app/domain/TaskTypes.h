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

inline constexpr int DefaultProfileIntervalDays = 2;
inline constexpr int DefaultReelIntervalDays = 2;
inline constexpr int DefaultVideoIntervalHours = 24;
inline constexpr int MinVideoIntervalHours = 6;
inline constexpr int MaxVideoIntervalHours = 720;
inline constexpr int MaxIntervalDays = 365;
inline constexpr int MaxMetadataKeys = 20;
inline constexpr int MaxMetadataValueLength = 255;

/// A tracked Instagram profile (own or competitor).
struct ProfileTask
{
    QString id;
    QString targetProfile;
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
};

} // namespace reelpulse
