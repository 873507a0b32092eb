#include "platform/DataDir.h"
#include "sentiment/CommentScorer.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/Database.h"
#include "storage/ScrapeReader.h"
#include "storage/StoreFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::sentiment;

// Sentiment in a real store: scoring, re-scoring on an engine change, manual labels, summaries, the background
// worker, and the `sentiment` CLI commands.
class TestCommentSentiment final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testScoresEveryCommentOnce();
    void testEngineChangeAndEditsAreRescored();
    void testManualLabelIsKeptAndCounted();
    void testSummaries();
    void testWorkerThread();
    void testCli();
    void testFileOutputIsTheReferenceScripts();
    void testLanguagesStoredAndSummarised();
    void testAccountLanguageIsTheHint();
    void testLanguageCountsFollowEveryWrite();
    void testUpgradeKeepsTheCounts();
    void testLanguagesInCli();

private:
    qint64 addItem(const QString &platformId, const QString &owner = {}, const QString &caption = {});
    QString language(qint64 comment);
    qint64 addComment(qint64 item, const QString &text, qint64 createdAt);
    QString label(qint64 comment);
    QString engine(qint64 comment);
    QJsonObject cli(const QStringList &args, int *exitCode = nullptr, QByteArray *raw = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QString m_task = u"7d3c2b1a-0000-4000-8000-00000000beef"_s;
    int m_next = 0;
};

void TestCommentSentiment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db.value());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO video_tasks (id, platform, external_id, added_at, updated_at, next_scrape_due) "
                   "VALUES ('"_s +
                   m_task + u"', 'instagram', 'C0ffee', 0, 0, 0)"_s));
}

void TestCommentSentiment::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestCommentSentiment::addItem(const QString &platformId, const QString &owner, const QString &caption)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO media_items (platform, platform_id, shortcode, owner_id, caption, first_seen, last_seen) "
              "VALUES ('instagram', ?, ?, ?, ?, 0, 0)"_s);
    q.addBindValue(platformId);
    q.addBindValue(platformId);
    q.addBindValue(owner.isEmpty() ? QVariant() : QVariant(owner));
    q.addBindValue(caption.isEmpty() ? QVariant() : QVariant(caption));
    if (!q.exec())
        return -1;
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES ('video', ?, ?)"_s);
    q.addBindValue(m_task);
    q.addBindValue(id);
    return q.exec() ? id : -1;
}

qint64 TestCommentSentiment::addComment(qint64 item, const QString &text, qint64 createdAt)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO comments (item_id, platform, platform_id, text, created_at, first_seen, last_seen) "
              "VALUES (?, 'instagram', ?, ?, ?, 0, 0)"_s);
    q.addBindValue(item);
    q.addBindValue(QString(u"c"_s + QString::number(++m_next)));
    q.addBindValue(text);
    q.addBindValue(createdAt);
    return q.exec() ? q.lastInsertId().toLongLong() : -1;
}

QString TestCommentSentiment::label(qint64 comment)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT sentiment_label FROM comments WHERE id = ?"_s);
    q.addBindValue(comment);
    return q.exec() && q.next() ? q.value(0).toString() : u"?"_s;
}

QString TestCommentSentiment::language(qint64 comment)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT language FROM comments WHERE id = ?"_s);
    q.addBindValue(comment);
    return q.exec() && q.next() ? q.value(0).toString() : u"?"_s;
}

QString TestCommentSentiment::engine(qint64 comment)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT sentiment_engine FROM comments WHERE id = ?"_s);
    q.addBindValue(comment);
    return q.exec() && q.next() ? q.value(0).toString() : u"?"_s;
}

