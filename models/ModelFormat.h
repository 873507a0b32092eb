#pragma once

#include "domain/TaskTypes.h"
#include "platform/ScrapedTypes.h"

#include <QVariant>
#include <optional>

class QDateTime;

namespace reelpulse::modelformat {

/// A time as the tables show it: local time, short locale format; `never` for no time.
QString displayTime(const std::optional<QDateTime> &when);
/// A value that sorts times: msecs since epoch, and unknown times before every known one.
QVariant sortTime(const std::optional<QDateTime> &when);
/// "Active", "Paused" or "Error", translated.
QString displayStatus(TaskStatus status);
/// "Instagram" or "TikTok".
QString displayPlatform(Platform platform);
/// "every 2 days", "every 24 hours", translated with plural forms.
QString everyDays(int days);
QString everyHours(int hours);
/// Metadata as `key=value` pairs joined by ", " (keys sorted).
QString displayMetadata(const QJsonObject &metadata);
/// Metadata as `key=value` lines, the form the video dialog edits.
QString metadataLines(const QJsonObject &metadata);
/// The colour of a row's text for a status: none for active tasks.
QVariant statusForeground(TaskStatus status);

/// A metric as the tables show it: grouped digits in the locale ("12,345"), an en dash when unknown.
QString displayCount(const std::optional<qint64> &value);
/// A metric for sorting: the value, unknown before 0.
QVariant sortCount(const std::optional<qint64> &value);
/// A failure class name ("rate_limited") in words ("rate limited"), translated; the name itself when unknown.
QString failureClassText(const QString &className);
/// "Image", "Video", "Reel", "Carousel", translated; empty for unknown.
QString displayMediaKind(MediaKind kind);
/// A sentiment label name ("positive") in words, translated, with " (manual)" for a label set by hand;
/// "not scored yet" when empty.
QString displaySentiment(const QString &label, bool manual);
/// A comment's stored language code ("es") as its name in words ("Spanish"), translated; "undetermined" for "und"
/// (emoji only or too short), the code itself in capitals for another language, empty while not scored.
QString displayLanguage(const QString &code);

/// How a task's last scrape went, for the status cell's colour.
enum class Health {
    Idle,    ///< never scraped, or paused
    Ok,      ///< the last scrape stored its data
    Busy,    ///< a scrape runs now
    Warning, ///< the last scrape failed for a passing reason (rate limit, network): retried by itself
    Failed,  ///< the task failed for good or needs the person (not found, private, checkpoint, sign-in)
};
Health taskHealth(TaskStatus status, bool scraped, const QString &lastError, const QString &lastErrorClass, bool busy);
/// A small coloured dot for a health state (an icon for Qt::DecorationRole); none for Idle.
QVariant healthDecoration(Health health);
/// The text colour of a last-error cell: amber when the task retries by itself, red when it does not.
QVariant lastErrorForeground(TaskStatus status, const QString &lastError, const QString &lastErrorClass);
/// "message (class in words)".
QString lastErrorToolTip(const QString &lastError, const QString &lastErrorClass);
/// The tooltip of a status cell: what the last scrape did and what is going on now.
QString healthToolTip(Health health, const QString &lastError, const QString &lastErrorClass, const QString &busyStage);

} // namespace reelpulse::modelformat
