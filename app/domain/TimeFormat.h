#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <optional>

namespace reelpulse {

/// ISO-8601 UTC with a trailing Z, seconds precision ("2025-08-03T12:00:00Z").
QString isoUtc(const QDateTime &when);

/// JSON null for an unknown time, else the ISO-8601 UTC string.
QJsonValue isoUtcOrNull(const std::optional<QDateTime> &when);

/// JSON null for an unknown time, else epoch seconds.
QJsonValue epochOrNull(const std::optional<QDateTime> &when);

/// A UTC QDateTime from epoch seconds.
QDateTime fromEpoch(qint64 seconds);

/// Now, in UTC, truncated to whole seconds (what the store keeps).
QDateTime nowUtc();

} // namespace reelpulse
