#include "platform/EndpointProfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

QStringList names(const QList<EndpointStrategy> &strategies)
{
    QStringList out;
    for (const EndpointStrategy &s : strategies)
        out.append(s.name);
    return out;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject builtInJson(Platform platform)
{
    QFile file(EndpointProfile::builtInPath(platform));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeOverride(const QString &dataDir, Platform platform, const QByteArray &content)
{
    QVERIFY(QDir(dataDir).mkpath(u"endpoints"_s));
    QFile file(EndpointProfile::overridePath(platform, dataDir));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

/// Unsets the base-URL variables for the duration of a test, and restores them.
class EnvGuard final
{
public:
    EnvGuard()
        : m_ig(qgetenv("REELPULSE_INSTAGRAM_URL"))
        , m_tt(qgetenv("REELPULSE_TIKTOK_URL"))
    {
        qunsetenv("REELPULSE_INSTAGRAM_URL");
        qunsetenv("REELPULSE_TIKTOK_URL");
    }
    ~EnvGuard()
    {
        restore("REELPULSE_INSTAGRAM_URL", m_ig);
        restore("REELPULSE_TIKTOK_URL", m_tt);
    }
    Q_DISABLE_COPY_MOVE(EnvGuard)

private:
    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    QByteArray m_ig;
    QByteArray m_tt;
};

} // namespace

class TestEndpointProfile final : public QObject
{
    Q_OBJECT

private slots:
    void testBuiltInInstagram();
    void testBuiltInTikTok();
    void testHeaders();
    void testOverrideWins();
    void testBrokenOverrideFallsBack_data();
    void testBrokenOverrideFallsBack();
    void testBaseUrlResolution();
    void testExpandEncodes();
    void testGraphqlVariables();
    void testCanRun();
};

void TestEndpointProfile::testBuiltInInstagram()
{
    QTemporaryDir dir;
    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, dir.path());
    QVERIFY(p.isBuiltIn());
    QCOMPARE(p.source(), u"built-in"_s);
    QCOMPARE(p.version(), 1);
    QVERIFY(p.overrideProblem().isEmpty());
    QVERIFY(p.signedBy().isEmpty());
    QCOMPARE(p.defaultBaseUrl(), u"https://www.instagram.com"_s);
    for (const QString &op : {u"profile"_s, u"post"_s, u"profile_posts"_s, u"comments"_s, u"stories"_s})
        QVERIFY2(p.operations().contains(op), qPrintable(op));
    QCOMPARE(names(p.strategies(u"profile"_s)),
             QStringList({u"web_profile_info"_s, u"graphql_profile_page"_s, u"profile_page"_s}));
    QCOMPARE(names(p.strategies(u"post"_s)), QStringList({u"media_info"_s, u"graphql_post"_s, u"post_json"_s}));
    QCOMPARE(names(p.strategies(u"profile_posts"_s)), QStringList({u"graphql_timeline"_s, u"feed_user"_s}));
    QCOMPARE(names(p.strategies(u"comments"_s)), QStringList({u"media_comments"_s, u"graphql_comments"_s}));
    QCOMPARE(names(p.strategies(u"stories"_s)), QStringList({u"reels_media"_s}));
    QVERIFY(p.strategies(u"no such operation"_s).isEmpty());

    const EndpointStrategy profile = p.strategies(u"profile"_s).first();
    QCOMPARE(profile.urlTemplate, u"/api/v1/users/web_profile_info/?username={username}"_s);
    QCOMPARE(profile.method, u"GET"_s);
    QCOMPARE(profile.parser, u"instagram.profile"_s);
    QCOMPARE(profile.responsePath, QStringList({u"data"_s, u"user"_s}));
    QVERIFY(!profile.requiresSession);
    QVERIFY(p.strategies(u"profile"_s).last().expectsHtml);

    const EndpointStrategy graphqlPost = p.strategies(u"post"_s).at(1);
    QCOMPARE(graphqlPost.docId, u"8845758582119845"_s);
    QCOMPARE(graphqlPost.friendlyName, u"PolarisPostActionLoadPostQueryQuery"_s);
    QCOMPARE(graphqlPost.method, u"POST"_s);
    QCOMPARE(graphqlPost.responsePath, QStringList({u"data"_s, u"xdt_shortcode_media"_s}));
    QCOMPARE(p.strategies(u"post"_s).last().urlTemplate, u"/p/{shortcode}/?__a=1&__d=dis"_s);
    QCOMPARE(p.strategies(u"profile_posts"_s).first().docId, u"7950326061742207"_s);
    QCOMPARE(p.strategies(u"profile_posts"_s).last().urlTemplate,
             u"/api/v1/feed/user/{user_id}/?count=12&max_id={cursor}"_s);
    QVERIFY(p.strategies(u"comments"_s)
                .first()
                .urlTemplate.startsWith(u"/api/v1/media/{media_id}/comments/?can_support_threading=true"_s));
    QVERIFY(p.strategies(u"stories"_s).first().requiresSession);
    QCOMPARE(p.strategies(u"stories"_s).first().urlTemplate, u"/api/v1/feed/reels_media/?reel_ids={user_id}"_s);
}

void TestEndpointProfile::testBuiltInTikTok()
{
    EnvGuard env;
    const EndpointProfile p = EndpointProfile::load(Platform::TikTok, QString());
    QVERIFY(p.isBuiltIn());
    QCOMPARE(p.defaultBaseUrl(), u"https://www.tiktok.com"_s);
    QCOMPARE(names(p.strategies(u"video"_s)), QStringList({u"video_page"_s, u"video_page_any_author"_s}));
    const EndpointStrategy page = p.strategies(u"video"_s).first();
    QVERIFY(page.expectsHtml);
    QCOMPARE(page.responsePath,
             QStringList({u"__DEFAULT_SCOPE__"_s, u"webapp.video-detail"_s, u"itemInfo"_s, u"itemStruct"_s}));
    QCOMPARE(p.url(page, {{u"username"_s, u"dua_zahra014"_s}, {u"video_id"_s, u"7603296357641735445"_s}}),
             QUrl(u"https://www.tiktok.com/@dua_zahra014/video/7603296357641735445"_s));
    QCOMPARE(p.url(p.strategies(u"video"_s).last(), {{u"video_id"_s, u"7603296357641735445"_s}}),
             QUrl(u"https://www.tiktok.com/@_/video/7603296357641735445"_s));
    const EndpointStrategy comments = p.strategies(u"comments"_s).first();
    const QUrl url = p.url(comments, {{u"video_id"_s, u"7603296357641735445"_s}});
    QCOMPARE(url.path(), u"/api/comment/list/"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"aweme_id"_s), u"7603296357641735445"_s);
    QCOMPARE(query.queryItemValue(u"count"_s), u"20"_s);
    QCOMPARE(query.queryItemValue(u"cursor"_s), u"0"_s); // the default for the first page
    QCOMPARE(QUrlQuery(p.url(comments, {{u"video_id"_s, u"1"_s}, {u"cursor"_s, 20}})).queryItemValue(u"cursor"_s),
             u"20"_s);
}

