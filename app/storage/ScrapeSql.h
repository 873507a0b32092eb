#pragma once

#include "platform/ScrapedTypes.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <optional>

// Conversions between optional scraped values and SQL values, shared by ScrapeStore and ScrapeReader.
namespace reelpulse::scrapesql {

QVariant integer(const std::optional<qint64> &value);
QVariant integer(const std::optional<int> &value);
QVariant real(const std::optional<double> &value);
QVariant boolean(const std::optional<bool> &value);
QVariant text(const std::optional<QString> &value);
QVariant textOrNull(const QString &value);
QVariant time(const std::optional<QDateTime> &value);
/// A JSON array of strings, as kept in media_items.hashtags / mentions.
QString stringList(const QStringList &values);

std::optional<qint64> toInteger(const QVariant &value);
std::optional<int> toInt(const QVariant &value);
std::optional<double> toReal(const QVariant &value);
std::optional<bool> toBoolean(const QVariant &value);
std::optional<QString> toText(const QVariant &value);
std::optional<QDateTime> toTime(const QVariant &value);
QStringList toStringList(const QVariant &value);

/// The media kind kept in media_items.media_type.
MediaKind kindFromName(const QString &name);

} // namespace reelpulse::scrapesql
