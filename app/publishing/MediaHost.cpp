#include "publishing/MediaHost.h"

#include "publishing/OneShotHttp.h"
#include "publishing/PublishingLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::MediaHost", text);
}

QUrl child(QUrl folder, const QString &name)
{
    QString path = folder.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    folder.setPath(path + name);
    return folder;
}

QByteArray contentTypeOf(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == u"jpg"_s || s == u"jpeg"_s)
        return "image/jpeg";
    if (s == u"png"_s)
        return "image/png";
    if (s == u"mp4"_s)
        return "video/mp4";
    if (s == u"mov"_s)
        return "video/quicktime";
    return "application/octet-stream";
}

} // namespace

MediaHost::MediaHost(Config config)
    : m_config(std::move(config))
{
}

bool MediaHost::isConfigured() const
{
    if (m_config.kind == Kind::S3)
        return m_config.s3Endpoint.isValid() && !m_config.s3Endpoint.host().isEmpty() && !m_config.bucket.isEmpty();
    return m_config.putUrl.isValid() && m_config.publicUrl.isValid();
}

QUrl MediaHost::putUrlOf(const QString &name) const
{
    if (m_config.kind == Kind::WebDav)
        return child(m_config.putUrl, name);
    QUrl object = m_config.s3Endpoint;
    if (m_config.pathStyle)
        return child(child(object, m_config.bucket), name);
    object.setHost(m_config.bucket + u'.' + object.host());
    return child(object, name);
}

QUrl MediaHost::publicUrlOf(const QString &name) const
{
    if (m_config.kind == Kind::S3 && !m_config.publicUrl.isValid()) {
        const s3::Credentials credentials{m_config.user, m_config.password, m_config.region};
        return s3::presign("GET", putUrlOf(name), credentials, QDateTime::currentDateTimeUtc(),
                           m_config.presignSeconds);
    }
    return child(m_config.publicUrl, name);
}

s3::Headers MediaHost::authorization(const QByteArray &method, const QUrl &url, s3::Headers headers,
                                     const QByteArray &payload) const
{
    if (m_config.kind == Kind::S3)
        return s3::signedHeaders(method, url, std::move(headers), payload,
                                 {m_config.user, m_config.password, m_config.region}, QDateTime::currentDateTimeUtc());
    if (!m_config.user.isEmpty())
        headers.append({"Authorization", "Basic " + (m_config.user + u':' + m_config.password).toUtf8().toBase64()});
    return headers;
}

Result<QUrl> MediaHost::put(const QString &name, const QByteArray &content, const QByteArray &contentType)
{
    const QUrl target = putUrlOf(name);
    const auto headers = authorization("PUT", target, {{"Content-Type", contentType}}, content);
    const auto answer = OneShotHttp::request("PUT", target, headers, content, 300'000);
    if (!answer.answered)
        return Error{ErrorKind::Network, {}, tr("The media host did not answer the upload: %1").arg(answer.failure)};
    if (answer.status == 401 || answer.status == 403)
        return Error::invalid(
            u"media_host.user"_s,
            m_config.kind == Kind::S3
                ? tr("The bucket refused the access key or secret key (HTTP %1): check them, the "
                     "region and that the key may write to the bucket.")
                      .arg(answer.status)
                : tr("The media host refused the user name or password (HTTP %1).").arg(answer.status));
    if (answer.status < 200 || answer.status >= 300)
        return Error::other(tr("The media host refused the upload (HTTP %1).").arg(answer.status));
    qCInfo(lcPublishing) << "uploaded" << name << content.size() << "bytes to the media host";
    return publicUrlOf(name);
}

Status MediaHost::checkConfigured() const
{
    if (isConfigured())
        return Ok{};
    return Error::invalid(u"media_host.put_url"_s,
                          tr("A local file must be put where Instagram can fetch it: set the media host "
                             "(WebDAV: media_host.put_url, media_host.public_url, media_host.user; S3: "
                             "media_host.kind s3, media_host.s3_endpoint, media_host.s3_bucket, "
                             "media_host.s3_region, the access key as media_host.user; the password or secret key "
                             "with 'reelpulse-cli media-host password'), or give a public URL instead."));
}

Result<QUrl> MediaHost::upload(const QString &filePath)
{
    if (auto configured = checkConfigured(); !configured.ok())
        return configured.error();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(u"file"_s, tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    if (file.size() > MaxFileBytes)
        return Error::invalid(u"file"_s, tr("%1 is larger than 512 MiB.").arg(filePath));
    const QByteArray content = file.readAll();
    const QFileInfo info(filePath);
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString base = info.completeBaseName();
    base.replace(unsafe, u"-"_s);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(16));
    const QString name = hash + u'-' + base.left(60) + u'.' + info.suffix().toLower();
    return put(name, content, contentTypeOf(info.suffix()));
}

Status MediaHost::remove(const QUrl &publicUrl)
{
    const QString name = publicUrl.fileName();
    const QUrl target = putUrlOf(name);
    const auto answer = OneShotHttp::request("DELETE", target, authorization("DELETE", target, {}, {}), {}, 30'000);
    if (!answer.answered || (answer.status >= 300 && answer.status != 404))
        return Error::other(tr("The media host did not delete %1.").arg(name));
    return Ok{};
}

Status MediaHost::test()
{
    const QByteArray probe = "ReelPulse media host check " + QByteArray::number(QRandomGenerator::global()->generate());
    const QString name = u"reelpulse-check-%1.txt"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    auto uploaded = put(name, probe, "text/plain");
    if (!uploaded.ok())
        return uploaded.error();
    const auto fetched = OneShotHttp::request("GET", uploaded.value(), {}, {}, 30'000);
    const bool same = fetched.answered && fetched.status == 200 && fetched.body == probe;
    (void)remove(uploaded.value());
    if (!same)
        return Error::other(tr("The file was uploaded but could not be read back at %1: check media_host.public_url "
                               "(Instagram reads media there).")
                                .arg(uploaded->toString()));
    return Ok{};
}

} // namespace reelpulse
