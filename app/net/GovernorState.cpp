#include "net/GovernorState.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("reelpulse::GovernorState", text, nullptr, n);
}

QString describeDelay(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", static_cast<int>(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return tr("%n min", static_cast<int>(minutes));
    return tr("%n h", static_cast<int>((minutes + 59) / 60));
}

QString stateLabel(const QString &name)
{
    if (name == u"throttled"_s)
        return tr("Request budget used up");
    if (name == u"rate_limited"_s)
        return tr("Rate limited");
    if (name == u"soft_block"_s)
        return tr("Temporarily blocked");
    if (name == u"login_wall"_s)
        return tr("Sign-in required");
    if (name == u"checkpoint"_s)
        return tr("Stopped: Instagram asks for a security check");
    return tr("Ready");
}

} // namespace

QString GovernorState::summary(const QDateTime &now) const
{
    const QString label = stateLabel(name);
    if (!resumeAt || *resumeAt <= now)
        return label;
    return tr("%1, resumes in %2").arg(label, describeDelay(now.secsTo(*resumeAt)));
}

} // namespace reelpulse
