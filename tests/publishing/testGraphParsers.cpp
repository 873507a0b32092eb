#include "auth/InstagramOAuth.h"
#include "publishing/GraphParsers.h"
#include "publishing/PostRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(REELPULSE_TEST_DATA "/publishing/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QJsonObject fixtureObject(const char *name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

} // namespace

/// Graph API answers → domain values, error JSON → actions, caption rules, OAuth redirect checks.
class TestGraphParsers final : public QObject
{
    Q_OBJECT

private slots:
    void testAccount();
    void testMediaPages();
    void testInsightsBothShapesAndRate();
    void testInsightMetricsAreCurrent();
    void testContainerStatusAndQuota();
    void testErrorActions_data();
    void testErrorActions();
    void testRetryAfter();
    void testToken();
    void testPostRules_data();
    void testPostRules();
    void testAuthorizeUrl();
    void testRedirectChecks_data();
    void testRedirectChecks();
};

void TestGraphParsers::testAccount()
{
    const auto account = graph::parseAccount(fixtureObject("me.json"));
    QVERIFY(account);
    QCOMPARE(account->userId, u"17841400000000001"_s); // user_id wins over the app-scoped id
    QCOMPARE(account->username, u"john_doe"_s);
    QCOMPARE(account->accountType, u"BUSINESS"_s);
    QCOMPARE(account->followers.value_or(-1), 15420);
    QCOMPARE(account->follows.value_or(-1), 850); // a count sent as a string
    QVERIFY(!graph::parseAccount(QJsonObject{{u"id"_s, u"1"_s}}));
}

void TestGraphParsers::testMediaPages()
{
    const auto page = graph::parseMediaPage(fixtureObject("media_page.json"));
    QVERIFY(page);
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->items.at(0).id, u"17892456789123456"_s);
    QCOMPARE(page->items.at(0).timestamp.value(), QDateTime(QDate(2026, 2, 26), QTime(10, 30), Qt::UTC));
    QCOMPARE(page->items.at(1).likeCount.value_or(-1), 512);
    QCOMPARE(page->items.at(1).mediaProductType, u"REELS"_s);
    QVERIFY(page->hasNext);
    QCOMPARE(page->afterCursor, u"QASFZ5U5E6CZ2s"_s);

    const auto last = graph::parseMediaPage(fixtureObject("media_last_page.json"));
    QVERIFY(last);
    QVERIFY(!last->hasNext); // no paging.next: the last page, whatever the cursors say
    QVERIFY(!graph::parseMediaPage(QJsonObject{{u"data"_s, u"x"_s}}));
}

void TestGraphParsers::testInsightsBothShapesAndRate()
{
    const auto insights = graph::parseInsights(fixtureObject("insights.json"));
    QVERIFY(insights);
    QCOMPARE(insights->views.value_or(-1), 5234);
    QCOMPARE(insights->reach.value_or(-1), 3890);
    QCOMPARE(insights->saved.value_or(-1), 12);
    QCOMPARE(insights->totalInteractions.value_or(-1), 280); // total_value shape
    // 280 / 3890 * 100 = 7.197… → 7.2
    QCOMPARE(insights->engagementRate().value_or(-1), 7.2);
    MediaInsights none;
    none.totalInteractions = 5;
    QVERIFY(!none.engagementRate());
    none.reach = 0;
    QVERIFY(!none.engagementRate());
}

void TestGraphParsers::testInsightMetricsAreCurrent()
{
    const QStringList metrics = graph::mediaInsightMetrics();
    for (const QString &deprecated : {u"impressions"_s, u"plays"_s, u"video_views"_s})
        QVERIFY2(!metrics.contains(deprecated), qPrintable(deprecated));
    QCOMPARE(metrics, (QStringList{u"views"_s, u"reach"_s, u"likes"_s, u"comments"_s, u"shares"_s, u"saved"_s,
                                   u"total_interactions"_s}));
}

