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

QUrl MediaHost::putUrlOf(const QString &name) const
{
    return child(m_config.putUrl, name);
}

Result<QUrl> MediaHost::put(const QString &name, const QByteArray &content, const QByteArray &contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
    if (!m_config.user.isEmpty())
        headers.append({"Authorization", "Basic " + (m_config.user + u':' + m_config.password).toUtf8().toBase64()});
    const auto answer = OneShotHttp::request("PUT", putUrlOf(name), headers, content, 300'000);
    if (!answer.answered)
        return Error{ErrorKind::Network, {}, tr("The media host did not answer the upload: %1").arg(answer.failure)};
    if (answer.status == 401 || answer.status == 403)
        return Error::invalid(u"media_host.user"_s,
                              tr("The media host refused the user name or password (HTTP %1).").arg(answer.status));
    if (answer.status < 200 || answer.status >= 300)
        return Error::other(tr("The media host refused the upload (HTTP %1).").arg(answer.status));
    qCInfo(lcPublishing) << "uploaded" << name << content.size() << "bytes to the media host";
    return child(m_config.publicUrl, name);
}

Result<QUrl> MediaHost::upload(const QString &filePath)
{
    if (!isConfigured())
        return Error::invalid(u"media_host.put_url"_s,
                              tr("A local file must be put where Instagram can fetch it: set the media host "
                                 "(media_host.put_url, media_host.public_url, media_host.user; the password with "
                                 "'reelpulse-cli media-host password'), or give a public URL instead."));
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
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!m_config.user.isEmpty())
        headers.append({"Authorization", "Basic " + (m_config.user + u':' + m_config.password).toUtf8().toBase64()});
    const auto answer = OneShotHttp::request("DELETE", putUrlOf(name), headers, {}, 30'000);
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
