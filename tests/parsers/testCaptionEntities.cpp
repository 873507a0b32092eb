#include "platform/CaptionEntities.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

class TestCaptionEntities final : public QObject
{
    Q_OBJECT

private slots:
    void testHashtags_data();
    void testHashtags();
    void testMentions_data();
    void testMentions();
};

void TestCaptionEntities::testHashtags_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("plain") << u"#one #two"_s << QStringList{u"#one"_s, u"#two"_s};
    QTest::newRow("accented") << u"Lunch at #café today"_s << QStringList{u"#café"_s};
    QTest::newRow("trailing dot") << u"Look: #tag. Next"_s << QStringList{u"#tag"_s};
    QTest::newRow("trailing punctuation") << u"(#a1!) #b_c, #d?"_s << QStringList{u"#a1"_s, u"#b_c"_s, u"#d"_s};
    QTest::newRow("adjacent tags") << u"#foryou#viral"_s << QStringList{u"#foryou"_s, u"#viral"_s};
    QTest::newRow("after emoji with variation selector") << u"❤️#foryou#سارائیکی#viralvideo"_s
                                                         << QStringList{u"#foryou"_s, u"#سارائیکی"_s, u"#viralvideo"_s};
    QTest::newRow("devanagari with marks") << u"#हिन्दी rocks"_s << QStringList{u"#हिन्दी"_s};
    QTest::newRow("cjk") << u"今日は#東京タワー!"_s << QStringList{};
    QTest::newRow("cjk after space") << u"今日は #東京タワー!"_s << QStringList{u"#東京タワー"_s};
    QTest::newRow("digits only is not a tag") << u"We are #1 and #2024"_s << QStringList{};
    QTest::newRow("digits then letters") << u"#2024goals"_s << QStringList{u"#2024goals"_s};
    QTest::newRow("inside a word") << u"abc#def"_s << QStringList{};
    QTest::newRow("html entity") << u"it&#39;s"_s << QStringList{};
    QTest::newRow("duplicates case-insensitive") << u"#Tag #tag #TAG"_s << QStringList{u"#Tag"_s};
    QTest::newRow("bare hash") << u"# alone ##"_s << QStringList{};
    QTest::newRow("invisible separator") << u"#ShareBlackStories\u2063\nmore"_s << QStringList{u"#ShareBlackStories"_s};
    QTest::newRow("emoji ends tag") << u"#sun🌞 #moon"_s << QStringList{u"#sun"_s, u"#moon"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestCaptionEntities::testHashtags()
{
    QFETCH(QString, caption);
    QFETCH(QStringList, tags);
    QCOMPARE(instagram::extractHashtags(caption), tags);
}

void TestCaptionEntities::testMentions_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("plain") << u"by @someone"_s << QStringList{u"@someone"_s};
    QTest::newRow("dotted name") << u"with @user.name today"_s << QStringList{u"@user.name"_s};
    QTest::newRow("dotted name at sentence end") << u"thanks @user.name."_s << QStringList{u"@user.name"_s};
    QTest::newRow("email is not a mention") << u"write to a@b.com or @real_one"_s << QStringList{u"@real_one"_s};
    QTest::newRow("after emoji") << u"again. 🖤@nbcworldofdance #BTS"_s << QStringList{u"@nbcworldofdance"_s};
    QTest::newRow("several") << u"Photos by @hailethomas and @domrobxrts; video by @kingbach"_s
                             << QStringList{u"@hailethomas"_s, u"@domrobxrts"_s, u"@kingbach"_s};
    QTest::newRow("too long") << u"@abcdefghijabcdefghijabcdefghijx"_s << QStringList{};
    QTest::newRow("thirty is fine") << u"@abcdefghijabcdefghijabcdefghij"_s
                                    << QStringList{u"@abcdefghijabcdefghijabcdefghij"_s};
    QTest::newRow("bare at") << u"meet @ noon"_s << QStringList{};
    QTest::newRow("duplicates") << u"@Ana and @ana"_s << QStringList{u"@Ana"_s};
    QTest::newRow("leading dot") << u"@.hidden"_s << QStringList{};
    QTest::newRow("in parentheses") << u"(@friend)"_s << QStringList{u"@friend"_s};
}

void TestCaptionEntities::testMentions()
{
    QFETCH(QString, caption);
    QFETCH(QStringList, names);
    QCOMPARE(instagram::extractMentions(caption), names);
}

QTEST_GUILESS_MAIN(TestCaptionEntities)
#include "testCaptionEntities.moc"
