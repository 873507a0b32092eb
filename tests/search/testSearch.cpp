#include "SearchSeed.h"

#include "services/SearchService.h"
#include "services/TrackingService.h"
#include "storage/Database.h"
#include "storage/ScrapeStore.h"
#include "storage/SearchIndex.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

constexpr quint32 Seed = 7;

/// A word as the index folds it: lower case, accents removed.
QString fold(const QString &word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

/// The words of a query word as the index reads them: every run of letters and digits.
QStringList subWords(const QString &word)
{
    QString spaced;
    for (const QChar c : word)
        spaced += c.isLetterOrNumber() ? c : u' ';
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

/// The forms of a word the seeded texts may hold that the index takes as the same word.
QStringList formsOf(const QString &word)
{
    for (const QStringList &group : searchseed::vocabulary())
        if (fold(group.first()) == fold(word))
            return group;
    return {word};
}

/// A column with every separator of the seeded texts turned into one space, between spaces.
QString normalized(const QString &column)
{
    QString expr = column;
    for (const QString &c : searchseed::separatorCharacters())
        expr = u"replace(%1, '%2', ' ')"_s.arg(expr, c);
    for (int i = 0; i < 4; ++i)
        expr = u"replace(%1, '  ', ' ')"_s.arg(expr);
    return u"(' ' || coalesce(%1, '') || ' ')"_s.arg(expr);
}

/// "column holds this phrase" as a LIKE scan over every form of its words.
QString phraseLike(const QString &column, const QStringList &words, QVariantList &binds)
{
    QList<QStringList> patterns{{}};
    for (const QString &w : words) {
        QList<QStringList> longer;
        for (const QStringList &p : patterns)
            for (const QString &form : formsOf(w))
                longer << (QStringList(p) << form);
        patterns = longer;
    }
    QStringList ors;
    for (const QStringList &p : patterns) {
        ors << u"%1 LIKE ?"_s.arg(normalized(column));
        binds << QString(u"% "_s + p.join(u' ') + u" %"_s);
    }
    return u"("_s + ors.join(u" OR "_s) + u")"_s;
}

/// The row ids a LIKE scan finds for a query taken literally: every word (a phrase of its parts) must occur.
QSet<qint64> likeScan(const QSqlDatabase &db, SearchKind kind, const QString &query)
{
    QStringList conditions;
    QVariantList binds;
    for (const QString &word : query.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        const QStringList parts = subWords(word);
        if (parts.isEmpty())
            continue;
        if (kind == SearchKind::Comment) {
            conditions << phraseLike(u"c.text"_s, parts, binds);
        } else {
            const QString caption = phraseLike(u"m.caption"_s, parts, binds);
            conditions << u"("_s + caption + u" OR "_s + phraseLike(u"m.hashtags"_s, parts, binds) + u")"_s;
        }
    }
    QSet<qint64> ids;
    if (conditions.isEmpty())
        return ids;
    const QString sql = kind == SearchKind::Comment
                            ? u"SELECT c.id FROM comments c WHERE EXISTS (SELECT 1 FROM task_items t WHERE t.item_id ="
                              " c.item_id) AND "_s
                            : u"SELECT m.id FROM media_items m WHERE EXISTS (SELECT 1 FROM task_items t WHERE"
                              " t.item_id = m.id) AND "_s;
    QSqlQuery q(db);
    q.prepare(sql + conditions.join(u" AND "_s));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

/// Every result of one kind, walking the pages; fails the test on a repeated id.
QSet<qint64> searchAll(Database &db, SearchKind kind, const QString &query, bool syntax = false, int limit = 200)
{
    SearchService service(db);
    SearchRequest request;
    request.query = query;
    request.in = kind;
    request.limit = limit;
    request.syntax = syntax;
    QSet<qint64> ids;
    for (int pages = 0; pages < 10000; ++pages) {
        auto page = service.search(request);
        if (!page.ok()) {
            qWarning() << page.error().message;
            return {};
        }
        for (const SearchHit &hit : page->hits) {
            if (ids.contains(hit.id.toLongLong()))
                qWarning() << "repeated" << hit.id;
            ids.insert(hit.id.toLongLong());
        }
        if (!page->hasNext)
            break;
        request.cursor = page->nextCursor;
    }
    return ids;
}

ScrapeOutcome outcome(const QString &taskId, qint64 at, const QString &bio, const QString &caption,
                      const QList<QPair<QString, QString>> &comments)
{
    ScrapeOutcome o;
    o.task = TaskRef{TaskKind::Profile, taskId};
    o.scrapedAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    ProfileInfo profile;
    profile.id = u"42"_s;
    profile.username = u"oceanbrand"_s;
    profile.fullName = u"Ocean Brand"_s;
    profile.biography = bio;
    o.profile = profile;
    ScrapedPost post;
    post.item.platform = Platform::Instagram;
    post.item.id = u"3560614185974049156"_s;
    post.item.shortcode = u"DFp17y5MymE"_s;
    post.item.productType = u"clips"_s;
    post.item.ownerUsername = u"oceanbrand"_s;
    post.item.caption = caption;
    post.item.hashtags = {u"#summer"_s};
    for (const auto &[id, text] : comments) {
        Comment c;
        c.id = id;
        c.text = text;
        c.authorUsername = u"ana"_s;
        post.comments << c;
    }
    o.posts << post;
    return o;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testLiteralQueryQuotesEveryWord_data();
    void testLiteralQueryQuotesEveryWord();
    void testFtsEqualsLikeScan_data();
    void testFtsEqualsLikeScan();
    void testSyntaxCharactersAreLiteral_data();
    void testSyntaxCharactersAreLiteral();
    void testSyntaxHonoursOperators();
    void testPagingWalksEverythingOnce();
    void testCursorIsBoundToItsSearch();
    void testHighlight();
    void testIndexFollowsIngestEditsAndDeletes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    searchseed::Seeded m_seeded;
};

void TestSearch::initTestCase()
{
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    m_seeded = searchseed::seed(m_db->connection(), 20, 25, 4000, Seed);
    QCOMPARE(m_seeded.comments, 4000);
    QVERIFY(SearchIndex(m_db->connection()).checkIntegrity().ok());
}

void TestSearch::testLiteralQueryQuotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"love  it"_s << u"\"love\" \"it\""_s;
    QTest::newRow("quotes doubled") << u"say \"hi\""_s << u"\"say\" \"\"\"hi\"\"\""_s;
    QTest::newRow("operators are words") << u"a AND b OR NOT c NEAR"_s
                                         << u"\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\" \"NEAR\""_s;
    QTest::newRow("no word at all") << u" * - \" ( ) ^ : 🔥 "_s << QString();
    QTest::newRow("star and minus kept inside the word") << u"-love*"_s << u"\"-love*\""_s;
}

void TestSearch::testLiteralQueryQuotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchIndex::literalQuery(text), expected);
}

