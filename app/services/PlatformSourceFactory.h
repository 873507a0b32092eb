#pragma once

#include "auth/SessionManager.h"
#include "services/ScrapeSources.h"

#include <QString>
#include <memory>

namespace reelpulse {

class RateGovernor;

/// The readers that talk to Instagram and TikTok (or to the servers named by REELPULSE_INSTAGRAM_URL /
/// REELPULSE_TIKTOK_URL), all paced by one rate governor whose request log lives in the store of dataDir.
///
/// The returned factory may be called in any thread (each call makes readers for the calling thread);
/// every reader it makes shares `governor` (opened on dataDir when null, so the CLI and the GUI keep
/// one request budget). Instagram is read with the session `session` gives at each request (anonymous
/// when it is empty or gives none, or when the base URL is not one the session may go to).
/// The settings of dataDir apply: governor.* (a governor opened here), net.max_body_mib,
/// net.session_hosts, instagram.url and tiktok.url (read when the readers are made).
SourceFactory platformSourceFactory(const QString &dataDir, std::shared_ptr<RateGovernor> governor = {},
                                    SessionProvider session = {});

} // namespace reelpulse
