#include "net/RateGovernor.h"

#include "net/CancelFlag.h"
#include "net/NetLog.h"
#include "storage/GovernorStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <algorithm>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString StateOk = u"ok"_s;
const QString StateThrottled = u"throttled"_s;
const QString StateRateLimited = u"rate_limited"_s;
const QString StateSoftBlock = u"soft_block"_s;
const QString StateLoginWall = u"login_wall"_s;
const QString StateCheckpoint = u"checkpoint"_s;
constexpr int MaxRememberedWaits = 200;
constexpr int PruneEvery = 500;

QString hostOf(const QString &identity)
{
    return identity.section(u'#', 0, 0);
}

QString clockTime(qint64 atMs)
{
    return QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(u"HH:mm"_s);
}

ScrapeFailure abortedFailure()
{
    return {FailureClass::Network, QCoreApplication::translate("reelpulse::RateGovernor", "The request was cancelled."),
            0, std::nullopt};
}

int secondsCeil(qint64 ms)
{
    return static_cast<int>((ms + 999) / 1000);
}

qint64 countSince(const std::deque<qint64> &log, qint64 sinceMs)
{
    return static_cast<qint64>(log.end() - std::lower_bound(log.begin(), log.end(), sinceMs));
}

} // namespace

struct RateGovernor::Identity
{
    QMutex queue; ///< held while a request of this identity is waiting or running
    QString state = StateOk;
    std::optional<qint64> resumeAtMs;
    int backoffLevel = 0;
    QString message;
    QHash<QString, std::deque<qint64>> log; ///< request times by query type, ascending
};

RateGovernor::RateGovernor(GovernorConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_sleeper([](qint64 ms, const CancelFlag *cancel) {
        if (cancel)
            return cancel->sleepFor(ms);
        CancelFlag never;
        return never.sleepFor(ms);
    })
{
}

RateGovernor::~RateGovernor() = default;

Result<std::shared_ptr<RateGovernor>> RateGovernor::open(const QString &dataDir, GovernorConfig config)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto store = GovernorStore::open(dataDir, now - config.logRetentionMs);
    if (!store.ok())
        return store.error();
    auto governor = std::make_shared<RateGovernor>(std::move(config));
    governor->m_store = std::move(store).value();
    const QMutexLocker lock(&governor->m_mutex);
    for (const LoggedRequest &request : governor->m_store->loadedRequests()) {
        std::deque<qint64> &log = governor->identityLocked(request.identity).log[request.queryType];
        log.insert(std::upper_bound(log.begin(), log.end(), request.atMs), request.atMs);
    }
    for (const StoredGovernorState &stored : governor->m_store->loadedStates()) {
        Identity &id = governor->identityLocked(stored.identity);
        id.state = stored.state;
        id.resumeAtMs = stored.resumeAtMs;
        id.backoffLevel = stored.backoffLevel;
        id.message = stored.message;
    }
    return governor;
}

QString RateGovernor::identityFor(const QString &host, const QString &sessionKey)
{
    return host.toLower() + u'#' + (sessionKey.isEmpty() ? u"anonymous"_s : sessionKey);
}

RateGovernor::Identity &RateGovernor::identityLocked(const QString &identity)
{
    auto &slot = m_identities[identity];
    if (!slot)
        slot = std::make_shared<Identity>();
    return *slot;
}

void RateGovernor::setConfig(const GovernorConfig &config)
{
    const QMutexLocker lock(&m_mutex);
    m_config = config;
}

GovernorConfig RateGovernor::config() const
{
    const QMutexLocker lock(&m_mutex);
    return m_config;
}

void RateGovernor::setClock(Clock clock)
{
    const QMutexLocker lock(&m_mutex);
    m_clock = std::move(clock);
}

void RateGovernor::setSleeper(Sleeper sleeper)
{
    const QMutexLocker lock(&m_mutex);
    m_sleeper = std::move(sleeper);
}

qint64 RateGovernor::nowMs() const
{
    const QMutexLocker lock(&m_mutex);
    return m_clock();
}

QList<RateGovernor::Wait> RateGovernor::waits() const
{
    const QMutexLocker lock(&m_mutex);
    return QList<Wait>(m_waits.begin(), m_waits.end());
}

void RateGovernor::clearWaits()
{
    const QMutexLocker lock(&m_mutex);
    m_waits.clear();
}

void RateGovernor::flush()
{
    if (m_store)
        m_store->flush();
}

