#include "platform/CaptionEntities.h"

#include "platform/ParserValues.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::instagram {

namespace {

bool isTagChar(char32_t c)
{
    if (c == U'_')
        return true;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
        return true;
    default:
        return c == 0x200C; // zero-width non-joiner inside Persian words
    }
}

/// Letters, digits and '_': what may not stand right before a '#' or '@' (marks such as the emoji
/// variation selector U+FE0F may).
bool isWordChar(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c);
}

bool isDigit(char32_t c)
{
    return QChar::category(c) == QChar::Number_DecimalDigit;
}

bool isNameChar(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') || c == U'.' || c == U'_';
}

QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> out;
    const QList<uint> ucs4 = text.toUcs4();
    out.reserve(ucs4.size());
    for (const uint cp : ucs4)
        out.append(static_cast<char32_t>(cp));
    return out;
}

QString fromCodePoints(const QList<char32_t> &cps, qsizetype from, qsizetype to)
{
    return QString::fromUcs4(cps.constData() + from, to - from);
}

} // namespace

QStringList extractHashtags(const QString &caption)
{
    const QList<char32_t> cps = codePoints(caption);
    QStringList tags;
    bool afterTag = false;
    qsizetype i = 0;
    while (i < cps.size()) {
        const char32_t c = cps.at(i);
        const bool startOk = i == 0 || afterTag || (!isWordChar(cps.at(i - 1)) && cps.at(i - 1) != U'&');
        afterTag = false;
        if ((c == U'#' || c == 0xFF03) && startOk) {
            qsizetype end = i + 1;
            bool hasNonDigit = false;
            while (end < cps.size() && isTagChar(cps.at(end))) {
                hasNonDigit = hasNonDigit || !isDigit(cps.at(end));
                ++end;
            }
            // A tag never starts with a combining mark or a joiner.
            const bool validStart = end > i + 1 && QChar::category(cps.at(i + 1)) != QChar::Mark_NonSpacing &&
                                    QChar::category(cps.at(i + 1)) != QChar::Mark_SpacingCombining &&
                                    cps.at(i + 1) != 0x200C;
            if (validStart && hasNonDigit) {
                QString tag = fromCodePoints(cps, i + 1, end);
                while (tag.endsWith(QChar(0x200C)))
                    tag.chop(1);
                parse::appendUnique(tags, u'#' + tag);
                afterTag = true;
                i = end;
                continue;
            }
        }
        ++i;
    }
    return tags;
}

QStringList extractMentions(const QString &caption)
{
    const QList<char32_t> cps = codePoints(caption);
    QStringList names;
    qsizetype i = 0;
    while (i < cps.size()) {
        if (cps.at(i) == U'@' && (i == 0 || (!isNameChar(cps.at(i - 1)) && !isWordChar(cps.at(i - 1))))) {
            qsizetype end = i + 1;
            while (end < cps.size() && isNameChar(cps.at(end)))
                ++end;
            qsizetype nameEnd = end;
            while (nameEnd > i + 1 && cps.at(nameEnd - 1) == U'.')
                --nameEnd;
            const qsizetype length = nameEnd - (i + 1);
            if (length >= 1 && length <= 30 && cps.at(i + 1) != U'.')
                parse::appendUnique(names, u'@' + fromCodePoints(cps, i + 1, nameEnd));
            i = end;
            continue;
        }
        ++i;
    }
    return names;
}

} // namespace reelpulse::instagram
