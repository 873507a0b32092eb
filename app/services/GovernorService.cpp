#include "services/GovernorService.h"

#include "net/RateGovernor.h"
#include "platform/EndpointProfile.h"
#include "platform/Settings.h"

#include <QTimeZone>
#include <QUrl>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

/// "host[:port]" as the governor names identities (see StrategyRunner::identity()).
QString identityHost(const QString &baseUrl)
{
    const QUrl url(baseUrl);
    QString host = url.host().toLower();
    if (url.port() != -1)
        host += u':' + QString::number(url.port());
    return host;
}

bool isPause(const QString &state)
{
    return state == u"rate_limited" || state == u"soft_block" || state == u"login_wall" || state == u"checkpoint";
}

} // namespace

GovernorService::GovernorService(QString dataDir, std::shared_ptr<RateGovernor> governor)
    : m_dataDir(std::move(dataDir))
    , m_governor(std::move(governor))
{
}

GovernorService::~GovernorService() = default;

Result<RateGovernor *> GovernorService::governor()
{
    if (!m_governor) {
        auto opened = RateGovernor::open(m_dataDir);
        if (!opened.ok())
            return opened.error();
        m_governor = opened.value();
    }
    return m_governor.get();
}

QStringList GovernorService::platformsOf(const QString &identity, const QString &dataDir)
{
    const QString host = identity.section(u'#', 0, 0).toLower();
    const QString bareHost = host.section(u':', 0, 0);
    const Settings settings(dataDir);
    const struct
    {
        Platform platform;
        QString domain;
        QString configured;
    } platforms[] = {{Platform::Instagram, u"instagram.com"_s, settings.instagramUrl()},
                     {Platform::TikTok, u"tiktok.com"_s, settings.tiktokUrl()}};
    QStringList names;
    for (const auto &p : platforms) {
        EndpointProfile profile = EndpointProfile::load(p.platform, dataDir);
        if (!p.configured.isEmpty())
            profile.setConfiguredBaseUrl(p.configured);
        const bool own = bareHost == p.domain || bareHost.endsWith(u'.' + p.domain);
        if (own || host == identityHost(profile.baseUrl()))
            names << platformName(p.platform);
    }
    return names;
}

Result<QList<GovernorIdentityStatus>> GovernorService::status()
{
    auto opened = governor();
    if (!opened.ok())
        return opened.error();
    RateGovernor &rate = *opened.value();
    const QHash<QString, GovernorState> states = rate.states();
    QStringList identities = states.keys();
    identities.sort();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(rate.nowMs(), QTimeZone::utc());
    QList<GovernorIdentityStatus> list;
    for (const QString &identity : std::as_const(identities)) {
        const GovernorState &state = states[identity];
        GovernorIdentityStatus s;
        s.identity = identity;
        s.host = identity.section(u'#', 0, 0);
        s.session = identity.section(u'#', 1);
        s.platforms = platformsOf(identity, m_dataDir);
        s.state = state.name;
        s.until = state.resumeAt;
        s.message = state.message;
        s.summary = state.summary(now);
        s.backoffLevel = state.backoffLevel;
        s.needsSession = state.needsSession;
        for (const BudgetUse &use : rate.budgetUse(identity)) {
            GovernorWindow window;
            window.name = use.name;
            window.group = use.group;
            window.used = use.used;
            window.limit = use.limit;
            window.windowSeconds = use.windowMs / 1000;
            if (use.freeAtMs)
                window.freeAt = QDateTime::fromMSecsSinceEpoch(*use.freeAtMs, QTimeZone::utc());
            s.windows.append(window);
        }
        list.append(s);
    }
    return list;
}

Result<QList<GovernorResumed>> GovernorService::resume(std::optional<Platform> platform)
{
    auto opened = governor();
    if (!opened.ok())
        return opened.error();
    RateGovernor &rate = *opened.value();
    const QHash<QString, GovernorState> states = rate.states();
    QStringList identities = states.keys();
    identities.sort();
    QList<GovernorResumed> resumed;
    for (const QString &identity : std::as_const(identities)) {
        const GovernorState &state = states[identity];
        if (!isPause(state.name))
            continue;
        const QStringList platforms = platformsOf(identity, m_dataDir);
        if (platform && !platforms.contains(platformName(*platform)))
            continue;
        rate.resetState(identity);
        resumed.append({identity, platforms, state.name, state.message});
    }
    return resumed;
}

} // namespace reelpulse
