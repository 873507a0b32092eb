#include "services/EndpointUpdater.h"

#include "domain/AppInfo.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

Q_LOGGING_CATEGORY(lcEndpointUpdate, "reelpulse.endpoints.update")

namespace {

constexpr Platform AllPlatforms[] = {Platform::Instagram, Platform::TikTok};

/// What a fetch found: nothing at that place (found false), or the bytes there.
struct Download
{
    bool found = false;
    QByteArray body;
};

Error refused(const QString &origin, const QString &reason)
{
    return Error::invalid(u"profile"_s, QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                                    "The endpoint profile %1 was refused: %2")
                                            .arg(origin, reason));
}

Error unreachable(const QString &origin, const QString &reason)
{
    return Error{ErrorKind::Network,
                 {},
                 QCoreApplication::translate(
                     "reelpulse::EndpointUpdater",
                     "Cannot fetch the endpoint profile %1: %2. Check the address and your connection, or pass "
                     "a downloaded file with --from.")
                     .arg(origin, reason)};
}

QString tooLarge(qint64 maxBytes)
{
    return QCoreApplication::translate("reelpulse::EndpointUpdater",
                                       "it is larger than %1 bytes, which no endpoint profile or signature is")
        .arg(maxBytes);
}

bool isRemote(const QString &location)
{
    return location.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
           location.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

/// A location that is neither http(s) nor a path ("ftp://…").
bool isOtherUrl(const QString &location)
{
    const qsizetype colon = location.indexOf(u"://"_s);
    return colon > 1 && !isRemote(location) && !location.startsWith(u"file://"_s, Qt::CaseInsensitive);
}

QString localPath(const QString &location)
{
    if (location.startsWith(u"file://"_s, Qt::CaseInsensitive))
        return QUrl(location).toLocalFile();
    return location;
}

/// Where the signature of the profile at `location` is: the same place with ".sig" after the file name.
QString signatureLocation(const QString &location)
{
    if (!isRemote(location))
        return EndpointSignature::signaturePath(location);
    QUrl url(location);
    url.setPath(url.path() + u".sig"_s);
    return url.toString();
}

/// Names the profile file of `platform` inside a folder location (URL or path).
QString inFolder(const QString &folder, Platform platform)
{
    const QString file = platformName(platform) + u".json"_s;
    if (!isRemote(folder))
        return QDir(folder).filePath(file);
    QUrl url(folder);
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + file);
    return url.toString();
}

Result<Download> fetchFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Download{};
    if (!info.isFile())
        return refused(QDir::toNativeSeparators(path),
                       QCoreApplication::translate("reelpulse::EndpointUpdater", "it is not a file"));
    if (info.size() > maxBytes)
        return refused(QDir::toNativeSeparators(path), tooLarge(maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QDir::toNativeSeparators(path),
                       QCoreApplication::translate("reelpulse::EndpointUpdater", "it cannot be read (%1)")
                           .arg(file.errorString()));
    return Download{true, file.read(maxBytes + 1)};
}

/// GET over http(s), blocking in a local event loop: at most timeoutMs in all and maxBytes of body;
/// redirects are followed as long as they do not go from https to http. 404 and 410 are "not found".
Result<Download> fetchUrl(const QString &location, qint64 maxBytes, int timeoutMs)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return refused(location,
                       QCoreApplication::translate("reelpulse::EndpointUpdater", "it is not a valid address"));
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"ReelPulse/"_s + appVersion()));
    request.setRawHeader("Accept", "application/json, text/plain;q=0.9, */*;q=0.1");

    QNetworkReply *reply = manager.get(request);
    QByteArray body;
    bool overLimit = false;
    bool timedOut = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            overLimit = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > maxBytes) {
            overLimit = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!overLimit)
        body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();

    if (overLimit || body.size() > maxBytes)
        return refused(location, tooLarge(maxBytes));
    if (timedOut || error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)
        return unreachable(
            location, QCoreApplication::translate("reelpulse::EndpointUpdater", "no complete answer within %1 seconds")
                          .arg(timeoutMs / 1000.0));
    if (status == 404 || status == 410)
        return Download{};
    if (status != 0 && (status < 200 || status > 299))
        return unreachable(location, QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                                 "the server answered with HTTP status %1")
                                         .arg(status));
    if (error != QNetworkReply::NoError || status == 0)
        return unreachable(location, errorText);
    return Download{true, body};
}

Result<Download> fetch(const QString &location, qint64 maxBytes, int timeoutMs)
{
    if (isRemote(location))
        return fetchUrl(location, maxBytes, timeoutMs);
    return fetchFile(localPath(location), maxBytes);
}

