#include "platform/EndpointProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

Q_LOGGING_CATEGORY(lcEndpoints, "reelpulse.endpoints")

namespace {

Error invalid(const QString &where, const QString &what)
{
    return Error::invalid(
        where,
        QCoreApplication::translate("EndpointProfile", "The endpoint profile is not valid at %1: %2").arg(where, what));
}

Result<QList<QPair<QString, QString>>> readHeaders(const QJsonValue &value, const QString &where)
{
    QList<QPair<QString, QString>> headers;
    if (value.isUndefined())
        return headers;
    if (!value.isObject())
        return invalid(where, QCoreApplication::translate("EndpointProfile", "headers must be an object of strings"));
    const QJsonObject obj = value.toObject();
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (!it.value().isString() || it.key().isEmpty())
            return invalid(where + u'.' + it.key(),
                           QCoreApplication::translate("EndpointProfile", "a header value must be a string"));
        headers.append({it.key(), it.value().toString()});
    }
    return headers;
}

bool optionalString(const QJsonObject &obj, const QString &key, QString &out)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}

Result<EndpointStrategy> readStrategy(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return invalid(where, QCoreApplication::translate("EndpointProfile", "a strategy must be an object"));
    const QJsonObject obj = value.toObject();
    EndpointStrategy s;
    s.name = obj.value(u"name"_s).toString();
    if (s.name.isEmpty())
        return invalid(where, QCoreApplication::translate("EndpointProfile", "\"name\" is missing"));
    const QString at = where + u" ("_s + s.name + u')';
    s.urlTemplate = obj.value(u"url"_s).toString();
    if (s.urlTemplate.isEmpty() || !(s.urlTemplate.startsWith(u'/') || s.urlTemplate.startsWith(u"http"_s)))
        return invalid(at, QCoreApplication::translate("EndpointProfile",
                                                       "\"url\" must be a path starting with / or an absolute URL"));
    s.parser = obj.value(u"parser"_s).toString();
    if (s.parser.isEmpty())
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"parser\" is missing"));
    QString method = u"GET"_s;
    if (!optionalString(obj, u"method"_s, method) || (method != u"GET"_s && method != u"POST"_s))
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"method\" must be GET or POST"));
    s.method = method;
    QString expects = u"json"_s;
    if (!optionalString(obj, u"expects"_s, expects) || (expects != u"json"_s && expects != u"html"_s))
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"expects\" must be json or html"));
    s.expectsHtml = expects == u"html"_s;
    if (!optionalString(obj, u"body"_s, s.bodyTemplate) || !optionalString(obj, u"doc_id"_s, s.docId) ||
        !optionalString(obj, u"query_hash"_s, s.queryHash) || !optionalString(obj, u"friendly_name"_s, s.friendlyName))
        return invalid(at, QCoreApplication::translate("EndpointProfile",
                                                       "body, doc_id, query_hash and friendly_name must be strings"));
    Result<QList<QPair<QString, QString>>> headers = readHeaders(obj.value(u"headers"_s), at + u".headers"_s);
    if (!headers)
        return headers.error();
    s.headers = headers.value();
    const QJsonValue variables = obj.value(u"variables"_s);
    if (!variables.isUndefined() && !variables.isObject())
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"variables\" must be an object"));
    s.variablesTemplate = variables.toObject();
    const QJsonValue defaults = obj.value(u"defaults"_s);
    if (!defaults.isUndefined() && !defaults.isObject())
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"defaults\" must be an object"));
    s.defaults = defaults.toObject().toVariantHash();
    const QJsonValue needs = obj.value(u"needs"_s);
    if (!needs.isUndefined() && !needs.isArray())
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"needs\" must be a list of names"));
    for (const QJsonValue &n : needs.toArray()) {
        if (!n.isString())
            return invalid(at, QCoreApplication::translate("EndpointProfile", "\"needs\" must be a list of names"));
        s.needs.append(n.toString());
    }
    const QJsonValue path = obj.value(u"path"_s);
    if (!path.isUndefined() && !path.isArray())
        return invalid(at, QCoreApplication::translate("EndpointProfile", "\"path\" must be a list of keys"));
    for (const QJsonValue &step : path.toArray()) {
        if (step.isString())
            s.responsePath.append(step.toString());
        else if (step.isDouble() && step.toInteger(-1) >= 0)
            s.responsePath.append(QString::number(step.toInteger()));
        else
            return invalid(at, QCoreApplication::translate("EndpointProfile", "\"path\" must be a list of keys"));
    }
    const QJsonValue session = obj.value(u"requires_session"_s);
    if (!session.isUndefined() && !session.isBool())
        return invalid(at,
                       QCoreApplication::translate("EndpointProfile", "\"requires_session\" must be true or false"));
    s.requiresSession = session.toBool(false);
    return s;
}

