#include "publishing/S3Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::s3 {

namespace {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray amzDate(const QDateTime &now)
{
    return now.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray scope(const QDateTime &now, const Credentials &c)
{
    return now.toUTC().toString(u"yyyyMMdd"_s).toLatin1() + '/' + c.region.toUtf8() + "/s3/aws4_request";
}

} // namespace

QByteArray sign(const QByteArray &canonical, const QDateTime &now, const Credentials &c)
{
    const QByteArray stringToSign =
        "AWS4-HMAC-SHA256\n" + amzDate(now) + '\n' + scope(now, c) + '\n' + sha256Hex(canonical);
    QByteArray key = hmac("AWS4" + c.secretKey.toUtf8(), now.toUTC().toString(u"yyyyMMdd"_s).toLatin1());
    key = hmac(key, c.region.toUtf8());
    key = hmac(key, "s3");
    key = hmac(key, "aws4_request");
    return hmac(key, stringToSign).toHex();
}

namespace {

/// Lower-case names, values with surrounding and inner runs of spaces trimmed, sorted by name.
Headers canonicalHeaders(const Headers &headers)
{
    Headers out;
    for (const auto &[name, value] : headers)
        out.append({name.toLower().trimmed(), value.simplified()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

QByteArray signedNames(const Headers &canonical)
{
    QByteArrayList names;
    for (const auto &header : canonical)
        names.append(header.first);
    return names.join(';');
}

} // namespace

QByteArray uriEncode(const QByteArray &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~' || (keepSlash && c == '/')) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    return out;
}

QByteArray hostHeader(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &headers,
                            const QByteArray &payloadHash)
{
    QByteArray path = uriEncode(url.path(QUrl::FullyDecoded).toUtf8(), true);
    if (path.isEmpty())
        path = "/";
    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append({uriEncode(key.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &[key, value] : query)
        queryParts.append(key + '=' + value);
    const Headers canonical = canonicalHeaders(headers);
    QByteArray headerBlock;
    for (const auto &[name, value] : canonical)
        headerBlock += name + ':' + value + '\n';
    return method + '\n' + path + '\n' + queryParts.join('&') + '\n' + headerBlock + '\n' + signedNames(canonical) +
           '\n' + payloadHash;
}

Headers signedHeaders(const QByteArray &method, const QUrl &url, Headers headers, const QByteArray &payload,
                      const Credentials &credentials, const QDateTime &now)
{
    const QByteArray payloadHash = sha256Hex(payload);
    const bool hasHost = std::any_of(headers.cbegin(), headers.cend(),
                                     [](const auto &h) { return h.first.compare("host", Qt::CaseInsensitive) == 0; });
    if (!hasHost)
        headers.append({"Host", hostHeader(url)});
    headers.append({"x-amz-date", amzDate(now)});
    headers.append({"x-amz-content-sha256", payloadHash});
    const QByteArray canonical = canonicalRequest(method, url, headers, payloadHash);
    headers.append({"Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKey.toUtf8() + '/' +
                                         scope(now, credentials) +
                                         ",SignedHeaders=" + signedNames(canonicalHeaders(headers)) +
                                         ",Signature=" + sign(canonical, now, credentials)});
    return headers;
}

QUrl presign(const QByteArray &method, const QUrl &url, const Credentials &credentials, const QDateTime &now,
             int expiresSeconds)
{
    QUrl out = url;
    QUrlQuery query(url);
    query.addQueryItem(u"X-Amz-Algorithm"_s, u"AWS4-HMAC-SHA256"_s);
    query.addQueryItem(u"X-Amz-Credential"_s,
                       credentials.accessKey + u'/' + QString::fromLatin1(scope(now, credentials)));
    query.addQueryItem(u"X-Amz-Date"_s, QString::fromLatin1(amzDate(now)));
    query.addQueryItem(u"X-Amz-Expires"_s, QString::number(std::clamp(expiresSeconds, 1, 7 * 24 * 3600)));
    query.addQueryItem(u"X-Amz-SignedHeaders"_s, u"host"_s);
    out.setQuery(query);
    const QByteArray canonical = canonicalRequest(method, out, {{"host", hostHeader(url)}}, "UNSIGNED-PAYLOAD");
    // The query as SigV4 encodes it, so the URL carries exactly what was signed.
    QByteArrayList parts;
    QList<QPair<QByteArray, QByteArray>> items;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        items.append({uriEncode(key.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    items.append({"X-Amz-Signature", sign(canonical, now, credentials)});
    for (const auto &[key, value] : items)
        parts.append(key + '=' + value);
    out.setQuery(QString::fromLatin1(parts.join('&')), QUrl::StrictMode);
    return out;
}

} // namespace reelpulse::s3
