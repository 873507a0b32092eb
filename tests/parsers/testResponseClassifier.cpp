#include "Fixtures.h"

#include "instagram/ResponseClassifier.h"
#include "tiktok/ResponseClassifier.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());

/// "Name: value" lines into header pairs.
QList<QPair<QByteArray, QByteArray>> headerList(const QByteArray &lines)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QByteArray &line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

HttpAnswer answer(int status, const QByteArray &headers, const QByteArray &body, const QString &finalUrl = {})
{
    HttpAnswer a;
    a.status = status;
    a.headers = headerList(headers);
    a.body = body;
    a.finalUrl = QUrl(finalUrl.isEmpty() ? u"https://www.instagram.com/api/v1/users/web_profile_info/"_s : finalUrl);
    return a;
}

constexpr int None = -1;

/// A video page with the given detail statusCode.
QByteArray tiktokPage(int statusCode, const QByteArray &itemStruct = "{\"id\":\"1\"}")
{
    return "<html><body><script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">"
           "{\"__DEFAULT_SCOPE__\":{\"webapp.video-detail\":{\"statusCode\":" +
           QByteArray::number(statusCode) + ",\"statusMsg\":\"\",\"itemInfo\":{\"itemStruct\":" + itemStruct +
           "}}}}</script></body></html>";
}

const QByteArray Json = "Content-Type: application/json; charset=utf-8";
const QByteArray Html = "Content-Type: text/html; charset=utf-8";

} // namespace

class TestResponseClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void testInstagram_data();
    void testInstagram();
    void testRetryAfter_data();
    void testRetryAfter();
    void testTikTokStatusCodes_data();
    void testTikTokStatusCodes();
    void testTikTokVideoPage_data();
    void testTikTokVideoPage();
    void testTikTokCommentList_data();
    void testTikTokCommentList();
    void testMessagesAreActionable();
};

