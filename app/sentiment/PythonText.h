#pragma once

#include <QString>
#include <QStringView>

namespace reelpulse::sentiment {

// Python 3 str semantics that the reference VADER depends on, reproduced exactly where QString differs.
class PythonText final
{
public:
    PythonText() = delete;

    // str.isspace() for one code point (what str.split() and str.strip() use): ASCII \t\n\v\f\r\x1c-\x1f and
    // space, plus U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    static bool isSpace(char32_t codePoint)
    {
        if (codePoint < 0x80)
            return codePoint == 0x20 || (codePoint >= 0x09 && codePoint <= 0x0D) ||
                   (codePoint >= 0x1C && codePoint <= 0x1F);
        return isNonAsciiSpace(codePoint);
    }
    // A code unit that starts or is a whitespace code point (all Python whitespace is in the BMP).
    static bool isSpace(QChar ch) { return isSpace(char32_t(ch.unicode())); }
    // string.punctuation: the 32 ASCII punctuation characters.
    static bool isAsciiPunctuation(QChar ch)
    {
        const char16_t c = ch.unicode();
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
               (c >= 0x7B && c <= 0x7E);
    }
    // `"n't" in word`.
    static bool containsNt(QStringView word)
    {
        for (qsizetype i = 0; i + 2 < word.size(); ++i) {
            if (word[i].unicode() == u'n' && word[i + 1].unicode() == u'\'' && word[i + 2].unicode() == u't')
                return true;
        }
        return false;
    }
    // str.isupper(): at least one cased character and no lowercase or titlecase one, with Python's
    // Lowercase/Uppercase derived properties (":D" is upper, "123" is not, "Ⓐ" is upper).
    static bool isUpper(QStringView text);
    // len(): code points, not UTF-16 units.
    static qsizetype codePointCount(QStringView text);
    // str.strip() with no argument.
    static QStringView strip(QStringView text);
    // str.lower() appended to out (ASCII fast path; QString::toLower otherwise).
    static void appendLower(QStringView text, QString &out);
    static bool isAscii(QStringView text);

private:
    static bool isNonAsciiSpace(char32_t codePoint);
};

} // namespace reelpulse::sentiment
