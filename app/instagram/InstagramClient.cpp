#include "instagram/InstagramClient.h"

#include "domain/Identifiers.h"
#include "instagram/CommentParser.h"
#include "instagram/MediaParser.h"
#include "instagram/ProfileParser.h"
#include "instagram/ResponseClassifier.h"
#include "instagram/TimelineParser.h"
#include "net/NetLog.h"
#include "net/RateGovernor.h"
#include "net/SessionScope.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

std::optional<ScrapeFailure> classify(const EndpointStrategy &strategy, const HttpAnswer &answer)
{
    return instagram::classifyResponse(answer, strategy.expectsHtml ? Expect::Html : Expect::Json);
}

/// Keeps a parser's value in `out`, or turns its Error into a failure.
template <typename T> std::optional<ScrapeFailure> keep(Result<T> parsed, std::optional<T> &out)
{
    if (!parsed.ok())
        return failureFromParseError(parsed.error());
    out = std::move(parsed).value();
    return std::nullopt;
}

ScrapeFailure unknownParser(const EndpointStrategy &strategy)
{
    return {FailureClass::EndpointBroken,
            QCoreApplication::translate("reelpulse::InstagramClient",
                                        "The endpoint profile names a reader ReelPulse does not have (%1 in %2).")
                .arg(strategy.parser, strategy.name),
            0, std::nullopt};
}

template <typename T> Fetched<T> finish(std::optional<ScrapeFailure> failure, std::optional<T> &value)
{
    if (failure)
        return *failure;
    if (!value)
        return ScrapeFailure{FailureClass::Malformed,
                             QCoreApplication::translate("reelpulse::InstagramClient", "The answer could not be read."),
                             0, std::nullopt};
    return std::move(*value);
}

} // namespace

InstagramClient::InstagramClient(std::shared_ptr<RateGovernor> governor, Options options)
    : InstagramClient(EndpointProfile::load(Platform::Instagram, options.dataDir), std::move(governor),
                      Options(options))
{
}

namespace {

EndpointProfile withBaseUrl(EndpointProfile profile, const QString &baseUrl)
{
    if (!baseUrl.trimmed().isEmpty())
        profile.setConfiguredBaseUrl(baseUrl);
    return profile;
}

} // namespace

InstagramClient::InstagramClient(EndpointProfile profile, std::shared_ptr<RateGovernor> governor, Options options)
    : m_options(std::move(options))
    , m_runner(withBaseUrl(std::move(profile), m_options.baseUrl), std::move(governor), m_options.fetcher)
{
}

QString InstagramClient::sessionRefusal(const QUrl &baseUrl, const QStringList &sessionHosts)
{
    return SessionScope::instagram(sessionHosts).refusal(baseUrl);
}

QString InstagramClient::sessionWithheldReason() const
{
    return m_sessionWithheld;
}

InstagramClient::~InstagramClient() = default;

void InstagramClient::abort()
{
    m_runner.abort();
}

StrategyRunner::Context InstagramClient::context(QVariantHash vars) const
{
    StrategyRunner::Context ctx;
    const std::optional<InstagramSession> session = m_options.session ? m_options.session() : std::nullopt;
    m_sessionWithheld.clear();
    if (session && session->isValid()) {
        const SessionScope scope = SessionScope::instagram(m_options.sessionHosts);
        const QString refusal = scope.refusal(QUrl(m_runner.profile().baseUrl()));
        if (refusal.isEmpty()) {
            ctx.haveSession = true;
            ctx.sessionKey = session->identityKey();
            ctx.cookieHeader = session->cookieHeader();
            ctx.sessionScope = scope;
            if (!session->csrfToken.isEmpty())
                vars.insert(u"csrftoken"_s, session->csrfToken);
        } else {
            // Read as the anonymous identity: no cookie, no CSRF token, the anonymous budgets.
            m_sessionWithheld = refusal;
            if (m_warnedAbout != refusal) {
                m_warnedAbout = refusal;
                qCWarning(lcNet).noquote() << "Instagram session withheld:" << refusal;
            }
        }
    }
    ctx.vars = std::move(vars);
    return ctx;
}

QString InstagramClient::identity() const
{
    return m_runner.identity(context({}));
}