void TestResponseClassifier::testInstagram_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("finalUrl");
    QTest::addColumn<bool>("expectHtml");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("retryAfter");

    const QByteArray loginPage =
        "<!DOCTYPE html><html><head><title>Login • Instagram</title></head><body><form id=\"loginForm\">"
        "</form></body></html>";
    const int RateLimited = int(FailureClass::RateLimited), SoftBlock = int(FailureClass::SoftBlock),
              LoginWall = int(FailureClass::LoginWall), Checkpoint = int(FailureClass::Checkpoint),
              Broken = int(FailureClass::EndpointBroken), NotFound = int(FailureClass::NotFound),
              Network = int(FailureClass::Network), Malformed = int(FailureClass::Malformed);

    QTest::newRow("429") << 429 << Json << R"({"message":"rate limited","status":"fail"})"_ba << QString() << false
                         << RateLimited << None;
    QTest::newRow("429 Retry-After seconds")
        << 429 << Json + "\nRetry-After: 120" << QByteArray() << QString() << false << RateLimited << 120;
    QTest::newRow("429 Retry-After date") << 429 << "retry-after: Wed, 01 Jan 2025 00:05:00 GMT"_ba << QByteArray()
                                          << QString() << false << RateLimited << 300;
    QTest::newRow("429 Retry-After garbage")
        << 429 << "Retry-After: soon"_ba << QByteArray() << QString() << false << RateLimited << None;
    QTest::newRow("401 please wait")
        << 401 << Json
        << R"({"message":"Please wait a few minutes before you try again.","require_login":true,"status":"fail"})"_ba
        << QString() << false << SoftBlock << None;
    QTest::newRow("401 require_login") << 401 << Json << R"({"message":"","require_login":true,"status":"fail"})"_ba
                                       << QString() << false << SoftBlock << None;
    QTest::newRow("302 to login") << 302 << "Location: https://www.instagram.com/accounts/login/?next=%2Fapi%2Fv1%2F"_ba
                                  << QByteArray() << QString() << false << LoginWall << None;
    QTest::newRow("302 relative to challenge") << 302 << "Location: /challenge/?next=/api/v1/media/1/info/"_ba
                                               << QByteArray() << QString() << false << Checkpoint << None;
    QTest::newRow("followed redirect to login")
        << 200 << Html << loginPage << u"https://www.instagram.com/accounts/login/?next=/instagram/"_s << true
        << LoginWall << None;
    QTest::newRow("400 checkpoint fixture")
        << 400 << Json << fixtures::bytes(fixtures::PgCheckpoint) << QString() << false << Checkpoint << None;
    QTest::newRow("200 checkpoint fixture")
        << 200 << Json << fixtures::bytes(fixtures::PgCheckpoint) << QString() << false << Checkpoint << None;
    QTest::newRow("403 challenge_required")
        << 403 << Json
        << R"({"message":"challenge_required","challenge":{"url":"https://i.instagram.com/challenge/1/x/"},"status":"fail"})"_ba
        << QString() << false << Checkpoint << None;
    QTest::newRow("400 feedback_required")
        << 400 << Json
        << R"({"message":"feedback_required","spam":true,"feedback_title":"Try Again Later","status":"fail"})"_ba
        << QString() << false << Checkpoint << None;
    QTest::newRow("HTML instead of JSON") << 200 << Html << loginPage << QString() << false << LoginWall << None;
    QTest::newRow("HTML without content type")
        << 200 << QByteArray() << "\n  <html><body>hi</body></html>"_ba << QString() << false << LoginWall << None;
    QTest::newRow("403 HTML") << 403 << Html << loginPage << QString() << false << LoginWall << None;
    QTest::newRow("data null") << 200 << Json << R"({"data":null,"status":"ok"})"_ba << QString() << false << Broken
                               << None;
    QTest::newRow("errors and data null")
        << 200 << Json << R"({"errors":[{"message":"execution error","severity":"CRITICAL"}],"data":null})"_ba
        << QString() << false << Broken << None;
    QTest::newRow("errors") << 200 << Json << R"({"errors":[{"message":"doc_id is not valid"}],"status":"ok"})"_ba
                            << QString() << false << Broken << None;
    QTest::newRow("errors please wait")
        << 200 << Json << R"({"errors":[{"message":"Please wait a few minutes before you try again."}]})"_ba
        << QString() << false << SoftBlock << None;
    QTest::newRow("status fail") << 200 << Json << R"({"message":"useragent mismatch","status":"fail"})"_ba << QString()
                                 << false << Broken << None;
    QTest::newRow("data empty") << 200 << Json << R"({"data":{},"status":"ok"})"_ba << QString() << false << Broken
                                << None;
    QTest::newRow("user null") << 200 << Json << R"({"data":{"user":null},"status":"ok"})"_ba << QString() << false
                               << NotFound << None;
    QTest::newRow("media null") << 200 << Json << R"({"data":{"xdt_shortcode_media":null},"extensions":{}})"_ba
                                << QString() << false << NotFound << None;
    QTest::newRow("400 media not found") << 400 << Json
                                         << R"({"message":"Media not found or unavailable","status":"fail"})"_ba
                                         << QString() << false << NotFound << None;
    QTest::newRow("400 other") << 400 << Json << R"({"message":"Invalid parameters","status":"fail"})"_ba << QString()
                               << false << Broken << None;
    QTest::newRow("301 elsewhere") << 301 << "Location: https://www.instagram.com/somewhere/"_ba << QByteArray()
                                   << QString() << false << Broken << None;
    QTest::newRow("404") << 404 << Html << "<html>Sorry, this page isn't available.</html>"_ba << QString() << false
                         << NotFound << None;
    QTest::newRow("500") << 500 << Json << QByteArray() << QString() << false << Network << None;
    QTest::newRow("503") << 503 << Html << "<html>unavailable</html>"_ba << QString() << false << Network << None;
    QTest::newRow("no answer") << 0 << QByteArray() << QByteArray() << QString() << false << Network << None;
    QTest::newRow("truncated") << 200 << Json << R"({"data":{"user":{"id":"1","username":"x")"_ba << QString() << false
                               << Malformed << None;
    QTest::newRow("empty") << 200 << Json << QByteArray() << QString() << false << Malformed << None;
    QTest::newRow("JSON array") << 200 << Json << "[1,2]"_ba << QString() << false << Malformed << None;
    QTest::newRow("web_profile_info") << 200 << Json << fixtures::bytes(fixtures::WebProfile) << QString() << false
                                      << None << None;
    QTest::newRow("reel") << 200 << Json << fixtures::bytes(fixtures::Reel) << QString() << false << None << None;
    QTest::newRow("app carousel") << 200 << Json << fixtures::bytes(fixtures::AppCarousel) << QString() << false << None
                                  << None;
    QTest::newRow("comment mentioning checkpoint_required")
        << 200 << Json
        << R"({"comments":[{"pk":"1","text":"got checkpoint_required and feedback_required today"}],"status":"ok"})"_ba
        << QString() << false << None << None;
    QTest::newRow("profile page HTML") << 200 << Html
                                       << "<html><meta property=\"og:description\" content=\"\"></html>"_ba
                                       << u"https://www.instagram.com/instagram/"_s << true << None << None;
}

