#include "TestSigner.h"
#include "platform/EndpointProfile.h"
#include "platform/EndpointSignature.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using reelpulse::test::profileJson;
using reelpulse::test::TestSigner;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

/// Ed25519 signatures of endpoint profiles, and which copy in the data folder load() then uses.
class TestEndpointSignature final : public QObject
{
    Q_OBJECT

private slots:
    void testRfc8032Vector();
    void testSignedBytesVerify();
    void testAnyChangedByteIsRefused();
    void testOtherKeyIsRefused();
    void testMalformedSignatureFiles_data();
    void testMalformedSignatureFiles();
    void testBuiltInKey();
    void testLoadUsesASignedCopy();
    void testLoadRefusesACopyWhoseSignatureFails_data();
    void testLoadRefusesACopyWhoseSignatureFails();
    void testLoadStillUsesAnUnsignedLocalCopy();
};

void TestEndpointSignature::testRfc8032Vector()
{
    // RFC 8032, section 7.1, TEST 2 (one-byte message 0x72): OpenSSL's Ed25519 is the standard one.
    const QByteArray publicKey =
        QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    const QByteArray signature =
        QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                            "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    auto key = EndpointSignature::trustedKey(publicKey);
    QVERIFY(key.ok());
    auto verified = EndpointSignature::verify("\x72", signature.toBase64(), {key.value()});
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified.value(), EndpointSignature::keyId(publicKey));
    QVERIFY(!EndpointSignature::verify("\x73", signature.toBase64(), {key.value()}).ok());
}

void TestEndpointSignature::testSignedBytesVerify()
{
    TestSigner signer;
    QVERIFY(signer.isValid());
    const QByteArray json = profileJson(u"instagram"_s, 2);
    QVERIFY(!json.isEmpty());
    auto verified = EndpointSignature::verify(json, signer.signatureFile(json), {signer.trustedKey()});
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified.value(), signer.trustedKey().id);
    // The id is the start of the SHA-256 of the raw key.
    QCOMPARE(signer.trustedKey().id,
             QString::fromLatin1(
                 QCryptographicHash::hash(signer.rawPublicKey(), QCryptographicHash::Sha256).toHex().left(16)));
    // Unwrapped base64, with or without a line break, is the same signature.
    QVERIFY(EndpointSignature::verify(json, signer.sign(json).toBase64(), {signer.trustedKey()}).ok());
    QVERIFY(EndpointSignature::verify(json, EndpointSignature::encode(signer.sign(json)), {signer.trustedKey()}).ok());
    // Any trusted key may have signed it.
    TestSigner other;
    QCOMPARE(
        EndpointSignature::verify(json, signer.signatureFile(json), {other.trustedKey(), signer.trustedKey()}).value(),
        signer.trustedKey().id);
}

void TestEndpointSignature::testAnyChangedByteIsRefused()
{
    TestSigner signer;
    const QByteArray json = profileJson(u"instagram"_s, 2);
    const QByteArray signature = signer.signatureFile(json);
    for (const qsizetype at : {qsizetype(0), json.size() / 2, json.size() - 1}) {
        QByteArray tampered = json;
        tampered[at] = char(tampered.at(at) ^ 0x01);
        auto verified = EndpointSignature::verify(tampered, signature, {signer.trustedKey()});
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().kind, ErrorKind::Invalid);
        QVERIFY2(verified.error().message.contains(u"does not match"_s), qPrintable(verified.error().message));
    }
    QVERIFY(!EndpointSignature::verify(json + ' ', signature, {signer.trustedKey()}).ok());
    QVERIFY(!EndpointSignature::verify(json.chopped(1), signature, {signer.trustedKey()}).ok());
}

void TestEndpointSignature::testOtherKeyIsRefused()
{
    TestSigner maintainer;
    TestSigner stranger;
    const QByteArray json = profileJson(u"tiktok"_s, 2);
    auto verified = EndpointSignature::verify(json, stranger.signatureFile(json), {maintainer.trustedKey()});
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().message.contains(u"does not trust"_s), qPrintable(verified.error().message));
    QVERIFY(!EndpointSignature::verify(json, maintainer.signatureFile(json), {}).ok()); // no key trusted
}

void TestEndpointSignature::testMalformedSignatureFiles_data()
{
    TestSigner signer;
    const QByteArray good = signer.sign("x").toBase64();
    QTest::addColumn<QByteArray>("signatureFile");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << " \n"_ba;
    QTest::newRow("not base64") << QByteArray(good).replace(0, 4, "!!!!");
    QTest::newRow("63 bytes") << signer.sign("x").left(63).toBase64();
    QTest::newRow("65 bytes") << QByteArray(signer.sign("x") + 'a').toBase64();
    QTest::newRow("hex instead of base64") << signer.sign("x").toHex();
    QTest::newRow("too long") << QByteArray(2000, 'A');
}