void TestEndpointProfile::testHeaders()
{
    EnvGuard env;
    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, QString());
    const EndpointStrategy profile = p.strategies(u"profile"_s).first();
    auto headers = p.headers(profile, {{u"username"_s, u"instagram"_s}, {u"csrftoken"_s, u"tok123"_s}});
    QCOMPARE(headerValue(headers, "x-ig-app-id"), "936619743392459"_ba);
    QCOMPARE(headerValue(headers, "X-ASBD-ID"), "129477"_ba);
    QCOMPARE(headerValue(headers, "X-IG-WWW-Claim"), "0"_ba);
    QCOMPARE(headerValue(headers, "X-Requested-With"), "XMLHttpRequest"_ba);
    QCOMPARE(headerValue(headers, "X-CSRFToken"), "tok123"_ba);
    QCOMPARE(headerValue(headers, "Referer"), "https://www.instagram.com/"_ba);

    // Without a session there is no CSRF token: the header is left out rather than sent empty.
    headers = p.headers(profile, {{u"username"_s, u"instagram"_s}});
    QVERIFY(!hasHeader(headers, "X-CSRFToken"));
    QVERIFY(hasHeader(headers, "x-ig-app-id"));

    // Strategy headers override the common ones; values are inserted as is (no CR/LF).
    const EndpointStrategy graphql = p.strategies(u"post"_s).at(1);
    headers = p.headers(graphql, {{u"shortcode"_s, u"DFp17y5MymE"_s}, {u"csrftoken"_s, u"a\r\nInjected: 1"_s}});
    QCOMPARE(headerValue(headers, "Referer"), "https://www.instagram.com/p/DFp17y5MymE/"_ba);
    QCOMPARE(headerValue(headers, "Content-Type"), "application/x-www-form-urlencoded"_ba);
    QCOMPARE(headerValue(headers, "X-FB-Friendly-Name"), "PolarisPostActionLoadPostQueryQuery"_ba);
    QCOMPARE(headerValue(headers, "X-CSRFToken"), "aInjected: 1"_ba);
}