Fetched<ProfileInfo> InstagramClient::profile(const QString &username)
{
    const QString name = username.trimmed().toLower();
    QVariantHash vars{{u"username"_s, name}};
    if (const QString id = m_userIds.value(name); !id.isEmpty())
        vars.insert(u"user_id"_s, id);
    std::optional<ProfileInfo> value;
    const auto failure = m_runner.run(u"profile"_s, context(vars), classify,
                                      [&](const EndpointStrategy &strategy, const QByteArray &body) {
                                          if (strategy.parser == u"instagram.profile"_s)
                                              return keep(instagram::parseProfile(body), value);
                                          if (strategy.parser == u"instagram.profile_html"_s)
                                              return keep(instagram::parseProfileHtml(body), value);
                                          return std::optional<ScrapeFailure>(unknownParser(strategy));
                                      });
    if (!failure && value && !value->id.isEmpty())
        m_userIds.insert(name, value->id);
    return finish(failure, value);
}

Fetched<MediaPage> InstagramClient::profilePosts(const QString &userId, const QString &username, const QString &cursor)
{
    QString id = userId;
    if (id.isEmpty())
        id = m_userIds.value(username.trimmed().toLower());
    const QVariantHash vars{{u"user_id"_s, id}, {u"username"_s, username.trimmed().toLower()}, {u"cursor"_s, cursor}};
    std::optional<MediaPage> value;
    const auto failure = m_runner.run(u"profile_posts"_s, context(vars), classify,
                                      [&](const EndpointStrategy &strategy, const QByteArray &body) {
                                          if (strategy.parser == u"instagram.timeline"_s)
                                              return keep(instagram::parseTimelinePage(body), value);
                                          return std::optional<ScrapeFailure>(unknownParser(strategy));
                                      });
    return finish(failure, value);
}

Fetched<MediaItem> InstagramClient::post(const QString &shortcode)
{
    QVariantHash vars{{u"shortcode"_s, shortcode}};
    if (const auto mediaId = shortcodeToMediaId(shortcode); mediaId.ok())
        vars.insert(u"media_id"_s, QString::number(mediaId.value()));
    std::optional<MediaItem> value;
    const auto failure =
        m_runner.run(u"post"_s, context(vars), classify, [&](const EndpointStrategy &strategy, const QByteArray &body) {
            if (strategy.parser == u"instagram.post"_s)
                return keep(instagram::parsePost(body), value);
            return std::optional<ScrapeFailure>(unknownParser(strategy));
        });
    return finish(failure, value);
}

Fetched<CommentPage> InstagramClient::comments(const QString &shortcode, const QString &mediaId, const QString &cursor)
{
    QVariantHash vars{{u"shortcode"_s, shortcode}, {u"cursor"_s, cursor}};
    QString id = mediaId;
    if (id.isEmpty() && !shortcode.isEmpty()) {
        if (const auto derived = shortcodeToMediaId(shortcode); derived.ok())
            id = QString::number(derived.value());
    }
    vars.insert(u"media_id"_s, id);
    std::optional<CommentPage> value;
    const auto failure = m_runner.run(u"comments"_s, context(vars), classify,
                                      [&](const EndpointStrategy &strategy, const QByteArray &body) {
                                          if (strategy.parser == u"instagram.comments"_s)
                                              return keep(instagram::parseCommentPage(body), value);
                                          return std::optional<ScrapeFailure>(unknownParser(strategy));
                                      });
    return finish(failure, value);
}

Fetched<QList<MediaItem>> InstagramClient::stories(const QString &userId)
{
    StrategyRunner::Context ctx = context({{u"user_id"_s, userId}});
    ctx.sessionRequiredMessage = QCoreApplication::translate(
        "reelpulse::InstagramClient", "Sign in to Instagram to read stories: Instagram shows stories only to "
                                      "signed-in accounts.");
    std::optional<QList<MediaItem>> value;
    const auto failure =
        m_runner.run(u"stories"_s, ctx, classify, [&](const EndpointStrategy &strategy, const QByteArray &body) {
            if (strategy.parser == u"instagram.stories"_s)
                return keep(instagram::parseStories(body), value);
            return std::optional<ScrapeFailure>(unknownParser(strategy));
        });
    return finish(failure, value);
}

} // namespace reelpulse