void TestCommentSentiment::testScoresEveryCommentOnce()
{
    const qint64 item = addItem(u"A1"_s);
    const QStringList texts = {u"love it ❤️"_s, u"worst service 😡"_s, u"what size is this"_s};
    QList<qint64> ids;
    for (int i = 0; i < 2500; ++i)
        ids.append(addComment(item, texts.at(i % 3), 1754006400 + i));
    QList<std::pair<int, int>> progress;
    auto report = CommentScorer::score(*m_db, Mode::Social, false, 1000, nullptr, [&progress](int done, int total) {
        progress.append({done, total});
    });
    QVERIFY(report.ok());
    QCOMPARE(report->scored, 2500);
    QCOMPARE(report->pendingAtStart, 2500);
    QCOMPARE(progress.size(), 3); // three batches, each its own transaction
    QCOMPARE(progress.last(), std::make_pair(2500, 2500));
    QCOMPARE(label(ids.at(0)), u"positive"_s);
    QCOMPARE(label(ids.at(1)), u"negative"_s);
    QCOMPARE(label(ids.at(2)), u"neutral"_s);
    QCOMPARE(engine(ids.at(0)), SentimentAnalyzer::engineVersion(Mode::Social));
    // Nothing left to do the second time.
    auto again = CommentScorer::score(*m_db, Mode::Social, false, 1000, nullptr, {});
    QVERIFY(again.ok());
    QCOMPARE(again->scored, 0);
}

void TestCommentSentiment::testEngineChangeAndEditsAreRescored()
{
    const qint64 item = addItem(u"B1"_s);
    const qint64 heart = addComment(item, u"❤️"_s, 0);
    QVERIFY(CommentScorer::score(*m_db, Mode::Reference, false, 100, nullptr, {}).ok());
    QCOMPARE(label(heart), u"neutral"_s); // the reference ignores U+FE0F hearts
    CommentSentimentStore store(m_db->connection());
    QCOMPARE(store.pendingCount(SentimentAnalyzer::engineVersion(Mode::Social)).value(), 1);
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());
    QCOMPARE(label(heart), u"positive"_s);
    QCOMPARE(engine(heart), SentimentAnalyzer::engineVersion(Mode::Social));
    // An edited comment loses its engine tag (the store does this on a text change) and is scored again.
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(u"UPDATE comments SET text = 'awful', sentiment_engine = NULL WHERE id = "_s + QString::number(heart)));
    QCOMPARE(store.pendingCount(SentimentAnalyzer::engineVersion(Mode::Social)).value(), 1);
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());
    QCOMPARE(label(heart), u"negative"_s);
}

void TestCommentSentiment::testManualLabelIsKeptAndCounted()
{
    const qint64 item = addItem(u"C1"_s);
    const qint64 sarcastic = addComment(item, u"great, just great"_s, 0);
    addComment(item, u"love it"_s, 0);
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());
    QCOMPARE(label(sarcastic), u"positive"_s);
    CommentSentimentStore store(m_db->connection());
    QVERIFY(store.setManualLabel(sarcastic, Label::Negative).ok());
    QCOMPARE(store.setManualLabel(999999, Label::Negative).error().kind, ErrorKind::NotFound);
    // Re-scoring everything, in either mode, never overwrites it.
    for (const Mode mode : {Mode::Social, Mode::Reference}) {
        auto report = CommentScorer::score(*m_db, mode, true, 100, nullptr, {});
        QVERIFY(report.ok());
        QCOMPARE(report->scored, 1);
        QCOMPARE(report->manualKept, 1);
        QCOMPARE(label(sarcastic), u"negative"_s);
    }
    const SentimentSummary summary = store.itemSummary(item).value();
    QCOMPARE(summary.count(Label::Negative), 1);
    QCOMPARE(summary.count(Label::Positive), 1);
    // Back to the engine.
    QVERIFY(store.clearManualLabel(sarcastic).ok());
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());
    QCOMPARE(label(sarcastic), u"positive"_s);
}