void TestEndpointProfile::testOverrideWins()
{
    QTemporaryDir dir;
    QJsonObject json = builtInJson(Platform::Instagram);
    QVERIFY(!json.isEmpty());
    json.insert(u"version"_s, 2);
    QJsonObject ops = json.value(u"operations"_s).toObject();
    QJsonArray profile = ops.value(u"profile"_s).toArray();
    QJsonObject first = profile.first().toObject();
    first.insert(u"url"_s, u"/api/v2/users/web_profile_info/?username={username}"_s);
    profile.replace(0, first);
    ops.insert(u"profile"_s, profile);
    json.insert(u"operations"_s, ops);
    writeOverride(dir.path(), Platform::Instagram, QJsonDocument(json).toJson());

    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, dir.path());
    QVERIFY(!p.isBuiltIn());
    QCOMPARE(p.source(), QDir::toNativeSeparators(EndpointProfile::overridePath(Platform::Instagram, dir.path())));
    QCOMPARE(p.version(), 2);
    QVERIFY(p.overrideProblem().isEmpty());
    QVERIFY(p.signedBy().isEmpty()); // no .sig beside it: a local copy made by hand, used and reported unsigned
    QCOMPARE(p.strategies(u"profile"_s).first().urlTemplate, u"/api/v2/users/web_profile_info/?username={username}"_s);

    // A copy with the same version as the built-in one is used too (a local fix).
    json.insert(u"version"_s, 1);
    writeOverride(dir.path(), Platform::Instagram, QJsonDocument(json).toJson());
    QVERIFY(!EndpointProfile::load(Platform::Instagram, dir.path()).isBuiltIn());
}

void TestEndpointProfile::testBrokenOverrideFallsBack_data()
{
    QTest::addColumn<QByteArray>("content");
    const QJsonObject good = builtInJson(Platform::Instagram);
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return QJsonDocument(o).toJson();
    };
    auto withStrategy = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        QJsonObject ops = o.value(u"operations"_s).toObject();
        QJsonArray post = ops.value(u"post"_s).toArray();
        QJsonObject s = post.first().toObject();
        if (value.isUndefined())
            s.remove(key);
        else
            s.insert(key, value);
        post.replace(0, s);
        ops.insert(u"post"_s, post);
        o.insert(u"operations"_s, ops);
        return QJsonDocument(o).toJson();
    };
    QJsonObject ops = good.value(u"operations"_s).toObject();
    ops.remove(u"stories"_s);

    QTest::newRow("not JSON") << "{\"version\": 3, \"operations\": {"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("version as text") << with(u"version"_s, u"3"_s);
    QTest::newRow("version zero") << with(u"version"_s, 0);
    QTest::newRow("no version") << with(u"version"_s, QJsonValue(QJsonValue::Undefined));
    QTest::newRow("other platform") << with(u"platform"_s, u"tiktok"_s);
    QTest::newRow("base url not http") << with(u"base_url"_s, u"ftp://example.invalid"_s);
    QTest::newRow("no operations") << with(u"operations"_s, QJsonObject{});
    QTest::newRow("operation not a list") << with(u"operations"_s, QJsonObject{{u"profile"_s, u"x"_s}});
    QTest::newRow("missing operation") << with(u"operations"_s, ops);
    QTest::newRow("headers not strings") << with(u"headers"_s, QJsonObject{{u"x-ig-app-id"_s, 936619743392459.0}});
    QTest::newRow("strategy without url") << withStrategy(u"url"_s, QJsonValue(QJsonValue::Undefined));
    QTest::newRow("strategy url relative") << withStrategy(u"url"_s, u"api/v1/media/"_s);
    QTest::newRow("strategy without parser") << withStrategy(u"parser"_s, QJsonValue(QJsonValue::Undefined));
    QTest::newRow("strategy method") << withStrategy(u"method"_s, u"DELETE"_s);
    QTest::newRow("strategy needs") << withStrategy(u"needs"_s, u"media_id"_s);
    QTest::newRow("strategy path") << withStrategy(u"path"_s, QJsonArray{u"items"_s, true});
    QTest::newRow("strategy session") << withStrategy(u"requires_session"_s, u"yes"_s);
}