void TestEndpointSignature::testMalformedSignatureFiles()
{
    QFETCH(QByteArray, signatureFile);
    TestSigner signer;
    auto verified = EndpointSignature::verify("x", signatureFile, {signer.trustedKey()});
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().kind, ErrorKind::Invalid);
    QVERIFY(!EndpointSignature::decode(signatureFile).ok());
}

void TestEndpointSignature::testBuiltInKey()
{
    const QList<TrustedKey> &keys = EndpointSignature::builtInKeys();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().publicKey.size(), 32);
    QCOMPARE(keys.first().id, u"e1809fea7f23e8bc"_s);
    QCOMPARE(keys.first().id, EndpointSignature::keyId(keys.first().publicKey));
    QVERIFY(!EndpointSignature::trustedKey(QByteArray(31, 'k')).ok());
}

void TestEndpointSignature::testLoadUsesASignedCopy()
{
    TestSigner signer;
    QTemporaryDir dir;
    const QString path = EndpointProfile::overridePath(Platform::Instagram, dir.path());
    const QByteArray json = profileJson(u"instagram"_s, 3);
    writeFile(path, json);
    writeFile(EndpointSignature::signaturePath(path), signer.signatureFile(json));

    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, dir.path(), {signer.trustedKey()});
    QVERIFY(!p.isBuiltIn());
    QCOMPARE(p.version(), 3);
    QCOMPARE(p.signedBy(), signer.trustedKey().id);
    QVERIFY(p.overrideProblem().isEmpty());
    QCOMPARE(p.updated(), u"2025-02-15"_s);
    // The other platform is untouched.
    QVERIFY(EndpointProfile::load(Platform::TikTok, dir.path(), {signer.trustedKey()}).isBuiltIn());
}

void TestEndpointSignature::testLoadRefusesACopyWhoseSignatureFails_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("profile changed after signing") << u"profile"_s;
    QTest::newRow("signed by an untrusted key") << u"stranger"_s;
    QTest::newRow("signature file garbled") << u"signature"_s;
}

void TestEndpointSignature::testLoadRefusesACopyWhoseSignatureFails()
{
    QFETCH(QString, damage);
    TestSigner signer;
    TestSigner stranger;
    QTemporaryDir dir;
    const QString path = EndpointProfile::overridePath(Platform::Instagram, dir.path());
    const QByteArray json = profileJson(u"instagram"_s, 3);
    QByteArray signature = (damage == u"stranger"_s ? stranger : signer).signatureFile(json);
    if (damage == u"signature"_s)
        signature = "not a signature";
    writeFile(path, damage == u"profile"_s ? QByteArray(json).replace("\"version\": 3", "\"version\": 4") : json);
    writeFile(EndpointSignature::signaturePath(path), signature);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignored"_s));
    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, dir.path(), {signer.trustedKey()});
    QVERIFY(p.isBuiltIn());
    QCOMPARE(p.version(), 1);
    QVERIFY(p.signedBy().isEmpty());
    QVERIFY2(p.overrideProblem().contains(EndpointSignature::signaturePath(path)), qPrintable(p.overrideProblem()));
    QVERIFY2(p.overrideProblem().contains(u"delete the signature file"_s), qPrintable(p.overrideProblem()));
}

void TestEndpointSignature::testLoadStillUsesAnUnsignedLocalCopy()
{
    // A copy without a signature file is a fix made by hand in the data folder (as trusted as the
    // settings beside it): used, and reported as unsigned.
    TestSigner signer;
    QTemporaryDir dir;
    const QString path = EndpointProfile::overridePath(Platform::TikTok, dir.path());
    writeFile(path, profileJson(u"tiktok"_s, 2));
    const EndpointProfile p = EndpointProfile::load(Platform::TikTok, dir.path(), {signer.trustedKey()});
    QVERIFY(!p.isBuiltIn());
    QCOMPARE(p.version(), 2);
    QVERIFY(p.signedBy().isEmpty());

    // Signed by the test key, the built-in key does not accept it: the default load() refuses it.
    writeFile(EndpointSignature::signaturePath(path), signer.signatureFile(profileJson(u"tiktok"_s, 2)));
    QVERIFY(!EndpointProfile::load(Platform::TikTok, dir.path(), {signer.trustedKey()}).isBuiltIn());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignored"_s));
    QVERIFY(EndpointProfile::load(Platform::TikTok, dir.path()).isBuiltIn());
}

QTEST_GUILESS_MAIN(TestEndpointSignature)
#include "testEndpointSignature.moc"
