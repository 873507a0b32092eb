#include "sentiment/PythonText.h"

#include <QChar>

namespace reelpulse::sentiment {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// Unicode PropList Other_Lowercase / Other_Uppercase: cased for Python, not Ll/Lu for QChar.
constexpr Range kOtherLowercase[] = {
    {0x00AA, 0x00AA},   {0x00BA, 0x00BA},   {0x02B0, 0x02B8},   {0x02C0, 0x02C1},   {0x02E0, 0x02E4},
    {0x0345, 0x0345},   {0x037A, 0x037A},   {0x10FC, 0x10FC},   {0x1D2C, 0x1D6A},   {0x1D78, 0x1D78},
    {0x1D9B, 0x1DBF},   {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2090, 0x209C},   {0x2170, 0x217F},
    {0x24D0, 0x24E9},   {0x2C7C, 0x2C7D},   {0xA69C, 0xA69D},   {0xA770, 0xA770},   {0xA7F2, 0xA7F4},
    {0xA7F8, 0xA7F9},   {0xAB5C, 0xAB5F},   {0xAB69, 0xAB69},   {0x10780, 0x10780}, {0x10783, 0x10785},
    {0x10787, 0x107B0}, {0x107B2, 0x107BA}, {0x1E030, 0x1E06D},
};
constexpr Range kOtherUppercase[] = {
    {0x2160, 0x216F}, {0x24B6, 0x24CF}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
};

template <std::size_t N> bool inRanges(const Range (&ranges)[N], char32_t cp)
{
    for (const Range &range : ranges) {
        if (cp < range.first)
            return false;
        if (cp <= range.last)
            return true;
    }
    return false;
}

} // namespace

bool PythonText::isNonAsciiSpace(char32_t cp)
{
    switch (cp) {
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool PythonText::isUpper(QStringView text)
{
    bool cased = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t cp = text[i].unicode();
        if (cp < 0x80) {
            if (cp >= 'a' && cp <= 'z')
                return false;
            if (cp >= 'A' && cp <= 'Z')
                cased = true;
            continue;
        }
        if (QChar::isHighSurrogate(cp) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        const QChar::Category category = QChar::category(cp);
        if (category == QChar::Letter_Lowercase || category == QChar::Letter_Titlecase || inRanges(kOtherLowercase, cp))
            return false;
        if (category == QChar::Letter_Uppercase || inRanges(kOtherUppercase, cp))
            cased = true;
    }
    return cased;
}

qsizetype PythonText::codePointCount(QStringView text)
{
    qsizetype count = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QStringView PythonText::strip(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

bool PythonText::isAscii(QStringView text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return false;
    }
    return true;
}

void PythonText::appendLower(QStringView text, QString &out)
{
    if (isAscii(text)) {
        const qsizetype start = out.size();
        out.resize(start + text.size());
        QChar *dst = out.data() + start;
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            *dst++ = QChar(c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c);
        }
        return;
    }
    out.append(text.toString().toLower());
}

void PythonText::appendLowerUnicode(QStringView text, TextBuffer &out)
{
    // What QString::toLower() gives, without a temporary string: each code point's simple lower-case mapping, except
    // U+0130 (the only unconditional special case), which becomes "i" + U+0307 (testSentimentPythonText checks every
    // code point).
    const qsizetype start = out.size();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isSurrogate(unit) &&
            !(QChar::isHighSurrogate(unit) && i + 1 < size && text[i + 1].isLowSurrogate())) {
            // A lone surrogate (never from decoded UTF-8): QString has its own rules for those.
            out.truncate(start);
            out.append(QStringView(text.toString().toLower()));
            return;
        }
        if (QChar::isHighSurrogate(unit)) {
            const char32_t lower = QChar::toLower(QChar::surrogateToUcs4(unit, text[i + 1].unicode()));
            if (QChar::requiresSurrogates(lower)) {
                out.append(QChar::highSurrogate(lower));
                out.append(QChar::lowSurrogate(lower));
            } else {
                out.append(char16_t(lower));
            }
            ++i;
        } else if (unit == 0x130) {
            out.append(u'i');
            out.append(u'\u0307');
        } else {
            out.append(char16_t(QChar::toLower(char32_t(unit))));
        }
    }
}

} // namespace reelpulse::sentiment
