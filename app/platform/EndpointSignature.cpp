#include "platform/EndpointSignature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <memory>

#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::EndpointSignature {

Q_LOGGING_CATEGORY(lcSignature, "reelpulse.endpoints.signature")

namespace {

// The maintainers' public keys (Ed25519, raw, base64). The private keys never enter the repository;
// docs/endpoint-profiles.md says how a key is made and how a profile is signed. To rotate, add the new
// key here, release, sign with the new key, and remove the old key in a later release.
constexpr const char *BuiltInPublicKeys[] = {
    "sfGRNC0NPk6AV6x7ygPLiA8ljhR9BblH19vz5rD0tbI=", // key id e1809fea7f23e8bc
};

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

PkeyPtr publicKey(const QByteArray &raw)
{
    if (raw.size() != PublicKeySize)
        return {};
    return PkeyPtr(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), size_t(raw.size())));
}

bool verifiedBy(const QByteArray &data, const QByteArray &signature, const QByteArray &rawKey)
{
    PkeyPtr key = publicKey(rawKey);
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx)
        return false;
    // Ed25519 signs the message itself (no separate digest): DigestVerify in one call, digest type none.
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(data), size_t(data.size())) ==
           1;
}

} // namespace

const QList<TrustedKey> &builtInKeys()
{
    static const QList<TrustedKey> keys = [] {
        QList<TrustedKey> list;
        for (const char *base64 : BuiltInPublicKeys) {
            Result<TrustedKey> key = trustedKey(QByteArray::fromBase64(QByteArray(base64)));
            if (key.ok())
                list.append(key.value());
            else
                qCCritical(lcSignature) << "built-in endpoint signing key unusable:" << key.error().message;
        }
        return list;
    }();
    return keys;
}

QString keyId(const QByteArray &rawPublicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(rawPublicKey, QCryptographicHash::Sha256).toHex().left(16));
}

Result<TrustedKey> trustedKey(const QByteArray &rawPublicKey)
{
    if (!publicKey(rawPublicKey))
        return Error::invalid(u"key"_s, QCoreApplication::translate(
                                            "reelpulse::EndpointSignature",
                                            "An endpoint signing key must be the 32 bytes of an Ed25519 public key."));
    return TrustedKey{keyId(rawPublicKey), rawPublicKey};
}

QString signaturePath(const QString &profilePath)
{
    return profilePath + u".sig"_s;
}

Result<QByteArray> decode(const QByteArray &signatureFile)
{
    if (signatureFile.size() > MaxSignatureFileSize)
        return Error::invalid(u"signature"_s,
                              QCoreApplication::translate("reelpulse::EndpointSignature",
                                                          "the signature file is too long to be a signature"));
    QByteArray text = signatureFile;
    text.replace(' ', "").replace('\t', "").replace('\r', "").replace('\n', "");
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (text.isEmpty() || !decoded || decoded.decoded.size() != SignatureSize)
        return Error::invalid(
            u"signature"_s,
            QCoreApplication::translate("reelpulse::EndpointSignature",
                                        "the signature file does not hold a signature (base64 text of 64 bytes)"));
    return decoded.decoded;
}

QByteArray encode(const QByteArray &signature)
{
    return signature.toBase64() + '\n';
}

Result<QString> verify(const QByteArray &data, const QByteArray &signatureFile, const QList<TrustedKey> &keys)
{
    Result<QByteArray> signature = decode(signatureFile);
    if (!signature)
        return signature.error();
    for (const TrustedKey &key : keys) {
        if (verifiedBy(data, signature.value(), key.publicKey))
            return key.id;
    }
    return Error::invalid(
        u"signature"_s,
        QCoreApplication::translate("reelpulse::EndpointSignature",
                                    "the signature does not match: the file was changed after it was signed, or it was "
                                    "signed with a key this ReelPulse does not trust"));
}

} // namespace reelpulse::EndpointSignature
