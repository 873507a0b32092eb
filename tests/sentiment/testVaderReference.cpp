#include "ReferenceData.h"

#include "sentiment/SentimentAnalyzer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

// Reference mode against the outputs of vaderSentiment 3.3.x: every row, rounded and unrounded.
class TestVaderReference final : public QObject
{
    Q_OBJECT

private slots:
    void testRoundedParity_data();
    void testRoundedParity();
    void testRawParity_data();
    void testRawParity();
    void testReadmeExamples_data();
    void testReadmeExamples();
    void testPythonRules();
    void testRounding();
    void testExplanation();

private:
    static void addFiles();
};

void TestVaderReference::addFiles()
{
    QTest::addColumn<QString>("scores");
    QTest::addColumn<QString>("raw");
    for (const QString &set : testdata::researchSets())
        QTest::newRow(qPrintable(set)) << (u"reference_scores_"_s + set + u".tsv"_s)
                                       << (u"reference_raw_"_s + set + u".tsv"_s);
    QTest::newRow("edge cases") << u"reference_edge_cases.tsv"_s << u"reference_edge_cases_raw.tsv"_s;
}

void TestVaderReference::testRoundedParity_data()
{
    addFiles();
}

void TestVaderReference::testRoundedParity()
{
    QFETCH(QString, scores);
    const QList<testdata::ReferenceRow> rows = testdata::readReference(scores);
    QVERIFY2(rows.size() > 100, qPrintable(u"cannot read "_s + scores));
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(Mode::Reference);
    int mismatches = 0;
    for (const testdata::ReferenceRow &row : rows) {
        const SentimentScore score = analyzer.score(row.text);
        const bool same = score.neg == row.neg && score.neu == row.neu && score.pos == row.pos &&
                          score.compound == row.compound && labelName(score.label) == row.label;
        if (!same && ++mismatches <= 5)
            qWarning().noquote() << row.id << row.text << "got" << score.neg << score.neu << score.pos << score.compound
                                 << labelName(score.label) << "expected" << row.neg << row.neu << row.pos
                                 << row.compound << row.label;
    }
    QCOMPARE(mismatches, 0);
}

void TestVaderReference::testRawParity_data()
{
    addFiles();
}

void TestVaderReference::testRawParity()
{
    QFETCH(QString, scores);
    QFETCH(QString, raw);
    const QList<testdata::ReferenceRow> rows = testdata::readReference(scores);
    const QHash<QString, testdata::RawRow> rawRows = testdata::readRaw(raw);
    QCOMPARE(rawRows.size(), rows.size());
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(Mode::Reference);
    int mismatches = 0;
    double worst = 0.0;
    for (const testdata::ReferenceRow &row : rows) {
        const testdata::RawRow expected = rawRows.value(row.id);
        const SentimentScore score = analyzer.scoreUnrounded(row.text);
        const double error =
            std::max({std::fabs(score.neg - expected.neg), std::fabs(score.neu - expected.neu),
                      std::fabs(score.pos - expected.pos), std::fabs(score.compound - expected.compound)});
        worst = std::max(worst, error);
        if (error > 1e-12 && ++mismatches <= 5)
            qWarning().noquote() << row.id << row.text << "error" << error;
    }
    QCOMPARE(mismatches, 0);
    QVERIFY(worst <= 1e-12);
}

void TestVaderReference::testReadmeExamples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("neg");
    QTest::addColumn<double>("neu");
    QTest::addColumn<double>("pos");
    QTest::addColumn<double>("compound");
    // From the VADER documentation's examples, as vaderSentiment 3.3.x scores them.
    QTest::newRow("smart") << u"VADER is smart, handsome, and funny."_s << 0.0 << 0.254 << 0.746 << 0.8316;
    QTest::newRow("smart!") << u"VADER is smart, handsome, and funny!"_s << 0.0 << 0.248 << 0.752 << 0.8439;
    QTest::newRow("very smart") << u"VADER is very smart, handsome, and funny."_s << 0.0 << 0.299 << 0.701 << 0.8545;
    QTest::newRow("caps") << u"VADER is VERY SMART, handsome, and FUNNY."_s << 0.0 << 0.246 << 0.754 << 0.9227;
    QTest::newRow("caps!!!") << u"VADER is VERY SMART, handsome, and FUNNY!!!"_s << 0.0 << 0.233 << 0.767 << 0.9342;
    QTest::newRow("book") << u"The book was good."_s << 0.0 << 0.508 << 0.492 << 0.4404;
    QTest::newRow("at least") << u"At least it isn't a horrible book."_s << 0.0 << 0.678 << 0.322 << 0.431;
    QTest::newRow("emoticons") << u":) and :D"_s << 0.0 << 0.124 << 0.876 << 0.7925;
    QTest::newRow("empty") << QString() << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("sux") << u"Today sux"_s << 0.714 << 0.286 << 0.0 << -0.3612;
    QTest::newRow("SUX!") << u"Today SUX!"_s << 0.779 << 0.221 << 0.0 << -0.5461;
}

