#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace reelpulse {

/// A public key that endpoint profiles may be signed with: Ed25519, the 32 raw bytes of the key.
struct TrustedKey
{
    QString id;           ///< EndpointSignature::keyId() of publicKey
    QByteArray publicKey; ///< 32 raw bytes
};

/// Detached Ed25519 signatures of endpoint profiles (see docs/endpoint-profiles.md).
///
/// A profile `<platform>.json` travels with `<platform>.json.sig`: the 64-byte Ed25519 signature over the
/// exact bytes of the JSON file, as base64 text (line breaks and spaces are ignored, so `base64` output
/// with or without wrapping works). A signature verifies when one of the trusted keys made it; which keys
/// are trusted is a parameter, so tests use keys of their own while the program trusts builtInKeys().
namespace EndpointSignature {

inline constexpr qsizetype SignatureSize = 64;
inline constexpr qsizetype PublicKeySize = 32;
/// A signature file longer than this is not one (the base64 of 64 bytes is 88 characters).
inline constexpr qsizetype MaxSignatureFileSize = 1024;

/// The maintainers' keys compiled into this build.
const QList<TrustedKey> &builtInKeys();

/// A key from its 32 raw bytes, with its id; Invalid when it is not an Ed25519 public key.
Result<TrustedKey> trustedKey(const QByteArray &rawPublicKey);
/// The first 16 hex digits of the SHA-256 of the raw key ("e1809fea7f23e8bc").
QString keyId(const QByteArray &rawPublicKey);

/// Where the signature of a profile file is kept: `<profilePath>.sig`.
QString signaturePath(const QString &profilePath);

/// The 64 signature bytes in a signature file's text; Invalid when it is not base64 of 64 bytes.
Result<QByteArray> decode(const QByteArray &signatureFile);
/// The signature file text for 64 signature bytes (base64 and a line break).
QByteArray encode(const QByteArray &signature);

/// The id of the trusted key whose signature signatureFile holds over data; an Invalid error saying
/// why not (not a signature, or made by no trusted key / over other bytes).
Result<QString> verify(const QByteArray &data, const QByteArray &signatureFile, const QList<TrustedKey> &keys);

} // namespace EndpointSignature

} // namespace reelpulse