QByteArray readFile(const QString &path, qint64 maxSize, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return {};
    }
    if (file.size() > maxSize) {
        *problem = QCoreApplication::translate("EndpointProfile", "the file is larger than %1 bytes").arg(maxSize);
        return {};
    }
    return file.read(maxSize);
}

} // namespace

QString EndpointProfile::builtInPath(Platform platform)
{
    return u":/endpoints/"_s + platformName(platform) + u".json"_s;
}

QString EndpointProfile::overridePath(Platform platform, const QString &dataDir)
{
    return QDir(dataDir).filePath(u"endpoints/"_s + platformName(platform) + u".json"_s);
}

Result<EndpointProfile> EndpointProfile::fromJson(const QByteArray &json, Platform platform, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"byte %1"_s.arg(parseError.offset), parseError.errorString());
    if (!doc.isObject())
        return invalid(u"top level"_s,
                       QCoreApplication::translate("EndpointProfile", "the file must hold a JSON object"));
    const QJsonObject root = doc.object();

    EndpointProfile profile;
    profile.m_platform = platform;
    profile.m_source = source;
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toInteger(0) < 1 || version.toDouble() != double(version.toInteger()))
        return invalid(u"version"_s,
                       QCoreApplication::translate("EndpointProfile", "\"version\" must be a whole number from 1"));
    profile.m_version = static_cast<int>(version.toInteger());
    if (root.value(u"platform"_s).toString() != platformName(platform))
        return invalid(
            u"platform"_s,
            QCoreApplication::translate("EndpointProfile", "\"platform\" must be \"%1\"").arg(platformName(platform)));
    profile.m_updated = root.value(u"updated"_s).toString();
    profile.m_defaultBaseUrl = root.value(u"base_url"_s).toString();
    const QUrl base(profile.m_defaultBaseUrl, QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != u"https"_s && base.scheme() != u"http"_s) || base.host().isEmpty())
        return invalid(u"base_url"_s,
                       QCoreApplication::translate("EndpointProfile", "\"base_url\" must be an http(s) URL"));
    while (profile.m_defaultBaseUrl.endsWith(u'/'))
        profile.m_defaultBaseUrl.chop(1);
    Result<QList<QPair<QString, QString>>> headers = readHeaders(root.value(u"headers"_s), u"headers"_s);
    if (!headers)
        return headers.error();
    profile.m_headers = headers.value();

    const QJsonValue operations = root.value(u"operations"_s);
    if (!operations.isObject() || operations.toObject().isEmpty())
        return invalid(u"operations"_s,
                       QCoreApplication::translate("EndpointProfile",
                                                   "\"operations\" must be an object with at least one operation"));
    const QJsonObject ops = operations.toObject();
    for (auto it = ops.constBegin(); it != ops.constEnd(); ++it) {
        const QString where = u"operations."_s + it.key();
        if (!it.value().isArray() || it.value().toArray().isEmpty())
            return invalid(
                where, QCoreApplication::translate("EndpointProfile", "an operation must list at least one strategy"));
        QList<EndpointStrategy> strategies;
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            Result<EndpointStrategy> s = readStrategy(list.at(i), where + u'[' + QString::number(i) + u']');
            if (!s)
                return s.error();
            strategies.append(s.value());
        }
        profile.m_operations.append({it.key(), strategies});
    }
    return profile;
}

EndpointProfile EndpointProfile::builtIn(Platform platform)
{
    QString problem;
    const QByteArray text = readFile(builtInPath(platform), MaxFileSize, &problem);
    Result<EndpointProfile> builtIn = fromJson(text, platform, BuiltInSource);
    if (builtIn)
        return builtIn.value();
    // The built-in copy is compiled in and covered by tests; this only happens in a broken build.
    qCCritical(lcEndpoints) << "built-in endpoint profile unusable:" << builtIn.error().message << problem;
    EndpointProfile empty;
    empty.m_platform = platform;
    empty.m_source = BuiltInSource;
    empty.m_overrideProblem = builtIn.error().message;
    return empty;
}

