#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace reelpulse {

/// What the rate governor is doing with one identity, for the GUI and the CLI.
struct GovernorState
{
    /// "ok", "throttled" (request budget used up), "rate_limited", "soft_block", "login_wall", "checkpoint".
    QString name = QStringLiteral("ok");
    std::optional<QDateTime> resumeAt; ///< when requests resume by themselves; none for ok and checkpoint
    QString message;                   ///< what happened and what to do, for a person
    bool needsSession = false;         ///< Instagram wants a signed-in session
    int backoffLevel = 0;              ///< soft blocks in a row

    bool isStopped() const { return name == QStringLiteral("checkpoint"); }
    bool isOk() const { return name == QStringLiteral("ok"); }

    /// "Rate limited, resumes in 4 min" (relative to now).
    QString summary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

} // namespace reelpulse
