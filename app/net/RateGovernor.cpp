#include "net/RateGovernor.h"

#include "net/BudgetWindows.h"
#include "net/CancelFlag.h"
#include "net/GovernorLedger.h"
#include "net/NetLog.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cstdlib>
#include <limits>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

using budget::budgetWait;
using budget::groupTimes;
using budget::timesByQueryType;
using budget::waitFor;

namespace {

const QString StateOk = u"ok"_s;
const QString StateThrottled = u"throttled"_s;
const QString StateRateLimited = u"rate_limited"_s;
const QString StateSoftBlock = u"soft_block"_s;
const QString StateLoginWall = u"login_wall"_s;
const QString StateCheckpoint = u"checkpoint"_s;
constexpr int MaxRememberedWaits = 200;
constexpr int PruneEvery = 500;
constexpr int MaxReserveRounds = 16;
constexpr qint64 SettingsRereadMs = 2000;
constexpr qint64 NoRequests = std::numeric_limits<qint64>::max(); ///< a snapshot without the request log

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

ScrapeFailure storeFailure(const Error &error)
{
    return {FailureClass::Network,
            QCoreApplication::translate(
                "reelpulse::RateGovernor",
                "The request was not made: %1 ReelPulse reads the shared request log before every request.")
                .arg(error.message),
            0, std::nullopt};
}

int secondsCeil(qint64 ms)
{
    return static_cast<int>(std::min<qint64>((ms + 999) / 1000, std::numeric_limits<int>::max()));
}

bool isPause(const QString &state)
{
    return state == StateRateLimited || state == StateSoftBlock || state == StateLoginWall;
}

FailureClass failureClassOf(const QString &state)
{
    if (state == StateCheckpoint)
        return FailureClass::Checkpoint;
    if (state == StateSoftBlock)
        return FailureClass::SoftBlock;
    if (state == StateLoginWall)
        return FailureClass::LoginWall;
    return FailureClass::RateLimited;
}

} // namespace

/// What the shared state says about one more request of an identity now.
struct RateGovernor::Decision
{
    bool stopped = false; ///< a checkpoint: refused until resumed
    qint64 waitMs = 0;    ///< 0: the request may go now
    QString reason;       ///< the state that imposes the wait, or "budget"
    ScrapeFailure refusal;

    bool allowed() const { return !stopped && waitMs <= 0; }
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
    , m_ledger(std::make_unique<GovernorLedger>())
{
}

RateGovernor::~RateGovernor() = default;

Result<std::shared_ptr<RateGovernor>> RateGovernor::open(const QString &dataDir)
{
    auto governor = open(dataDir, GovernorConfig::fromSettings(Settings(dataDir)));
    if (governor.ok()) {
        governor.value()->m_settingsDir = dataDir;
        governor.value()->m_settingsReadMs = QDateTime::currentMSecsSinceEpoch();
    }
    return governor;
}

Result<std::shared_ptr<RateGovernor>> RateGovernor::open(const QString &dataDir, GovernorConfig config)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto ledger = GovernorLedger::open(dataDir, now - config.logRetentionMs);
    if (!ledger.ok())
        return ledger.error();
    auto governor = std::make_shared<RateGovernor>(std::move(config));
    governor->m_ledger = std::move(ledger).value();
    return governor;
}

QString RateGovernor::identityFor(const QString &host, const QString &sessionKey)
{
    return host.toLower() + u'#' + (sessionKey.isEmpty() ? u"anonymous"_s : sessionKey);
}

void RateGovernor::setConfig(const GovernorConfig &config)
{
    const QMutexLocker lock(&m_mutex);
    m_config = config;
    m_settingsDir.clear();
}

GovernorConfig RateGovernor::config() const
{
    return currentConfig();
}

