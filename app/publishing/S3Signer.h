#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace reelpulse {

/// AWS Signature Version 4 for S3-compatible object stores (Amazon S3, MinIO, Backblaze B2, Cloudflare R2,
/// Wasabi…): requests signed in the Authorization header, and presigned URLs. Pure functions: the time is given.
namespace s3 {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Credentials
{
    QString accessKey;
    QString secretKey; ///< from the keychain; never logged
    QString region = QStringLiteral("us-east-1");
};

/// RFC 3986 encoding as SigV4 wants it: everything but A–Z a–z 0–9 - _ . ~ is %XX (upper case); '/' too unless
/// keepSlash.
QByteArray uriEncode(const QByteArray &text, bool keepSlash);

/// The canonical request of SigV4 (method, path, query, headers, signed header names, payload hash).
QByteArray canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &headers,
                            const QByteArray &payloadHash);

/// The headers to send with a request: `headers` plus Host, x-amz-date, x-amz-content-sha256 and Authorization.
/// Every header given is signed.
Headers signedHeaders(const QByteArray &method, const QUrl &url, Headers headers, const QByteArray &payload,
                      const Credentials &credentials, const QDateTime &now);

/// A presigned URL (query-string authentication, unsigned payload) valid for `expiresSeconds` (1 s … 7 days).
QUrl presign(const QByteArray &method, const QUrl &url, const Credentials &credentials, const QDateTime &now,
             int expiresSeconds);

/// The signature (hex) of a canonical request made at `at`.
QByteArray sign(const QByteArray &canonicalRequest, const QDateTime &at, const Credentials &credentials);

/// Host as sent in the Host header: with the port when it is not the scheme's default.
QByteArray hostHeader(const QUrl &url);

} // namespace s3
} // namespace reelpulse
