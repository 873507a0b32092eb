// SentimentFileScorer (`reelpulse-cli sentiment file`): byte for byte what the reference script prints, streaming,
// the parallel path, UTF-8 decoding.
#include "ReferenceData.h"

#include "sentiment/SentimentAnalyzer.h"
#include "sentiment/SentimentFileScorer.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

namespace {

// A pipe: sequential, and delivers at most a few bytes per read.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>({maxSize, m_data.size() - m_position, 1 + m_position % 97});
        std::memcpy(data, m_data.constData() + m_position, std::size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QByteArray runScorer(const QByteArray &input, const SentimentFileScorer::Options &options, qint64 *scored = nullptr)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto result = SentimentFileScorer(options).run(in, out);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error().message));
    if (scored)
        *scored = result.ok() ? result.value() : -1;
    return out.data();
}

SentimentFileScorer::Options referenceOptions()
{
    SentimentFileScorer::Options options;
    options.mode = Mode::Reference;
    return options;
}

// The research sets and edge cases as one text per line, and what the reference script prints for them (its
// numbers as the reference files hold them: Python's str() of the rounded scores).
void referenceInput(QByteArray *input, QByteArray *expected)
{
    *expected = "line\tneg\tneu\tpos\tcompound\tlabel\n";
    int line = 0;
    for (const QString &name :
         {u"reference_scores_amazonReviewSnippets.tsv"_s, u"reference_scores_movieReviewSnippets.tsv"_s,
          u"reference_scores_nytEditorialSnippets.tsv"_s, u"reference_edge_cases.tsv"_s}) {
        for (const QString &row : testdata::dataLines(name)) {
            const QStringList fields = row.split(u'\t');
            if (fields.size() != 7)
                continue;
            const QString text = testdata::unescape(fields.at(1));
            if (text.contains(u'\n') || text.contains(u'\r'))
                continue; // not one line
            input->append(text.toUtf8() + '\n');
            expected->append(QByteArray::number(++line) + '\t' + fields.mid(2).join(u'\t').toUtf8() + '\n');
        }
    }
}

} // namespace

class TestSentimentFile final : public QObject
{
    Q_OBJECT

private slots:
    void testSameBytesAsTheReferenceScript();
    void testParallelAndPipedInputGiveTheSameBytes();
    void testLinesColumnsAndHeader();
    void testLongLineAndByteOrderMark();
    void testDecodeLikeFromUtf8();
    void testRowFormat();
};

void TestSentimentFile::testSameBytesAsTheReferenceScript()
{
    QByteArray input;
    QByteArray expected;
    referenceInput(&input, &expected);
    QVERIFY(expected.count('\n') > 19000);
    qint64 scored = 0;
    const QByteArray output = runScorer(input, referenceOptions(), &scored);
    QCOMPARE(scored, qint64(expected.count('\n') - 1));
    if (output != expected) {
        const QList<QByteArray> got = output.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
    }
    QCOMPARE(output, expected);
}

void TestSentimentFile::testParallelAndPipedInputGiveTheSameBytes()
{
    QByteArray input;
    QByteArray expected;
    referenceInput(&input, &expected);
    SentimentFileScorer::Options parallel = referenceOptions();
    parallel.parallelThreshold = 0; // every block on all cores
    QCOMPARE(runScorer(input, parallel), expected);

    // Social mode, through a pipe that delivers a few bytes at a time, single-threaded and in parallel.
    SentimentFileScorer::Options social;
    social.mode = Mode::Social;
    const QByteArray comments = QByteArray("love it \xe2\x9d\xa4\xef\xb8\x8f\xf0\x9f\x94\xa5\xf0\x9f\x94\xa5\n"
                                           "worst service \xf0\x9f\x98\xa1\nsoooo goooood!!\nnot bad at all\n")
                                    .repeated(6000);
    const QByteArray sequential = runScorer(comments, social);
    QCOMPARE(sequential.count('\n'), 24001);
    social.parallelThreshold = 0;
    QCOMPARE(runScorer(comments, social), sequential);
    for (const qint64 threshold : {qint64(0), qint64(1) << 40}) {
        social.parallelThreshold = threshold;
        TrickleDevice pipe(comments);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto result = SentimentFileScorer(social).run(pipe, out);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), qint64(24000));
        QCOMPARE(out.data(), sequential);
    }
}

