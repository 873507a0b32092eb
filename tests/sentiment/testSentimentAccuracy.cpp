#include "HumanRatings.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

// Both modes against human ratings of VADER's research sets: social mode must be at least as good as the reference.
class TestSentimentAccuracy final : public QObject
{
    Q_OBJECT

private slots:
    void testSocialAtLeastAsAccurate_data();
    void testSocialAtLeastAsAccurate();
};

void TestSentimentAccuracy::testSocialAtLeastAsAccurate_data()
{
    QTest::addColumn<QStringList>("sets");
    for (const QString &set : testdata::researchSets())
        QTest::newRow(qPrintable(set)) << QStringList{set};
    QTest::newRow("all sets") << testdata::researchSets();
}

void TestSentimentAccuracy::testSocialAtLeastAsAccurate()
{
    QFETCH(QStringList, sets);
    QList<testdata::RatedText> rated;
    for (const QString &set : sets)
        rated += testdata::readRated(set);
    QVERIFY(rated.size() > 300);
    const testdata::Agreement reference = testdata::agreement(rated, Mode::Reference);
    const testdata::Agreement social = testdata::agreement(rated, Mode::Social);
    qInfo("%d texts  reference: r=%.4f acc=%.4f  social: r=%.4f acc=%.4f", reference.count, reference.pearson,
          reference.accuracy, social.pearson, social.accuracy);
    QVERIFY(social.pearson >= reference.pearson);
    QVERIFY(social.accuracy >= reference.accuracy);
}

QTEST_GUILESS_MAIN(TestSentimentAccuracy)
#include "testSentimentAccuracy.moc"
