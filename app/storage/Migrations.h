#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace reelpulse::Migrations {

/// The schema version this build writes.
int latestVersion();

/// Upgrades the store from `fromVersion` to latestVersion(), one version per transaction.
/// A failing step rolls back and leaves the store at the last complete version.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace reelpulse::Migrations