void TestCommentSentiment::testSummaries()
{
    const qint64 first = addItem(u"D1"_s);
    const qint64 second = addItem(u"D2"_s);
    addItem(u"D3"_s);              // no comments yet
    const qint64 day = 1754006400; // 2025-08-01 UTC, a Friday
    addComment(first, u"love it ❤️"_s, day);
    addComment(first, u"so good"_s, day + 60);
    addComment(first, u"awful"_s, day + 86400);
    addComment(second, u"worst service 😡"_s, day + 4 * 86400);
    CommentSentimentStore store(m_db->connection());
    int unscored = -1;
    QCOMPARE(store.taskSamples(TaskRef{TaskKind::Video, m_task}, &unscored).value().size(), 0);
    QCOMPARE(unscored, 4);
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());

    const SentimentSummary task = store.taskSummary(TaskRef{TaskKind::Video, m_task}).value();
    QCOMPARE(task.total(), 4);
    QCOMPARE(task.percentage(Label::Positive), 50.0);
    QCOMPARE(task.percentage(Label::Negative), 50.0);
    // 2-2 tie; the average compound (about 0.045) is neutral, so the tie rule says neutral.
    QCOMPARE(task.overallName(), u"neutral"_s);
    QCOMPARE(store.itemSummary(first).value().overallName(), u"positive"_s);
    QCOMPARE(store.itemSummary(second).value().overallName(), u"negative"_s);
    const QList<SummaryItem> items = store.taskItems(TaskRef{TaskKind::Video, m_task}).value();
    QCOMPARE(items.size(), 3);
    for (const SummaryItem &summaryItem : items) {
        if (summaryItem.shortcode == u"D3")
            QVERIFY(store.itemSummary(summaryItem.rowId).value().isEmpty()); // "no comments yet", not 0 %
    }

    const QList<SentimentBucketSummary> days =
        store.taskBuckets(TaskRef{TaskKind::Video, m_task}, SummaryBucket::Day).value();
    QCOMPARE(days.size(), 5);
    QCOMPARE(days.at(0).summary.total(), 2);
    QVERIFY(days.at(2).summary.isEmpty());
    const QList<SentimentBucketSummary> weeks =
        store.taskBuckets(TaskRef{TaskKind::Video, m_task}, SummaryBucket::Week).value();
    QCOMPARE(weeks.size(), 2); // Fri+Sat in the week of Mon 2025-07-28, Tue 08-05 in the next
    QCOMPARE(weeks.at(0).start, QDate(2025, 7, 28));
    QCOMPARE(store.resolveTask(m_task.left(8)).value().kind, TaskKind::Video);
    QCOMPARE(store.resolveTask(u"abcdef12"_s).error().kind, ErrorKind::NotFound);
}

void TestCommentSentiment::testWorkerThread()
{
    const qint64 item = addItem(u"E1"_s);
    for (int i = 0; i < 300; ++i)
        addComment(item, i % 2 ? u"🔥🔥🔥"_s : u"💔"_s, i);
    QThread thread;
    auto *scorer = new CommentScorer(m_db->filePath(), Mode::Social);
    scorer->setBatchSize(100);
    scorer->moveToThread(&thread);
    connect(&thread, &QThread::started, scorer, &CommentScorer::run);
    connect(&thread, &QThread::finished, scorer, &QObject::deleteLater);
    QSignalSpy progress(scorer, &CommentScorer::progress);
    QSignalSpy finished(scorer, &CommentScorer::finished);
    QSignalSpy failed(scorer, &CommentScorer::failed);
    thread.start();
    QVERIFY(finished.wait(10000));
    thread.quit();
    thread.wait();
    QCOMPARE(failed.size(), 0);
    QCOMPARE(progress.size(), 3);
    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.scored, 300);
    CommentSentimentStore store(m_db->connection());
    const SentimentSummary summary = store.itemSummary(item).value();
    QCOMPARE(summary.count(Label::Positive), 150);
    QCOMPARE(summary.count(Label::Negative), 150);
}

