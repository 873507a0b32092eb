// The transfer engine against the fake CDN: streaming to .part, Range resume (and restart without it), the
// size check, atomic rename, expired URLs, server errors, truncated bodies, stalls and cancellation.
#include "FakePlatformServer.h"
#include "MediaBytes.h"

#include "downloads/FileTransfer.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::downloads;
using namespace reelpulse::test;

namespace {

constexpr qint64 Size = 3 * 1024 * 1024 + 17;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestFileTransfer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testWholeFileStreamsAndIsRenamed();
    void testRangeResumesAPart();
    void testServerWithoutRangeRestarts();
    void testExpiredUrl_data();
    void testExpiredUrl();
    void testServerErrorIsRetryable();
    void testTruncatedBodyKeepsThePartForResume();
    void testStallMidBodyEndsAndResumes();
    void testCancelKeepsThePart();
    void testPartLongerThanTheFileStartsOver();
    void testNotFound();

private:
    QUrl url(const QString &path) const { return QUrl(m_server->baseUrl() + path); }
    TransferResult fetch(const QString &path, const QString &target, int stallMs = 10'000,
                         const std::atomic_bool *cancel = nullptr)
    {
        FileTransfer::Options o;
        o.stallTimeoutMs = stallMs;
        o.cancel = cancel;
        o.progress = [this](qint64 bytes, qint64 total) {
            m_lastProgress = bytes;
            m_lastTotal = total;
        };
        return FileTransfer::run(m_network, url(path), target, o);
    }

    std::unique_ptr<FakePlatformServer> m_server;
    QNetworkAccessManager m_network;
    QByteArray m_bytes;
    bool m_acceptRanges = true;
    QTemporaryDir m_dir;
    qint64 m_lastProgress = 0;
    qint64 m_lastTotal = 0;
};

void TestFileTransfer::initTestCase()
{
    m_bytes = mediaBytes(u"/v/video.mp4"_s, Size);
    m_server = std::make_unique<FakePlatformServer>();
    QVERIFY(m_server->start());
    m_server->setRoute(u"/v/"_s, [this](const FakeRequest &request) {
        return FakeResponse::media(request, m_bytes, m_acceptRanges, "video/mp4");
    });
    QVERIFY(m_dir.isValid());
}

void TestFileTransfer::init()
{
    m_server->clearInjections();
    m_server->clearRequests();
    m_acceptRanges = true;
    QFile::remove(m_dir.filePath(u"out.mp4"_s));
    QFile::remove(m_dir.filePath(u"out.mp4.part"_s));
}

void TestFileTransfer::testWholeFileStreamsAndIsRenamed()
{
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const TransferResult r = fetch(u"/v/video.mp4?oe=1&oh=2"_s, target);
    QCOMPARE(r.outcome, TransferOutcome::Done);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.bytes, Size);
    QVERIFY(!r.resumed);
    QCOMPARE(readAll(target), m_bytes);
    QVERIFY(!QFile::exists(FileTransfer::partPath(target)));
    QCOMPARE(m_lastProgress, Size);
    QCOMPARE(m_lastTotal, Size);
    const auto request = m_server->lastRequest(u"/v/"_s);
    QVERIFY(request);
    QCOMPARE(request->header("Range"), QByteArray());
    QCOMPARE(request->header("Accept-Encoding"), QByteArray("identity"));
    QCOMPARE(request->queryValue(u"oe"_s), u"1"_s); // the query goes as it is
}

void TestFileTransfer::testRangeResumesAPart()
{
    const QString target = m_dir.filePath(u"out.mp4"_s);
    writeFile(FileTransfer::partPath(target), m_bytes.left(1000001));
    const TransferResult r = fetch(u"/v/video.mp4"_s, target);
    QCOMPARE(r.outcome, TransferOutcome::Done);
    QCOMPARE(r.httpStatus, 206);
    QVERIFY(r.resumed);
    QCOMPARE(m_server->lastRequest(u"/v/"_s)->header("Range"), QByteArray("bytes=1000001-"));
    QCOMPARE(readAll(target), m_bytes);
    QVERIFY(!QFile::exists(FileTransfer::partPath(target)));
}

void TestFileTransfer::testServerWithoutRangeRestarts()
{
    m_acceptRanges = false;
    const QString target = m_dir.filePath(u"out.mp4"_s);
    writeFile(FileTransfer::partPath(target), QByteArray(5000, 'z')); // not even the right bytes
    const TransferResult r = fetch(u"/v/video.mp4"_s, target);
    QCOMPARE(r.outcome, TransferOutcome::Done);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.restarted);
    QVERIFY(!r.resumed);
    QCOMPARE(readAll(target), m_bytes);
}

void TestFileTransfer::testExpiredUrl_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("403") << 403;
    QTest::newRow("410") << 410;
}

