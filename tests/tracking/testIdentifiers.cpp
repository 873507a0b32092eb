#include "domain/Identifiers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestIdentifiers final : public QObject
{
    Q_OBJECT

private slots:
    void testUsernames_data();
    void testUsernames();
    void testShortcodeMediaIdPairs_data();
    void testShortcodeMediaIdPairs();
    void testShortcodeRejects_data();
    void testShortcodeRejects();
    void testReelUrls_data();
    void testReelUrls();
    void testVideoIdentifiers_data();
    void testVideoIdentifiers();
    void testTikTokUsernames_data();
    void testTikTokUsernames();
    void testProfileIdentifiers_data();
    void testProfileIdentifiers();
};

void TestIdentifiers::testUsernames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: must be rejected
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("plain") << u"natgeo"_s << u"natgeo"_s << QString();
    QTest::newRow("at") << u"@natgeo"_s << u"natgeo"_s << QString();
    QTest::newRow("upper case folds") << u"NatGeo"_s << u"natgeo"_s << QString();
    QTest::newRow("dots and underscores") << u"food.x_taste"_s << u"food.x_taste"_s << QString();
    QTest::newRow("one char") << u"a"_s << u"a"_s << QString();
    QTest::newRow("thirty chars") << QString(30, u'a') << QString(30, u'a') << QString();
    QTest::newRow("url") << u"https://www.instagram.com/natgeo/"_s << u"natgeo"_s << QString();
    QTest::newRow("url no www") << u"https://instagram.com/natgeo"_s << u"natgeo"_s << QString();
    QTest::newRow("url query") << u"https://www.instagram.com/natgeo/?hl=en"_s << u"natgeo"_s << QString();
    QTest::newRow("url no scheme") << u"instagram.com/natgeo/"_s << u"natgeo"_s << QString();
    QTest::newRow("spaces trimmed") << u"  @natgeo "_s << u"natgeo"_s << QString();

    QTest::newRow("double dot") << u"bad..name"_s << QString() << u"'..'"_s;
    QTest::newRow("leading dot") << u".name"_s << QString() << u"start or end with '.'"_s;
    QTest::newRow("trailing dot") << u"name."_s << QString() << u"start or end with '.'"_s;
    QTest::newRow("too long") << QString(31, u'a') << QString() << u"at most 30"_s;
    QTest::newRow("empty") << u""_s << QString() << u"empty"_s;
    QTest::newRow("only at") << u"@"_s << QString() << u"empty"_s;
    QTest::newRow("dash") << u"nat-geo"_s << QString() << u"only letters, digits"_s;
    QTest::newRow("space inside") << u"nat geo"_s << QString() << u"only letters, digits"_s;
    QTest::newRow("accent") << u"café"_s << QString() << u"only letters, digits"_s;
    QTest::newRow("post url") << u"https://www.instagram.com/p/CSTg-0FH89e/"_s << QString() << u"not a profile"_s;
    QTest::newRow("other site") << u"https://example.com/natgeo"_s << QString() << u"not an Instagram address"_s;
}

void TestIdentifiers::testUsernames()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    const auto result = normalizeUsername(input);
    if (expected.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(input));
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }
}

void TestIdentifiers::testShortcodeMediaIdPairs_data()
{
    QTest::addColumn<QString>("shortcode");
    QTest::addColumn<qint64>("mediaId");
    // Pairs read from the captured responses in tests/data/fixtures (shortcode and id of the same item).
    QTest::newRow("reel DFp17y5MymE") << u"DFp17y5MymE"_s << Q_INT64_C(3560614185974049156);
    QTest::newRow("image CSTg-0FH89e") << u"CSTg-0FH89e"_s << Q_INT64_C(2635595260958330718);
    QTest::newRow("sidecar CA_ifcxMjFR") << u"CA_ifcxMjFR"_s << Q_INT64_C(2323727627521765713);
    QTest::newRow("carousel CAnqPB-Jzcj") << u"CAnqPB-Jzcj"_s << Q_INT64_C(2317006284167526179);
    QTest::newRow("smallest") << u"B"_s << Q_INT64_C(1);
}