void TestSearch::testFtsEqualsLikeScan_data()
{
    QTest::addColumn<QString>("query");
    for (const QStringList &group : searchseed::vocabulary())
        for (const QString &form : group)
            QTest::newRow(qPrintable(form)) << form;
    for (const QString &q : {u"love amazing"_s,
                             u"the love"_s,
                             u"LOVE the sunset"_s,
                             u"cafe naive"_s,
                             u"NIÑO über"_s,
                             u"beach 2024"_s,
                             u"love-amazing"_s,
                             u"\"love sunset\""_s,
                             u"love*"_s,
                             u"-love"_s,
                             u"NEAR(love, amazing)"_s,
                             u"love AND the"_s,
                             u"love OR zebra"_s,
                             u"love NOT edit"_s,
                             u"\"love"_s,
                             u"love\""_s,
                             u"(love"_s,
                             u"^love"_s,
                             u"love:"_s,
                             u"caption:love"_s,
                             u"text:love"_s,
                             u"lov"_s,
                             u"lov*"_s,
                             u"missingword"_s,
                             u"e-mail"_s,
                             u"x2 wow"_s})
        QTest::newRow(qPrintable(q)) << q;
}

void TestSearch::testFtsEqualsLikeScan()
{
    QFETCH(QString, query);
    for (const SearchKind kind : {SearchKind::Comment, SearchKind::Post}) {
        const QSet<qint64> expected = likeScan(m_db->connection(), kind, query);
        const QSet<qint64> found = searchAll(*m_db, kind, query);
        QCOMPARE(found.size(), expected.size());
        QCOMPARE(found, expected);
    }
    // The common words are there in numbers: the comparison means something.
    if (query == u"love")
        QVERIFY(likeScan(m_db->connection(), SearchKind::Comment, query).size() > 500);
}

