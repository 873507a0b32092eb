#pragma once

#include <QCoreApplication>
#include <QString>

namespace reelpulse {

inline QString appVersion()
{
    return QStringLiteral(REELPULSE_VERSION);
}

/// Organization and application names, used by QSettings and QStandardPaths.
inline void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReelPulse"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("reelpulse.app"));
    QCoreApplication::setApplicationName(QStringLiteral("ReelPulse"));
    QCoreApplication::setApplicationVersion(appVersion());
}

} // namespace reelpulse
