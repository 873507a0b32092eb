#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace reelpulse::sql {

QVariant epochOrNull(const std::optional<QDateTime> &when);
QVariant epoch(const QDateTime &when);
std::optional<QDateTime> optionalTime(const QVariant &value);
QDateTime time(const QVariant &value);
QVariant textOrNull(const QString &text);

/// Executes a prepared query; on failure returns a storage error that says what was being done.
Status exec(QSqlQuery &query, const QString &doing);

/// Resolves a full id or a unique prefix (at least 4 characters) in `table`.
/// NotFound when nothing matches, Invalid when the prefix is too short or matches several rows.
Result<QString> resolveId(const QSqlDatabase &db, const QString &table, const QString &idOrPrefix, const QString &what);

} // namespace reelpulse::sql
