// The S3 media host: SigV4 against the examples of Amazon's documentation, and uploads, presigned reads and
// deletes against a local bucket that checks every signature as S3 does.
#include "FakeHttpEndpoint.h"
#include "publishing/MediaHost.h"
#include "publishing/OneShotHttp.h"
#include "publishing/S3Signer.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

const s3::Credentials Example{u"AKIAIOSFODNN7EXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s, u"us-east-1"_s};
const QDateTime ExampleTime = QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// A bucket "media" at /media/… (path style) that keeps objects in memory and refuses a request whose signature
/// does not match the secret, as S3 does (403 SignatureDoesNotMatch).
class FakeBucket
{
public:
    explicit FakeBucket(s3::Credentials credentials)
        : m_credentials(std::move(credentials))
    {
        m_endpoint = std::make_unique<FakeHttpEndpoint>([this](const FakeRequest &r) { return answer(r); });
        m_endpoint->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_endpoint.get(), [this] { m_port = m_endpoint->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~FakeBucket()
    {
        QMetaObject::invokeMethod(
            m_endpoint.get(),
            [this] {
                m_endpoint->shutdown();
                m_endpoint.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString base() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    QHash<QString, QByteArray> objects() const
    {
        QMutexLocker lock(&m_mutex);
        return m_objects;
    }
    QList<QByteArray> methods() const
    {
        QMutexLocker lock(&m_mutex);
        return m_methods;
    }

private:
    bool verified(const FakeRequest &r) const
    {
        const QUrl url(u"http://"_s + QString::fromLatin1(r.header("host")) + QString::fromLatin1(r.target));
        QUrlQuery query(url);
        if (query.hasQueryItem(u"X-Amz-Signature"_s)) { // presigned
            const QString given = query.queryItemValue(u"X-Amz-Signature"_s);
            const QDateTime at =
                QDateTime::fromString(query.queryItemValue(u"X-Amz-Date"_s), u"yyyyMMdd'T'HHmmss'Z'"_s);
            QUrl unsigned_ = url;
            query.removeQueryItem(u"X-Amz-Signature"_s);
            unsigned_.setQuery(query);
            const QDateTime utc(at.date(), at.time(), Qt::UTC);
            const QByteArray canonical =
                s3::canonicalRequest(r.method, unsigned_, {{"host", r.header("host")}}, "UNSIGNED-PAYLOAD");
            return given.toLatin1() == s3::sign(canonical, utc, m_credentials) &&
                   utc.addSecs(query.queryItemValue(u"X-Amz-Expires"_s).toInt()) > QDateTime::currentDateTimeUtc();
        }
        static const QRegularExpression header(
            u"^AWS4-HMAC-SHA256 Credential=([^/]+)/\\d{8}/([^/]+)/s3/aws4_request,SignedHeaders=([^,]+),"
            "Signature=([0-9a-f]{64})$"_s);
        const auto match = header.match(QString::fromLatin1(r.header("authorization")));
        if (!match.hasMatch() || match.captured(1) != m_credentials.accessKey)
            return false;
        if (r.header("x-amz-content-sha256") != sha256Hex(r.body))
            return false;
        s3::Headers signedOnes;
        for (const QString &name : match.captured(3).split(u';'))
            signedOnes.append({name.toLatin1(), r.header(name.toLatin1())});
        const QDateTime at =
            QDateTime::fromString(QString::fromLatin1(r.header("x-amz-date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
        const QDateTime utc(at.date(), at.time(), Qt::UTC);
        const QByteArray canonical = s3::canonicalRequest(r.method, url, signedOnes, r.header("x-amz-content-sha256"));
        return match.captured(4).toLatin1() == s3::sign(canonical, utc, m_credentials) &&
               match.captured(3).contains(u"host"_s);
    }

    FakeResponse answer(const FakeRequest &r)
    {
        QMutexLocker lock(&m_mutex);
        m_methods.append(r.method);
        if (!r.path.startsWith(u"/media/"_s))
            return {404, {}, "<Error><Code>NoSuchBucket</Code></Error>"};
        if (!verified(r))
            return {403, {}, "<Error><Code>SignatureDoesNotMatch</Code></Error>"};
        const QString key = r.path.mid(7);
        if (r.method == "PUT") {
            m_objects.insert(key, r.body);
            return {200, {}, {}};
        }
        if (r.method == "GET")
            return m_objects.contains(key) ? FakeResponse{200, {}, m_objects.value(key)}
                                           : FakeResponse{404, {}, "<Error><Code>NoSuchKey</Code></Error>"};
        if (r.method == "DELETE") {
            m_objects.remove(key);
            return {204, {}, {}};
        }
        return {405, {}, {}};
    }

    s3::Credentials m_credentials;
    QThread m_thread;
    std::unique_ptr<FakeHttpEndpoint> m_endpoint;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_objects;
    QList<QByteArray> m_methods;
};

MediaHost::Config s3Config(const QString &endpoint, const QString &secret)
{
    MediaHost::Config c;
    c.kind = MediaHost::Kind::S3;
    c.s3Endpoint = QUrl(endpoint);
    c.bucket = u"media"_s;
    c.region = u"eu-central-1"_s;
    c.user = u"AKIDLOCAL"_s;
    c.password = secret;
    return c;
}

} // namespace

class TestS3Host : public QObject
{
    Q_OBJECT

private slots:
    void testUriEncode_data();
    void testUriEncode();
    void testPresignedUrlOfTheDocumentation();
    void testSignedGetOfTheDocumentation();
    void testSignedPutOfTheDocumentation();
    void testUploadReadBackAndDelete();
    void testPublicBucketUrl();
    void testWrongSecretIsNamed();
    void testNotConfigured();
};

void TestS3Host::testUriEncode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("keepSlash");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QByteArray("AZaz09-_.~") << false << QByteArray("AZaz09-_.~");
    QTest::newRow("space") << QByteArray("a b") << false << QByteArray("a%20b");
    QTest::newRow("slash in a value") << QByteArray("a/b") << false << QByteArray("a%2Fb");
    QTest::newRow("slash in a path") << QByteArray("/a/b") << true << QByteArray("/a/b");
    QTest::newRow("dollar, plus, equals") << QByteArray("$+=") << true << QByteArray("%24%2B%3D");
    QTest::newRow("utf-8 upper-case hex") << QByteArray("é") << false << QByteArray("%C3%A9");
}

void TestS3Host::testUriEncode()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, keepSlash);
    QFETCH(QByteArray, encoded);
    QCOMPARE(s3::uriEncode(text, keepSlash), encoded);
}

// "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)", Amazon S3 API reference: the
// example presigned URL for GET examplebucket/test.txt, valid 86400 s.
void TestS3Host::testPresignedUrlOfTheDocumentation()
{
    const QUrl url =
        s3::presign("GET", QUrl(u"https://examplebucket.s3.amazonaws.com/test.txt"_s), Example, ExampleTime, 86400);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"X-Amz-Signature"_s),
             u"aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"_s);
    QCOMPARE(query.queryItemValue(u"X-Amz-Credential"_s, QUrl::FullyDecoded),
             u"AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"_s);
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(u"X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2F"_s));
    QCOMPARE(url.path(), u"/test.txt"_s);
}

// "Signature Calculations for the Authorization Header: Transferring Payload in a Single Chunk": GET Object with
// a Range header.
void TestS3Host::testSignedGetOfTheDocumentation()
{
    const auto headers = s3::signedHeaders("GET", QUrl(u"https://examplebucket.s3.amazonaws.com/test.txt"_s),
                                           {{"Range", "bytes=0-9"}}, {}, Example, ExampleTime);
    QByteArray authorization;
    for (const auto &[name, value] : headers)
        if (name == "Authorization")
            authorization = value;
    QCOMPARE(authorization,
             QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
}

// The same page's PUT Object example: a '$' in the key, a Date and a storage-class header, the body hashed.
void TestS3Host::testSignedPutOfTheDocumentation()
{
    const auto headers =
        s3::signedHeaders("PUT", QUrl(u"https://examplebucket.s3.amazonaws.com/test$file.text"_s),
                          {{"Date", "Fri, 24 May 2013 00:00:00 GMT"}, {"x-amz-storage-class", "REDUCED_REDUNDANCY"}},
                          "Welcome to Amazon S3.", Example, ExampleTime);
    QByteArray authorization, contentHash;
    for (const auto &[name, value] : headers) {
        if (name == "Authorization")
            authorization = value;
        if (name == "x-amz-content-sha256")
            contentHash = value;
    }
    QCOMPARE(contentHash, QByteArray("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"));
    QCOMPARE(authorization,
             QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                        "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,"
                        "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"));
}

void TestS3Host::testUploadReadBackAndDelete()
{
    FakeBucket bucket({u"AKIDLOCAL"_s, u"local-secret"_s, u"eu-central-1"_s});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"Spring Launch.jpg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes("\xff\xd8\xff\xe0 jpeg bytes", 16);
    file.write(bytes);
    file.close();

    MediaHost host(s3Config(bucket.base(), u"local-secret"_s));
    QVERIFY(host.isConfigured());
    const auto uploaded = host.upload(path);
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().message));
    QCOMPARE(bucket.objects().size(), 1);
    const QString key = bucket.objects().keys().first();
    QVERIFY(key.endsWith(u"-Spring-Launch.jpg"_s));
    QCOMPARE(bucket.objects().value(key), bytes);

    // Instagram reads it by the presigned URL: no credentials of its own.
    const QUrl url = uploaded.value();
    QCOMPARE(url.path(), u"/media/"_s + key);
    QVERIFY(QUrlQuery(url).hasQueryItem(u"X-Amz-Signature"_s));
    const auto fetched = OneShotHttp::request("GET", url, {}, {}, 10'000);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, bytes);
    // A tampered URL is refused.
    QUrl tampered = url;
    tampered.setPath(u"/media/other.jpg"_s);
    QCOMPARE(OneShotHttp::request("GET", tampered, {}, {}, 10'000).status, 403);

    QVERIFY(host.remove(url).ok());
    QVERIFY(bucket.objects().isEmpty());

    // The settings' check leaves nothing behind.
    QVERIFY(host.test().ok());
    QVERIFY(bucket.objects().isEmpty());
    QVERIFY(bucket.methods().contains("DELETE"));
}

void TestS3Host::testPublicBucketUrl()
{
    FakeBucket bucket({u"AKIDLOCAL"_s, u"local-secret"_s, u"eu-central-1"_s});
    QTemporaryDir dir;
    QFile file(dir.filePath(u"clip.mp4"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mp4");
    file.close();
    MediaHost::Config config = s3Config(bucket.base(), u"local-secret"_s);
    config.publicUrl = QUrl(u"https://cdn.example.com/media"_s);
    MediaHost host(config);
    const auto uploaded = host.upload(file.fileName());
    QVERIFY(uploaded.ok());
    QCOMPARE(uploaded->toString(), u"https://cdn.example.com/media/"_s + bucket.objects().keys().first());
}

void TestS3Host::testWrongSecretIsNamed()
{
    FakeBucket bucket({u"AKIDLOCAL"_s, u"local-secret"_s, u"eu-central-1"_s});
    MediaHost host(s3Config(bucket.base(), u"not-the-secret"_s));
    const Status checked = host.test();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind, ErrorKind::Invalid);
    QVERIFY2(checked.error().message.contains(u"secret key"_s), qPrintable(checked.error().message));
    QVERIFY(bucket.objects().isEmpty());
}

void TestS3Host::testNotConfigured()
{
    MediaHost::Config config = s3Config(u"http://127.0.0.1:9"_s, u"x"_s);
    config.bucket.clear();
    MediaHost host(config);
    QVERIFY(!host.isConfigured());
    const auto uploaded = host.upload(u"/nonexistent.jpg"_s);
    QVERIFY(!uploaded.ok());
    QVERIFY(uploaded.error().message.contains(u"media_host.s3_bucket"_s));
}

QTEST_GUILESS_MAIN(TestS3Host)
#include "testS3Host.moc"