void TestResponseClassifier::testInstagram()
{
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, finalUrl);
    QFETCH(bool, expectHtml);
    QFETCH(int, cls);
    QFETCH(int, retryAfter);
    const std::optional<ScrapeFailure> f = instagram::classifyResponse(answer(status, headers, body, finalUrl),
                                                                       expectHtml ? Expect::Html : Expect::Json, Now);
    if (cls == None) {
        QVERIFY2(!f, f ? qPrintable(failureClassName(f->cls) + u": "_s + f->message) : "");
        return;
    }
    QVERIFY(f);
    QCOMPARE(failureClassName(f->cls), failureClassName(FailureClass(cls)));
    QCOMPARE(f->httpStatus, status);
    QCOMPARE(f->retryAfterSeconds, retryAfter == None ? std::nullopt : std::optional<int>(retryAfter));
    QVERIFY(!f->message.isEmpty());
}

void TestResponseClassifier::testRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << "60"_ba << 60;
    QTest::newRow("spaces") << " 3600 "_ba << 3600;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("negative") << "-5"_ba << None;
    QTest::newRow("date") << "Wed, 01 Jan 2025 01:00:00 GMT"_ba << 3600;
    QTest::newRow("date in the past") << "Tue, 31 Dec 2024 23:00:00 GMT"_ba << 0;
    QTest::newRow("capped at a week") << "99999999"_ba << 7 * 86400;
    QTest::newRow("empty") << QByteArray() << None;
    QTest::newRow("garbage") << "tomorrow"_ba << None;
}

void TestResponseClassifier::testRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    QCOMPARE(parseRetryAfter(value, Now), seconds == None ? std::nullopt : std::optional<int>(seconds));
}

void TestResponseClassifier::testTikTokStatusCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("cls");
    QTest::newRow("0") << 0 << None;
    QTest::newRow("10216 private") << 10216 << int(FailureClass::Private);
    QTest::newRow("10222 private account") << 10222 << int(FailureClass::Private);
    QTest::newRow("10204") << 10204 << int(FailureClass::Private);
    QTest::newRow("10202 no user") << 10202 << int(FailureClass::NotFound);
    QTest::newRow("10221 banned") << 10221 << int(FailureClass::NotFound);
    QTest::newRow("10217 taken down") << 10217 << int(FailureClass::NotFound);
    QTest::newRow("10000 captcha") << 10000 << int(FailureClass::Checkpoint);
    QTest::newRow("unknown") << 12345 << int(FailureClass::EndpointBroken);
}

void TestResponseClassifier::testTikTokStatusCodes()
{
    QFETCH(int, code);
    QFETCH(int, cls);
    const std::optional<ScrapeFailure> f = tiktok::classifyStatusCode(code);
    if (cls == None) {
        QVERIFY(!f);
        return;
    }
    QVERIFY(f);
    QCOMPARE(failureClassName(f->cls), failureClassName(FailureClass(cls)));
    QVERIFY(f->message.contains(QString::number(code)));
}

void TestResponseClassifier::testTikTokVideoPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("ok") << 200 << Html << tiktokPage(0) << None << None;
    QTest::newRow("fixture item") << 200 << Html << tiktokPage(0, fixtures::bytes(fixtures::TtItem)) << None << None;
    QTest::newRow("private") << 200 << Html << tiktokPage(10216) << int(FailureClass::Private) << None;
    QTest::newRow("10222") << 200 << Html << tiktokPage(10222) << int(FailureClass::Private) << None;
    QTest::newRow("10204") << 200 << Html << tiktokPage(10204) << int(FailureClass::Private) << None;
    QTest::newRow("10202") << 200 << Html << tiktokPage(10202) << int(FailureClass::NotFound) << None;
    QTest::newRow("10221") << 200 << Html << tiktokPage(10221) << int(FailureClass::NotFound) << None;
    // A code beyond int is still a refusal: it once wrapped to 0, success.
    QTest::newRow("status beyond int") << 200 << Html
                                       << tiktokPage(0).replace("\"statusCode\":0", "\"statusCode\":4294967296")
                                       << int(FailureClass::EndpointBroken) << None;
    QTest::newRow("no page data") << 200 << Html << "<html><body>TikTok</body></html>"_ba
                                  << int(FailureClass::EndpointBroken) << None;
    QTest::newRow("captcha page") << 200 << Html << "<html><div id=\"captcha-verify-container\"></div></html>"_ba
                                  << int(FailureClass::Checkpoint) << None;
    QTest::newRow("truncated page") << 200 << Html << tiktokPage(0).left(150) << int(FailureClass::Malformed) << None;
    QTest::newRow("no video detail")
        << 200 << Html
        << "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">{\"__DEFAULT_SCOPE__\":{}}"
           "</script>"_ba
        << int(FailureClass::EndpointBroken) << None;
    QTest::newRow("429") << 429 << "Retry-After: 30"_ba << QByteArray() << int(FailureClass::RateLimited) << 30;
    QTest::newRow("302 login") << 302 << "Location: https://www.tiktok.com/login?redirect_url=x"_ba << QByteArray()
                               << int(FailureClass::LoginWall) << None;
    QTest::newRow("404") << 404 << Html << QByteArray() << int(FailureClass::NotFound) << None;
    QTest::newRow("502") << 502 << Html << QByteArray() << int(FailureClass::Network) << None;
    QTest::newRow("403") << 403 << Html << "<html>Access denied</html>"_ba << int(FailureClass::EndpointBroken) << None;
}