void TestVaderReference::testReadmeExamples()
{
    QFETCH(QString, text);
    QFETCH(double, neg);
    QFETCH(double, neu);
    QFETCH(double, pos);
    QFETCH(double, compound);
    const SentimentScore score = SentimentAnalyzer::instance(Mode::Reference).score(text);
    QCOMPARE(score.neg, neg);
    QCOMPARE(score.neu, neu);
    QCOMPARE(score.pos, pos);
    QCOMPARE(score.compound, compound);
}

void TestVaderReference::testPythonRules()
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(Mode::Reference);
    // ":D" is upper case for Python (its only cased character is upper): "GOOD :D" has no caps differential,
    // "good :D" has one and ":D" gets the ALL-CAPS emphasis. "123" is not upper, so "GOOD 123" emphasises GOOD.
    QCOMPARE(analyzer.score(u"GOOD :D"_s).compound, 0.7351);
    QCOMPARE(analyzer.score(u"good :D"_s).compound, 0.7865);
    QCOMPARE(analyzer.score(u"GOOD 123"_s).compound, 0.5622);
    QCOMPARE(analyzer.score(u"good 123"_s).compound, 0.4404);
    // U+00A0 is whitespace for str.split(), U+200B is not.
    QCOMPARE(analyzer.score(u"great\u00A0job"_s).compound, 0.6249);
    QCOMPARE(analyzer.score(u"great\u200Bjob"_s).compound, 0.0);
    // The emoji lexicon is looked up one code point at a time: U+2764 alone is positive, with U+FE0F neutral.
    QVERIFY(analyzer.score(u"\u2764"_s).compound > 0.5);
    QCOMPARE(analyzer.score(u"\u2764\uFE0F"_s).compound, 0.0);
}

void TestVaderReference::testRounding()
{
    // Half-way cases on the exact binary value round to even, like printf and Python's round().
    QCOMPARE(roundLikePython(0.0625, 3), 0.062);
    QCOMPARE(roundLikePython(0.125, 2), 0.12);
    QCOMPARE(roundLikePython(2.675, 2), 2.67); // 2.675 is 2.67499999... in binary
    QCOMPARE(roundLikePython(-0.30000000000000004, 4), -0.3);
    QVERIFY(std::signbit(roundLikePython(-0.00001, 4))); // Python: round(-0.00001, 4) == -0.0

    // The fast exact path agrees with printf-then-strtod on random values, exact binary ties and near-ties.
    QRandomGenerator random(2014);
    for (int i = 0; i < 300000; ++i) {
        double value = 0.0;
        switch (i % 3) {
        case 0:
            value = random.generateDouble() * 2.0 - 1.0;
            break;
        case 1:
            value = double(random.bounded(1 << 20)) / double(1 << random.bounded(1, 21)); // many exact ties
            break;
        default:
            value = std::nextafter(double(random.bounded(20000)) / 2000.0 + 0.00005, random.bounded(2) ? 1.0 : -1.0);
        }
        for (const int digits : {3, 4}) {
            const double fast = roundLikePython(value, digits);
            const double text = roundLikePythonViaText(value, digits);
            if (fast != text || std::signbit(fast) != std::signbit(text))
                QFAIL(qPrintable(u"%1 to %2 digits: %3 vs %4"_s.arg(value, 0, 'g', 17)
                                     .arg(digits)
                                     .arg(fast, 0, 'g', 17)
                                     .arg(text, 0, 'g', 17)));
        }
    }
}

void TestVaderReference::testExplanation()
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance(Mode::Reference);
    const SentimentExplanation explanation = analyzer.explain(u"The photo is good, but the caption is awful."_s);
    QCOMPARE(explanation.contributions.size(), 2);
    QCOMPARE(explanation.contributions.at(0).text, u"good"_s);
    QVERIFY(explanation.contributions.at(0).weight > 0);
    QCOMPARE(explanation.contributions.at(1).text, u"awful"_s);
    QVERIFY(explanation.contributions.at(1).weight < 0);
    QCOMPARE(explanation.contributions.at(1).position, 38);
    QCOMPARE(explanation.score.label, Label::Negative);

    // Reference mode scores an emoji through its description; the contribution points at the emoji itself.
    const QString text = u"so sad \U0001F62D"_s;
    const SentimentExplanation emoji = analyzer.explain(text);
    QCOMPARE(emoji.contributions.size(), 2);
    QCOMPARE(emoji.contributions.at(1).text, u"\U0001F62D"_s);
    QCOMPARE(emoji.contributions.at(1).position, 7);
    QCOMPARE(emoji.contributions.at(1).term, u"crying"_s);
    QVERIFY(emoji.contributions.at(1).emoji);
}

QTEST_GUILESS_MAIN(TestVaderReference)
#include "testVaderReference.moc"