qint64 RateGovernor::budgetWaitLocked(const Identity &id, const QString &queryType, qint64 now) const
{
    qint64 wait = 0;
    auto consider = [&](const RateBudget &budget, const QList<const std::deque<qint64> *> &logs) {
        if (budget.maxRequests <= 0 || budget.windowMs <= 0)
            return;
        // Merge the times inside the window; the request may go when the oldest of the newest
        // maxRequests leaves the window.
        std::vector<qint64> inWindow;
        for (const auto *log : logs)
            inWindow.insert(inWindow.end(), std::lower_bound(log->begin(), log->end(), now - budget.windowMs + 1),
                            log->end());
        if (static_cast<qint64>(inWindow.size()) < budget.maxRequests)
            return;
        std::sort(inWindow.begin(), inWindow.end());
        const qint64 freeAt = inWindow[inWindow.size() - static_cast<size_t>(budget.maxRequests)] + budget.windowMs;
        wait = std::max(wait, freeAt - now);
    };
    const auto own = id.log.constFind(queryType);
    if (own != id.log.constEnd())
        consider(m_config.budgetFor(queryType), {&own.value()});
    for (const GroupBudget &group : m_config.groupBudgets) {
        if (!queryType.startsWith(group.prefix))
            continue;
        QList<const std::deque<qint64> *> logs;
        for (auto it = id.log.constBegin(); it != id.log.constEnd(); ++it) {
            if (it.key().startsWith(group.prefix))
                logs.append(&it.value());
        }
        consider(group.budget, logs);
    }
    return wait;
}

GovernorState RateGovernor::stateLocked(const Identity &id, qint64 now) const
{
    GovernorState state;
    state.backoffLevel = id.backoffLevel;
    if (id.state == StateCheckpoint) {
        state.name = StateCheckpoint;
        state.message = id.message;
        return state;
    }
    if (id.state != StateOk && id.resumeAtMs && *id.resumeAtMs > now) {
        state.name = id.state;
        state.resumeAt = QDateTime::fromMSecsSinceEpoch(*id.resumeAtMs, Qt::UTC);
        state.message = id.message;
        state.needsSession = id.state == StateLoginWall;
        return state;
    }
    qint64 budgetWait = 0;
    for (auto it = id.log.constBegin(); it != id.log.constEnd(); ++it)
        budgetWait = std::max(budgetWait, budgetWaitLocked(id, it.key(), now));
    if (budgetWait > 0) {
        state.name = StateThrottled;
        state.resumeAt = QDateTime::fromMSecsSinceEpoch(now + budgetWait, Qt::UTC);
        state.message =
            QCoreApplication::translate("reelpulse::RateGovernor",
                                        "The request budget of this window is used up; reading continues at %1.")
                .arg(clockTime(now + budgetWait));
    }
    return state;
}

GovernorState RateGovernor::state(const QString &identity) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_identities.constFind(identity);
    if (it == m_identities.constEnd())
        return {};
    return stateLocked(**it, m_clock());
}

QHash<QString, GovernorState> RateGovernor::states() const
{
    const QMutexLocker lock(&m_mutex);
    QHash<QString, GovernorState> all;
    const qint64 now = m_clock();
    for (auto it = m_identities.constBegin(); it != m_identities.constEnd(); ++it)
        all.insert(it.key(), stateLocked(**it, now));
    return all;
}

int RateGovernor::requestCount(const QString &identity, const QString &queryType, qint64 sinceMs) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_identities.constFind(identity);
    if (it == m_identities.constEnd())
        return 0;
    qint64 count = 0;
    for (auto log = (*it)->log.constBegin(); log != (*it)->log.constEnd(); ++log) {
        if (queryType.isEmpty() || log.key() == queryType)
            count += countSince(log.value(), sinceMs);
    }
    return static_cast<int>(count);
}

void RateGovernor::setStateLocked(Identity &id, const QString &name, std::optional<qint64> resumeAtMs,
                                  const QString &message)
{
    id.state = name;
    id.resumeAtMs = resumeAtMs;
    id.message = message;
}

void RateGovernor::clearCheckpoint(const QString &identity)
{
    resetState(identity);
}

void RateGovernor::resetState(const QString &identity)
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_identities.constFind(identity);
        if (it == m_identities.constEnd())
            return;
        setStateLocked(**it, StateOk, std::nullopt, {});
        (*it)->backoffLevel = 0;
        if (m_store)
            m_store->removeState(identity);
    }
    qCInfo(lcNet) << "requests resumed for" << identity;
    emit stateChanged(identity);
}