void TestResponseClassifier::testTikTokVideoPage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, cls);
    QFETCH(int, retryAfter);
    HttpAnswer a = answer(status, headers, body, u"https://www.tiktok.com/@someone/video/1"_s);
    const std::optional<ScrapeFailure> f = tiktok::classifyVideoPage(a, Now);
    if (cls == None) {
        QVERIFY2(!f, f ? qPrintable(f->message) : "");
        return;
    }
    QVERIFY(f);
    QCOMPARE(failureClassName(f->cls), failureClassName(FailureClass(cls)));
    QCOMPARE(f->retryAfterSeconds, retryAfter == None ? std::nullopt : std::optional<int>(retryAfter));
    QCOMPARE(f->httpStatus, status);
}

void TestResponseClassifier::testTikTokCommentList_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("cls");
    QTest::newRow("fixture") << 200 << fixtures::bytes(fixtures::TtComments) << None;
    QTest::newRow("empty body") << 200 << QByteArray() << int(FailureClass::EndpointBroken);
    QTest::newRow("private") << 200 << R"({"status_code":10204,"status_msg":"private"})"_ba
                             << int(FailureClass::Private);
    QTest::newRow("unknown status") << 200 << R"({"status_code":5,"status_msg":"invalid parameters"})"_ba
                                    << int(FailureClass::EndpointBroken);
    // A code beyond int once wrapped to 0, for which classifyStatusCode has no failure to return.
    QTest::newRow("status beyond int") << 200 << R"({"status_code":4294967296,"status_msg":"?"})"_ba
                                       << int(FailureClass::EndpointBroken);
    QTest::newRow("status beyond int as text")
        << 200 << R"({"status_code":"-4294967296"})"_ba << int(FailureClass::EndpointBroken);
    QTest::newRow("truncated") << 200 << fixtures::bytes(fixtures::TtComments).left(1000)
                               << int(FailureClass::Malformed);
    // A walled comment list does not pause TikTok: the video pages still answer.
    QTest::newRow("HTML") << 200 << "<!DOCTYPE html><html></html>"_ba << int(FailureClass::EndpointBroken);
    QTest::newRow("429") << 429 << QByteArray() << int(FailureClass::RateLimited);
}

void TestResponseClassifier::testTikTokCommentList()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, cls);
    const std::optional<ScrapeFailure> f = tiktok::classifyCommentList(
        answer(status, Json, body, u"https://www.tiktok.com/api/comment/list/?aweme_id=1"_s), Now);
    if (cls == None) {
        QVERIFY2(!f, f ? qPrintable(f->message) : "");
        return;
    }
    QVERIFY(f);
    QCOMPARE(failureClassName(f->cls), failureClassName(FailureClass(cls)));
}

void TestResponseClassifier::testMessagesAreActionable()
{
    const std::optional<ScrapeFailure> checkpoint =
        instagram::classifyResponse(answer(400, Json, fixtures::bytes(fixtures::PgCheckpoint)), Expect::Json, Now);
    QVERIFY(checkpoint);
    QVERIFY(checkpoint->message.contains(u"browser"_s));
    const std::optional<ScrapeFailure> wall =
        instagram::classifyResponse(answer(302, "Location: /accounts/login/"_ba, {}), Expect::Json, Now);
    QVERIFY(wall);
    QVERIFY(wall->message.contains(u"session"_s));
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "testResponseClassifier.moc"