void TestSentimentFile::testLinesColumnsAndHeader()
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(Mode::Reference);
    const auto row = [&](qint64 line, const QString &text) {
        char buffer[SentimentFileScorer::MaxRowLength];
        return QByteArray(buffer, SentimentFileScorer::writeRow(buffer, line, analyzer.score(text)) - buffer);
    };
    const QByteArray header = "line\tneg\tneu\tpos\tcompound\tlabel\n";

    // CRLF, an empty line, a last line without a newline.
    QCOMPARE(runScorer("good\r\n\nbad", referenceOptions()),
             header + row(1, u"good"_s) + row(2, {}) + row(3, u"bad"_s));
    QCOMPARE(runScorer("", referenceOptions()), header);
    QCOMPARE(runScorer("\n", referenceOptions()), header + row(1, {}));

    // Column 2 of a TSV with a header row: rows keep the input's line numbers; a missing column is an empty text.
    SentimentFileScorer::Options options = referenceOptions();
    options.column = 2;
    options.skipHeader = true;
    QCOMPARE(runScorer("id\ttext\tmore\n1\tgreat\tterrible\n2\n3\tawful\r\n", options),
             header + row(2, u"great"_s) + row(3, {}) + row(4, u"awful"_s));
}

void TestSentimentFile::testLongLineAndByteOrderMark()
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(Mode::Reference);
    // A line longer than the 1 MiB read block.
    QByteArray longLine;
    while (longLine.size() < 1536 * 1024)
        longLine += "happy day and sad night ";
    const QByteArray output = runScorer(QByteArray("ok\n") + longLine + "\nbad\n", referenceOptions());
    char buffer[SentimentFileScorer::MaxRowLength];
    const QByteArray expectedLong(
        buffer, SentimentFileScorer::writeRow(buffer, 2, analyzer.score(QString::fromLatin1(longLine))) - buffer);
    const QList<QByteArray> rows = output.split('\n');
    QCOMPARE(rows.size(), 5); // header, 3 rows, the empty piece after the last newline
    QCOMPARE(rows.at(2) + '\n', expectedLong);
    QVERIFY(rows.at(3).startsWith("3\t"));

    // A byte order mark starts the input: skipped. Elsewhere it is a character (U+FEFF), as in Python.
    const QByteArray bom = "\xef\xbb\xbf";
    QCOMPARE(runScorer(bom + QByteArray("good\n"), referenceOptions()), runScorer("good\n", referenceOptions()));
    const QByteArray marked = runScorer(QByteArray("bad\n") + bom + QByteArray("good\n"), referenceOptions());
    QCOMPARE(marked.split('\n').at(2), QByteArray("2\t0.0\t1.0\t0.0\t0.0\tneutral")); // "\ufeffgood" is no word
}

void TestSentimentFile::testDecodeLikeFromUtf8()
{
    QRandomGenerator random(7);
    const QList<QByteArray> pieces = {"a",
                                      "Z",
                                      " ",
                                      "\xc3\xa9",
                                      "\xe2\x9d\xa4",
                                      "\xef\xb8\x8f",
                                      "\xf0\x9f\x98\x8d",
                                      "\xef\xbb\xbf",
                                      "\xed\xa0\x80",
                                      "\xc0\xaf",
                                      "\xf4\x90\x80\x80",
                                      "\x80",
                                      "\xc3",
                                      "\xe2\x82",
                                      "\xf0\x9f\x98",
                                      "\xff"};
    QString buffer;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        const int count = int(random.bounded(0, 24));
        for (int k = 0; k < count; ++k) {
            if (random.bounded(4) == 0)
                bytes += char(random.bounded(256));
            else
                bytes += pieces.at(random.bounded(pieces.size()));
        }
        // fromUtf8 drops a byte order mark at the very start; decodeUtf8 keeps it as Python does.
        const QString expected = QString::fromUtf8(QByteArray("a") + bytes).mid(1);
        const QStringView decoded = SentimentFileScorer::decodeUtf8(bytes.constData(), bytes.size(), buffer);
        QCOMPARE(decoded.toString(), expected);
    }
}

void TestSentimentFile::testRowFormat()
{
    char buffer[SentimentFileScorer::MaxRowLength];
    const auto row = [&](qint64 line, SentimentScore score) {
        return QByteArray(buffer, SentimentFileScorer::writeRow(buffer, line, score) - buffer);
    };
    QCOMPARE(row(1, {0.0, 1.0, 0.0, 0.0, Label::Neutral}), QByteArray("1\t0.0\t1.0\t0.0\t0.0\tneutral\n"));
    QCOMPARE(row(12345678901, {0.439, 0.243, 0.318, -0.0002, Label::Neutral}),
             QByteArray("12345678901\t0.439\t0.243\t0.318\t-0.0002\tneutral\n"));
    QCOMPARE(row(7, {0.0, 0.294, 0.706, 0.6369, Label::Positive}),
             QByteArray("7\t0.0\t0.294\t0.706\t0.6369\tpositive\n"));
    QCOMPARE(row(8, {0.5, 0.5, 0.0, -0.0, Label::Negative}), QByteArray("8\t0.5\t0.5\t0.0\t-0.0\tnegative\n"));
}

QTEST_GUILESS_MAIN(TestSentimentFile)
#include "testSentimentFile.moc"