void TestEndpointProfile::testBrokenOverrideFallsBack()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    writeOverride(dir.path(), Platform::Instagram, content);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ignored"_s));
    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, dir.path());
    QVERIFY(p.isBuiltIn());
    QCOMPARE(p.version(), 1);
    QVERIFY(!p.overrideProblem().isEmpty());
    QVERIFY(p.overrideProblem().contains(EndpointProfile::overridePath(Platform::Instagram, dir.path())));
    QCOMPARE(names(p.strategies(u"post"_s)), QStringList({u"media_info"_s, u"graphql_post"_s, u"post_json"_s}));
}

void TestEndpointProfile::testBaseUrlResolution()
{
    EnvGuard env;
    EndpointProfile p = EndpointProfile::load(Platform::Instagram, QString());
    QCOMPARE(p.baseUrl(), u"https://www.instagram.com"_s);
    p.setConfiguredBaseUrl(u"http://127.0.0.1:8080/"_s);
    QCOMPARE(p.baseUrl(), u"http://127.0.0.1:8080"_s);
    qputenv("REELPULSE_INSTAGRAM_URL", "http://127.0.0.1:5555/");
    QCOMPARE(p.baseUrl(), u"http://127.0.0.1:5555"_s);
    const EndpointStrategy info = p.strategies(u"post"_s).first();
    QCOMPARE(p.url(info, {{u"media_id"_s, u"3560614185974049156"_s}}),
             QUrl(u"http://127.0.0.1:5555/api/v1/media/3560614185974049156/info/"_s));
    QCOMPARE(p.headers(info, {}).size(), 6); // the Referer follows the base URL too
    QCOMPARE(headerValue(p.headers(info, {}), "Referer"), "http://127.0.0.1:5555/"_ba);
    qunsetenv("REELPULSE_INSTAGRAM_URL");
    QCOMPARE(p.baseUrl(), u"http://127.0.0.1:8080"_s);
    p.setConfiguredBaseUrl(QString());
    QCOMPARE(p.baseUrl(), u"https://www.instagram.com"_s);

    // Each platform has its own variable.
    qputenv("REELPULSE_TIKTOK_URL", "http://127.0.0.1:6666");
    QCOMPARE(p.baseUrl(), u"https://www.instagram.com"_s);
    QCOMPARE(EndpointProfile::load(Platform::TikTok, QString()).baseUrl(), u"http://127.0.0.1:6666"_s);
}

void TestEndpointProfile::testExpandEncodes()
{
    QCOMPARE(EndpointProfile::expand(u"/x/?u={username}&c={cursor}"_s, {{u"username"_s, u"a b&c/é?#"_s}}),
             u"/x/?u=a%20b%26c%2F%C3%A9%3F%23&c="_s);
    QCOMPARE(EndpointProfile::expand(u"/{a}/{a}/{b}"_s, {{u"a"_s, 1}, {u"b"_s, true}}), u"/1/1/true"_s);
    QCOMPARE(EndpointProfile::expand(u"{not a field} {}"_s, {}), u"{not a field} {}"_s);
    QCOMPARE(EndpointProfile::expand(u"/p/{shortcode}/"_s, {{u"shortcode"_s, u"CA_ifcx-MjFR"_s}}),
             u"/p/CA_ifcx-MjFR/"_s);
}