QString EndpointProfile::overrideRejection(const EndpointProfile &candidate, const EndpointProfile &builtIn)
{
    if (candidate.version() < builtIn.version())
        return QCoreApplication::translate("EndpointProfile", "its version %1 is older than the built-in version %2")
            .arg(candidate.version())
            .arg(builtIn.version());
    for (const auto &[name, strategies] : builtIn.m_operations) {
        if (candidate.strategies(name).isEmpty())
            return QCoreApplication::translate("EndpointProfile", "it does not define the operation \"%1\"").arg(name);
    }
    return {};
}

EndpointProfile EndpointProfile::load(Platform platform, const QString &dataDir)
{
    return load(platform, dataDir, EndpointSignature::builtInKeys());
}

EndpointProfile EndpointProfile::load(Platform platform, const QString &dataDir, const QList<TrustedKey> &trustedKeys)
{
    EndpointProfile result = builtIn(platform);
    if (dataDir.isEmpty() || result.version() == 0)
        return result;
    const QString path = overridePath(platform, dataDir);
    if (!QFile::exists(path))
        return result;

    QString problem;
    const QByteArray overrideText = readFile(path, MaxFileSize, &problem);
    QString rejection = problem;
    QString signedBy;
    const QString signaturePath = EndpointSignature::signaturePath(path);
    if (rejection.isEmpty() && QFile::exists(signaturePath)) {
        // An installed update: its signature must still match, else it was damaged or altered since.
        const QByteArray signature = readFile(signaturePath, EndpointSignature::MaxSignatureFileSize, &problem);
        Result<QString> verified = problem.isEmpty() ? EndpointSignature::verify(overrideText, signature, trustedKeys)
                                                     : Result<QString>(Error::storage(problem));
        if (verified)
            signedBy = verified.value();
        else
            rejection = QCoreApplication::translate("EndpointProfile",
                                                    "its signature file %1 does not verify: %2. If you changed the "
                                                    "profile by hand, delete the signature file")
                            .arg(signaturePath, verified.error().message);
    }
    if (rejection.isEmpty()) {
        Result<EndpointProfile> candidate = fromJson(overrideText, platform, QDir::toNativeSeparators(path));
        rejection = candidate ? overrideRejection(candidate.value(), result) : candidate.error().message;
        if (rejection.isEmpty()) {
            EndpointProfile chosen = candidate.value();
            chosen.m_signedBy = signedBy;
            if (signedBy.isEmpty())
                qCInfo(lcEndpoints) << "using the unsigned local endpoint profile" << path << "version"
                                    << chosen.version();
            else
                qCInfo(lcEndpoints) << "using endpoint profile" << path << "version" << chosen.version()
                                    << "signed by key" << signedBy;
            return chosen;
        }
    }
    result.m_overrideProblem =
        QCoreApplication::translate("EndpointProfile",
                                    "The endpoint file %1 was ignored (%2); the built-in endpoints are used.")
            .arg(path, rejection);
    qCWarning(lcEndpoints).noquote() << result.m_overrideProblem;
    return result;
}

QStringList EndpointProfile::operations() const
{
    QStringList names;
    for (const auto &[name, strategies] : m_operations)
        names.append(name);
    return names;
}

QList<EndpointStrategy> EndpointProfile::strategies(const QString &operation) const
{
    for (const auto &[name, strategies] : m_operations) {
        if (name == operation)
            return strategies;
    }
    return {};
}

bool EndpointProfile::canRun(const EndpointStrategy &strategy, const QVariantHash &vars, bool haveSession)
{
    if (strategy.requiresSession && !haveSession)
        return false;
    for (const QString &need : strategy.needs) {
        const QVariant v = vars.value(need);
        if (!v.isValid() || v.isNull() || v.toString().isEmpty()) {
            if (strategy.defaults.value(need).toString().isEmpty())
                return false;
        }
    }
    return true;
}

QString EndpointProfile::baseUrlEnvironmentVariable() const
{
    return m_platform == Platform::TikTok ? u"REELPULSE_TIKTOK_URL"_s : u"REELPULSE_INSTAGRAM_URL"_s;
}

