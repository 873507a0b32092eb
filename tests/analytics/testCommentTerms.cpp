// The profile dashboard's words, emoji and hashtags (pure builders): hand-counted tables.
#include "analytics/CommentTerms.h"
#include "i18n/Language.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::analytics;

Q_DECLARE_METATYPE(QList<reelpulse::analytics::TermCount>)

namespace {

QString terms(const QList<TermCount> &list)
{
    QStringList out;
    for (const TermCount &t : list)
        out.append(u"%1=%2"_s.arg(t.term).arg(t.count));
    return out.join(u' ');
}

PostPoint post(const QStringList &tags, std::optional<qint64> engagement, int daysAgo = 1)
{
    PostPoint p;
    p.item.hashtags = tags;
    p.item.takenAt = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC).addDays(-daysAgo);
    p.engagement = engagement;
    return p;
}

} // namespace

class TestCommentTerms final : public QObject
{
    Q_OBJECT

private slots:
    void testWords_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QStringList() << 10 << QString();
        QTest::newRow("counts per comment, case folded")
            << QStringList{u"Love love LOVE this color"_s, u"love the color"_s, u"Colors!"_s} << 10
            << u"color=2 love=2 colors=1"_s;
        QTest::newRow("little words, short words and numbers left out")
            << QStringList{u"the and for is it ok 2026 top10"_s} << 10 << u"top10=1"_s;
        QTest::newRow("mentions, hashtags and links left out")
            << QStringList{u"@brand.shop #summer https://example.com/x great"_s} << 10 << u"great=1"_s;
        QTest::newRow("Spanish and German little words, accents kept")
            << QStringList{u"que bonito está el diseño"_s, u"und das Design ist schön"_s} << 10
            << u"bonito=1 design=1 diseño=1 schön=1"_s;
        QTest::newRow("apostrophes inside a word") << QStringList{u"brand's best"_s} << 10 << u"best=1 brand's=1"_s;
        QTest::newRow("limit, ties by word")
            << QStringList{u"zeta beta alpha"_s, u"zeta"_s} << 2 << u"zeta=2 alpha=1"_s;
    }

    void testWords()
    {
        QFETCH(QStringList, texts);
        QFETCH(int, limit);
        QFETCH(QString, expected);
        QCOMPARE(terms(topWords(texts, limit)), expected);
    }

    void testEmoji_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("expected");

        QTest::newRow("none") << QStringList{u"no emoji here :)"_s} << QString();
        QTest::newRow("each use counts") << QStringList{u"🔥🔥 wow 😍"_s, u"🔥"_s} << u"🔥=3 😍=1"_s;
        QTest::newRow("skin tones and variation selectors folded")
            << QStringList{u"👍🏽 👍 ❤️ ❤"_s} << u"❤=2 👍=2"_s;
        QTest::newRow("ZWJ sequences and flags whole")
            << QStringList{u"👩‍💻 🇪🇸🇪🇸"_s} << u"🇪🇸=2 👩‍💻=1"_s;
    }

    void testEmoji()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, expected);
        QCOMPARE(terms(topEmoji(texts, 10)), expected);
    }

    void testHashtagsByMeanEngagement()
    {
        const QList<PostPoint> posts = {
            post({u"#Summer"_s, u"#sale"_s}, 100),
            post({u"#summer"_s}, 300),           // #summer: (100 + 300) / 2 = 200
            post({u"#sale"_s, u"#sale"_s}, 50),  // #sale: (100 + 50) / 2 = 75, the repeat counts once
            post({u"#new"_s}, 200),              // #new: 200 from one post
            post({u"#unknown"_s}, std::nullopt), // engagement unknown: left out
            post({u"#old"_s}, 999, 400),         // outside the range
        };
        const DateRange range = DateRange::lastDays(90, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        const QList<HashtagRank> ranked = rankHashtags(posts, range, 1, 10);
        QCOMPARE(ranked.size(), 3);
        // Equal means: more posts first.
        QCOMPARE(ranked.at(0).tag, u"#summer"_s);
        QCOMPARE(ranked.at(0).posts, 2);
        QCOMPARE(ranked.at(0).meanEngagement, 200.0);
        QCOMPARE(ranked.at(1).tag, u"#new"_s);
        QCOMPARE(ranked.at(2).tag, u"#sale"_s);
        QCOMPARE(ranked.at(2).meanEngagement, 75.0);

        const QList<HashtagRank> twoOrMore = rankHashtags(posts, range, 2, 10);
        QCOMPARE(twoOrMore.size(), 2);
        QCOMPARE(rankHashtags(posts, range, 1, 1).size(), 1);

        const ChartData chart = hashtagsChart(ranked, range);
        QCOMPARE(chart.kind, ChartKind::Hashtags);
        QCOMPARE(chart.categories.first(), u"#summer (2)"_s);
        QCOMPARE(chart.bars.first().values, (QList<double>{200.0, 200.0, 75.0}));
        QVERIFY(!chart.note.isEmpty());
        QVERIFY(hashtagsChart({}, range).isEmpty());
    }

    void testTermCharts()
    {
        const ChartData words = wordsChart({{u"love"_s, 3}, {u"color"_s, 2}}, u"From the newest 5 comments"_s);
        QCOMPARE(words.kind, ChartKind::Words);
        QCOMPARE(words.categories, (QStringList{u"love"_s, u"color"_s}));
        QCOMPARE(words.bars.first().values, (QList<double>{3.0, 2.0}));
        QCOMPARE(words.note, u"From the newest 5 comments"_s);
        QVERIFY(emojiChart({}, QString()).isEmpty());
        QCOMPARE(chartKindName(ChartKind::Emoji), u"emoji"_s);
        QCOMPARE(chartKindFromName(u"hashtags"_s), std::optional<ChartKind>(ChartKind::Hashtags));
        QCOMPARE(QString::fromUtf8(chartCsv(words)).split(u"\r\n"_s).size(), 4); // header, two rows, end
    }

    void testChartsSpeakTheLanguage()
    {
        // The chart titles are found by the translations under the context they are written with.
        QCOMPARE(i18n::installTranslations(QLocale(QLocale::German)), u"de"_s);
        const QString words = wordsChart({}, QString()).title;
        const QString followers = followersChart({}, DateRange()).title;
        const QString english = (i18n::installTranslations(QLocale(QLocale::English)), wordsChart({}, QString()).title);
        QCOMPARE(english, u"Most frequent words in comments"_s);
        QVERIFY2(words != english, qPrintable(words));
        QVERIFY2(followers != followersChart({}, DateRange()).title, qPrintable(followers));
    }
};

QTEST_GUILESS_MAIN(TestCommentTerms)
#include "testCommentTerms.moc"
