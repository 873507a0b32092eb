#pragma once

#include "sentiment/TextBuffer.h"

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
        // ASCII whitespace lies below 64: one bit test.
        if (codePoint < 64)
            return (kAsciiSpaceBits >> codePoint) & 1u;
        return codePoint >= 0x80 && isNonAsciiSpace(codePoint);
    }
    // A code unit that starts or is a whitespace code point (all Python whitespace is in the BMP).
    static bool isSpace(QChar ch) { return isSpace(char32_t(ch.unicode())); }
    static bool isSpace(char16_t unit) { return isSpace(char32_t(unit)); }
    // string.punctuation: the 32 ASCII punctuation characters.
    static bool isAsciiPunctuation(char16_t c)
    {
        if (c < 64)
            return (kPunctuationBitsLow >> c) & 1u;
        return c < 128 && ((kPunctuationBitsHigh >> (c - 64)) & 1u);
    }
    static bool isAsciiPunctuation(QChar ch) { return isAsciiPunctuation(ch.unicode()); }
    // Code points that lower-casing leaves alone and str.isupper() ignores, met in words next to emoji: variation
    // selectors, ZWJ, the keycap mark, tags and the emoji blocks (minus the squared and circled Latin letters,
    // which are cased). A word of ASCII and these takes the tokenizer's fast path.
    static bool isCaselessSymbol(char32_t cp)
    {
        if (cp < 0x1F000)
            return cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || cp == 0x20E3;
        return (cp <= 0x1FAFF && !(cp >= 0x1F130 && cp <= 0x1F189)) || (cp >= 0xE0020 && cp <= 0xE007F);
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
    static void appendLower(QStringView text, TextBuffer &out)
    {
        const qsizetype start = out.size();
        const qsizetype size = text.size();
        const char16_t *src = text.utf16();
        char16_t *dst = out.extend(size);
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = src[i];
            if (c >= 0x80) {
                out.truncate(start);
                appendLowerUnicode(text, out);
                return;
            }
            dst[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
    }
    static bool isAscii(QStringView text);

private:
    static bool isNonAsciiSpace(char32_t codePoint);
    static void appendLowerUnicode(QStringView text, TextBuffer &out);

    // \t \n \v \f \r, \x1c-\x1f and space.
    static constexpr quint64 kAsciiSpaceBits = (quint64(0x1F) << 9) | (quint64(0x1F) << 28);
    // ! " # $ % & ' ( ) * + , - . / (0x21-0x2F), : ; < = > ? @ (0x3A-0x40), [ \ ] ^ _ ` (0x5B-0x60), { | } ~
    // (0x7B-0x7E).
    static constexpr quint64 kPunctuationBitsLow = (quint64(0x7FFF) << 0x21) | (quint64(0x3F) << 0x3A);
    static constexpr quint64 kPunctuationBitsHigh =
        quint64(1) | (quint64(0x3F) << (0x5B - 64)) | (quint64(0xF) << (0x7B - 64));
};

} // namespace reelpulse::sentiment
