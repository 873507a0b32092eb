#pragma once

#include "net/HttpFetcher.h"
#include "net/StrategyRunner.h"
#include "platform/InstagramSession.h"
#include "platform/PlatformSources.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace reelpulse {

class RateGovernor;

/// Reads Instagram through the strategies of the Instagram endpoint profile (resources/endpoints/
/// instagram.json, or a newer copy in the data folder), each request paced by the rate governor.
///
/// Sends the profile's headers (x-ig-app-id, …) and, with a session, its cookies and X-CSRFToken;
/// without one it reads the anonymous endpoints only. Base URL: EndpointProfile::baseUrl()
/// (REELPULSE_INSTAGRAM_URL wins over Options::baseUrl, which wins over the profile's).
///
/// The session goes only where SessionScope::instagram(Options::sessionHosts) allows: https on
/// instagram.com or an approved host. With a base URL elsewhere (a proxy, a test server, plain http) the
/// client reads anonymously, as the anonymous governor identity, logs a warning once, and says why in
/// sessionWithheldReason() for the caller to show.
///
/// Create and use it in one worker thread; abort() from any thread.
class InstagramClient final : public InstagramSource
{
public:
    struct Options
    {
        QString dataDir;         ///< where an endpoint-profile override may live (empty: built-in only)
        SessionProvider session; ///< the session to read with at each call (empty or nullopt: anonymous)
        FetcherOptions fetcher;
        QString baseUrl;          ///< replaces the profile's base URL when not empty (setting instagram.url)
        QStringList sessionHosts; ///< hosts besides Instagram's own that may get the session (net.session_hosts)
    };

    InstagramClient(std::shared_ptr<RateGovernor> governor, Options options);
    /// With an explicit endpoint profile (tests, or a profile the caller already loaded).
    InstagramClient(EndpointProfile profile, std::shared_ptr<RateGovernor> governor, Options options);
    ~InstagramClient() override;
    Q_DISABLE_COPY_MOVE(InstagramClient)

    Fetched<ProfileInfo> profile(const QString &username) override;
    Fetched<MediaPage> profilePosts(const QString &userId, const QString &username, const QString &cursor) override;
    Fetched<MediaItem> post(const QString &shortcode) override;
    Fetched<CommentPage> comments(const QString &shortcode, const QString &mediaId, const QString &cursor) override;
    Fetched<QList<MediaItem>> stories(const QString &userId) override;
    void abort() override;

    /// The governor identity the next call uses (depends on the current session and where it may go).
    QString identity() const;
    /// Why the last call (or identity()) read without the session it had; empty when it used the session
    /// or had none. See SessionScope.
    QString sessionWithheldReason() const override;
    /// Why a session would not be sent to baseUrl with these approved hosts; empty when it would.
    static QString sessionRefusal(const QUrl &baseUrl, const QStringList &sessionHosts);
    const EndpointProfile &endpointProfile() const { return m_runner.profile(); }
    void setTimeoutMs(int ms) { m_runner.fetcher().setTimeoutMs(ms); }

private:
    StrategyRunner::Context context(QVariantHash vars) const;

    Options m_options;
    StrategyRunner m_runner;
    mutable QString m_sessionWithheld; ///< touched only in the client's thread
    mutable QString m_warnedAbout;     ///< the reason last logged, so that it is logged once
    QHash<QString, QString> m_userIds; ///< username → user id, learnt from profile reads
};

} // namespace reelpulse
