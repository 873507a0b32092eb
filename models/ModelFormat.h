#pragma once

#include "tracking/TaskTypes.h"

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

} // namespace reelpulse::modelformat
