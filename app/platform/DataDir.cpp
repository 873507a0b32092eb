#include "platform/DataDir.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

QString resolveDataDir(const QString &explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir::cleanPath(QDir(explicitDir).absolutePath());
    const QString fromEnv = qEnvironmentVariable("REELPULSE_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"reelpulse.sqlite"_s);
}

} // namespace reelpulse
