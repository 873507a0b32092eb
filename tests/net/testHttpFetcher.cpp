// The HTTP fetcher against the fake server: browser headers, decompression, redirects, timeouts, aborts.

#include "FakePlatformServer.h"
#include "NetTestSupport.h"

#include "net/CancelFlag.h"
#include "net/HttpFetcher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::test;

namespace {

/// A value of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when unavailable.
qint64 statusKib(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(u"^%1:\\s+(\\d+) kB$"_s.arg(QLatin1StringView(field)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

/// Resets the peak resident size (VmHWM) to the current one; false where the kernel does not allow it.
bool resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace

class TestHttpFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testSendsBrowserHeaders();
    void testRequestHeadersOverrideDefaults();
    void testUndoesCompression();
    void testPostsABody();
    void testKeepsVisitorCookiesButNeverSignInCookies();
    void testFollowsSameHostRedirectsUpToTheLimit();
    void testDoesNotFollowLoginOrChallengeRedirects();
    void testDoesNotFollowOtherHostRedirects();
    void testStallEndsWithATimeout();
    void testLateAnswerWithinTheTimeoutArrives();
    void testAbortFromAnotherThread();
    void testCancelledFlagSendsNothing();
    void testConnectionClosedMidBodyIsATransportFailure();
    void testHttpErrorStatusIsAnAnswerNotATransportFailure();
    void testRefusedConnectionIsATransportFailure();
    void testHugeBodyIsAbandonedWithBoundedMemory_data();
    void testHugeBodyIsAbandonedWithBoundedMemory();
    void testBodyUnderTheCapArrivesWhole();

private:
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_server->baseUrl() + pathAndQuery); }
    std::unique_ptr<FakePlatformServer> m_server;
};

void TestHttpFetcher::initTestCase()
{
    m_server = std::make_unique<FakePlatformServer>(fixtureDir());
    QVERIFY(m_server->start());
}

void TestHttpFetcher::init()
{
    m_server->clearRequests();
    m_server->clearInjections();
    m_server->setRoute(u"/"_s, [](const FakeRequest &) { return FakeResponse::json(R"({"ok": true})"); });
}

void TestHttpFetcher::testSendsBrowserHeaders()
{
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({url(u"/hello?x=1"_s), "GET", {}, {}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray(R"({"ok": true})"));
    QVERIFY(!response.transportFailed());
    const FakeRequest request = m_server->lastRequest().value();
    QCOMPARE(request.path, u"/hello"_s);
    QCOMPARE(request.queryValue(u"x"_s), u"1"_s);
    QVERIFY(request.header("User-Agent").contains("Chrome/"));
    QVERIFY(!request.header("User-Agent").contains("Qt"));
    QCOMPARE(request.header("Accept-Language"), QByteArray("en-US,en;q=0.9"));
    QVERIFY(request.header("Accept-Encoding").contains("gzip"));
}

void TestHttpFetcher::testRequestHeadersOverrideDefaults()
{
    HttpFetcher fetcher;
    HttpRequest request{url(u"/h"_s), "GET", {}, {}};
    request.setHeader("Accept", "text/html");
    request.setHeader("x-ig-app-id", "936619743392459");
    QCOMPARE(fetcher.fetch(request).status, 200);
    const FakeRequest seen = m_server->lastRequest().value();
    QCOMPARE(seen.header("Accept"), QByteArray("text/html"));
    QCOMPARE(seen.header("X-IG-App-ID"), QByteArray("936619743392459"));
}

void TestHttpFetcher::testUndoesCompression()
{
    const QByteArray plain = R"({"data": {"user": {"username": "instagram"}}, "status": "ok"})";
    m_server->setRoute(u"/deflated"_s, [plain](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(qCompress(plain).mid(4)); // zlib stream without Qt's size prefix
        response.withHeader("Content-Encoding", "deflate");
        return response;
    });
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({url(u"/deflated"_s), "GET", {}, {}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, plain);
}

void TestHttpFetcher::testPostsABody()
{
    HttpFetcher fetcher;
    HttpRequest request{url(u"/graphql/query"_s), "POST", {}, "doc_id=1&variables=%7B%7D"};
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    QCOMPARE(fetcher.fetch(request).status, 200);
    const FakeRequest seen = m_server->lastRequest().value();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.param(u"doc_id"_s), u"1"_s);
    QCOMPARE(seen.param(u"variables"_s), u"{}"_s);
}

void TestHttpFetcher::testKeepsVisitorCookiesButNeverSignInCookies()
{
    m_server->setRoute(u"/set"_s, [](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(R"({"status": "ok"})");
        response.withHeader("Set-Cookie", "csrftoken=visitorCSRF; Path=/");
        response.withHeader("Set-Cookie", "sessionid=LEAKED; Path=/; HttpOnly");
        response.withHeader("Set-Cookie", "ds_user_id=42; Path=/");
        return response;
    });
    HttpFetcher fetcher;
    QCOMPARE(fetcher.fetch({url(u"/set"_s), "GET", {}, {}}).status, 200);
    QCOMPARE(fetcher.fetch({url(u"/next"_s), "GET", {}, {}}).status, 200);
    const FakeRequest anonymous = m_server->lastRequest().value();
    QCOMPARE(anonymous.cookie("csrftoken").value_or(QByteArray()), QByteArray("visitorCSRF"));
    QVERIFY(!anonymous.cookie("sessionid"));
    QVERIFY(!anonymous.cookie("ds_user_id"));
    // A request with its own Cookie header sends exactly that.
    HttpRequest signedIn{url(u"/mine"_s), "GET", {}, {}};
    signedIn.setHeader("Cookie", "sessionid=MINE; csrftoken=MINECSRF");
    QCOMPARE(fetcher.fetch(signedIn).status, 200);
    QCOMPARE(m_server->lastRequest()->header("Cookie"), QByteArray("sessionid=MINE; csrftoken=MINECSRF"));
}

void TestHttpFetcher::testFollowsSameHostRedirectsUpToTheLimit()
{
    m_server->serveResponse(u"/a"_s, FakeResponse::redirect("/b"));
    m_server->serveResponse(u"/b"_s, FakeResponse::redirect("/c", 301));
    m_server->serveResponse(u"/c"_s, FakeResponse::json(R"({"at": "c"})"));
    HttpFetcher fetcher;
    HttpResponse response = fetcher.fetch({url(u"/a"_s), "GET", {}, {}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray(R"({"at": "c"})"));
    QCOMPARE(response.redirectsFollowed, 2);
    QCOMPARE(response.url.path(), u"/c"_s);
    QVERIFY(response.redirectTarget.isEmpty());

    // A chain longer than three hops stops at the fourth redirect.
    for (int i = 0; i < 5; ++i)
        m_server->serveResponse(u"/loop%1"_s.arg(i), FakeResponse::redirect("/loop" + QByteArray::number(i + 1)));
    m_server->clearRequests();
    response = fetcher.fetch({url(u"/loop0"_s), "GET", {}, {}});
    QCOMPARE(response.status, 302);
    QCOMPARE(response.redirectTarget.path(), u"/loop4"_s);
    QCOMPARE(m_server->requestCount(u"/loop"_s), 4);
}

void TestHttpFetcher::testDoesNotFollowLoginOrChallengeRedirects()
{
    m_server->serveResponse(u"/api/v1/users/web_profile_info/"_s, FakeResponse::loginRedirect());
    m_server->serveResponse(u"/p/x/"_s, FakeResponse::redirect("/challenge/624247/lMZI350pJ1/"));
    HttpFetcher fetcher;
    HttpResponse response = fetcher.fetch({url(u"/api/v1/users/web_profile_info/?username=a"_s), "GET", {}, {}});
    QCOMPARE(response.status, 302);
    QCOMPARE(response.redirectTarget.path(), u"/accounts/login/"_s);
    response = fetcher.fetch({url(u"/p/x/"_s), "GET", {}, {}});
    QCOMPARE(response.status, 302);
    QCOMPARE(response.redirectTarget.path(), u"/challenge/624247/lMZI350pJ1/"_s);
    QCOMPARE(m_server->requestCount(u"/accounts/"_s), 0);
    QCOMPARE(m_server->requestCount(u"/challenge/"_s), 0);
}

void TestHttpFetcher::testDoesNotFollowOtherHostRedirects()
{
    m_server->serveResponse(u"/away"_s, FakeResponse::redirect("http://localhost:1/elsewhere"));
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({url(u"/away"_s), "GET", {}, {}});
    QCOMPARE(response.status, 302);
    QCOMPARE(response.redirectTarget.host(), u"localhost"_s);
    QVERIFY(!response.transportFailed());
}

void TestHttpFetcher::testStallEndsWithATimeout()
{
    m_server->injectFault(FakeFault::Stall);
    FetcherOptions options;
    options.timeoutMs = 500;
    HttpFetcher fetcher(options);
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = fetcher.fetch({url(u"/slow"_s), "GET", {}, {}});
    QVERIFY(response.timedOut);
    QVERIFY(!response.aborted);
    QVERIFY(response.transportFailed());
    QCOMPARE(response.status, 0);
    QVERIFY2(timer.elapsed() >= 400 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    // The fetcher is usable again afterwards.
    QCOMPARE(fetcher.fetch({url(u"/fast"_s), "GET", {}, {}}).status, 200);
}

void TestHttpFetcher::testLateAnswerWithinTheTimeoutArrives()
{
    m_server->injectResponse(FakeResponse::stall(300));
    FetcherOptions options;
    options.timeoutMs = 2000;
    HttpFetcher fetcher(options);
    const HttpResponse response = fetcher.fetch({url(u"/late"_s), "GET", {}, {}});
    QCOMPARE(response.status, 200);
    QVERIFY(!response.timedOut);
    QVERIFY(response.elapsedMs >= 250);
}

void TestHttpFetcher::testAbortFromAnotherThread()
{
    m_server->injectFault(FakeFault::Stall);
    HttpResponse response;
    HttpFetcher *fetcher = nullptr;
    QAtomicPointer<HttpFetcher> ready;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        HttpFetcher own; // created and used in the worker thread
        ready.storeRelease(&own);
        response = own.fetch({url(u"/stuck"_s), "GET", {}, {}});
        ready.storeRelease(nullptr);
    }));
    worker->start();
    QTRY_VERIFY(m_server->requestCount(u"/stuck"_s) == 1);
    fetcher = ready.loadAcquire();
    QVERIFY(fetcher);
    QElapsedTimer timer;
    timer.start();
    fetcher->abort();
    QVERIFY(worker->wait(5000));
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(response.aborted);
    QVERIFY(!response.timedOut);
    QCOMPARE(response.status, 0);
}

void TestHttpFetcher::testCancelledFlagSendsNothing()
{
    CancelFlag cancel;
    cancel.cancel();
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({url(u"/never"_s), "GET", {}, {}}, &cancel);
    QVERIFY(response.aborted);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestHttpFetcher::testConnectionClosedMidBodyIsATransportFailure()
{
    m_server->injectFault(FakeFault::CloseMidBody);
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({url(u"/cut"_s), "GET", {}, {}});
    QVERIFY2(response.transportFailed(), qPrintable(response.errorString));
}

void TestHttpFetcher::testHttpErrorStatusIsAnAnswerNotATransportFailure()
{
    m_server->injectFault(FakeFault::SoftBlock);
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({url(u"/x"_s), "GET", {}, {}});
    QCOMPARE(response.status, 401);
    QVERIFY(!response.transportFailed());
    QVERIFY(response.body.contains("Please wait a few minutes"));
    m_server->injectFault(FakeFault::ServerError);
    const HttpResponse error = fetcher.fetch({url(u"/x"_s), "GET", {}, {}});
    QCOMPARE(error.status, 500);
    QVERIFY(!error.transportFailed());
}

void TestHttpFetcher::testRefusedConnectionIsATransportFailure()
{
    auto closed = std::make_unique<FakePlatformServer>();
    QVERIFY(closed->start());
    const QString base = closed->baseUrl();
    closed.reset(); // the port is free again: nothing listens there
    HttpFetcher fetcher;
    const HttpResponse response = fetcher.fetch({QUrl(base + u"/x"_s), "GET", {}, {}});
    QVERIFY(response.transportFailed());
    QCOMPARE(response.status, 0);
}

void TestHttpFetcher::testHugeBodyIsAbandonedWithBoundedMemory_data()
{
    QTest::addColumn<bool>("withContentLength");
    QTest::newRow("Content-Length") << true;
    QTest::newRow("chunked") << false;
}

void TestHttpFetcher::testHugeBodyIsAbandonedWithBoundedMemory()
{
    QFETCH(bool, withContentLength);
    // 100 MiB, generated by the server as it sends (it holds none of it) against the default 16 MiB cap.
    m_server->serveResponse(u"/huge"_s, FakeResponse::huge(100LL * 1024 * 1024, withContentLength));
    HttpFetcher fetcher;
    QCOMPARE(fetcher.maxBodyBytes(), 16LL * 1024 * 1024);
    (void)fetcher.fetch({url(u"/warm-up"_s), "GET", {}, {}}); // the manager and its thread exist before measuring
    const bool peakReset = resetPeakMemory();
    const qint64 before = peakReset ? statusKib("VmRSS") : statusKib("VmHWM");
    QVERIFY(before > 0);
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = fetcher.fetch({url(u"/huge"_s), "GET", {}, {}});
    const qint64 elapsed = timer.elapsed();
    const qint64 growthKib = statusKib("VmHWM") - before;
    qInfo("abandoned after %lld ms; peak memory growth %lld KiB (%s)", elapsed, growthKib,
          peakReset ? "peak reset before" : "peak not resettable: growth of the old peak");
    QVERIFY(response.bodyTooLarge);
    QVERIFY(response.transportFailed());
    QVERIFY(!response.timedOut);
    QVERIFY(response.body.isEmpty());
    QVERIFY2(response.errorString.contains(u"16 MiB"_s), qPrintable(response.errorString));
    QVERIFY2(response.errorString.contains(u"net.max_body_mib"_s), qPrintable(response.errorString));
    QVERIFY2(elapsed < 10'000, qPrintable(QString::number(elapsed)));
    QVERIFY2(growthKib < 40 * 1024, qPrintable(u"%1 KiB"_s.arg(growthKib)));
    // The fetcher is usable again afterwards.
    QCOMPARE(fetcher.fetch({url(u"/fast"_s), "GET", {}, {}}).status, 200);
}

void TestHttpFetcher::testBodyUnderTheCapArrivesWhole()
{
    FetcherOptions options;
    options.maxBodyBytes = 4 * 1024 * 1024;
    HttpFetcher fetcher(options);
    for (const bool withContentLength : {true, false}) {
        m_server->serveResponse(u"/big"_s, FakeResponse::huge(3 * 1024 * 1024, withContentLength));
        const HttpResponse whole = fetcher.fetch({url(u"/big"_s), "GET", {}, {}});
        QCOMPARE(whole.status, 200);
        QVERIFY(!whole.bodyTooLarge);
        QCOMPARE(whole.body.size(), 3 * 1024 * 1024);
        QVERIFY(whole.body.startsWith("{\"data\": {\"padding\": \"xxx"));
    }
    m_server->serveResponse(u"/big"_s, FakeResponse::huge(5 * 1024 * 1024, false));
    const HttpResponse over = fetcher.fetch({url(u"/big"_s), "GET", {}, {}});
    QVERIFY(over.bodyTooLarge);
    QVERIFY2(over.errorString.contains(u"4 MiB"_s), qPrintable(over.errorString));
}

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "testHttpFetcher.moc"
