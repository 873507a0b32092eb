#pragma once

#include "FakePlatformServer.h"
#include "NetTestSupport.h"

#include "instagram/InstagramClient.h"
#include "platform/EndpointProfile.h"
#include "platform/InstagramSession.h"
#include "tiktok/TikTokClient.h"

#include <memory>
#include <optional>

namespace reelpulse::test {

/// A signed-in session with recognisable values (tests look for them in requests and logs).
inline InstagramSession testSession()
{
    InstagramSession session;
    session.sessionId = QStringLiteral("8912345678%3AabcDEFsecretSESSION%3A27");
    session.csrfToken = QStringLiteral("csrfSECRETtoken0123456789abcdef");
    session.dsUserId = QStringLiteral("8912345678");
    session.mid = QStringLiteral("ZxYwVuTsRq");
    session.igDid = QStringLiteral("6D1F2E3A-0000-4B5C-8D9E-0123456789AB");
    return session;
}

/// "ok" or the failure class name of a read, for readable comparisons.
template <typename T> QString outcome(const Fetched<T> &fetched)
{
    return fetched.ok() ? QStringLiteral("ok") : failureClassName(fetched.failure().cls);
}

inline QString outcome(FailureClass cls)
{
    return failureClassName(cls);
}

/// A client of the fake server. The session reaches it only over https (startTls()) and with the
/// server's host approved in sessionHosts, as SessionScope rules.
inline std::unique_ptr<InstagramClient> makeInstagramClient(const FakePlatformServer &server,
                                                            std::shared_ptr<RateGovernor> governor,
                                                            std::optional<InstagramSession> session = std::nullopt,
                                                            int timeoutMs = 5000, QStringList sessionHosts = {})
{
    EndpointProfile profile = EndpointProfile::load(Platform::Instagram, {});
    profile.setConfiguredBaseUrl(server.baseUrl());
    InstagramClient::Options options;
    options.session = [session] {
        return session;
    };
    options.fetcher.timeoutMs = timeoutMs;
    options.sessionHosts = std::move(sessionHosts);
    return std::make_unique<InstagramClient>(profile, std::move(governor), options);
}

inline std::unique_ptr<TikTokClient> makeTikTokClient(const FakePlatformServer &server,
                                                      std::shared_ptr<RateGovernor> governor, int timeoutMs = 5000)
{
    EndpointProfile profile = EndpointProfile::load(Platform::TikTok, {});
    profile.setConfiguredBaseUrl(server.baseUrl());
    TikTokClient::Options options;
    options.fetcher.timeoutMs = timeoutMs;
    return std::make_unique<TikTokClient>(profile, std::move(governor), options);
}

} // namespace reelpulse::test