void TestSearch::testSyntaxCharactersAreLiteral_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &q :
         {u"\""_s,     u"\"\"\""_s, u"*"_s,     u"-"_s, u"NEAR"_s, u"NEAR("_s, u"AND"_s, u"OR"_s, u"NOT"_s,
          u"("_s,      u")"_s,      u"^"_s,     u":"_s, u"'"_s,    u"';--"_s,  u"\\"_s,  u"%_"_s, u"love\" OR \"x"_s,
          u"{love}"_s, u"love)"_s,  u"a:b:c"_s, u"🔥"_s})
        QTest::newRow(qPrintable(q)) << q;
    QTest::newRow("NUL before a word") << QString(QString(QChar(0)) + u"love"_s);
}

void TestSearch::testSyntaxCharactersAreLiteral()
{
    QFETCH(QString, query);
    SearchService service(*m_db);
    SearchRequest request;
    request.query = query;
    request.limit = 50;
    auto page = service.search(request);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    // The same as a LIKE scan of the words taken as text.
    QCOMPARE(searchAll(*m_db, SearchKind::Comment, query), likeScan(m_db->connection(), SearchKind::Comment, query));
}

void TestSearch::testSyntaxHonoursOperators()
{
    const auto like = [this](const QString &q) {
        return likeScan(m_db->connection(), SearchKind::Comment, q);
    };
    const QSet<qint64> love = like(u"love"_s);
    const QSet<qint64> amazing = like(u"amazing"_s);
    const auto syntax = [this](const QString &q) {
        return searchAll(*m_db, SearchKind::Comment, q, true);
    };

    QCOMPARE(syntax(u"love AND amazing"_s), QSet<qint64>(love).intersect(amazing));
    QCOMPARE(syntax(u"love OR amazing"_s), QSet<qint64>(love).unite(amazing));
    QCOMPARE(syntax(u"love NOT amazing"_s), QSet<qint64>(love).subtract(amazing));
    QCOMPARE(syntax(u"\"love amazing\""_s), like(u"love-amazing"_s)); // a phrase
    QCOMPARE(syntax(u"lov*"_s), QSet<qint64>(love).unite(like(u"lovely"_s)));
    const QSet<qint64> near = syntax(u"NEAR(love amazing, 1)"_s);
    QVERIFY(!near.isEmpty());
    QVERIFY(QSet<qint64>(love).intersect(amazing).contains(near));
    // The literal reading of the same text differs: "OR" is a word there.
    QCOMPARE(searchAll(*m_db, SearchKind::Comment, u"love OR amazing"_s), like(u"love OR amazing"_s));
    QVERIFY(like(u"love OR amazing"_s) != syntax(u"love OR amazing"_s));

    // A query the syntax cannot read is the person's mistake, said as such.
    SearchService service(*m_db);
    for (const QString &bad : {u"love AND"_s, u"\"love"_s, u"NEAR("_s, u"nosuchcolumn:love"_s}) {
        SearchRequest request;
        request.query = bad;
        request.syntax = true;
        auto page = service.search(request);
        QVERIFY2(!page.ok(), qPrintable(bad));
        QCOMPARE(page.error().kind, ErrorKind::Invalid);
        QVERIFY2(page.error().message.contains(bad), qPrintable(page.error().message));
    }
}

void TestSearch::testPagingWalksEverythingOnce()
{
    SearchService service(*m_db);
    // Every kind at once, grouped: the pages walk accounts, creators, posts, then comments, each row once.
    SearchRequest request;
    request.query = u"love"_s;
    request.limit = 37;
    QList<QPair<int, QString>> seen;
    int pages = 0;
    while (true) {
        auto page = service.search(request);
        QVERIFY(page.ok());
        QVERIFY(page->hits.size() <= 37);
        QCOMPARE(page->limit, 37);
        for (const SearchHit &hit : page->hits)
            seen.append({int(hit.kind), hit.id});
        ++pages;
        if (!page->hasNext) {
            QVERIFY(page->nextCursor.isEmpty());
            break;
        }
        QCOMPARE(page->hits.size(), 37);
        request.cursor = page->nextCursor;
    }
    const int posts = int(likeScan(m_db->connection(), SearchKind::Post, u"love"_s).size());
    const int comments = int(likeScan(m_db->connection(), SearchKind::Comment, u"love"_s).size());
    QCOMPARE(seen.size(), posts + comments);
    const QSet<QPair<int, QString>> distinct(seen.begin(), seen.end());
    QCOMPARE(distinct.size(), seen.size());
    QCOMPARE(pages, (posts + comments + 36) / 37);
    // Grouped: kinds never go back.
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i - 1).first <= seen.at(i).first);
    // Newest first within comments.
    QList<qint64> commentIds;
    for (const auto &[kind, id] : seen)
        if (kind == int(SearchKind::Comment))
            commentIds << id.toLongLong();
    QVERIFY(std::is_sorted(commentIds.rbegin(), commentIds.rend()));

    // A page that ends exactly where a kind ends still says what follows.
    const int zebraPosts = int(likeScan(m_db->connection(), SearchKind::Post, u"zebra"_s).size());
    QVERIFY(zebraPosts > 0 && zebraPosts <= SearchService::MaxLimit);
    request = {};
    request.query = u"zebra"_s;
    request.limit = zebraPosts;
    auto first = service.search(request);
    QVERIFY(first.ok());
    QCOMPARE(first->hits.size(), zebraPosts);
    QVERIFY(first->hasNext);
    request.cursor = first->nextCursor;
    request.limit = 1;
    auto next = service.search(request);
    QVERIFY(next.ok());
    QCOMPARE(next->hits.first().kind, SearchKind::Comment);
}

