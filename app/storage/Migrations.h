#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace reelpulse::Migrations {

/// The schema version this build writes.
int latestVersion();

/// Upgrades the store from `fromVersion` to latestVersion() in one transaction: every pending step and the
/// new schema version are committed together or not at all (SQLite's DDL is transactional), so a failing
/// step leaves the store exactly as it was, at `fromVersion`. The version is read again inside the
/// transaction: when another process upgraded the store meanwhile, only what is still missing runs.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace reelpulse::Migrations