QString shown(const QString &location)
{
    return isRemote(location) ? location : QDir::toNativeSeparators(localPath(location));
}

/// Writes the profile and its signature, each atomically; the profile first, so that an interruption
/// between the two leaves a profile whose signature does not match, which load() then refuses.
Status writeProfile(const QString &path, const QByteArray &json, const QByteArray &signatureText)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto failed = [&path](const QString &why) {
        return Error::storage(
            QCoreApplication::translate("reelpulse::EndpointUpdater",
                                        "Cannot install the endpoint profile at %1: %2. Check that the data folder is "
                                        "writable and run the update again.")
                .arg(QDir::toNativeSeparators(path), why));
    };
    if (!QDir().mkpath(folder))
        return failed(QCoreApplication::translate("reelpulse::EndpointUpdater", "cannot create the folder %1")
                          .arg(QDir::toNativeSeparators(folder)));
    QSaveFile profile(path);
    QSaveFile signature(EndpointSignature::signaturePath(path));
    if (!profile.open(QIODevice::WriteOnly) || profile.write(json) != json.size())
        return failed(profile.errorString());
    if (!signature.open(QIODevice::WriteOnly) || signature.write(signatureText) != signatureText.size())
        return failed(signature.errorString());
    if (!profile.commit())
        return failed(profile.errorString());
    if (!signature.commit())
        return failed(signature.errorString());
    return Ok{};
}

} // namespace

EndpointUpdater::EndpointUpdater(QString dataDir)
    : EndpointUpdater(std::move(dataDir), Options())
{
}

EndpointUpdater::EndpointUpdater(QString dataDir, Options options)
    : m_dataDir(std::move(dataDir))
    , m_options(std::move(options))
{
}

QString EndpointUpdater::defaultSource(const QString &dataDir)
{
    return Settings(dataDir).value(u"endpoints.update_url"_s).toString();
}

std::vector<Result<EndpointUpdateResult>> EndpointUpdater::update(const QString &from, std::optional<Platform> platform)
{
    const QString source = from.trimmed().isEmpty() ? defaultSource(m_dataDir) : from.trimmed();
    std::vector<Result<EndpointUpdateResult>> results;
    if (source.isEmpty() || isOtherUrl(source)) {
        results.emplace_back(Error::invalid(
            u"from"_s, QCoreApplication::translate(
                           "reelpulse::EndpointUpdater",
                           "Endpoint profiles come from an http:// or https:// address or a file, not \"%1\".")
                           .arg(source)));
        return results;
    }
    const bool folder = isRemote(source) ? !QUrl(source).path().endsWith(u".json"_s, Qt::CaseInsensitive)
                                         : QFileInfo(localPath(source)).isDir();
    if (!folder) {
        results.push_back(updateOne(source, platform));
        return results;
    }
    for (Platform p : AllPlatforms) {
        if (!platform || *platform == p)
            results.push_back(updateOne(inFolder(source, p), p));
    }
    return results;
}

Result<EndpointUpdateResult> EndpointUpdater::updateOne(const QString &location, std::optional<Platform> expected)
{
    const QString origin = shown(location);
    qCInfo(lcEndpointUpdate) << "fetching endpoint profile" << origin;
    Result<Download> profile = fetch(location, m_options.maxProfileBytes, m_options.timeoutMs);
    if (!profile)
        return profile.error();
    if (!profile->found) {
        if (isRemote(location))
            return unreachable(origin, QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                                   "there is no file at that address (HTTP 404)"));
        return Error::invalid(
            u"from"_s, QCoreApplication::translate("reelpulse::EndpointUpdater", "There is no endpoint profile at %1.")
                           .arg(origin));
    }
    const QString signatureAt = signatureLocation(location);
    Result<Download> signature = fetch(signatureAt, EndpointSignature::MaxSignatureFileSize, m_options.timeoutMs);
    if (!signature)
        return signature.error();
    if (!signature->found)
        return refused(origin, QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                           "it is not signed (there is no signature at %1)")
                                   .arg(shown(signatureAt)));
    return install(profile->body, signature->body, expected, origin);
}

