#include "net/StrategyRunner.h"

#include "net/NetLog.h"
#include "net/RateGovernor.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

bool movesOn(FailureClass cls)
{
    return cls == FailureClass::EndpointBroken || cls == FailureClass::Malformed || cls == FailureClass::NotFound;
}

} // namespace

StrategyRunner::StrategyRunner(EndpointProfile profile, std::shared_ptr<RateGovernor> governor, FetcherOptions options)
    : m_profile(std::move(profile))
    , m_governor(std::move(governor))
    , m_fetcher(std::move(options))
{
}

void StrategyRunner::abort()
{
    m_cancel.cancel();
    m_fetcher.abort();
}

QString StrategyRunner::identity(const Context &context) const
{
    const QUrl base(m_profile.baseUrl());
    QString host = base.host();
    if (base.port() != -1)
        host += u':' + QString::number(base.port());
    return RateGovernor::identityFor(host, context.haveSession ? context.sessionKey : QString());
}

QString StrategyRunner::queryType(const EndpointStrategy &strategy)
{
    if (!strategy.docId.isEmpty())
        return u"graphql:"_s + strategy.docId;
    if (!strategy.queryHash.isEmpty())
        return u"graphql:"_s + strategy.queryHash;
    return strategy.name;
}

HttpRequest StrategyRunner::buildRequest(const EndpointStrategy &strategy, const Context &context) const
{
    HttpRequest request;
    request.url = m_profile.url(strategy, context.vars);
    request.method = strategy.method.toUpper().toLatin1();
    request.body = m_profile.body(strategy, context.vars);
    for (const auto &[name, value] : m_profile.headers(strategy, context.vars))
        request.setHeader(name, value);
    if (!context.cookieHeader.isEmpty()) {
        if (!context.sessionScope || context.sessionScope->allows(request.url)) {
            request.setHeader("Cookie", context.cookieHeader);
        } else {
            // An absolute strategy URL on a host the session must not reach.
            request.headers.removeIf(
                [](const auto &header) { return header.first.compare("X-CSRFToken", Qt::CaseInsensitive) == 0; });
            qCWarning(lcNet) << "session withheld from" << request.url.host();
        }
    }
    return request;
}

std::optional<ScrapeFailure> StrategyRunner::attempt(const EndpointStrategy &strategy, const Context &context,
                                                     const Classify &classify, const Parse &parse)
{
    const HttpRequest request = buildRequest(strategy, context);
    const HttpResponse response = m_fetcher.fetch(request, &m_cancel);
    const QString host = request.url.host();
    if (response.bodyTooLarge)
        return ScrapeFailure{FailureClass::Malformed, response.errorString, response.status, std::nullopt};
    if (response.aborted)
        return ScrapeFailure{FailureClass::Network,
                             QCoreApplication::translate("reelpulse::StrategyRunner", "The request was cancelled."), 0,
                             std::nullopt};
    if (response.timedOut)
        return ScrapeFailure{FailureClass::Network,
                             QCoreApplication::translate("reelpulse::StrategyRunner",
                                                         "%1 did not answer within %2 s; it will be retried later.")
                                 .arg(host)
                                 .arg(qMax(1, m_fetcher.timeoutMs() / 1000)),
                             0, std::nullopt};
    if (response.transportFailed())
        return ScrapeFailure{FailureClass::Network,
                             QCoreApplication::translate("reelpulse::StrategyRunner",
                                                         "The connection to %1 failed (%2); it will be retried later.")
                                 .arg(host, response.errorString),
                             response.status, std::nullopt};
    HttpAnswer answer;
    answer.status = response.status;
    answer.headers = response.headers;
    answer.body = response.body;
    answer.finalUrl = response.url;
    if (auto failure = classify(strategy, answer))
        return failure;
    return parse(strategy, response.body);
}

std::optional<ScrapeFailure> StrategyRunner::run(const QString &operation, const Context &context,
                                                 const Classify &classify, const Parse &parse)
{
    m_cancel.reset();
    const QString who = identity(context);
    // A NotFound is reported only when every way said so: one dead endpoint answering 404 must not mark
    // a live post as deleted.
    std::optional<ScrapeFailure> notFound;
    std::optional<ScrapeFailure> last;
    bool sessionMissing = false;
    const QList<EndpointStrategy> strategies = m_profile.strategies(operation);
    for (const EndpointStrategy &strategy : strategies) {
        if (!EndpointProfile::canRun(strategy, context.vars, context.haveSession)) {
            sessionMissing = sessionMissing || (strategy.requiresSession && !context.haveSession);
            continue;
        }
        const std::optional<ScrapeFailure> failure = m_governor->run(
            who, queryType(strategy), [&] { return attempt(strategy, context, classify, parse); }, &m_cancel);
        if (!failure)
            return std::nullopt;
        if (!movesOn(failure->cls) || m_cancel.isCancelled())
            return failure;
        qCInfo(lcNet) << operation << "via" << strategy.name << "failed as" << failureClassName(failure->cls)
                      << "- trying the next way";
        if (failure->cls == FailureClass::NotFound) {
            if (!notFound)
                notFound = failure;
        } else {
            last = failure;
        }
    }
    if (last)
        return last;
    if (notFound)
        return notFound;
    if (sessionMissing)
        return ScrapeFailure{
            FailureClass::LoginWall,
            context.sessionRequiredMessage.isEmpty()
                ? QCoreApplication::translate("reelpulse::StrategyRunner",
                                              "This needs a signed-in session. Sign in to Instagram in ReelPulse.")
                : context.sessionRequiredMessage,
            0, std::nullopt};
    return ScrapeFailure{FailureClass::EndpointBroken,
                         QCoreApplication::translate("reelpulse::StrategyRunner",
                                                     "No known way to read this (%1) with what is known about it.")
                             .arg(operation),
                         0, std::nullopt};
}

} // namespace reelpulse
