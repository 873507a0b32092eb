#pragma once

#include "domain/Result.h"

#include <QString>
#include <QUrl>

namespace reelpulse {

/// The user's media host: Instagram fetches media by URL, so a local file is first put where it is public.
/// WebDAV or plain HTTP PUT (Nextcloud, a web server): files are PUT under `media_host.put_url` (with the user
/// `media_host.user` and the password from the keychain, Basic authentication) and Instagram reads them at
/// `media_host.public_url` + the same name. Blocking; every request is sent once.
class MediaHost final
{
public:
    struct Config
    {
        QUrl putUrl;    ///< folder the files are PUT into
        QUrl publicUrl; ///< the same folder as the public sees it
        QString user;
        QString password; ///< from the keychain
    };

    explicit MediaHost(Config config);

    /// The keychain key of the host's password.
    static QString passwordKey() { return QStringLiteral("media-host-password"); }
    /// Largest file uploaded (Instagram's own limit for videos is far above what a PUT should carry at once).
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;

    bool isConfigured() const { return m_config.putUrl.isValid() && m_config.publicUrl.isValid(); }

    /// Uploads the file; its public URL. The name is made unique by the content's hash.
    Result<QUrl> upload(const QString &filePath);
    /// Deletes an uploaded file by its public URL.
    Status remove(const QUrl &publicUrl);
    /// Settings' check: uploads a small file, reads it back at its public URL, deletes it.
    Status test();

private:
    Result<QUrl> put(const QString &name, const QByteArray &content, const QByteArray &contentType);
    QUrl putUrlOf(const QString &name) const;

    Config m_config;
};

} // namespace reelpulse
