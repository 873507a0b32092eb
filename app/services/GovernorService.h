#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace reelpulse {

class RateGovernor;

/// The use of one request budget in its current window.
struct GovernorWindow
{
    QString name;       ///< a query type ("media_info", "graphql:7950326061742207") or a group ("graphql")
    bool group = false; ///< a group budget, shared by every query type starting with name
    int used = 0;       ///< requests in the window that ends now
    int limit = 0;      ///< 0: unlimited
    qint64 windowSeconds = 0;
    std::optional<QDateTime> freeAt; ///< when the next request may go, when the budget is used up
};

/// What the rate governor knows of one identity (a platform host read anonymously or with a session),
/// as every process using the data folder recorded it.
struct GovernorIdentityStatus
{
    QString identity;      ///< "www.instagram.com#anonymous"
    QString host;          ///< "www.instagram.com" (with ":port" when not the default)
    QString session;       ///< "anonymous", or the session's non-reversible key
    QStringList platforms; ///< the platforms read through this host ("instagram", "tiktok"); empty when unknown
    QString state;         ///< "ok", "throttled", "rate_limited", "soft_block", "login_wall", "checkpoint"
    std::optional<QDateTime> until; ///< when requests resume by themselves (none for ok and checkpoint)
    QString message;                ///< why, and what to do
    QString summary;                ///< "Rate limited, resumes in 4 min"
    int backoffLevel = 0;           ///< soft blocks in a row
    bool needsSession = false;      ///< the platform asks to sign in
    QList<GovernorWindow> windows;  ///< the budgets this identity used in their current windows
};

/// An identity whose pause or stop was lifted.
struct GovernorResumed
{
    QString identity;
    QStringList platforms;
    QString previousState; ///< "checkpoint", "login_wall", "soft_block" or "rate_limited"
    QString previousMessage;
};

/// The rate governor for people: what it holds back and why, and lifting a pause or a checkpoint once
/// the person has dealt with it. Reads and writes the governor's state in the store of a data folder, so
/// it shows what any process recorded, and a resume applies at the next request of every process.
/// Value types in and out: the CLI (`reelpulse-cli governor`) and the app call the same code.
class GovernorService final
{
public:
    /// The governor of dataDir: `governor` when given (the app's own, so that its views hear of a
    /// resume), else one opened on the store of dataDir at the first call.
    explicit GovernorService(QString dataDir, std::shared_ptr<RateGovernor> governor = {});
    ~GovernorService();
    Q_DISABLE_COPY_MOVE(GovernorService)

    /// Every identity with a recorded state or requests in the current windows, sorted by identity.
    Result<QList<GovernorIdentityStatus>> status();
    /// Lifts the checkpoint, login-wall, soft-block and rate-limit pauses of the identities of platform
    /// (all identities when none); returns what was lifted (empty when nothing was paused). A used-up
    /// request budget is not a pause and stays.
    Result<QList<GovernorResumed>> resume(std::optional<Platform> platform = std::nullopt);

    /// The platforms whose requests go to identity's host: the platform's own domains, or the base URL
    /// configured for it (settings, REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL) in dataDir.
    static QStringList platformsOf(const QString &identity, const QString &dataDir);

private:
    Result<RateGovernor *> governor();

    QString m_dataDir;
    std::shared_ptr<RateGovernor> m_governor;
};

} // namespace reelpulse