void TestFileTransfer::testExpiredUrl()
{
    QFETCH(int, status);
    m_server->injectResponse(FakeResponse::json("URL signature expired", status), u"/v/"_s);
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const TransferResult r = fetch(u"/v/video.mp4"_s, target);
    QCOMPARE(r.outcome, TransferOutcome::Expired);
    QCOMPARE(r.httpStatus, status);
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(FileTransfer::partPath(target))); // the error body is not the file, no empty .part
}

void TestFileTransfer::testServerErrorIsRetryable()
{
    m_server->injectFault(FakeFault::ServerError, u"/v/"_s);
    const QString target = m_dir.filePath(u"out.mp4"_s);
    QCOMPARE(fetch(u"/v/video.mp4"_s, target).outcome, TransferOutcome::Retryable);
    QVERIFY(!QFile::exists(target));
    QCOMPARE(fetch(u"/v/video.mp4"_s, target).outcome, TransferOutcome::Done);
    QCOMPARE(readAll(target), m_bytes);
}

void TestFileTransfer::testTruncatedBodyKeepsThePartForResume()
{
    FakeResponse cut = FakeResponse::media(FakeRequest{}, m_bytes, true, "video/mp4");
    cut.sendBodyBytes = 700000; // Content-Length announces all, the connection closes after 700,000
    m_server->injectResponse(cut, u"/v/"_s);
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const TransferResult first = fetch(u"/v/video.mp4"_s, target);
    QCOMPARE(first.outcome, TransferOutcome::Retryable);
    QCOMPARE(first.bytes, 700000);
    QVERIFY(!QFile::exists(target)); // a half file never carries the final name
    QCOMPARE(QFileInfo(FileTransfer::partPath(target)).size(), 700000);
    const TransferResult second = fetch(u"/v/video.mp4"_s, target);
    QCOMPARE(second.outcome, TransferOutcome::Done);
    QVERIFY(second.resumed);
    QCOMPARE(m_server->lastRequest(u"/v/"_s)->header("Range"), QByteArray("bytes=700000-"));
    QCOMPARE(readAll(target), m_bytes);
}

void TestFileTransfer::testStallMidBodyEndsAndResumes()
{
    FakeResponse stall = FakeResponse::media(FakeRequest{}, m_bytes, true, "video/mp4");
    stall.sendBodyBytes = 300000;
    stall.holdOpenAfterCut = true;
    m_server->injectResponse(stall, u"/v/"_s);
    const QString target = m_dir.filePath(u"out.mp4"_s);
    QElapsedTimer clock;
    clock.start();
    const TransferResult first = fetch(u"/v/video.mp4"_s, target, 700);
    QCOMPARE(first.outcome, TransferOutcome::Retryable);
    QVERIFY(clock.elapsed() < 8000);
    QCOMPARE(QFileInfo(FileTransfer::partPath(target)).size(), 300000);
    QCOMPARE(fetch(u"/v/video.mp4"_s, target).outcome, TransferOutcome::Done);
    QCOMPARE(readAll(target), m_bytes);
}

void TestFileTransfer::testCancelKeepsThePart()
{
    FakeResponse stall = FakeResponse::media(FakeRequest{}, m_bytes, true, "video/mp4");
    stall.sendBodyBytes = 200000;
    stall.holdOpenAfterCut = true;
    m_server->injectResponse(stall, u"/v/"_s);
    std::atomic_bool cancel{false};
    QTimer::singleShot(400, [&cancel] { cancel = true; });
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const TransferResult r = fetch(u"/v/video.mp4"_s, target, 30'000, &cancel);
    QCOMPARE(r.outcome, TransferOutcome::Cancelled);
    QCOMPARE(QFileInfo(FileTransfer::partPath(target)).size(), 200000);
    QVERIFY(!QFile::exists(target));
}

void TestFileTransfer::testPartLongerThanTheFileStartsOver()
{
    const QString target = m_dir.filePath(u"out.mp4"_s);
    writeFile(FileTransfer::partPath(target), QByteArray(Size + 10, 'q'));
    const TransferResult r = fetch(u"/v/video.mp4"_s, target);
    QCOMPARE(r.httpStatus, 416);
    QCOMPARE(r.outcome, TransferOutcome::Retryable);
    QVERIFY(!QFile::exists(FileTransfer::partPath(target)));
    QCOMPARE(fetch(u"/v/video.mp4"_s, target).outcome, TransferOutcome::Done);
    QCOMPARE(readAll(target), m_bytes);
}

void TestFileTransfer::testNotFound()
{
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const TransferResult r = fetch(u"/nothing/here.mp4"_s, target);
    QCOMPARE(r.outcome, TransferOutcome::NotFound);
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "testFileTransfer.moc"