void TestGraphParsers::testContainerStatusAndQuota()
{
    const auto status = graph::parseContainerStatus(fixtureObject("container_status.json"));
    QVERIFY(status);
    QCOMPARE(status->status, ContainerStatus::Finished);
    for (const auto &[code, expected] :
         {std::pair{u"IN_PROGRESS"_s, ContainerStatus::InProgress}, std::pair{u"ERROR"_s, ContainerStatus::Error},
          std::pair{u"EXPIRED"_s, ContainerStatus::Expired}, std::pair{u"PUBLISHED"_s, ContainerStatus::Published},
          std::pair{u"SOMETHING_NEW"_s, ContainerStatus::Unknown}}) {
        QCOMPARE(graph::parseContainerStatus({{u"status_code"_s, code}})->status, expected);
    }
    QVERIFY(!graph::parseContainerStatus({{u"id"_s, u"1"_s}}));

    const auto limit = graph::parsePublishingLimit(fixtureObject("publishing_limit.json"));
    QVERIFY(limit);
    QVERIFY(limit->usedUp());
    QCOMPARE(limit->quotaDurationSeconds, 86400);
    QVERIFY(!graph::parsePublishingLimit(QJsonObject{{u"data"_s, QJsonArray{}}}));
}

void TestGraphParsers::testErrorActions_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("parameter");

    QTest::newRow("190") << 400 << fixture("error_190.json") << int(GraphAction::Reconnect) << false << QString();
    QTest::newRow("daily limit") << 400 << fixture("error_daily_limit.json") << int(GraphAction::DailyLimit) << false
                                 << QString();
    QTest::newRow("media fetch") << 400 << fixture("error_media_fetch.json") << int(GraphAction::MediaNotFetched)
                                 << true << QString();
    QTest::newRow("2207003") << 400 << QByteArray(R"({"error":{"code":-2,"error_subcode":2207003,"message":"t"}})")
                             << int(GraphAction::MediaNotFetched) << true << QString();
    QTest::newRow("video format") << 400
                                  << QByteArray(R"({"error":{"code":352,"error_subcode":2207026,"message":"v"}})")
                                  << int(GraphAction::VideoFormat) << false << QString();
    QTest::newRow("param") << 400 << fixture("error_param.json") << int(GraphAction::InvalidParameter) << false
                           << u"image_url"_s;
    for (int code : {4, 17, 32, 613})
        QTest::addRow("rate %d", code) << 400
                                       << QByteArray(R"({"error":{"code":)" + QByteArray::number(code) +
                                                     R"(,"message":"limit"}})")
                                       << int(GraphAction::Wait) << true << QString();
    QTest::newRow("429 plain") << 429 << QByteArray("Too Many Requests") << int(GraphAction::Wait) << true << QString();
    QTest::newRow("500") << 500 << QByteArray("<html>") << int(GraphAction::Other) << true << QString();
    QTest::newRow("200 ok") << 200 << QByteArray(R"({"id":"1"})") << int(GraphAction::None) << false << QString();
}

void TestGraphParsers::testErrorActions()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, action);
    QFETCH(bool, retryable);
    QFETCH(QString, parameter);
    const GraphError error = graph::parseError(status, body);
    QCOMPARE(int(error.action), action);
    QCOMPARE(error.retryable(), retryable);
    QCOMPARE(error.parameter, parameter);
    if (error.isError())
        QVERIFY(!error.message.isEmpty());
    if (error.action == GraphAction::InvalidParameter) {
        QCOMPARE(error.toError().field, parameter);
        QVERIFY(error.message.contains(parameter));
    }
    if (error.action == GraphAction::Reconnect)
        QVERIFY(error.message.contains(u"Reconnect"_s));
}