void TestEndpointProfile::testGraphqlVariables()
{
    EnvGuard env;
    const EndpointProfile p = EndpointProfile::load(Platform::Instagram, QString());
    const EndpointStrategy timeline = p.strategies(u"profile_posts"_s).first();
    QCOMPARE(p.variables(timeline, {{u"user_id"_s, u"25025320"_s}}), R"({"after":null,"first":12,"id":"25025320"})"_ba);
    QCOMPARE(p.variables(timeline, {{u"user_id"_s, u"25025320"_s}, {u"cursor"_s, u"QVFB\"x=="_s}}),
             R"({"after":"QVFB\"x==","first":12,"id":"25025320"})"_ba);
    const QUrl url = p.url(timeline, {{u"user_id"_s, u"25025320"_s}, {u"cursor"_s, u"QVFB=="_s}});
    QCOMPARE(url.path(), u"/graphql/query/"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"doc_id"_s), u"7950326061742207"_s);
    QCOMPARE(query.queryItemValue(u"variables"_s, QUrl::FullyDecoded),
             u"{\"after\":\"QVFB==\",\"first\":12,\"id\":\"25025320\"}"_s);

    const EndpointStrategy post = p.strategies(u"post"_s).at(1);
    const QUrlQuery body(QString::fromUtf8(p.body(post, {{u"shortcode"_s, u"DFp17y5MymE"_s}})));
    QCOMPARE(body.queryItemValue(u"doc_id"_s), u"8845758582119845"_s);
    QCOMPARE(body.queryItemValue(u"fb_api_req_friendly_name"_s), u"PolarisPostActionLoadPostQueryQuery"_s);
    QCOMPARE(body.queryItemValue(u"variables"_s, QUrl::FullyDecoded),
             u"{\"fetch_tagged_user_count\":null,\"hoisted_comment_id\":null,\"hoisted_reply_id\":null,"
             "\"shortcode\":\"DFp17y5MymE\"}"_s);
    QCOMPARE(p.url(post, {}), QUrl(u"https://www.instagram.com/graphql/query"_s));
    QVERIFY(p.body(p.strategies(u"post"_s).first(), {}).isEmpty());

    const EndpointStrategy comments = p.strategies(u"comments"_s).last();
    const QUrlQuery commentsQuery(p.url(comments, {{u"shortcode"_s, u"CSTg-0FH89e"_s}}));
    QCOMPARE(commentsQuery.queryItemValue(u"query_hash"_s), u"97b41c52301f77ce508f55e66d17620e"_s);
    QCOMPARE(commentsQuery.queryItemValue(u"variables"_s, QUrl::FullyDecoded),
             u"{\"after\":null,\"first\":50,\"shortcode\":\"CSTg-0FH89e\"}"_s);
}

void TestEndpointProfile::testCanRun()
{
    const EndpointProfile ig = EndpointProfile::load(Platform::Instagram, QString());
    const EndpointStrategy info = ig.strategies(u"post"_s).first();
    QVERIFY(!EndpointProfile::canRun(info, {{u"shortcode"_s, u"DFp17y5MymE"_s}}, false));
    QVERIFY(!EndpointProfile::canRun(info, {{u"media_id"_s, QString()}}, false));
    QVERIFY(EndpointProfile::canRun(info, {{u"media_id"_s, u"3560614185974049156"_s}}, false));
    const EndpointStrategy stories = ig.strategies(u"stories"_s).first();
    QVERIFY(!EndpointProfile::canRun(stories, {{u"user_id"_s, u"25025320"_s}}, false));
    QVERIFY(EndpointProfile::canRun(stories, {{u"user_id"_s, u"25025320"_s}}, true));
    const EndpointProfile tt = EndpointProfile::load(Platform::TikTok, QString());
    QVERIFY(!EndpointProfile::canRun(tt.strategies(u"video"_s).first(), {{u"video_id"_s, u"1"_s}}, false));
    QVERIFY(EndpointProfile::canRun(tt.strategies(u"video"_s).last(), {{u"video_id"_s, u"1"_s}}, false));
}

QTEST_GUILESS_MAIN(TestEndpointProfile)
#include "testEndpointProfile.moc"