bool RateGovernor::sleep(const QString &identity, const QString &queryType, qint64 ms, const QString &reason,
                         const CancelFlag *cancel)
{
    Sleeper sleeper;
    {
        const QMutexLocker lock(&m_mutex);
        m_waits.push_back({identity, queryType, ms, reason});
        while (m_waits.size() > MaxRememberedWaits)
            m_waits.pop_front();
        sleeper = m_sleeper;
    }
    if (ms >= 5000)
        qCInfo(lcNet) << "waiting" << ms / 1000 << "s for" << identity << "(" << reason << ")";
    return sleeper(ms, cancel) && !(cancel && cancel->isCancelled());
}

std::optional<ScrapeFailure> RateGovernor::waitUntilAllowed(const QString &identity, const QString &queryType,
                                                            const CancelFlag *cancel)
{
    // After a wait the governor considers its end reached even if the clock disagrees (a sleeper that
    // returns early must not make it spin).
    qint64 reachedMs = 0;
    for (int round = 0; round < 16; ++round) {
        qint64 wait = 0;
        QString reason;
        ScrapeFailure refusal;
        {
            const QMutexLocker lock(&m_mutex);
            const qint64 now = std::max(m_clock(), reachedMs);
            const Identity &id = identityLocked(identity);
            if (id.state == StateCheckpoint)
                return ScrapeFailure{FailureClass::Checkpoint, id.message, 0, std::nullopt};
            if (id.state != StateOk && id.resumeAtMs && *id.resumeAtMs > now) {
                wait = *id.resumeAtMs - now;
                reason = id.state;
                refusal.message = id.message;
                refusal.cls = id.state == StateSoftBlock   ? FailureClass::SoftBlock
                              : id.state == StateLoginWall ? FailureClass::LoginWall
                                                           : FailureClass::RateLimited;
            } else if (const qint64 budgetWait = budgetWaitLocked(id, queryType, now); budgetWait > 0) {
                wait = budgetWait;
                reason = u"budget"_s;
                refusal.cls = FailureClass::RateLimited;
                refusal.message =
                    QCoreApplication::translate("reelpulse::RateGovernor",
                                                "The request budget for %1 is used up; reading continues at %2.")
                        .arg(hostOf(identity), clockTime(now + budgetWait));
            }
            if (wait <= 0)
                return std::nullopt;
            if (wait > m_config.maxInlineWaitMs) {
                refusal.retryAfterSeconds = secondsCeil(wait);
                return refusal;
            }
            reachedMs = now + wait;
        }
        if (!sleep(identity, queryType, wait, reason, cancel))
            return abortedFailure();
    }
    return std::nullopt;
}

void RateGovernor::applySuccess(const QString &identity)
{
    {
        const QMutexLocker lock(&m_mutex);
        Identity &id = identityLocked(identity);
        if (id.state == StateOk && id.backoffLevel == 0)
            return;
        if (id.state == StateCheckpoint)
            return;
        setStateLocked(id, StateOk, std::nullopt, {});
        id.backoffLevel = 0;
        if (m_store)
            m_store->removeState(identity);
    }
    emit stateChanged(identity);
}

