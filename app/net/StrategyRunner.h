#pragma once

#include "net/CancelFlag.h"
#include "net/HttpFetcher.h"
#include "net/SessionScope.h"
#include "platform/EndpointProfile.h"
#include "platform/FailureClass.h"
#include "platform/HttpAnswer.h"

#include <QVariantHash>
#include <functional>
#include <memory>
#include <optional>

namespace reelpulse {

class RateGovernor;

/// Performs one platform operation by walking the strategies of its endpoint profile in order: builds each
/// request (URL, body and headers from the profile, the session's Cookie header), sends it through the
/// rate governor and the fetcher, classifies the answer and hands it to the parser. An EndpointBroken,
/// Malformed or NotFound answer moves on to the next strategy; any other failure ends the operation. When
/// every strategy failed, the last EndpointBroken/Malformed is reported, NotFound only when all said so.
///
/// Used by InstagramClient and TikTokClient from one worker thread; abort() may be called from any thread.
class StrategyRunner final
{
public:
    /// What the operation knows: template variables and the session to send.
    struct Context
    {
        QVariantHash vars;
        bool haveSession = false;
        QString sessionKey;      ///< identity key of the session (empty: anonymous)
        QByteArray cookieHeader; ///< sent as Cookie when not empty; never logged
        /// When set, a request whose URL it refuses gets neither the Cookie nor an X-CSRFToken header.
        std::optional<SessionScope> sessionScope;
        QString sessionRequiredMessage; ///< the failure message when only session strategies could run
    };
    /// Judges an answer; std::nullopt when it can be parsed.
    using Classify = std::function<std::optional<ScrapeFailure>(const EndpointStrategy &, const HttpAnswer &)>;
    /// Reads a classified-good body (keeping the value); std::nullopt on success.
    using Parse = std::function<std::optional<ScrapeFailure>(const EndpointStrategy &, const QByteArray &body)>;

    StrategyRunner(EndpointProfile profile, std::shared_ptr<RateGovernor> governor, FetcherOptions options);
    Q_DISABLE_COPY_MOVE(StrategyRunner)

    /// std::nullopt when a strategy succeeded (its value kept by parse), else the failure to report.
    std::optional<ScrapeFailure> run(const QString &operation, const Context &context, const Classify &classify,
                                     const Parse &parse);

    /// Makes the operation in flight return a Network failure promptly. Thread-safe.
    void abort();

    /// The governor identity of a context: the base URL's host (and port) and the session key.
    QString identity(const Context &context) const;
    /// The rate-budget query type of a strategy: "graphql:<doc_id|query_hash>" for GraphQL, else its name.
    static QString queryType(const EndpointStrategy &strategy);

    const EndpointProfile &profile() const { return m_profile; }
    HttpFetcher &fetcher() { return m_fetcher; }
    const std::shared_ptr<RateGovernor> &governor() const { return m_governor; }

private:
    HttpRequest buildRequest(const EndpointStrategy &strategy, const Context &context) const;
    std::optional<ScrapeFailure> attempt(const EndpointStrategy &strategy, const Context &context,
                                         const Classify &classify, const Parse &parse);

    EndpointProfile m_profile;
    std::shared_ptr<RateGovernor> m_governor;
    HttpFetcher m_fetcher;
    CancelFlag m_cancel;
};

} // namespace reelpulse