void TestIdentifiers::testShortcodeMediaIdPairs()
{
    QFETCH(QString, shortcode);
    QFETCH(qint64, mediaId);
    const auto id = shortcodeToMediaId(shortcode);
    QVERIFY(id.ok());
    QCOMPARE(id.value(), mediaId);
    QCOMPARE(mediaIdToShortcode(mediaId), shortcode);
}

void TestIdentifiers::testShortcodeRejects_data()
{
    QTest::addColumn<QString>("shortcode");
    QTest::newRow("bad char") << u"DFp17y5M+mE"_s;
    QTest::newRow("too long") << u"DFp17y5MymEDFp17y5MymE"_s;
    QTest::newRow("overflow") << u"__________"_s + u"_"_s;
    QTest::newRow("empty") << QString();
}

void TestIdentifiers::testShortcodeRejects()
{
    QFETCH(QString, shortcode);
    const auto id = shortcodeToMediaId(shortcode);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().kind, ErrorKind::Invalid);
}

void TestIdentifiers::testReelUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shortcode"); // empty: rejected
    const QString code = u"DFp17y5MymE"_s;
    QTest::newRow("reel") << u"https://www.instagram.com/reel/DFp17y5MymE/"_s << code;
    QTest::newRow("reels") << u"https://www.instagram.com/reels/DFp17y5MymE/"_s << code;
    QTest::newRow("p") << u"https://www.instagram.com/p/DFp17y5MymE/"_s << code;
    QTest::newRow("tv") << u"https://www.instagram.com/tv/DFp17y5MymE/"_s << code;
    QTest::newRow("no www") << u"https://instagram.com/reel/DFp17y5MymE/"_s << code;
    QTest::newRow("no slash") << u"https://www.instagram.com/reel/DFp17y5MymE"_s << code;
    QTest::newRow("query") << u"https://www.instagram.com/reel/DFp17y5MymE/?igsh=MWQ1ZGUxMzBkMA=="_s << code;
    QTest::newRow("query no slash") << u"https://www.instagram.com/reel/DFp17y5MymE?utm_source=ig_web"_s << code;
    QTest::newRow("fragment") << u"https://www.instagram.com/p/DFp17y5MymE/#comments"_s << code;
    QTest::newRow("http") << u"http://www.instagram.com/reel/DFp17y5MymE/"_s << code;
    QTest::newRow("no scheme") << u"www.instagram.com/reel/DFp17y5MymE/"_s << code;
    QTest::newRow("mobile host") << u"https://m.instagram.com/p/DFp17y5MymE/"_s << code;
    QTest::newRow("username prefix") << u"https://www.instagram.com/natgeo/reel/DFp17y5MymE/"_s << code;
    QTest::newRow("bare shortcode") << code << code;
    QTest::newRow("dash shortcode") << u"CSTg-0FH89e"_s << u"CSTg-0FH89e"_s;

    QTest::newRow("profile url") << u"https://www.instagram.com/natgeo/"_s << QString();
    QTest::newRow("other host") << u"https://www.tiktok.com/@u/video/123456789"_s << QString();
    QTest::newRow("no code") << u"https://www.instagram.com/reel/"_s << QString();
    QTest::newRow("bad code") << u"https://www.instagram.com/reel/DF$17y5MymE/"_s << QString();
    QTest::newRow("spaces") << u"not a url"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentifiers::testReelUrls()
{
    QFETCH(QString, input);
    QFETCH(QString, shortcode);
    const auto result = parseInstagramShortcode(input);
    if (shortcode.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(input));
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), shortcode);
    }
}

