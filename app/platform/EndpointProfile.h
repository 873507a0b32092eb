#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"
#include "platform/EndpointSignature.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantHash>

namespace reelpulse {

/// One way to perform an operation, as the endpoint profile describes it.
struct EndpointStrategy
{
    QString name;
    QString method = QStringLiteral("GET");
    QString urlTemplate;                    ///< path (joined to the base URL) or absolute URL, with {name} fields
    QString bodyTemplate;                   ///< form body for POST, with {name} fields
    QList<QPair<QString, QString>> headers; ///< strategy headers; they override the profile's common headers
    QString docId;                          ///< GraphQL doc_id, available as {doc_id}
    QString queryHash;                      ///< legacy GraphQL query_hash, available as {query_hash}
    QString friendlyName;                   ///< GraphQL fb_api_req_friendly_name
    QJsonObject variablesTemplate;          ///< GraphQL variables, available (compact JSON) as {variables}
    QVariantHash defaults;                  ///< values for variables that are unknown or empty
    QString parser;                         ///< which parser reads the answer, e.g. "instagram.profile"
    QStringList responsePath;               ///< keys leading to the object the parser reads
    QStringList needs;                      ///< variables that must be known for the strategy to run
    bool requiresSession = false;           ///< only with a signed-in session
    bool expectsHtml = false;               ///< the answer is an HTML page, not JSON
};

/// The platform's endpoints as data (resources/endpoints/<platform>.json): URL templates, GraphQL ids,
/// headers, response paths and, per operation, an ordered list of strategies to fall back through.
///
/// load() reads the built-in copy from `:/endpoints/<platform>.json`; a copy at
/// `<dataDir>/endpoints/<platform>.json` overrides it when it is valid and not older (its `version` is at
/// least the built-in one), so a changed endpoint is fixed without a new release. An invalid or older
/// override is reported (overrideProblem(), and a logged warning) and the built-in copy is used.
///
/// Signatures (docs/endpoint-profiles.md): `reelpulse-cli endpoints update` installs only profiles signed by
/// a trusted key and keeps the signature beside the copy (`<platform>.json.sig`). When that file is there,
/// the copy is used only if the signature verifies (signedBy() then names the key), so a damaged or altered
/// update falls back to the built-in profile. A copy without a signature file is a local fix made by hand
/// and is still used, reported as unsigned: the data folder is trusted like settings.ini beside it, which
/// can already point every request at another host.
///
/// A value type: cheap to copy, immutable once loaded except for the configured base URL.
class EndpointProfile final
{
public:
    /// The profile for a platform; never fails (the built-in copy is part of the program). Signatures of
    /// copies in the data folder are checked against EndpointSignature::builtInKeys().
    static EndpointProfile load(Platform platform, const QString &dataDir);
    /// The same with the keys a signature must verify against given (tests use keys of their own).
    static EndpointProfile load(Platform platform, const QString &dataDir, const QList<TrustedKey> &trustedKeys);
    /// The copy compiled into the program.
    static EndpointProfile builtIn(Platform platform);
    /// Why `candidate` may not replace `builtIn` (older, or an operation of builtIn missing); empty when it may.
    static QString overrideRejection(const EndpointProfile &candidate, const EndpointProfile &builtIn);
    /// A profile from JSON; an Error naming the first problem when the structure is not valid.
    static Result<EndpointProfile> fromJson(const QByteArray &json, Platform platform, const QString &source);

    static QString builtInPath(Platform platform);                          ///< ":/endpoints/instagram.json"
    static QString overridePath(Platform platform, const QString &dataDir); ///< "<dataDir>/endpoints/…json"

    Platform platform() const { return m_platform; }
    int version() const { return m_version; }
    /// "built-in" or the path of the override in use.
    QString source() const { return m_source; }
    bool isBuiltIn() const { return m_source == BuiltInSource; }
    /// Why an override present in the data folder was not used; empty when there was none or it was used.
    QString overrideProblem() const { return m_overrideProblem; }
    /// The id of the key whose signature the override in use carries; empty for the built-in profile and
    /// for an unsigned local copy.
    QString signedBy() const { return m_signedBy; }
    /// The profile's "updated" field (a date the maintainers write, "2025-02-15"); may be empty.
    QString updated() const { return m_updated; }

    /// A profile file longer than this is refused (the built-in ones are about 10 KiB).
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    QStringList operations() const;
    /// The strategies for an operation ("profile", "post", "profile_posts", "comments", "stories"; TikTok:
    /// "video", "comments"), in the order to try them. Empty for an unknown operation.
    QList<EndpointStrategy> strategies(const QString &operation) const;

    /// Whether a strategy can run with these variables (all of `needs` known) and this session state.
    static bool canRun(const EndpointStrategy &strategy, const QVariantHash &vars, bool haveSession);

    /// Base URL: env REELPULSE_INSTAGRAM_URL / REELPULSE_TIKTOK_URL when set, else the configured one
    /// (setConfiguredBaseUrl, from settings), else the profile's default. Without a trailing slash.
    QString baseUrl() const;
    QString defaultBaseUrl() const { return m_defaultBaseUrl; }
    void setConfiguredBaseUrl(const QString &url) { m_configuredBaseUrl = url; }
    QString baseUrlEnvironmentVariable() const;

    /// The request URL of a strategy: the expanded template joined to baseUrl().
    QUrl url(const EndpointStrategy &strategy, const QVariantHash &vars) const;
    /// The request body of a strategy (empty for GET).
    QByteArray body(const EndpointStrategy &strategy, const QVariantHash &vars) const;
    /// The GraphQL variables of a strategy as compact JSON (empty when it has none).
    QByteArray variables(const EndpointStrategy &strategy, const QVariantHash &vars) const;
    /// Common headers merged with the strategy's, {name} fields filled in as is; a header whose field
    /// is unknown (e.g. {csrftoken} without a session) is left out.
    QList<QPair<QByteArray, QByteArray>> headers(const EndpointStrategy &strategy, const QVariantHash &vars) const;

    /// Replace each {name} with the URL-encoded value of vars[name] (empty when unknown).
    static QString expand(const QString &templ, const QVariantHash &vars);
    /// GraphQL variables: a string value that is exactly "{name}" becomes vars[name] as a JSON value
    /// (null when unknown or empty); other strings get their {name} fields filled in as text.
    static QByteArray expandVariables(const QJsonObject &templ, const QVariantHash &vars);

    static inline const QString BuiltInSource = QStringLiteral("built-in");

private:
    EndpointProfile() = default;
    QVariantHash allVariables(const EndpointStrategy &strategy, const QVariantHash &vars) const;

    Platform m_platform = Platform::Instagram;
    int m_version = 0;
    QString m_source;
    QString m_overrideProblem;
    QString m_signedBy;
    QString m_updated;
    QString m_defaultBaseUrl;
    QString m_configuredBaseUrl;
    QList<QPair<QString, QString>> m_headers;
    QList<QPair<QString, QList<EndpointStrategy>>> m_operations;
};

} // namespace reelpulse