void TestSearch::testCursorIsBoundToItsSearch()
{
    SearchService service(*m_db);
    SearchRequest request;
    request.query = u"love"_s;
    request.in = SearchKind::Comment;
    request.limit = 5;
    auto page = service.search(request);
    QVERIFY(page.ok() && page->hasNext);
    for (const auto &change : {std::function<void(SearchRequest &)>([](SearchRequest &r) { r.query = u"the"_s; }),
                               std::function<void(SearchRequest &)>([](SearchRequest &r) { r.in = SearchKind::Post; }),
                               std::function<void(SearchRequest &)>([](SearchRequest &r) { r.syntax = true; }),
                               std::function<void(SearchRequest &)>([](SearchRequest &r) { r.cursor = u"x!y"_s; })}) {
        SearchRequest other = request;
        other.cursor = page->nextCursor;
        change(other);
        auto refused = service.search(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(refused.error().field, u"cursor"_s);
    }
    for (const int limit : {0, 201}) {
        SearchRequest other = request;
        other.limit = limit;
        auto refused = service.search(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, u"limit"_s);
    }
}

void TestSearch::testHighlight()
{
    const MarkedText marked = MarkedText::fromMarked(u"I \uE000love\uE001 <3 & \uE000LOVE\uE001"_s);
    QCOMPARE(marked.text, u"I love <3 & LOVE"_s);
    QVERIFY(marked.marks == (QList<QPair<int, int>>{{2, 4}, {12, 4}}));
    QCOMPARE(marked.html(), u"I <mark>love</mark> &lt;3 &amp; <mark>LOVE</mark>"_s);
    QCOMPARE(marked.bracketed(u"["_s, u"]"_s), u"I [love] <3 & [LOVE]"_s);

    // Accents and case: "cafe" marks "CAFÉ" as it is written.
    SearchService service(*m_db);
    SearchRequest request;
    request.query = u"cafe"_s;
    request.in = SearchKind::Comment;
    request.limit = 200;
    auto page = service.search(request);
    QVERIFY(page.ok());
    QVERIFY(!page->hits.isEmpty());
    QSet<QString> marks;
    for (const SearchHit &hit : page->hits) {
        QVERIFY2(!hit.text.marks.isEmpty(), qPrintable(hit.text.text));
        for (const QString &m : hit.text.matches())
            marks.insert(m);
        // A comment carries its post and the task that tracks it.
        QVERIFY(hit.post.has_value());
        QVERIFY(hit.postUrl.startsWith(u"https://www.instagram.com/p/SC"_s));
        QCOMPARE(hit.tasks.size(), 1);
        QCOMPARE(hit.tasks.first().task.kind, TaskKind::Profile);
        QVERIFY(m_seeded.profileIds.contains(hit.tasks.first().task.id));
        QVERIFY(hit.tasks.first().label.startsWith(u"@brand"_s));
    }
    QCOMPARE(marks, (QSet<QString>{u"café"_s, u"cafe"_s, u"Café"_s, u"CAFÉ"_s, u"CAFE"_s}));
}

void TestSearch::testIndexFollowsIngestEditsAndDeletes()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    TrackingService tracking(db);
    auto task = tracking.addProfile(u"oceanbrand"_s, false);
    QVERIFY(task.ok());
    SearchService service(db);
    const auto ids = [&service](SearchKind kind, const QString &q) {
        SearchRequest r;
        r.query = q;
        r.in = kind;
        r.limit = 200;
        QStringList out;
        auto page = service.search(r);
        if (page.ok())
            for (const SearchHit &hit : page->hits)
                out << hit.id;
        return out;
    };
    // Added: found by its name before any scrape.
    QCOMPARE(ids(SearchKind::Account, u"oceanbrand"_s), QStringList{task->id});

    // The real ingest path: a post, its comments, the profile's bio.
    ScrapeStore store(db);
    QVERIFY(store
                .recordSuccess(outcome(task->id, 1767225600, u"Waves and whales 🐋"_s, u"First swim of summer"_s,
                                       {{u"c1"_s, u"I love this wave ❤️"_s}, {u"c2"_s, u"Dolphins!"_s}}))
                .ok());
    QCOMPARE(ids(SearchKind::Account, u"whales"_s), QStringList{task->id});
    QCOMPARE(ids(SearchKind::Post, u"swim"_s).size(), 1);
    QCOMPARE(ids(SearchKind::Post, u"summer"_s).size(), 1);
    const QStringList loveComments = ids(SearchKind::Comment, u"love"_s);
    QCOMPARE(loveComments.size(), 1);
    QCOMPARE(ids(SearchKind::Comment, u"dolphins"_s).size(), 1);

    // A later scrape: the comment was edited, the caption and the bio changed; the same text again changes nothing.
    QVERIFY(store
                .recordSuccess(outcome(task->id, 1767312000, u"Reefs and corals"_s, u"Second dive"_s,
                                       {{u"c1"_s, u"I adore this wave"_s}, {u"c2"_s, u"Dolphins!"_s}}))
                .ok());
    QVERIFY(ids(SearchKind::Comment, u"love"_s).isEmpty());
    QCOMPARE(ids(SearchKind::Comment, u"adore"_s), loveComments);
    QCOMPARE(ids(SearchKind::Comment, u"dolphins"_s).size(), 1);
    QVERIFY(ids(SearchKind::Post, u"swim"_s).isEmpty());
    QCOMPARE(ids(SearchKind::Post, u"dive"_s).size(), 1);
    QVERIFY(ids(SearchKind::Account, u"whales"_s).isEmpty());
    QCOMPARE(ids(SearchKind::Account, u"corals"_s), QStringList{task->id});
    QVERIFY(SearchIndex(db.connection()).checkIntegrity().ok());

    // Creators by name, renamed, removed.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(
        u"INSERT INTO creators (id, name, name_key, created_at) VALUES ('cr1', 'Blue Planet', 'blue planet', 0)"_s));
    QVERIFY(q.exec(u"INSERT INTO creator_accounts VALUES ('cr1', '%1', 0)"_s.arg(task->id)));
    QCOMPARE(ids(SearchKind::Creator, u"planet"_s), QStringList{u"cr1"_s});
    {
        SearchRequest r;
        r.query = u"planet"_s;
        r.in = SearchKind::Creator;
        auto page = service.search(r);
        QVERIFY(page.ok());
        QCOMPARE(page->hits.first().tasks.size(), 1);
        QCOMPARE(page->hits.first().tasks.first().task.id, task->id);
        QCOMPARE(page->hits.first().markedTitle.matches(), QStringList{u"Planet"_s});
    }
    QVERIFY(q.exec(u"UPDATE creators SET name = 'Green Earth' WHERE id = 'cr1'"_s));
    QVERIFY(ids(SearchKind::Creator, u"planet"_s).isEmpty());
    QCOMPARE(ids(SearchKind::Creator, u"earth"_s), QStringList{u"cr1"_s});
    QVERIFY(q.exec(u"DELETE FROM creators WHERE id = 'cr1'"_s));
    QVERIFY(ids(SearchKind::Creator, u"earth"_s).isEmpty());

    // A deleted comment, and a deleted post with its comments (cascade), leave the index.
    QVERIFY(q.exec(u"DELETE FROM comments WHERE platform_id = 'c2'"_s));
    QVERIFY(ids(SearchKind::Comment, u"dolphins"_s).isEmpty());
    QVERIFY(q.exec(u"DELETE FROM media_items"_s));
    QVERIFY(ids(SearchKind::Post, u"dive"_s).isEmpty());
    QVERIFY(ids(SearchKind::Comment, u"adore"_s).isEmpty());
    QVERIFY(SearchIndex(db.connection()).checkIntegrity().ok());

    // A removed task leaves it too.
    QVERIFY(tracking.removeProfile(task->id).ok());
    QVERIFY(ids(SearchKind::Account, u"oceanbrand"_s).isEmpty());
    QVERIFY(ids(SearchKind::Account, u"corals"_s).isEmpty());
    QVERIFY(SearchIndex(db.connection()).checkIntegrity().ok());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "testSearch.moc"