void TestIdentifiers::testVideoIdentifiers_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("externalId"); // empty: rejected
    QTest::addColumn<QString>("shortcode");
    const QString tt = u"7603296357641735445"_s;
    QTest::newRow("tiktok url") << u"tiktok"_s << u"https://www.tiktok.com/@user/video/7603296357641735445"_s << tt
                                << QString();
    QTest::newRow("tiktok url query")
        << u"tiktok"_s << u"https://www.tiktok.com/@user/video/7603296357641735445?is_from_webapp=1&sender_device=pc"_s
        << tt << QString();
    QTest::newRow("tiktok no www") << u"tiktok"_s << u"tiktok.com/@user.name/video/7603296357641735445/"_s << tt
                                   << QString();
    QTest::newRow("tiktok mobile") << u"tiktok"_s << u"https://m.tiktok.com/v/7603296357641735445.html"_s << tt
                                   << QString();
    QTest::newRow("tiktok embed") << u"tiktok"_s << u"https://www.tiktok.com/embed/v2/7603296357641735445"_s << tt
                                  << QString();
    QTest::newRow("tiktok photo") << u"tiktok"_s << u"https://www.tiktok.com/@user/photo/7603296357641735445"_s << tt
                                  << QString();
    QTest::newRow("tiktok id") << u"tiktok"_s << tt << tt << QString();
    QTest::newRow("tiktok short link") << u"tiktok"_s << u"https://vm.tiktok.com/ZMabcdef/"_s << QString() << QString();
    QTest::newRow("tiktok profile") << u"tiktok"_s << u"https://www.tiktok.com/@user"_s << QString() << QString();
    QTest::newRow("tiktok given instagram")
        << u"tiktok"_s << u"https://www.instagram.com/p/DFp17y5MymE/"_s << QString() << QString();
    QTest::newRow("tiktok word") << u"tiktok"_s << u"hello"_s << QString() << QString();

    QTest::newRow("ig post url") << u"instagram"_s << u"https://www.instagram.com/p/DFp17y5MymE/"_s
                                 << u"3560614185974049156"_s << u"DFp17y5MymE"_s;
    QTest::newRow("ig reel url") << u"instagram"_s << u"instagram.com/reel/DFp17y5MymE?x=1"_s
                                 << u"3560614185974049156"_s << u"DFp17y5MymE"_s;
    QTest::newRow("ig shortcode") << u"instagram"_s << u"DFp17y5MymE"_s << u"3560614185974049156"_s << u"DFp17y5MymE"_s;
    QTest::newRow("ig numeric id") << u"instagram"_s << u"3560614185974049156"_s << u"3560614185974049156"_s
                                   << u"DFp17y5MymE"_s;
    QTest::newRow("ig id with owner") << u"instagram"_s << u"3560614185974049156_16399614247"_s
                                      << u"3560614185974049156"_s << u"DFp17y5MymE"_s;
    QTest::newRow("ig given tiktok") << u"instagram"_s << u"https://www.tiktok.com/@user/video/7603296357641735445"_s
                                     << QString() << QString();
    QTest::newRow("ig empty") << u"instagram"_s << u" "_s << QString() << QString();
}

void TestIdentifiers::testVideoIdentifiers()
{
    QFETCH(QString, platform);
    QFETCH(QString, input);
    QFETCH(QString, externalId);
    QFETCH(QString, shortcode);
    const auto p = platformFromName(platform);
    QVERIFY(p);
    const auto ref = parseVideoIdentifier(*p, input);
    if (externalId.isEmpty()) {
        QVERIFY2(!ref.ok(), qPrintable(input));
        QCOMPARE(ref.error().kind, ErrorKind::Invalid);
        QCOMPARE(ref.error().field, u"identifier"_s);
    } else {
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().message));
        QCOMPARE(ref->externalId, externalId);
        QCOMPARE(ref->shortcode, shortcode);
        QVERIFY(!ref->canonicalUrl.isEmpty());
    }
}

