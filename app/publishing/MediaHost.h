#pragma once

#include "domain/Result.h"
#include "publishing/S3Signer.h"

#include <QString>
#include <QUrl>

namespace reelpulse {

/// The user's media host: Instagram fetches media by URL, so a local file is first put where it is public.
/// - WebDAV or plain HTTP PUT (Nextcloud, a web server): files are PUT under `media_host.put_url` (with the user
///   `media_host.user` and the password from the keychain, Basic authentication) and Instagram reads them at
///   `media_host.public_url` + the same name.
/// - An S3-compatible bucket (`media_host.s3_endpoint`, `media_host.s3_bucket`, `media_host.s3_region`, the access
///   key `media_host.user`, the secret key from the keychain): objects are PUT with a SigV4 signature; Instagram
///   reads them at `media_host.public_url` + the name when the bucket is public, else by a presigned URL.
/// Blocking; every request is sent once.
class MediaHost final
{
public:
    enum class Kind { WebDav, S3 };

    struct Config
    {
        Kind kind = Kind::WebDav;
        QUrl putUrl;    ///< WebDAV: folder the files are PUT into
        QUrl publicUrl; ///< the same folder as the public sees it (S3: optional, else presigned URLs)
        QString user;
        QString password; ///< from the keychain
        // S3: the endpoint (https://s3.eu-central-1.amazonaws.com, a MinIO server…), bucket, region; the access key
        // is `user`, the secret key `password`.
        QUrl s3Endpoint;
        QString bucket;
        QString region = QStringLiteral("us-east-1");
        bool pathStyle = true;          ///< endpoint/bucket/key; else bucket.endpoint/key (AWS virtual hosts)
        int presignSeconds = 24 * 3600; ///< how long a presigned URL lets Instagram fetch the file
    };

    explicit MediaHost(Config config);

    /// The keychain key of the host's password.
    static QString passwordKey() { return QStringLiteral("media-host-password"); }
    /// Largest file uploaded (Instagram's own limit for videos is far above what a PUT should carry at once).
    static constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;

    bool isConfigured() const;
    /// Ok when configured, else what to set.
    Status checkConfigured() const;
    Kind kind() const { return m_config.kind; }

    /// Uploads the file; its public URL. The name is made unique by the content's hash.
    Result<QUrl> upload(const QString &filePath);
    /// Deletes an uploaded file by its public URL.
    Status remove(const QUrl &publicUrl);
    /// Settings' check: uploads a small file, reads it back at its public URL, deletes it.
    Status test();

private:
    Result<QUrl> put(const QString &name, const QByteArray &content, const QByteArray &contentType);
    QUrl putUrlOf(const QString &name) const;
    QUrl publicUrlOf(const QString &name) const;
    s3::Headers authorization(const QByteArray &method, const QUrl &url, s3::Headers headers,
                              const QByteArray &payload) const;

    Config m_config;
};

} // namespace reelpulse
