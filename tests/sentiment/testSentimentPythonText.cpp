// PythonText: the str semantics the reference depends on.
#include "sentiment/PythonText.h"
#include "sentiment/TextBuffer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::sentiment;

class TestSentimentPythonText final : public QObject
{
    Q_OBJECT

private slots:
    void testLowerCaseOfEveryCodePoint();
    void testSpaceAndPunctuation();
    void testCaselessSymbols();
};

void TestSentimentPythonText::testLowerCaseOfEveryCodePoint()
{
    // The tokenizer's lower-casing into a TextBuffer gives what QString::toLower gives, for every code point alone
    // and inside words, lone surrogates included.
    TextBuffer buffer;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (QChar::isSurrogate(cp))
            continue; // not a code point of its own (a lone one is checked below)
        const QString text = u"A"_s + QString::fromUcs4(&cp, 1) + u"b"_s;
        buffer.clear();
        PythonText::appendLower(text, buffer);
        QCOMPARE(buffer.view(), QStringView(text.toLower()));
    }
    const QString loneSurrogate = u"AB"_s + QChar(0xD800) + u"C"_s;
    for (const QString &word : {u"İSTANBUL"_s, u"ÇA VA"_s, u"ΟΔΟΣ"_s, u"heart\ufe0f"_s, u"𐐀𐐁x"_s, loneSurrogate}) {
        buffer.clear();
        PythonText::appendLower(word, buffer);
        QCOMPARE(buffer.view().toString(), word.toLower());
    }
}

void TestSentimentPythonText::testSpaceAndPunctuation()
{
    // str.isspace() and string.punctuation over the first 0x3100 code points.
    const QString punctuation = u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"_s;
    for (char16_t c = 0; c < 0x3100; ++c) {
        const bool space = (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
                           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
                           c == 0x205F || c == 0x3000;
        QCOMPARE(PythonText::isSpace(c), space);
        QCOMPARE(PythonText::isAsciiPunctuation(c), punctuation.contains(QChar(c)));
    }
}

void TestSentimentPythonText::testCaselessSymbols()
{
    // What the tokenizer's fast path assumes of them: lower-casing keeps them, str.isupper() ignores them.
    int count = 0;
    for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
        if (QChar::isSurrogate(cp) || !PythonText::isCaselessSymbol(cp))
            continue;
        ++count;
        const QString symbol = QString::fromUcs4(&cp, 1);
        QCOMPARE(symbol.toLower(), symbol);
        QVERIFY(!PythonText::isSpace(cp));
        QVERIFY(!PythonText::isUpper(symbol));
        QVERIFY(PythonText::isUpper(QString(u"OK"_s + symbol)));
        QVERIFY(!PythonText::isUpper(QString(u"ok"_s + symbol)));
    }
    QVERIFY(count > 2500);
    QVERIFY(!PythonText::isCaselessSymbol(0x1F130)); // squared Latin capital A: cased
    QVERIFY(!PythonText::isCaselessSymbol(U'é'));
}

QTEST_GUILESS_MAIN(TestSentimentPythonText)
#include "testSentimentPythonText.moc"