void TestGraphParsers::testRetryAfter()
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    const GraphError seconds = graph::parseError(429, {}, "120", now);
    QCOMPARE(seconds.retryAt.value(), now.addSecs(120));
    QVERIFY(seconds.message.contains(u"12:02"_s));
    const GraphError date = graph::parseError(429, {}, "Sun, 01 Mar 2026 13:30:00 GMT", now);
    QCOMPARE(date.retryAt.value(), QDateTime(QDate(2026, 3, 1), QTime(13, 30), Qt::UTC));
    const GraphError none = graph::parseError(400, R"({"error":{"code":4}})", {}, now);
    QCOMPARE(none.retryAt.value(), now.addSecs(3600)); // an hour when Instagram does not say
}

void TestGraphParsers::testToken()
{
    const auto refreshed = graph::parseToken(fixtureObject("token_refresh.json"));
    QVERIFY(refreshed);
    QCOMPARE(refreshed->accessToken, u"IGQVJ-refreshed"_s);
    QCOMPARE(refreshed->expiresIn, 5183944);
    const auto code = graph::parseToken(
        QJsonDocument::fromJson(R"({"data":[{"access_token":"short","user_id":17841400000000001,"permissions":"x"}]})")
            .object());
    QVERIFY(code);
    QCOMPARE(code->userId, u"17841400000000001"_s);
    QVERIFY(!graph::parseToken(QJsonObject{{u"token_type"_s, u"bearer"_s}}));
}

void TestGraphParsers::testPostRules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("field"); ///< empty: valid

    const QString img = u"https://cdn.example/a.jpg"_s;
    const QString vid = u"video:https://cdn.example/a.mp4"_s;
    QTest::newRow("image ok") << int(PostKind::Image) << QStringList{img} << u"Hello #one @two"_s << QString();
    QTest::newRow("image none") << int(PostKind::Image) << QStringList{} << QString() << u"media"_s;
    QTest::newRow("image video") << int(PostKind::Image) << QStringList{vid} << QString() << u"media"_s;
    QTest::newRow("path without scheme") << int(PostKind::Image) << QStringList{u"/home/me/a.jpg"_s} << QString()
                                         << u"media"_s;
    // A readable local file is uploaded to the media host later; a missing one is refused now.
    QTest::newRow("local file") << int(PostKind::Image)
                                << QStringList{QUrl::fromLocalFile(QCoreApplication::applicationFilePath()).toString()}
                                << QString() << QString();
    QTest::newRow("missing local file") << int(PostKind::Image) << QStringList{u"file:///nonexistent/a.jpg"_s}
                                        << QString() << u"media"_s;
    QTest::newRow("caption 2200") << int(PostKind::Image) << QStringList{img} << QString(2200, u'a') << QString();
    QTest::newRow("caption 2201") << int(PostKind::Image) << QStringList{img} << QString(2201, u'a') << u"caption"_s;
    QString tags30, tags31, mentions20, mentions21;
    for (int i = 0; i < 31; ++i) {
        (i < 30 ? tags30 : tags31) += u"#tag%1 "_s.arg(i);
        if (i < 21)
            (i < 20 ? mentions20 : mentions21) += u"@user%1 "_s.arg(i);
    }
    QTest::newRow("30 hashtags") << int(PostKind::Image) << QStringList{img} << tags30 << QString();
    QTest::newRow("31 hashtags") << int(PostKind::Image) << QStringList{img} << tags30 + tags31 << u"caption"_s;
    QTest::newRow("20 mentions") << int(PostKind::Image) << QStringList{img} << mentions20 << QString();
    QTest::newRow("21 mentions") << int(PostKind::Image) << QStringList{img} << mentions20 + mentions21 << u"caption"_s;
    QTest::newRow("carousel 1") << int(PostKind::Carousel) << QStringList{img} << QString() << u"media"_s;
    QTest::newRow("carousel 2 mixed") << int(PostKind::Carousel) << QStringList{img, vid} << QString() << QString();
    QTest::newRow("carousel 10") << int(PostKind::Carousel) << QStringList(10, img) << QString() << QString();
    QTest::newRow("carousel 11") << int(PostKind::Carousel) << QStringList(11, img) << QString() << u"media"_s;
    QTest::newRow("reel video") << int(PostKind::Reel) << QStringList{vid} << QString() << QString();
    QTest::newRow("reel image") << int(PostKind::Reel) << QStringList{img} << QString() << u"media"_s;
    QTest::newRow("story image") << int(PostKind::Story) << QStringList{img} << QString() << QString();
    QTest::newRow("story two") << int(PostKind::Story) << QStringList{img, img} << QString() << u"media"_s;
}

