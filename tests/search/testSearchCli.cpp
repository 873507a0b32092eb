#include "SearchSeed.h"

#include "services/SearchService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestSearchCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testCommentsCarryTheirPostAndTask();
    void testCursorPagingWalksEverything();
    void testHumanOutputMarksMatches();
    void testMistakesAreInvalidInput_data();
    void testMistakesAreInvalidInput();

private:
    Run cli(const QStringList &args);

    QTemporaryDir m_dir;
    searchseed::Seeded m_seeded;
};

Run TestSearchCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(REELPULSE_CLI_PATH), QStringList{u"--data-dir"_s, m_dir.path()} + args);
    Run run;
    if (!p.waitForFinished(60000))
        return run;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

void TestSearchCli::initTestCase()
{
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_seeded = searchseed::seed(db.value()->connection(), 4, 10, 600);
}

void TestSearchCli::testCommentsCarryTheirPostAndTask()
{
    const Run run = cli({u"search"_s, u"love"_s, u"--in"_s, u"comments"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    const QJsonArray data = o.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 20); // the default limit
    const QJsonObject pagination = o.value(u"pagination"_s).toObject();
    QCOMPARE(pagination.value(u"limit"_s).toInt(), 20);
    QCOMPARE(pagination.value(u"has_next"_s).toBool(), true);
    QVERIFY(!pagination.value(u"next_cursor"_s).toString().isEmpty());
    QCOMPARE(o.value(u"filters"_s).toObject().value(u"in"_s).toString(), u"comment"_s);
    for (const QJsonValue &v : data) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value(u"type"_s).toString(), u"comment"_s);
        QVERIFY2(c.value(u"text"_s).toString().contains(u"love"_s, Qt::CaseInsensitive),
                 qPrintable(c.value(u"text"_s).toString()));
        QVERIFY(c.value(u"highlight"_s).toObject().value(u"text"_s).toString().contains(u"<mark>"_s));
        QVERIFY(c.value(u"author"_s).toString().startsWith(u"fan"_s));
        const QJsonObject post = c.value(u"post"_s).toObject();
        QCOMPARE(post.value(u"platform"_s).toString(), u"instagram"_s);
        QVERIFY(post.value(u"url"_s).toString().startsWith(u"https://www.instagram.com/p/SC"_s));
        QVERIFY(!post.value(u"external_id"_s).toString().isEmpty());
        const QJsonArray tasks = c.value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().toObject().value(u"type"_s).toString(), u"profile"_s);
        QVERIFY(m_seeded.profileIds.contains(tasks.first().toObject().value(u"id"_s).toString()));
        QVERIFY(tasks.first().toObject().value(u"label"_s).toString().startsWith(u"@brand"_s));
    }
}

void TestSearchCli::testCursorPagingWalksEverything()
{
    // Every kind, 50 a page: the pages together are what the service finds, each once.
    QList<QPair<QString, QString>> seen;
    QString cursor;
    for (int pages = 0; pages < 100; ++pages) {
        QStringList args{u"search"_s, u"love"_s, u"--limit"_s, u"50"_s, u"--json"_s};
        if (!cursor.isEmpty())
            args << u"--cursor"_s << cursor;
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = run.json();
        for (const QJsonValue &v : o.value(u"data"_s).toArray())
            seen.append({v.toObject().value(u"type"_s).toString(), v.toObject().value(u"id"_s).toString()});
        const QJsonObject pagination = o.value(u"pagination"_s).toObject();
        if (!pagination.value(u"has_next"_s).toBool()) {
            QVERIFY(pagination.value(u"next_cursor"_s).isNull());
            break;
        }
        cursor = pagination.value(u"next_cursor"_s).toString();
    }
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    SearchService service(*db.value());
    int expected = 0;
    for (const SearchKind kind : {SearchKind::Post, SearchKind::Comment}) {
        SearchRequest r;
        r.query = u"love"_s;
        r.in = kind;
        r.limit = 200;
        for (bool more = true; more;) {
            auto page = service.search(r);
            QVERIFY(page.ok());
            expected += int(page->hits.size());
            more = page->hasNext;
            r.cursor = page->nextCursor;
        }
    }
    QVERIFY(expected > 100);
    QCOMPARE(seen.size(), expected);
    const QSet<QPair<QString, QString>> distinct(seen.begin(), seen.end());
    QCOMPARE(int(distinct.size()), expected);
    QCOMPARE(seen.first().first, u"post"_s);
    QCOMPARE(seen.last().first, u"comment"_s);
}

void TestSearchCli::testHumanOutputMarksMatches()
{
    const Run run = cli({u"search"_s, u"cafe"_s, u"--limit"_s, u"5"_s, u"--in"_s, u"comments"_s});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"Comments\n"_s), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(u"\\[(café|cafe|Café|CAFÉ|CAFE)\\]"_s)), qPrintable(out));
    QVERIFY2(out.contains(u"--cursor "_s), qPrintable(out));
    // Syntax characters as text: found like the words alone, no error.
    const Run literal = cli({u"search"_s, u"\"cafe*"_s, u"-love)"_s, u"--json"_s});
    QCOMPARE(literal.exitCode, 0);
    const Run words = cli({u"search"_s, u"cafe"_s, u"love"_s, u"--json"_s});
    QCOMPARE(literal.json().value(u"data"_s), words.json().value(u"data"_s));
    // --syntax reads them: a prefix finds more than the word.
    const Run prefix =
        cli({u"search"_s, u"lov*"_s, u"--syntax"_s, u"--in"_s, u"comments"_s, u"--limit"_s, u"200"_s, u"--json"_s});
    const Run word = cli({u"search"_s, u"lov*"_s, u"--in"_s, u"comments"_s, u"--limit"_s, u"200"_s, u"--json"_s});
    QCOMPARE(prefix.exitCode, 0);
    QVERIFY(word.json().value(u"data"_s).toArray().isEmpty()); // "lov" is no word of the store
    QVERIFY(prefix.json().value(u"data"_s).toArray().size() > 20);
    const Run nothing = cli({u"search"_s, u"nosuchword"_s});
    QCOMPARE(nothing.exitCode, 0);
    QCOMPARE(QString::fromUtf8(nothing.out).trimmed(), u"Nothing found."_s);
}

void TestSearchCli::testMistakesAreInvalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no query") << QStringList{u"search"_s} << u"search"_s;
    QTest::newRow("limit 0") << QStringList{u"search"_s, u"love"_s, u"--limit"_s, u"0"_s} << u"limit"_s;
    QTest::newRow("limit 201") << QStringList{u"search"_s, u"love"_s, u"--limit"_s, u"201"_s} << u"200"_s;
    QTest::newRow("unknown kind") << QStringList{u"search"_s, u"love"_s, u"--in"_s, u"reels"_s} << u"reels"_s;
    QTest::newRow("foreign cursor") << QStringList{u"search"_s, u"love"_s, u"--cursor"_s, u"abc"_s} << u"cursor"_s;
    QTest::newRow("bad syntax") << QStringList{u"search"_s, u"love AND"_s, u"--syntax"_s} << u"love AND"_s;
}

void TestSearchCli::testMistakesAreInvalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
}

QTEST_GUILESS_MAIN(TestSearchCli)
#include "testSearchCli.moc"
