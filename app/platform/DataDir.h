#pragma once

#include <QString>

namespace reelpulse {

/// Where the store lives: an explicit folder (`--data-dir`), else `REELPULSE_DATA_DIR`,
/// else the platform's application data folder (QStandardPaths::AppDataLocation).
QString resolveDataDir(const QString &explicitDir = {});

/// The database file inside a data folder.
QString databasePath(const QString &dataDir);

} // namespace reelpulse