void TestIdentifiers::testTikTokUsernames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: must be rejected
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("plain") << u"zg.520"_s << u"zg.520"_s << QString();
    QTest::newRow("at") << u"@zg.520"_s << u"zg.520"_s << QString();
    QTest::newRow("upper case folds") << u"@ZG.520"_s << u"zg.520"_s << QString();
    QTest::newRow("underscores") << u"sani__6349"_s << u"sani__6349"_s << QString();
    QTest::newRow("leading dot") << u".dot"_s << u".dot"_s << QString();
    QTest::newRow("two dots in a row") << u"a..b"_s << u"a..b"_s << QString();
    QTest::newRow("two chars") << u"ab"_s << u"ab"_s << QString();
    QTest::newRow("24 chars") << QString(24, u'a') << QString(24, u'a') << QString();
    QTest::newRow("url") << u"https://www.tiktok.com/@zg.520"_s << u"zg.520"_s << QString();
    QTest::newRow("url slash") << u"https://www.tiktok.com/@zg.520/"_s << u"zg.520"_s << QString();
    QTest::newRow("url query") << u"https://www.tiktok.com/@zg.520?lang=en"_s << u"zg.520"_s << QString();
    QTest::newRow("url no scheme") << u"tiktok.com/@zg.520"_s << u"zg.520"_s << QString();
    QTest::newRow("mobile host") << u"https://m.tiktok.com/@zg.520"_s << u"zg.520"_s << QString();
    QTest::newRow("spaces trimmed") << u"  @zg.520 "_s << u"zg.520"_s << QString();

    QTest::newRow("one char") << u"a"_s << QString() << u"2 to 24"_s;
    QTest::newRow("25 chars") << QString(25, u'a') << QString() << u"2 to 24"_s;
    QTest::newRow("trailing dot") << u"name."_s << QString() << u"cannot end with '.'"_s;
    QTest::newRow("dash") << u"zg-520"_s << QString() << u"only letters, digits"_s;
    QTest::newRow("accent") << u"café"_s << QString() << u"only letters, digits"_s;
    QTest::newRow("empty") << u""_s << QString() << u"empty"_s;
    QTest::newRow("only at") << u"@"_s << QString() << u"empty"_s;
    QTest::newRow("video url") << u"https://www.tiktok.com/@zg.520/video/7513039993741397256"_s << QString()
                               << u"not an account"_s;
    QTest::newRow("no @ in url") << u"https://www.tiktok.com/zg.520"_s << QString() << u"names no TikTok account"_s;
    QTest::newRow("instagram url") << u"https://www.instagram.com/natgeo/"_s << QString() << u"not a TikTok address"_s;
}

void TestIdentifiers::testTikTokUsernames()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, messagePart);
    const auto result = normalizeTikTokUsername(input);
    if (expected.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(input));
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }
}

void TestIdentifiers::testProfileIdentifiers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("platform");         // as --platform gives it; empty: not given
    QTest::addColumn<QString>("expectedPlatform"); // empty: must be rejected
    QTest::addColumn<QString>("expectedName");

    QTest::newRow("tiktok url, no platform")
        << u"https://www.tiktok.com/@someone"_s << QString() << u"tiktok"_s << u"someone"_s;
    QTest::newRow("tiktok url, platform tiktok")
        << u"https://www.tiktok.com/@someone"_s << u"tiktok"_s << u"tiktok"_s << u"someone"_s;
    QTest::newRow("@name --platform tiktok") << u"@someone"_s << u"tiktok"_s << u"tiktok"_s << u"someone"_s;
    QTest::newRow("name --platform tiktok") << u"some.one_1"_s << u"tiktok"_s << u"tiktok"_s << u"some.one_1"_s;
    QTest::newRow("name, no platform: instagram") << u"someone"_s << QString() << u"instagram"_s << u"someone"_s;
    QTest::newRow("instagram url") << u"https://www.instagram.com/natgeo/"_s << QString() << u"instagram"_s
                                   << u"natgeo"_s;
    QTest::newRow("a 31-char name is fine on neither") << QString(31, u'a') << u"tiktok"_s << QString() << QString();
    QTest::newRow("tiktok url --platform instagram")
        << u"https://www.tiktok.com/@someone"_s << u"instagram"_s << QString() << QString();
    QTest::newRow("instagram url --platform tiktok")
        << u"https://www.instagram.com/natgeo/"_s << u"tiktok"_s << QString() << QString();
    QTest::newRow("trailing dot on tiktok") << u"someone."_s << u"tiktok"_s << QString() << QString();
}

void TestIdentifiers::testProfileIdentifiers()
{
    QFETCH(QString, input);
    QFETCH(QString, platform);
    QFETCH(QString, expectedPlatform);
    QFETCH(QString, expectedName);
    std::optional<Platform> given;
    if (!platform.isEmpty())
        given = platformFromName(platform);
    const auto result = parseProfileIdentifier(input, given);
    if (expectedPlatform.isEmpty()) {
        QVERIFY2(!result.ok(), qPrintable(input));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(platformName(result->platform), expectedPlatform);
    QCOMPARE(result->username, expectedName);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "testIdentifiers.moc"