void RateGovernor::applyFailure(const QString &identity, const ScrapeFailure &failure)
{
    {
        const QMutexLocker lock(&m_mutex);
        Identity &id = identityLocked(identity);
        const qint64 now = m_clock();
        const QString host = hostOf(identity);
        switch (failure.cls) {
        case FailureClass::RateLimited: {
            const qint64 wait = std::max(m_config.rateLimitMinWaitMs,
                                         static_cast<qint64>(failure.retryAfterSeconds.value_or(0)) * 1000);
            setStateLocked(id, StateRateLimited, now + wait,
                           QCoreApplication::translate("reelpulse::RateGovernor",
                                                       "%1 limits the request rate; reading resumes at %2.")
                               .arg(host, clockTime(now + wait)));
            break;
        }
        case FailureClass::SoftBlock: {
            id.backoffLevel = std::min(id.backoffLevel + 1, 30);
            qint64 pause = m_config.softBlockBaseMs;
            for (int level = 1; level < id.backoffLevel && pause < m_config.softBlockMaxMs; ++level)
                pause *= 2;
            pause = std::min(pause, m_config.softBlockMaxMs);
            setStateLocked(id, StateSoftBlock, now + pause,
                           QCoreApplication::translate("reelpulse::RateGovernor",
                                                       "%1 asked to wait a few minutes; reading resumes at %2.")
                               .arg(host, clockTime(now + pause)));
            break;
        }
        case FailureClass::LoginWall:
            setStateLocked(id, StateLoginWall, now + m_config.loginWallCooldownMs,
                           QCoreApplication::translate(
                               "reelpulse::RateGovernor",
                               "%1 asks to sign in. Sign in to Instagram in ReelPulse; reading without a session "
                               "resumes at %2.")
                               .arg(host, clockTime(now + m_config.loginWallCooldownMs)));
            break;
        case FailureClass::Checkpoint:
            setStateLocked(id, StateCheckpoint, std::nullopt,
                           QCoreApplication::translate(
                               "reelpulse::RateGovernor",
                               "%1 asks for a security check. Open Instagram in your browser, complete the check, "
                               "then resume reading in ReelPulse. Nothing is read for this account until then.")
                               .arg(host));
            break;
        case FailureClass::EndpointBroken:
        case FailureClass::NotFound:
        case FailureClass::Private:
        case FailureClass::Network:
        case FailureClass::Malformed:
            return;
        }
        qCWarning(lcNet).noquote() << identity << "→" << id.state << "after" << failureClassName(failure.cls) << "(HTTP"
                                   << failure.httpStatus << ")";
        if (m_store)
            m_store->saveState({identity, id.state, id.resumeAtMs, id.backoffLevel, id.message});
    }
    emit stateChanged(identity);
}

std::optional<ScrapeFailure> RateGovernor::run(const QString &identity, const QString &queryType,
                                               const Request &request, const CancelFlag *cancel)
{
    std::shared_ptr<Identity> id;
    {
        const QMutexLocker lock(&m_mutex);
        identityLocked(identity);
        id = m_identities.value(identity);
    }
    // The serial queue: one request per identity at a time, cancellable while waiting for the turn.
    while (!id->queue.tryLock(100)) {
        if (cancel && cancel->isCancelled())
            return abortedFailure();
    }
    const std::unique_lock<QMutex> turn(id->queue, std::adopt_lock);

    int rateLimitRetries = 0;
    int networkRetries = 0;
    for (;;) {
        if (auto refusal = waitUntilAllowed(identity, queryType, cancel))
            return refusal;
        qint64 jitter = 0;
        {
            const QMutexLocker lock(&m_mutex);
            if (m_config.jitterMaxMs > 0)
                jitter = m_config.jitterMinMs + QRandomGenerator::global()->bounded(
                                                    std::max<qint64>(1, m_config.jitterMaxMs - m_config.jitterMinMs));
        }
        if (jitter > 0 && !sleep(identity, queryType, jitter, u"jitter"_s, cancel))
            return abortedFailure();
        if (cancel && cancel->isCancelled())
            return abortedFailure();
        {
            const QMutexLocker lock(&m_mutex);
            const qint64 now = m_clock();
            std::deque<qint64> &log = id->log[queryType];
            log.insert(std::upper_bound(log.begin(), log.end(), now), now);
            const qint64 keepAfter = now - m_config.logRetentionMs;
            while (!log.empty() && log.front() < keepAfter)
                log.pop_front();
            if (m_store) {
                m_store->appendRequest({identity, queryType, now});
                if (++m_appendsSincePrune >= PruneEvery) {
                    m_appendsSincePrune = 0;
                    m_store->pruneBefore(keepAfter);
                }
            }
        }

        const std::optional<ScrapeFailure> failure = request();
        if (!failure) {
            applySuccess(identity);
            return std::nullopt;
        }
        applyFailure(identity, *failure);
        if (cancel && cancel->isCancelled())
            return failure;
        if (failure->cls == FailureClass::RateLimited && rateLimitRetries < config().rateLimitRetries) {
            ++rateLimitRetries;
            continue;
        }
        if (failure->cls == FailureClass::Network) {
            const QList<qint64> delays = config().networkRetryDelaysMs;
            if (networkRetries < delays.size()) {
                if (!sleep(identity, queryType, delays.at(networkRetries++), u"network"_s, cancel))
                    return failure;
                continue;
            }
        }
        return failure;
    }
}

} // namespace reelpulse