QJsonObject TestCommentSentiment::cli(const QStringList &args, int *exitCode, QByteArray *raw)
{
    QProcess process;
    process.start(QStringLiteral(REELPULSE_CLI_PATH), QStringList{u"--data-dir"_s, m_dir->path()} + args);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitCode();
    const QByteArray out = process.readAllStandardOutput();
    if (raw)
        *raw = out;
    return QJsonDocument::fromJson(out).object();
}

void TestCommentSentiment::testCli()
{
    const qint64 item = addItem(u"F1"_s);
    const qint64 hearts = addComment(item, u"love it ❤️❤️"_s, 1754006400);
    addComment(item, u"not 😍"_s, 1754006400 + 7 * 86400);
    m_db.reset(); // the CLI opens the store itself

    int code = -1;
    QJsonObject text = cli({u"sentiment"_s, u"text"_s, u"worst service 😡"_s, u"--explain"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(text.value(u"label"_s).toString(), u"negative"_s);
    QCOMPARE(text.value(u"contributions"_s).toArray().size(), 2);
    QCOMPARE(cli({u"sentiment"_s, u"text"_s, u"❤️"_s, u"--mode"_s, u"reference"_s, u"--json"_s})
                 .value(u"label"_s)
                 .toString(),
             u"neutral"_s);

    QJsonObject rescore = cli({u"sentiment"_s, u"rescore"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(rescore.value(u"scored"_s).toInt(), 2);
    QCOMPARE(cli({u"sentiment"_s, u"label"_s, QString::number(hearts), u"neutral"_s, u"--json"_s})
                 .value(u"manual"_s)
                 .toBool(),
             true);
    QJsonObject summary = cli({u"sentiment"_s, u"summary"_s, m_task.left(6), u"--by"_s, u"week"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    const QJsonObject task = summary.value(u"sentiment_summary"_s).toObject();
    QCOMPARE(task.value(u"total_comments"_s).toInt(), 2);
    QCOMPARE(task.value(u"sentiment_distribution"_s).toObject().value(u"neutral"_s).toInt(), 1); // the manual label
    QCOMPARE(task.value(u"sentiment_distribution"_s).toObject().value(u"negative"_s).toInt(), 1);
    QCOMPARE(summary.value(u"buckets"_s).toArray().size(), 2);
    QCOMPARE(summary.value(u"posts"_s).toArray().size(), 1);

    QTemporaryDir files;
    QFile input(files.filePath(u"comments.tsv"_s));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("id\ttext\n1\tlove it \xe2\x9d\xa4\xef\xb8\x8f\n2\tworst service\n");
    input.close();
    QByteArray raw;
    cli({u"sentiment"_s, u"file"_s, input.fileName(), u"--tsv-column"_s, u"2"_s, u"--header"_s}, &code, &raw);
    QCOMPARE(code, 0);
    const QList<QByteArray> lines = raw.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    // Social mode (the default) ends each row with the language the text was read in.
    QCOMPARE(lines.at(0), QByteArray("line\tneg\tneu\tpos\tcompound\tlabel\tlanguage"));
    QVERIFY(lines.at(1).startsWith("2\t") && lines.at(1).endsWith("\tpositive\ten"));
    QVERIFY(lines.at(2).startsWith("3\t") && lines.at(2).endsWith("\tnegative\ten"));
    cli({u"sentiment"_s, u"summary"_s, u"ffffffff"_s}, &code);
    QCOMPARE(code, 3);
    cli({u"sentiment"_s, u"text"_s, u"x"_s, u"--mode"_s, u"fancy"_s}, &code);
    QCOMPARE(code, 2);
}

void TestCommentSentiment::testFileOutputIsTheReferenceScripts()
{
    // Whole command, from a file and from standard input: byte for byte what the reference script prints.
    const QString data = QStringLiteral(REELPULSE_SENTIMENT_TEST_DATA);
    QFile expectedFile(data + u"/comments_reference_scores.tsv"_s);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QByteArray expected = expectedFile.readAll();
    QVERIFY(expected.count('\n') > 300);
    int code = -1;
    QByteArray raw;
    cli({u"sentiment"_s, u"file"_s, data + u"/comments.txt"_s, u"--mode"_s, u"reference"_s}, &code, &raw);
    QCOMPARE(code, 0);
    QCOMPARE(raw, expected);

    QProcess process;
    process.setStandardInputFile(data + u"/comments.txt"_s);
    process.start(QStringLiteral(REELPULSE_CLI_PATH), {u"sentiment"_s, u"file"_s, u"-"_s, u"--mode"_s, u"reference"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), expected);
}

namespace {

// The kept counts by item, day and language, and the same recounted from the comments.
const QString KeptByLanguage = u"SELECT item_id, day, language, positive, negative, neutral, unscored, compound_count,"
                               " round(compound_sum, 6) FROM comment_sentiment_daily WHERE day >= 0 AND positive + "
                               "negative + neutral + unscored > 0"
                               " ORDER BY 1, 2, 3"_s;
const QString RecountByLanguage =
    u"SELECT item_id, (coalesce(created_at, first_seen) / 86400) * 86400, coalesce(language, ''),"
    " sum(sentiment_label IS 'positive'), sum(sentiment_label IS 'negative'), sum(sentiment_label IS 'neutral'),"
    " sum(sentiment_label IS NULL), count(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END),"
    " round(total(CASE WHEN sentiment_label IS NOT NULL THEN sentiment_compound END), 6)"
    " FROM comments GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"_s;

QStringList rowsOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {u"error"_s};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 9; ++i)
            cells << q.value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

} // namespace

void TestCommentSentiment::testLanguagesStoredAndSummarised()
{
    const qint64 item = addItem(u"L1"_s);
    const qint64 spanish = addComment(item, u"no me gusta nada 😡"_s, 1754006400);
    const qint64 praise = addComment(item, u"buenísimo, me encanta ❤️"_s, 1754006400);
    const qint64 german = addComment(item, u"das ist nicht gut"_s, 1754006400);
    const qint64 english = addComment(item, u"love it"_s, 1754006400 + 86400);
    const qint64 emoji = addComment(item, u"😍😍"_s, 1754006400 + 86400);
    const qint64 manual = addComment(item, u"qué bonito todo esto"_s, 1754006400 + 86400);
    CommentSentimentStore store(m_db->connection());
    QVERIFY(store.setManualLabel(manual, Label::Negative).ok());
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());
    QCOMPARE(language(spanish), u"es"_s);
    QCOMPARE(label(spanish), u"negative"_s);
    QCOMPARE(label(praise), u"positive"_s);
    QCOMPARE(language(german), u"de"_s);
    QCOMPARE(label(german), u"negative"_s);
    QCOMPARE(language(english), u"en"_s);
    QCOMPARE(language(emoji), u"und"_s);
    // A manual label keeps its label and gets its language.
    QCOMPARE(language(manual), u"es"_s);
    QCOMPARE(label(manual), u"negative"_s);
    QCOMPARE(store.pendingCount(SentimentAnalyzer::engineVersion(Mode::Social)).value(), 0);

    // The reader shows it with the comment.
    ScrapeReader reader(m_db->connection());
    const QList<StoredComment> stored = reader.comments(item, 0, 10, CommentOrder::Oldest).value();
    QCOMPARE(stored.size(), 6);
    QCOMPARE(stored.first().language, u"es"_s);

    // By language: most comments first, shares summing to 100.0.
    const QList<LanguageSummary> languages = store.taskLanguages(TaskRef{TaskKind::Video, m_task}).value();
    QCOMPARE(languages.size(), 4);
    QCOMPARE(languages.at(0).language, u"es"_s);
    QCOMPARE(languages.at(0).comments, 3);
    QCOMPARE(languages.at(0).share, 50.0);
    QCOMPARE(languages.at(0).summary.count(Label::Negative), 2); // "no me gusta", the manual label
    QCOMPARE(languages.at(0).summary.count(Label::Positive), 1);
    double shares = 0;
    for (const LanguageSummary &entry : languages)
        shares += entry.share;
    QCOMPARE(qRound(shares * 10), 1000);
    QCOMPARE(store.itemLanguages(item).value().size(), 4);
    QCOMPARE(rowsOf(m_db->connection(), KeptByLanguage), rowsOf(m_db->connection(), RecountByLanguage));

    // Reference mode scores English and still records the language.
    QVERIFY(CommentScorer::score(*m_db, Mode::Reference, true, 100, nullptr, {}).ok());
    QCOMPARE(language(spanish), u"es"_s);
    QCOMPARE(engine(spanish), SentimentAnalyzer::engineVersion(Mode::Reference));
    QCOMPARE(rowsOf(m_db->connection(), KeptByLanguage), rowsOf(m_db->connection(), RecountByLanguage));
}

void TestCommentSentiment::testAccountLanguageIsTheHint()
{
    // A Spanish account (its captions and most of its comments): a short comment whose words say nothing is
    // read as Spanish; the same comment on an account without a language is undetermined.
    const qint64 peru = addItem(u"P1"_s, u"1001"_s, u"Nuevos productos para tu mascota, ¡ven a la tienda!"_s);
    addItem(u"P2"_s, u"1001"_s, u"Gracias a todos por su cariño, los esperamos el sábado"_s);
    const qint64 other = addItem(u"Q1"_s, u"2002"_s);
    addComment(peru, u"me encanta, ¿cuánto cuesta?"_s, 0);
    addComment(peru, u"qué lindo perrito"_s, 0);
    const qint64 shortPeru = addComment(peru, u"Firulais 👏"_s, 0);
    const qint64 shortOther = addComment(other, u"Firulais 👏"_s, 0);
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 100, nullptr, {}).ok());
    QCOMPARE(language(shortPeru), u"es"_s);
    QCOMPARE(language(shortOther), u"und"_s);
    CommentSentimentStore store(m_db->connection());
    const QHash<qint64, QString> accounts = store.itemAccounts({peru, other}).value();
    QCOMPARE(accounts.value(peru), u"instagram/id:1001"_s);
    QVERIFY(store.accountLanguageCounts(accounts.value(peru)).value().value(u"es"_s) >= 3);
    QCOMPARE(store.accountCaptions(accounts.value(peru)).value().size(), 2);
}

void TestCommentSentiment::testLanguageCountsFollowEveryWrite()
{
    const qint64 first = addItem(u"G1"_s);
    const qint64 second = addItem(u"G2"_s);
    const QStringList texts = {u"me encanta"_s, u"das ist gut"_s, u"love it"_s, u"😍"_s, u"c'est nul"_s};
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i)
        ids.append(addComment(i % 3 ? first : second, texts.at(i % texts.size()), 1754006400 + (i % 4) * 86400));
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 16, nullptr, {}).ok());
    QCOMPARE(rowsOf(m_db->connection(), KeptByLanguage), rowsOf(m_db->connection(), RecountByLanguage));
    CommentSentimentStore store(m_db->connection());
    QSqlQuery q(m_db->connection());
    // A manual label, an edit (language and sentiment cleared, then read again), a move, a deletion.
    QVERIFY(store.setManualLabel(ids.at(3), Label::Positive).ok());
    QVERIFY(q.exec(u"UPDATE comments SET text = 'qué horror', sentiment_label = NULL, sentiment_compound = NULL, "
                   "sentiment_engine = NULL, language = NULL WHERE id = "_s +
                   QString::number(ids.at(1))));
    QCOMPARE(rowsOf(m_db->connection(), KeptByLanguage), rowsOf(m_db->connection(), RecountByLanguage));
    QCOMPARE(store.pendingCount(SentimentAnalyzer::engineVersion(Mode::Social)).value(), 1);
    QVERIFY(CommentScorer::score(*m_db, Mode::Social, false, 16, nullptr, {}).ok());
    QCOMPARE(language(ids.at(1)), u"es"_s);
    QCOMPARE(label(ids.at(1)), u"negative"_s);
    QVERIFY(q.exec(u"UPDATE comments SET item_id = "_s + QString::number(second) + u" WHERE id = "_s +
                   QString::number(ids.at(5))));
    QVERIFY(q.exec(u"DELETE FROM comments WHERE id = "_s + QString::number(ids.at(7))));
    QCOMPARE(rowsOf(m_db->connection(), KeptByLanguage), rowsOf(m_db->connection(), RecountByLanguage));
    // Summaries by language add up to the task's.
    const SentimentSummary task = store.taskSummary(TaskRef{TaskKind::Video, m_task}).value();
    int total = 0;
    const QList<LanguageSummary> languages = store.taskLanguages(TaskRef{TaskKind::Video, m_task}).value();
    for (const LanguageSummary &entry : languages)
        total += entry.summary.total();
    QCOMPARE(total, task.total());
}

