#include "net/GovernorState.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString describeDelay(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("reelpulse::GovernorState", "%n s", nullptr, static_cast<int>(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return QCoreApplication::translate("reelpulse::GovernorState", "%n min", nullptr, static_cast<int>(minutes));
    return QCoreApplication::translate("reelpulse::GovernorState", "%n h", nullptr,
                                       static_cast<int>((minutes + 59) / 60));
}

QString stateLabel(const QString &name)
{
    if (name == u"throttled"_s)
        return QCoreApplication::translate("reelpulse::GovernorState", "Request budget used up");
    if (name == u"rate_limited"_s)
        return QCoreApplication::translate("reelpulse::GovernorState", "Rate limited");
    if (name == u"soft_block"_s)
        return QCoreApplication::translate("reelpulse::GovernorState", "Temporarily blocked");
    if (name == u"login_wall"_s)
        return QCoreApplication::translate("reelpulse::GovernorState", "Sign-in required");
    if (name == u"checkpoint"_s)
        return QCoreApplication::translate("reelpulse::GovernorState", "Stopped: Instagram asks for a security check");
    return QCoreApplication::translate("reelpulse::GovernorState", "Ready");
}

} // namespace

QString GovernorState::summary(const QDateTime &now) const
{
    const QString label = stateLabel(name);
    if (!resumeAt || *resumeAt <= now)
        return label;
    return QCoreApplication::translate("reelpulse::GovernorState", "%1, resumes in %2")
        .arg(label, describeDelay(now.secsTo(*resumeAt)));
}

} // namespace reelpulse