QString EndpointProfile::baseUrl() const
{
    QString url = qEnvironmentVariable(baseUrlEnvironmentVariable().toLatin1().constData()).trimmed();
    if (url.isEmpty())
        url = m_configuredBaseUrl.trimmed();
    if (url.isEmpty())
        url = m_defaultBaseUrl;
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

namespace {

const QRegularExpression &templateField()
{
    static const QRegularExpression re(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    return re;
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"true"_s : u"false"_s;
    return v.toString();
}

enum class Fill { UrlEncode, AsIs, JsonText };

/// Fill the {name} fields; `missing` is set when one of them had no value.
QString fill(const QString &templ, const QVariantHash &vars, Fill mode, bool *missing = nullptr)
{
    QString out;
    qsizetype last = 0;
    for (auto it = templateField().globalMatch(templ); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(templ).mid(last, m.capturedStart() - last);
        const QString value = valueText(vars.value(m.captured(1)));
        if (value.isEmpty() && missing)
            *missing = true;
        switch (mode) {
        case Fill::UrlEncode:
            out += QString::fromLatin1(QUrl::toPercentEncoding(value));
            break;
        case Fill::AsIs:
            out += QString(value).remove(u'\r').remove(u'\n');
            break;
        case Fill::JsonText:
            out += value;
            break;
        }
        last = m.capturedEnd();
    }
    out += QStringView(templ).mid(last);
    return out;
}

QJsonValue fillJson(const QJsonValue &templ, const QVariantHash &vars)
{
    if (templ.isString()) {
        const QString s = templ.toString();
        const QRegularExpressionMatch whole = templateField().match(s);
        if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == s.size()) {
            const QVariant v = vars.value(whole.captured(1));
            if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                return QJsonValue(QJsonValue::Null);
            return QJsonValue::fromVariant(v);
        }
        return fill(s, vars, Fill::JsonText);
    }
    if (templ.isObject()) {
        QJsonObject out;
        const QJsonObject obj = templ.toObject();
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
            out.insert(it.key(), fillJson(it.value(), vars));
        return out;
    }
    if (templ.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : templ.toArray())
            out.append(fillJson(v, vars));
        return out;
    }
    return templ;
}

} // namespace

QString EndpointProfile::expand(const QString &templ, const QVariantHash &vars)
{
    return fill(templ, vars, Fill::UrlEncode);
}

QByteArray EndpointProfile::expandVariables(const QJsonObject &templ, const QVariantHash &vars)
{
    return QJsonDocument(fillJson(templ, vars).toObject()).toJson(QJsonDocument::Compact);
}

QVariantHash EndpointProfile::allVariables(const EndpointStrategy &strategy, const QVariantHash &vars) const
{
    QVariantHash all = vars;
    for (auto it = strategy.defaults.constBegin(); it != strategy.defaults.constEnd(); ++it) {
        if (valueText(all.value(it.key())).isEmpty())
            all.insert(it.key(), it.value());
    }
    all.insert(u"base_url"_s, baseUrl());
    if (!strategy.docId.isEmpty())
        all.insert(u"doc_id"_s, strategy.docId);
    if (!strategy.queryHash.isEmpty())
        all.insert(u"query_hash"_s, strategy.queryHash);
    if (!strategy.variablesTemplate.isEmpty())
        all.insert(u"variables"_s, QString::fromUtf8(expandVariables(strategy.variablesTemplate, all)));
    return all;
}

QByteArray EndpointProfile::variables(const EndpointStrategy &strategy, const QVariantHash &vars) const
{
    if (strategy.variablesTemplate.isEmpty())
        return {};
    return allVariables(strategy, vars).value(u"variables"_s).toString().toUtf8();
}

QUrl EndpointProfile::url(const EndpointStrategy &strategy, const QVariantHash &vars) const
{
    const QString path = expand(strategy.urlTemplate, allVariables(strategy, vars));
    if (path.startsWith(u"http"_s))
        return QUrl::fromEncoded(path.toUtf8(), QUrl::StrictMode);
    return QUrl::fromEncoded((baseUrl() + path).toUtf8(), QUrl::StrictMode);
}

QByteArray EndpointProfile::body(const EndpointStrategy &strategy, const QVariantHash &vars) const
{
    if (strategy.bodyTemplate.isEmpty())
        return {};
    return expand(strategy.bodyTemplate, allVariables(strategy, vars)).toUtf8();
}

QList<QPair<QByteArray, QByteArray>> EndpointProfile::headers(const EndpointStrategy &strategy,
                                                              const QVariantHash &vars) const
{
    const QVariantHash all = allVariables(strategy, vars);
    QList<QPair<QString, QString>> merged = m_headers;
    for (const auto &[name, value] : strategy.headers) {
        bool replaced = false;
        for (auto &[existingName, existingValue] : merged) {
            if (existingName.compare(name, Qt::CaseInsensitive) == 0) {
                existingValue = value;
                replaced = true;
            }
        }
        if (!replaced)
            merged.append({name, value});
    }
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &[name, value] : std::as_const(merged)) {
        bool missing = false;
        const QString filled = fill(value, all, Fill::AsIs, &missing);
        if (!missing)
            out.append({name.toLatin1(), filled.toUtf8()});
    }
    return out;
}

} // namespace reelpulse
