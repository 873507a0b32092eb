#include "sentiment/EmojiScanner.h"

#include "sentiment/SentimentLexicon.h"

namespace reelpulse::sentiment {

namespace {

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kCombiningKeycap = 0x20E3;

// Consumes variation selectors, a skin tone and tags after a base emoji.
qsizetype skipModifiers(QStringView text, qsizetype pos)
{
    while (pos < text.size()) {
        int length = 0;
        const char32_t cp = EmojiScanner::codePointAt(text, pos, &length);
        if (!EmojiScanner::isVariationSelector(cp) && !EmojiScanner::isSkinTone(cp) && !EmojiScanner::isTag(cp))
            break;
        pos += length;
    }
    return pos;
}

} // namespace

qsizetype EmojiScanner::clusterEnd(QStringView text, qsizetype pos, const SentimentLexicon &lexicon)
{
    if (pos >= text.size())
        return pos;
    int length = 0;
    const char32_t first = EmojiScanner::codePointAt(text, pos, &length);

    // Keycap: [0-9#*] U+FE0F? U+20E3.
    if (first < 0x80) {
        if (!((first >= '0' && first <= '9') || first == '#' || first == '*'))
            return pos;
        qsizetype next = pos + 1;
        if (next < text.size() && text[next].unicode() == 0xFE0F)
            ++next;
        if (next < text.size() && text[next].unicode() == kCombiningKeycap)
            return next + 1;
        return pos;
    }

    // Flag: a pair of regional indicators.
    if (isRegionalIndicator(first)) {
        qsizetype next = pos + length;
        if (next < text.size()) {
            int secondLength = 0;
            if (isRegionalIndicator(EmojiScanner::codePointAt(text, next, &secondLength)))
                return next + secondLength;
        }
        return next;
    }

    if (!lexicon.isEmojiCodePoint(first) && !isSkinTone(first))
        return pos;

    qsizetype end = skipModifiers(text, pos + length);
    // ZWJ sequences: base (ZWJ emoji)*
    while (end + 1 < text.size() && text[end].unicode() == kZeroWidthJoiner) {
        int nextLength = 0;
        const char32_t next = EmojiScanner::codePointAt(text, end + 1, &nextLength);
        if (!lexicon.isEmojiCodePoint(next))
            break;
        end = skipModifiers(text, end + 1 + nextLength);
    }
    return end;
}

} // namespace reelpulse::sentiment