Result<EndpointUpdateResult> EndpointUpdater::install(const QByteArray &json, const QByteArray &signature,
                                                      std::optional<Platform> expected, const QString &origin)
{
    if (json.size() > m_options.maxProfileBytes)
        return refused(origin, tooLarge(m_options.maxProfileBytes));
    if (signature.trimmed().isEmpty())
        return refused(origin, QCoreApplication::translate("reelpulse::EndpointUpdater", "it is not signed"));
    // Nothing of the file is read before its signature is known to be good.
    Result<QString> keyId = EndpointSignature::verify(json, signature, m_options.trustedKeys);
    if (!keyId)
        return refused(origin, keyId.error().message);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refused(origin,
                       QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                   "it is not an endpoint profile (not a JSON object: %1)")
                           .arg(parseError.error != QJsonParseError::NoError
                                    ? parseError.errorString()
                                    : QCoreApplication::translate("reelpulse::EndpointUpdater", "other JSON value")));
    const QString named = document.object().value(u"platform"_s).toString();
    std::optional<Platform> platform;
    for (Platform p : AllPlatforms) {
        if (platformName(p) == named)
            platform = p;
    }
    if (!platform)
        return refused(origin,
                       QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                   "it names no platform ReelPulse knows (\"platform\": \"%1\")")
                           .arg(named));
    if (expected && *expected != *platform)
        return refused(origin,
                       QCoreApplication::translate("reelpulse::EndpointUpdater", "it is the profile for %1, not for %2")
                           .arg(platformName(*platform), platformName(*expected)));
    Result<EndpointProfile> candidate = EndpointProfile::fromJson(json, *platform, origin);
    if (!candidate)
        return refused(origin, candidate.error().message);
    const QString unusable = EndpointProfile::overrideRejection(candidate.value(), EndpointProfile::builtIn(*platform));
    if (!unusable.isEmpty())
        return refused(origin, unusable);

    const EndpointProfile inUse = EndpointProfile::load(*platform, m_dataDir, m_options.trustedKeys);
    EndpointUpdateResult result;
    result.platform = *platform;
    result.previousVersion = inUse.version();
    result.version = candidate->version();
    result.keyId = keyId.value();
    result.origin = origin;
    if (candidate->version() < inUse.version())
        return refused(origin, QCoreApplication::translate("reelpulse::EndpointUpdater",
                                                           "its version %1 is older than version %2, which is in use")
                                   .arg(candidate->version())
                                   .arg(inUse.version()));
    if (candidate->version() == inUse.version()) {
        result.outcome = EndpointUpdateResult::Outcome::UpToDate;
        return result;
    }

    const QString path = EndpointProfile::overridePath(*platform, m_dataDir);
    Status written = writeProfile(path, json, EndpointSignature::encode(EndpointSignature::decode(signature).value()));
    if (!written)
        return written.error();
    // What the clients will load from now on must be what was just checked.
    const EndpointProfile installed = EndpointProfile::load(*platform, m_dataDir, m_options.trustedKeys);
    if (installed.isBuiltIn() || installed.version() != result.version || installed.signedBy() != result.keyId)
        return Error::storage(
            QCoreApplication::translate("reelpulse::EndpointUpdater",
                                        "The endpoint profile was written to %1 but is not the one in use: %2")
                .arg(QDir::toNativeSeparators(path), installed.overrideProblem()));
    qCInfo(lcEndpointUpdate) << "installed" << platformName(*platform) << "endpoint profile version" << result.version
                             << "from" << origin << "signed by key" << result.keyId;
    result.outcome = EndpointUpdateResult::Outcome::Installed;
    result.path = path;
    return result;
}

QList<EndpointProfileInUse> EndpointUpdater::profilesInUse() const
{
    return profilesInUse(m_dataDir, m_options.trustedKeys);
}

QList<EndpointProfileInUse> EndpointUpdater::profilesInUse(const QString &dataDir)
{
    return profilesInUse(dataDir, EndpointSignature::builtInKeys());
}

QList<EndpointProfileInUse> EndpointUpdater::profilesInUse(const QString &dataDir, const QList<TrustedKey> &keys)
{
    QList<EndpointProfileInUse> list;
    for (Platform platform : AllPlatforms) {
        const EndpointProfile profile = EndpointProfile::load(platform, dataDir, keys);
        EndpointProfileInUse info;
        info.platform = platform;
        info.version = profile.version();
        info.builtIn = profile.isBuiltIn();
        info.updated = profile.updated();
        info.problem = profile.overrideProblem();
        if (!profile.isBuiltIn()) {
            info.path = EndpointProfile::overridePath(platform, dataDir);
            info.signedBy = profile.signedBy();
            info.installedAt = QFileInfo(info.path).lastModified().toUTC();
        }
        list.append(info);
    }
    return list;
}

} // namespace reelpulse
