#include "ReferenceData.h"

#include "sentiment/SentimentAnalyzer.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

// Thread safety of the shared analyzers: the same results from 1 and N threads, and from concurrent callers.
class TestSentimentBatch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testBatchMatchesSingle_data();
    void testBatchMatchesSingle();
    void testConcurrentCallers();
    void testSharedInstances();

private:
    QStringList m_texts;
};

void TestSentimentBatch::initTestCase()
{
    for (const QString &set : testdata::researchSets()) {
        for (const testdata::ReferenceRow &row : testdata::readReference(u"reference_scores_"_s + set + u".tsv"_s))
            m_texts.append(row.text);
    }
    for (const testdata::ReferenceRow &row : testdata::readReference(u"reference_edge_cases.tsv"_s))
        m_texts.append(row.text);
    QVERIFY(m_texts.size() > 19000);
}

void TestSentimentBatch::testBatchMatchesSingle_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("reference") << Mode::Reference;
    QTest::newRow("social") << Mode::Social;
}

void TestSentimentBatch::testBatchMatchesSingle()
{
    QFETCH(Mode, mode);
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(mode);
    const QList<SentimentScore> one = analyzer.scoreBatch(m_texts, 1);
    const QList<SentimentScore> four = analyzer.scoreBatch(m_texts, 4);
    const QList<SentimentScore> all = analyzer.scoreBatch(m_texts);
    QCOMPARE(one.size(), m_texts.size());
    QCOMPARE(four.size(), m_texts.size());
    QCOMPARE(all.size(), m_texts.size());
    for (qsizetype i = 0; i < m_texts.size(); ++i) {
        const SentimentScore single = analyzer.score(m_texts.at(i));
        for (const QList<SentimentScore> *batch : {&one, &four, &all}) {
            const SentimentScore &b = batch->at(i);
            if (b.neg != single.neg || b.neu != single.neu || b.pos != single.pos || b.compound != single.compound ||
                b.label != single.label)
                QFAIL(qPrintable(u"batch differs at "_s + QString::number(i) + u": "_s + m_texts.at(i)));
        }
    }
}

void TestSentimentBatch::testConcurrentCallers()
{
    // Several threads scoring (and explaining) different slices at once, in both modes.
    const QStringList &texts = m_texts;
    const auto work = [&texts](int offset) {
        QList<double> compounds;
        for (qsizetype i = offset; i < texts.size(); i += 4) {
            const Mode mode = (i % 2) ? Mode::Social : Mode::Reference;
            compounds.append(SentimentAnalyzer::instance(mode).explain(texts.at(i)).score.compound);
        }
        return compounds;
    };
    QList<QFuture<QList<double>>> futures;
    for (int offset = 0; offset < 4; ++offset)
        futures.append(QtConcurrent::run(work, offset));
    for (int offset = 0; offset < 4; ++offset) {
        const QList<double> compounds = futures[offset].result();
        qsizetype k = 0;
        for (qsizetype i = offset; i < texts.size(); i += 4, ++k) {
            const Mode mode = (i % 2) ? Mode::Social : Mode::Reference;
            QCOMPARE(compounds.at(k), SentimentAnalyzer::instance(mode).score(texts.at(i)).compound);
        }
    }
}

void TestSentimentBatch::testSharedInstances()
{
    QCOMPARE(&SentimentAnalyzer::instance(Mode::Social), &SentimentAnalyzer::instance());
    QVERIFY(&SentimentAnalyzer::instance(Mode::Social) != &SentimentAnalyzer::instance(Mode::Reference));
    QVERIFY(SentimentAnalyzer::engineVersion(Mode::Social) != SentimentAnalyzer::engineVersion(Mode::Reference));
    QVERIFY(SentimentAnalyzer::instance().scoreBatch({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSentimentBatch)
#include "testSentimentBatch.moc"