GovernorConfig RateGovernor::currentConfig() const
{
    QString settingsDir;
    {
        const QMutexLocker lock(&m_mutex);
        const qint64 monotonicNow = QDateTime::currentMSecsSinceEpoch();
        if (m_settingsDir.isEmpty() || std::llabs(monotonicNow - m_settingsReadMs) < SettingsRereadMs)
            return m_config;
        m_settingsReadMs = monotonicNow;
        settingsDir = m_settingsDir;
    }
    // A value changed by another process (`reelpulse-cli config set governor.…`) applies from here on.
    // Settings are not shared between threads: read them through an instance of this thread.
    const GovernorConfig fresh = GovernorConfig::fromSettings(Settings(settingsDir));
    const QMutexLocker lock(&m_mutex);
    if (!m_settingsDir.isEmpty())
        m_config = fresh;
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

bool RateGovernor::isPersistent() const
{
    return m_ledger->isPersistent();
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
    m_ledger->flush();
}

RateGovernor::Decision RateGovernor::decide(const GovernorSnapshot &snapshot, const QString &identity,
                                            const QString &queryType, qint64 now, const GovernorConfig &config) const
{
    Decision decision;
    if (snapshot.state && snapshot.state->state == StateCheckpoint) {
        decision.stopped = true;
        decision.reason = StateCheckpoint;
        decision.refusal = {FailureClass::Checkpoint, snapshot.state->message, 0, std::nullopt};
        return decision;
    }
    if (snapshot.state && isPause(snapshot.state->state) && snapshot.state->resumeAtMs &&
        *snapshot.state->resumeAtMs > now) {
        decision.waitMs = *snapshot.state->resumeAtMs - now;
        decision.reason = snapshot.state->state;
        decision.refusal = {failureClassOf(snapshot.state->state), snapshot.state->message, 0,
                            secondsCeil(decision.waitMs)};
        return decision;
    }
    if (const qint64 wait = budgetWait(timesByQueryType(snapshot.requests), queryType, now, config); wait > 0) {
        decision.waitMs = wait;
        decision.reason = u"budget"_s;
        decision.refusal = {
            FailureClass::RateLimited,
            QCoreApplication::translate("reelpulse::RateGovernor",
                                        "The request budget for %1 is used up; reading continues at %2.")
                .arg(hostOf(identity), clockTime(now + wait)),
            0, secondsCeil(wait)};
    }
    return decision;
}

GovernorState RateGovernor::stateOf(const GovernorSnapshot &snapshot, qint64 now, const GovernorConfig &config) const
{
    GovernorState state;
    if (snapshot.state) {
        const StoredGovernorState &stored = *snapshot.state;
        state.backoffLevel = stored.backoffLevel;
        if (stored.state == StateCheckpoint) {
            state.name = StateCheckpoint;
            state.message = stored.message;
            return state;
        }
        if (isPause(stored.state) && stored.resumeAtMs && *stored.resumeAtMs > now) {
            state.name = stored.state;
            state.resumeAt = QDateTime::fromMSecsSinceEpoch(*stored.resumeAtMs, QTimeZone::utc());
            state.message = stored.message;
            state.needsSession = stored.state == StateLoginWall;
            return state;
        }
    }
    const QHash<QString, QList<qint64>> times = timesByQueryType(snapshot.requests);
    qint64 wait = 0;
    for (auto it = times.constBegin(); it != times.constEnd(); ++it)
        wait = std::max(wait, budgetWait(times, it.key(), now, config));
    if (wait > 0) {
        state.name = StateThrottled;
        state.resumeAt = QDateTime::fromMSecsSinceEpoch(now + wait, QTimeZone::utc());
        state.message =
            QCoreApplication::translate("reelpulse::RateGovernor",
                                        "The request budget of this window is used up; reading continues at %1.")
                .arg(clockTime(now + wait));
    }
    return state;
}

GovernorState RateGovernor::state(const QString &identity) const
{
    const GovernorConfig config = currentConfig();
    const qint64 now = nowMs();
    auto snapshot = m_ledger->snapshot(identity, now - config.longestWindowMs());
    if (!snapshot.ok()) {
        qCWarning(lcNet) << "governor state unavailable:" << snapshot.error().message;
        return {};
    }
    return stateOf(snapshot.value(), now, config);
}

QHash<QString, GovernorState> RateGovernor::states() const
{
    const GovernorConfig config = currentConfig();
    const qint64 now = nowMs();
    QHash<QString, GovernorSnapshot> snapshots;
    auto stored = m_ledger->states();
    auto requests = m_ledger->requests({}, now - config.longestWindowMs());
    if (!stored.ok() || !requests.ok()) {
        qCWarning(lcNet) << "governor states unavailable:"
                         << (stored.ok() ? requests.error().message : stored.error().message);
        return {};
    }
    for (const StoredGovernorState &state : stored.value())
        snapshots[state.identity].state = state;
    for (const LoggedRequest &request : requests.value())
        snapshots[request.identity].requests.append(request);
    QHash<QString, GovernorState> all;
    for (auto it = snapshots.constBegin(); it != snapshots.constEnd(); ++it)
        all.insert(it.key(), stateOf(it.value(), now, config));
    return all;
}

std::optional<GovernorState> RateGovernor::blocked(const QString &identity) const
{
    const GovernorConfig config = currentConfig();
    const qint64 now = nowMs();
    auto snapshot = m_ledger->snapshot(identity, NoRequests);
    if (!snapshot.ok()) {
        qCWarning(lcNet) << "governor state unavailable:" << snapshot.error().message;
        return std::nullopt;
    }
    const GovernorState state = stateOf(snapshot.value(), now, config);
    if (state.isStopped())
        return state;
    if (state.resumeAt && now + config.maxInlineWaitMs < state.resumeAt->toMSecsSinceEpoch())
        return state;
    return std::nullopt;
}

std::optional<QDateTime> RateGovernor::blockedUntil(const QString &identity) const
{
    const std::optional<GovernorState> state = blocked(identity);
    return state ? state->resumeAt : std::nullopt;
}

QList<BudgetUse> RateGovernor::budgetUse(const QString &identity) const
{
    const GovernorConfig config = currentConfig();
    const qint64 now = nowMs();
    auto requests = m_ledger->requests(identity, now - config.longestWindowMs());
    if (!requests.ok()) {
        qCWarning(lcNet) << "request log unavailable:" << requests.error().message;
        return {};
    }
    const QHash<QString, QList<qint64>> times = timesByQueryType(requests.value());
    auto use = [now](const QString &name, bool group, const RateBudget &budget, const QList<qint64> &counted) {
        BudgetUse entry;
        entry.name = name;
        entry.group = group;
        entry.limit = std::max(0, budget.maxRequests);
        entry.windowMs = budget.windowMs;
        const qint64 wait = waitFor(budget, counted, now, &entry.used);
        if (wait > 0)
            entry.freeAtMs = now + wait;
        return entry;
    };
    QList<BudgetUse> uses;
    QStringList types = times.keys();
    types.sort();
    for (const QString &type : std::as_const(types)) {
        BudgetUse entry = use(type, false, config.budgetFor(type), times.value(type));
        if (entry.used > 0)
            uses.append(entry);
    }
    for (const GroupBudget &group : config.groupBudgets) {
        BudgetUse entry = use(group.prefix, true, group.budget, groupTimes(times, group.prefix));
        if (entry.used > 0)
            uses.append(entry);
    }
    return uses;
}

int RateGovernor::requestCount(const QString &identity, const QString &queryType, qint64 sinceMs) const
{
    auto requests = m_ledger->requests(identity, sinceMs);
    if (!requests.ok())
        return 0;
    return static_cast<int>(std::count_if(requests->cbegin(), requests->cend(), [&](const LoggedRequest &r) {
        return queryType.isEmpty() || r.queryType == queryType;
    }));
}

void RateGovernor::clearCheckpoint(const QString &identity)
{
    resetState(identity);
}

void RateGovernor::resetState(const QString &identity)
{
    bool removed = false;
    auto seen = m_ledger->update(identity, NoRequests, [&](const GovernorSnapshot &snapshot) {
        GovernorChange change;
        if (snapshot.state) {
            change.stateChange = GovernorChange::State::Remove;
            removed = true;
        }
        return change;
    });
    if (!seen.ok()) {
        qCWarning(lcNet) << "the pause of" << identity << "could not be cleared:" << seen.error().message;
        return;
    }
    if (!removed)
        return;
    qCInfo(lcNet) << "requests resumed for" << identity;
    emit stateChanged(identity);
}

std::shared_ptr<QMutex> RateGovernor::queueOf(const QString &identity)
{
    const QMutexLocker lock(&m_mutex);
    auto &slot = m_queues[identity];
    if (!slot)
        slot = std::make_shared<QMutex>();
    return slot;
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
    if (ms >= 2000)
        qCInfo(lcNet) << "waiting" << ms << "ms for" << identity << "(" << reason << ")";
    return sleeper(ms, cancel) && !(cancel && cancel->isCancelled());
}

std::optional<ScrapeFailure> RateGovernor::reserve(const QString &identity, const QString &queryType,
                                                   const CancelFlag *cancel, bool *hadState)
{
    // After a wait the governor considers its end reached even if the clock disagrees (a sleeper that
    // returns early must not make it spin).
    qint64 reachedMs = 0;
    // The jitter comes before the reservation, so that the logged time is the request's. Without jitter
    // the first step is the reservation itself; with it, a read first spares the jitter of a refusal.
    bool jittered = currentConfig().jitterMaxMs <= 0;
    std::optional<ScrapeFailure> lastRefusal;
    for (int round = 0; round < MaxReserveRounds; ++round) {
        if (cancel && cancel->isCancelled())
            return abortedFailure();
        const GovernorConfig config = currentConfig();
        const qint64 now = std::max(nowMs(), reachedMs);
        const qint64 since = now - config.longestWindowMs();
        Decision decision;
        if (jittered) {
            auto seen = m_ledger->update(identity, since, [&](const GovernorSnapshot &snapshot) {
                decision = decide(snapshot, identity, queryType, now, config);
                GovernorChange change;
                if (decision.allowed())
                    change.append = LoggedRequest{identity, queryType, now};
                return change;
            });
            if (!seen.ok())
                return storeFailure(seen.error());
            if (decision.allowed()) {
                *hadState = seen->state.has_value();
                if (m_appendsSincePrune.fetch_add(1) + 1 >= PruneEvery) {
                    m_appendsSincePrune = 0;
                    m_ledger->pruneBefore(now - config.logRetentionMs);
                }
                return std::nullopt;
            }
        } else {
            auto seen = m_ledger->snapshot(identity, since);
            if (!seen.ok())
                return storeFailure(seen.error());
            decision = decide(seen.value(), identity, queryType, now, config);
        }

        if (!decision.allowed()) {
            // Another process may have taken the budget or paused the identity since the last look.
            if (decision.stopped || decision.waitMs > config.maxInlineWaitMs)
                return decision.refusal;
            lastRefusal = decision.refusal;
            if (!sleep(identity, queryType, decision.waitMs, decision.reason, cancel))
                return abortedFailure();
            reachedMs = now + decision.waitMs;
            continue;
        }
        const qint64 low = std::min(config.jitterMinMs, config.jitterMaxMs);
        const qint64 high = std::min(config.jitterMaxMs, config.maxInlineWaitMs);
        const qint64 jitter =
            high <= 0 ? 0 : low + QRandomGenerator::global()->bounded(std::max<qint64>(1, high - low));
        if (jitter > 0 && !sleep(identity, queryType, jitter, u"jitter"_s, cancel))
            return abortedFailure();
        reachedMs = now + jitter;
        jittered = true;
    }
    // Other processes kept taking the freed slots: report the wait instead of spinning on.
    return lastRefusal.value_or(
        ScrapeFailure{FailureClass::RateLimited,
                      QCoreApplication::translate("reelpulse::RateGovernor", "The request budget for %1 is used up.")
                          .arg(hostOf(identity)),
                      0, secondsCeil(currentConfig().maxInlineWaitMs)});
}

void RateGovernor::applySuccess(const QString &identity)
{
    // A pause that has run out (and its backoff level) ends with the first success; a pause another
    // process recorded while this request was under way stays.
    const qint64 now = nowMs();
    bool removed = false;
    auto seen = m_ledger->update(identity, NoRequests, [&](const GovernorSnapshot &snapshot) {
        GovernorChange change;
        if (snapshot.state && snapshot.state->state != StateCheckpoint &&
            (!snapshot.state->resumeAtMs || *snapshot.state->resumeAtMs <= now)) {
            change.stateChange = GovernorChange::State::Remove;
            removed = true;
        }
        return change;
    });
    if (!seen.ok())
        qCWarning(lcNet) << "the state of" << identity << "could not be updated:" << seen.error().message;
    if (seen.ok() && removed)
        emit stateChanged(identity);
}

qint64 RateGovernor::applyFailure(const QString &identity, const ScrapeFailure &failure)
{
    switch (failure.cls) {
    case FailureClass::RateLimited:
    case FailureClass::SoftBlock:
    case FailureClass::LoginWall:
    case FailureClass::Checkpoint:
        break;
    case FailureClass::EndpointBroken:
    case FailureClass::NotFound:
    case FailureClass::Private:
    case FailureClass::Network:
    case FailureClass::Malformed:
        return 0;
    }
    const GovernorConfig config = currentConfig();
    const qint64 now = nowMs();
    const QString host = hostOf(identity);
    qint64 pauseMs = 0;
    QString newState;
    auto seen = m_ledger->update(identity, NoRequests, [&](const GovernorSnapshot &snapshot) {
        const StoredGovernorState current = snapshot.state.value_or(StoredGovernorState{identity, StateOk, {}, 0, {}});
        GovernorChange change;
        if (current.state == StateCheckpoint) {
            newState = StateCheckpoint; // only a person ends a checkpoint
            return change;
        }
        StoredGovernorState next = current;
        switch (failure.cls) {
        case FailureClass::RateLimited:
            next.state = StateRateLimited;
            pauseMs = std::max(config.rateLimitMinWaitMs, qint64(failure.retryAfterSeconds.value_or(0)) * 1000);
            break;
        case FailureClass::SoftBlock: {
            next.state = StateSoftBlock;
            next.backoffLevel = std::min(current.backoffLevel + 1, 30);
            pauseMs = config.softBlockBaseMs;
            for (int level = 1; level < next.backoffLevel && pauseMs < config.softBlockMaxMs; ++level)
                pauseMs *= 2;
            pauseMs = std::min(pauseMs, config.softBlockMaxMs);
            break;
        }
        case FailureClass::LoginWall:
            next.state = StateLoginWall;
            pauseMs = config.loginWallCooldownMs;
            break;
        default:
            next.state = StateCheckpoint;
            break;
        }
        // A pause in force (maybe recorded by another process) is never shortened.
        if (next.state != StateCheckpoint && isPause(current.state) && current.resumeAtMs)
            pauseMs = std::max(pauseMs, *current.resumeAtMs - now);
        if (next.state == StateCheckpoint) {
            next.resumeAtMs.reset();
            next.message = QCoreApplication::translate(
                               "reelpulse::RateGovernor",
                               "%1 asks for a security check. Open Instagram in your browser, complete the check, "
                               "then resume reading (in ReelPulse, or 'reelpulse-cli governor resume'). Nothing is "
                               "read for this account until then.")
                               .arg(host);
        } else {
            next.resumeAtMs = now + pauseMs;
            const QString until = clockTime(now + pauseMs);
            if (next.state == StateRateLimited)
                next.message = QCoreApplication::translate("reelpulse::RateGovernor",
                                                           "%1 limits the request rate; reading resumes at %2.")
                                   .arg(host, until);
            else if (next.state == StateSoftBlock)
                next.message = QCoreApplication::translate("reelpulse::RateGovernor",
                                                           "%1 asked to wait a few minutes; reading resumes at %2.")
                                   .arg(host, until);
            else
                next.message = QCoreApplication::translate(
                                   "reelpulse::RateGovernor",
                                   "%1 asks to sign in. Sign in to Instagram in ReelPulse; reading without a "
                                   "session resumes at %2.")
                                   .arg(host, until);
        }
        newState = next.state;
        change.stateChange = GovernorChange::State::Save;
        change.state = next;
        return change;
    });
    if (!seen.ok()) {
        qCWarning(lcNet) << "the pause of" << identity << "could not be saved:" << seen.error().message;
        return pauseMs;
    }
    qCWarning(lcNet).noquote() << identity << "→" << newState << "after" << failureClassName(failure.cls) << "(HTTP"
                               << failure.httpStatus << ")";
    emit stateChanged(identity);
    return newState == StateCheckpoint ? 0 : pauseMs;
}

std::optional<ScrapeFailure> RateGovernor::run(const QString &identity, const QString &queryType,
                                               const Request &request, const CancelFlag *cancel)
{
    const std::shared_ptr<QMutex> queue = queueOf(identity);
    // The serial queue: one request per identity at a time, cancellable while waiting for the turn.
    while (!queue->tryLock(100)) {
        if (cancel && cancel->isCancelled())
            return abortedFailure();
    }
    const std::unique_lock<QMutex> turn(*queue, std::adopt_lock);

    int rateLimitRetries = 0;
    int networkRetries = 0;
    for (;;) {
        bool hadState = false;
        if (auto refusal = reserve(identity, queryType, cancel, &hadState))
            return refusal;

        std::optional<ScrapeFailure> failure = request();
        if (!failure) {
            if (hadState)
                applySuccess(identity);
            return std::nullopt;
        }
        const qint64 pauseMs = applyFailure(identity, *failure);
        if (cancel && cancel->isCancelled())
            return failure;
        const GovernorConfig config = currentConfig();
        switch (failure->cls) {
        case FailureClass::RateLimited:
            if (pauseMs <= config.maxInlineWaitMs && rateLimitRetries < config.rateLimitRetries) {
                ++rateLimitRetries;
                continue; // reserve() sleeps the short pause
            }
            failure->retryAfterSeconds = secondsCeil(pauseMs);
            return failure;
        case FailureClass::SoftBlock:
        case FailureClass::LoginWall:
            failure->retryAfterSeconds = secondsCeil(pauseMs);
            return failure;
        case FailureClass::Network:
            if (networkRetries < config.networkRetryDelaysMs.size() &&
                config.networkRetryDelaysMs.at(networkRetries) <= config.maxInlineWaitMs) {
                if (!sleep(identity, queryType, config.networkRetryDelaysMs.at(networkRetries++), u"network"_s, cancel))
                    return failure;
                continue;
            }
            return failure;
        case FailureClass::Checkpoint:
        case FailureClass::EndpointBroken:
        case FailureClass::NotFound:
        case FailureClass::Private:
        case FailureClass::Malformed:
            return failure;
        }
        return failure;
    }
}

} // namespace reelpulse