void TestCommentSentiment::testUpgradeKeepsTheCounts()
{
    // A store written by version 3 (no languages): every comment and its counts are kept, under no language yet,
    // and its comments are read (and their language recorded) at the next scoring.
    m_db.reset();
    QTemporaryDir dir;
    QVERIFY(
        test::restoreFixture(QStringLiteral(REELPULSE_TEST_DATA "/storage/schema_v3.sql"), databasePath(dir.path())));
    auto opened = Database::open(dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    Database &db = *opened.value();
    QCOMPARE(rowsOf(db.connection(), KeptByLanguage), rowsOf(db.connection(), RecountByLanguage));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*), count(language) FROM comments"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(q.value(1).toInt(), 0);
    CommentSentimentStore store(db.connection());
    const TaskRef reel{TaskKind::Reel, u"c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e04"_s};
    const int before = store.taskSummary(reel).value().total();
    QVERIFY(store.pendingCount(SentimentAnalyzer::engineVersion(Mode::Social)).value() > 0);
    QVERIFY(CommentScorer::score(db, Mode::Social, false, 100, nullptr, {}).ok());
    QVERIFY(q.exec(u"SELECT count(*) FROM comments WHERE language IS NULL"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(rowsOf(db.connection(), KeptByLanguage), rowsOf(db.connection(), RecountByLanguage));
    QVERIFY(store.taskSummary(reel).value().total() >= before);
}

void TestCommentSentiment::testLanguagesInCli()
{
    const qint64 item = addItem(u"H1"_s);
    addComment(item, u"no me gusta nada 😡"_s, 1754006400);
    addComment(item, u"me encanta ❤️"_s, 1754006400);
    addComment(item, u"love it"_s, 1754006400);
    m_db.reset();

    int code = -1;
    QByteArray raw;
    // The acceptance texts.
    QJsonObject spanish = cli({u"sentiment"_s, u"text"_s, u"no me gusta nada 😡"_s, u"--explain"_s, u"--json"_s});
    QCOMPARE(spanish.value(u"label"_s).toString(), u"negative"_s);
    QCOMPARE(spanish.value(u"language"_s).toString(), u"es"_s);
    QCOMPARE(spanish.value(u"language_basis"_s).toString(), u"words"_s);
    QVERIFY(spanish.value(u"contributions"_s).toArray().size() >= 2);
    cli({u"sentiment"_s, u"text"_s, u"no me gusta nada 😡"_s, u"--explain"_s}, &code, &raw);
    QCOMPARE(code, 0);
    QVERIFY2(raw.contains("language: es (Spanish)") && raw.contains("gusta") && raw.contains("\xf0\x9f\x98\xa1"),
             raw.constData());
    QCOMPARE(
        cli({u"sentiment"_s, u"text"_s, u"buenísimo, me encanta ❤️"_s, u"--json"_s}).value(u"label"_s).toString(),
        u"positive"_s);
    QJsonObject german = cli({u"sentiment"_s, u"text"_s, u"das ist nicht gut"_s, u"--json"_s});
    QCOMPARE(german.value(u"label"_s).toString(), u"negative"_s);
    QCOMPARE(german.value(u"language"_s).toString(), u"de"_s);
    // --lang reads every text in one language; --hint gives short texts a head start.
    QCOMPARE(cli({u"sentiment"_s, u"text"_s, u"ciao"_s, u"--lang"_s, u"it"_s, u"--json"_s})
                 .value(u"language_basis"_s)
                 .toString(),
             u"forced"_s);
    QCOMPARE(cli({u"sentiment"_s, u"text"_s, u"Firulais 👏"_s, u"--hint"_s, u"es"_s, u"--json"_s})
                 .value(u"language"_s)
                 .toString(),
             u"es"_s);
    cli({u"sentiment"_s, u"text"_s, u"x"_s, u"--lang"_s, u"xx"_s}, &code);
    QCOMPARE(code, 2);
    cli({u"sentiment"_s, u"text"_s, u"x"_s, u"--lang"_s, u"es"_s, u"--mode"_s, u"reference"_s}, &code);
    QCOMPARE(code, 2);
    // sentiment file: the language column, and --lang.
    QTemporaryDir files;
    QFile input(files.filePath(u"comments.txt"_s));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("no me gusta nada \xf0\x9f\x98\xa1\nlove it\n\xf0\x9f\x98\x8d\n");
    input.close();
    cli({u"sentiment"_s, u"file"_s, input.fileName()}, &code, &raw);
    QCOMPARE(code, 0);
    QList<QByteArray> lines = raw.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).endsWith("\tnegative\tes"));
    QVERIFY(lines.at(2).endsWith("\tpositive\ten"));
    QVERIFY(lines.at(3).endsWith("\tpositive\tund"));
    cli({u"sentiment"_s, u"file"_s, input.fileName(), u"--lang"_s, u"en"_s}, &code, &raw);
    QCOMPARE(code, 0);
    lines = raw.trimmed().split('\n');
    QVERIFY(lines.at(1).endsWith("\ten"));
    cli({u"sentiment"_s, u"file"_s, input.fileName(), u"--mode"_s, u"reference"_s}, &code, &raw);
    QCOMPARE(raw.split('\n').at(0), QByteArray("line\tneg\tneu\tpos\tcompound\tlabel"));

    // summary --by-language.
    cli({u"sentiment"_s, u"rescore"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    QJsonObject summary = cli({u"sentiment"_s, u"summary"_s, m_task.left(8), u"--by-language"_s, u"--json"_s}, &code);
    QCOMPARE(code, 0);
    const QJsonArray languages = summary.value(u"languages"_s).toArray();
    QCOMPARE(languages.size(), 2);
    QCOMPARE(languages.at(0).toObject().value(u"language"_s).toString(), u"es"_s);
    QCOMPARE(languages.at(0).toObject().value(u"comments"_s).toInt(), 2);
    QCOMPARE(languages.at(0).toObject().value(u"share"_s).toDouble(), 66.7);
    QCOMPARE(languages.at(1).toObject().value(u"share"_s).toDouble(), 33.3);
    QCOMPARE(languages.at(0).toObject().value(u"sentiment_summary"_s).toObject().value(u"total_comments"_s).toInt(), 2);
    cli({u"sentiment"_s, u"summary"_s, m_task.left(8), u"--by-language"_s}, &code, &raw);
    QCOMPARE(code, 0);
    QVERIFY2(raw.contains("LANGUAGE") && raw.contains("es (Spanish)") && raw.contains("66.7"), raw.constData());
}

QTEST_GUILESS_MAIN(TestCommentSentiment)
#include "testCommentSentiment.moc"
