#include "sentiment/CommentScorer.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"
#include "storage/Database.h"

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

private:
    qint64 addItem(const QString &platformId);
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

qint64 TestCommentSentiment::addItem(const QString &platformId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"INSERT INTO media_items (platform, platform_id, shortcode, first_seen, last_seen) "
              "VALUES ('instagram', ?, ?, 0, 0)"_s);
    q.addBindValue(platformId);
    q.addBindValue(platformId);
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
    QCOMPARE(lines.at(0), QByteArray("line\tneg\tneu\tpos\tcompound\tlabel"));
    QVERIFY(lines.at(1).startsWith("2\t") && lines.at(1).endsWith("\tpositive"));
    QVERIFY(lines.at(2).startsWith("3\t") && lines.at(2).endsWith("\tnegative"));
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

QTEST_GUILESS_MAIN(TestCommentSentiment)
#include "testCommentSentiment.moc"
