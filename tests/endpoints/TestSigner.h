#pragma once

#include "platform/EndpointSignature.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

#include <openssl/evp.h>

namespace reelpulse::test {

/// An Ed25519 key pair made in the test, signing as a maintainer does with
/// `openssl pkeyutl -sign -rawin -inkey key.pem -in <platform>.json | base64`.
/// The program itself trusts only its built-in key, which no test holds.
class TestSigner final
{
public:
    TestSigner()
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr),
                                                                        &EVP_PKEY_CTX_free);
        EVP_PKEY *key = nullptr;
        if (ctx && EVP_PKEY_keygen_init(ctx.get()) == 1 && EVP_PKEY_keygen(ctx.get(), &key) == 1)
            m_key.reset(key);
    }

    bool isValid() const { return m_key != nullptr; }

    QByteArray rawPublicKey() const
    {
        QByteArray raw(EndpointSignature::PublicKeySize, '\0');
        size_t length = size_t(raw.size());
        if (!m_key ||
            EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &length) != 1)
            return {};
        return raw;
    }

    TrustedKey trustedKey() const { return {EndpointSignature::keyId(rawPublicKey()), rawPublicKey()}; }

    /// The 64 signature bytes over data.
    QByteArray sign(const QByteArray &data) const
    {
        QByteArray signature(EndpointSignature::SignatureSize, '\0');
        size_t length = size_t(signature.size());
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        if (!m_key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
            EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
            return {};
        return signature;
    }

    /// The text of a signature file over data (base64, wrapped at 76 columns like `base64` does).
    QByteArray signatureFile(const QByteArray &data) const
    {
        const QByteArray base64 = sign(data).toBase64();
        QByteArray wrapped;
        for (qsizetype i = 0; i < base64.size(); i += 76)
            wrapped += base64.mid(i, 76) + '\n';
        return wrapped;
    }

private:
    struct KeyFree
    {
        void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    };
    std::unique_ptr<EVP_PKEY, KeyFree> m_key;
};

/// The built-in profile of a platform as JSON, with `version` set (and other fields replaced).
inline QByteArray profileJson(const QString &platform, int version, const QJsonObject &changes = {})
{
    QFile file(QStringLiteral(REELPULSE_SOURCE_DIR "/resources/endpoints/") + platform + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(QStringLiteral("version"), version);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return QJsonDocument(json).toJson();
}

} // namespace reelpulse::test
