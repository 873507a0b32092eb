#include <QTest>
class X final : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(X)
#include "testSocialSentiment.moc"