void TestGraphParsers::testPostRules()
{
    QFETCH(int, kind);
    QFETCH(QStringList, urls);
    QFETCH(QString, caption);
    QFETCH(QString, field);
    PublishPost post;
    post.kind = PostKind(kind);
    post.caption = caption;
    for (const QString &url : urls) {
        const bool video = url.startsWith(u"video:"_s);
        post.items.append({video ? url.mid(6) : url, video, {}});
    }
    const Status status = postrules::validate(post);
    QCOMPARE(status.ok(), field.isEmpty());
    if (!status.ok()) {
        QCOMPARE(status.error().field, field);
        QVERIFY(!status.error().message.isEmpty());
    }
}

void TestGraphParsers::testAuthorizeUrl()
{
    oauth::AuthorizeRequest request;
    request.clientId = u"990602627938098"_s;
    request.redirectUri = QUrl(u"http://127.0.0.1:4567/callback"_s);
    request.state = oauth::newState();
    QCOMPARE(request.state.size(), 32);
    QVERIFY(request.state != oauth::newState());
    const QUrl url = oauth::authorizeUrl(request);
    QCOMPARE(url.host(), u"www.instagram.com"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"client_id"_s), request.clientId);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), request.redirectUri.toString());
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"state"_s), request.state);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"instagram_business_basic,instagram_business_content_publish,instagram_business_manage_insights,"
             "instagram_business_manage_comments"_s);
}

void TestGraphParsers::testRedirectChecks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << u"https://app.example/cb?code=AQBx123&state=S1#_"_s
                          << int(oauth::RedirectCheck::Kind::Code) << u"AQBx123"_s;
    QTest::newRow("code with #_") << u"https://app.example/cb?state=S1&code=AQBx%23_"_s
                                  << int(oauth::RedirectCheck::Kind::Code) << u"AQBx"_s;
    QTest::newRow("wrong state") << u"https://app.example/cb?code=AQB&state=S2"_s
                                 << int(oauth::RedirectCheck::Kind::StateMismatch) << QString();
    QTest::newRow("no state") << u"https://app.example/cb?code=AQB"_s << int(oauth::RedirectCheck::Kind::StateMismatch)
                              << QString();
    QTest::newRow("denied") << u"https://app.example/cb?error=access_denied&error_reason=user_denied&state=S1"_s
                            << int(oauth::RedirectCheck::Kind::Denied) << QString();
    QTest::newRow("no code") << u"https://app.example/cb?state=S1"_s << int(oauth::RedirectCheck::Kind::NoCode)
                             << QString();
    QTest::newRow("other page") << u"https://www.instagram.com/accounts/login/?next=x"_s
                                << int(oauth::RedirectCheck::Kind::NotRedirect) << QString();
    QTest::newRow("other path") << u"https://app.example/other?code=AQB&state=S1"_s
                                << int(oauth::RedirectCheck::Kind::NotRedirect) << QString();
    QTest::newRow("other host") << u"https://evil.example/cb?code=AQB&state=S1"_s
                                << int(oauth::RedirectCheck::Kind::NotRedirect) << QString();
}

void TestGraphParsers::testRedirectChecks()
{
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const auto check = oauth::checkRedirect(QUrl(url), QUrl(u"https://app.example/cb"_s), u"S1"_s);
    QCOMPARE(int(check.kind), kind);
    QCOMPARE(check.code, code);
    if (check.kind != oauth::RedirectCheck::Kind::Code && check.kind != oauth::RedirectCheck::Kind::NotRedirect)
        QVERIFY(!check.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestGraphParsers)
#include "testGraphParsers.moc"
