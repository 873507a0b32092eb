// PythonFloat::writeRepr against Python 3's repr(float), and the fast path against the general one.
#include "sentiment/PythonFloat.h"
#include "sentiment/SentimentTypes.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace reelpulse::sentiment;

namespace {

struct Expected
{
    double value;
    const char *repr;
};

// Generated with CPython 3.11: print(value.hex(), repr(value)).
const Expected kPythonRepr[] = {
    {0x0.0p+0, "0.0"},
    {-0x0.0p+0, "-0.0"},
    {0x1.0000000000000p+0, "1.0"},
    {-0x1.0000000000000p+0, "-1.0"},
    {0x1.999999999999ap-4, "0.1"},
    {0x1.999999999999ap-3, "0.2"},
    {0x1.3333333333334p-2, "0.30000000000000004"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.5555555555555p-1, "0.6666666666666666"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {-0x1.a36e2eb1c432dp-14, "-0.0001"},
    {0x1.a36e2eb1c432dp-13, "0.0002"},
    {-0x1.a36e2eb1c432dp-13, "-0.0002"},
    {0x1.0624dd2f1a9fcp-11, "0.0005"},
    {0x1.3a92a30553261p-13, "0.00015"},
    {0x1.02c9dedbc309dp-13, "0.0001234"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {-0x1.4f8b588e368f1p-17, "-1e-05"},
    {0x1.a36371ea531a8p-14, "9.999e-05"},
    {0x1.f75104d551d69p-17, "1.5e-05"},
    {0x1.fbe76c8b43958p-5, "0.062"},
    {0x1.0000000000000p-4, "0.0625"},
    {0x1.0000000000000p-1, "0.5"},
    {0x1.ff7ced916872bp-1, "0.999"},
    {0x1.fff2e48e8a71ep-1, "0.9999"},
    {0x1.edd2f1a9fbe77p+6, "123.456"},
    {0x1.9000000000000p+6, "100.0"},
    {0x1.e848000000000p+19, "1000000.0"},
    {0x1.e847ffff2e48fp+19, "999999.9999"},
    {0x1.2d68700000000p+20, "1234567.0"},
    {0x1.c6bf526340000p+49, "1000000000000000.0"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {-0x1.1c37937e08000p+53, "-1e+16"},
    {0x1.aa535d3d0c000p+53, "1.5e+16"},
    {0x1.b69b4ba630f35p+56, "1.2345678901234568e+17"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.0f0cf064dd592p+73, "1e+22"},
    {0x1.249ad2594c37dp+332, "1e+100"},
    {0x1.bff2ee48e0530p-333, "1e-100"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {0x1.f9add3746f65fp-4, "0.12345678901234568"},
    {0x1.4000000000000p+1, "2.5"},
    {-0x1.4000000000000p+1, "-2.5"},
    {0x1.3a92a30553262p-12, "0.00030000000000000003"},
    {0x1.cccccccccccccp-1, "0.8999999999999999"},
    {0x1.1666666666666p+2, "4.35"},
    {0x1.1eb851eb851ecp-4, "0.07"},
    {0x1.554c985f06f69p-2, "0.3333"},
    {0x1.5559b3d07c84bp-1, "0.6667"},
    {-0x1.4617c1bda511ap-1, "-0.6369"},
    {0x1.a9c779a6b50b1p-1, "0.8316"},
    {-0x1.c2f837b4a233ap-2, "-0.4404"},
    {0x1.a36e2ef82298dp-14, "0.000100000001"},
    {0x1.81cd6e631f8a1p+13, "12345.6789"},
    {std::numeric_limits<double>::infinity(), "inf"},
    {-std::numeric_limits<double>::infinity(), "-inf"},
    {std::numeric_limits<double>::quiet_NaN(), "nan"},
    {-std::numeric_limits<double>::quiet_NaN(), "nan"},
};

QByteArray repr(double value)
{
    char text[PythonFloat::MaxReprLength];
    return QByteArray(text, PythonFloat::writeRepr(text, value) - text);
}

QByteArray reprGeneral(double value)
{
    char text[PythonFloat::MaxReprLength];
    return QByteArray(text, PythonFloat::writeReprGeneral(text, value) - text);
}

} // namespace

class TestSentimentPythonFloat final : public QObject
{
    Q_OBJECT

private slots:
    void testMatchesPythonRepr();
    void testEveryRoundedScore();
    void testRandomDoubles();
};

void TestSentimentPythonFloat::testMatchesPythonRepr()
{
    for (const Expected &expected : kPythonRepr) {
        QCOMPARE(repr(expected.value), QByteArray(expected.repr));
        QCOMPARE(reprGeneral(expected.value), QByteArray(expected.repr));
    }
    QCOMPARE(PythonFloat::repr(-0.0002), QStringLiteral("-0.0002"));
}

void TestSentimentPythonFloat::testEveryRoundedScore()
{
    // Every value round(x, 3) and round(x, 4) can give for a VADER score: the fast path and the general one agree,
    // and the text reads back to the same double.
    for (int n = -10000; n <= 10000; ++n) {
        for (const double value : {roundLikePython(n / 10000.0, 4), roundLikePython(n / 1000.0, 3), n / 10000.0}) {
            const QByteArray text = repr(value);
            QCOMPARE(text, reprGeneral(value));
            QCOMPARE(std::strtod(text.constData(), nullptr), value);
        }
    }
    QCOMPARE(repr(roundLikePython(-0.00004, 4)), QByteArray("-0.0")); // Python: round(-0.00004, 4) == -0.0
}

void TestSentimentPythonFloat::testRandomDoubles()
{
    QRandomGenerator random(20240521);
    for (int i = 0; i < 200000; ++i) {
        const int exponent = int(random.bounded(-12, 20));
        const double value = (random.generateDouble() - 0.5) * std::pow(10.0, exponent);
        const double rounded = roundLikePython(value, int(random.bounded(0, 6)));
        for (const double v : {value, rounded}) {
            const QByteArray text = repr(v);
            QCOMPARE(text, reprGeneral(v));
            QCOMPARE(std::strtod(text.constData(), nullptr), v);
            // Python's layout: exponent notation exactly outside [1e-4, 1e16).
            const bool exponential = text.contains('e');
            QCOMPARE(exponential, v != 0.0 && (std::fabs(v) < 1e-4 || std::fabs(v) >= 1e16));
            QVERIFY(exponential || text.contains('.'));
        }
    }
}

QTEST_GUILESS_MAIN(TestSentimentPythonFloat)
#include "testSentimentPythonFloat.moc"
