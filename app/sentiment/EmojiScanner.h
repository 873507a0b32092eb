#pragma once

#include <QString>
#include <QStringView>

namespace reelpulse::sentiment {

class SentimentLexicon;

// Finds emoji as grapheme clusters (social mode): a base emoji with its variation selector, skin-tone modifier,
// tag sequence and any ZWJ-joined emoji; keycaps; regional-indicator flag pairs.
class EmojiScanner final
{
public:
    EmojiScanner() = delete;

    // If an emoji cluster starts at text[pos], returns the index just past it; otherwise returns pos.
    static qsizetype clusterEnd(QStringView text, qsizetype pos, const SentimentLexicon &lexicon);
    // Appends the cluster without U+FE0E/U+FE0F, skin-tone modifiers and tag characters: the lookup key.
    // Buffer: QString or TextBuffer.
    template <typename Buffer> static void appendNormalisedKey(QStringView cluster, Buffer &out)
    {
        const qsizetype start = out.size();
        for (qsizetype i = 0; i < cluster.size();) {
            int length = 0;
            const char32_t cp = codePointAt(cluster, i, &length);
            if (!isVariationSelector(cp) && !isSkinTone(cp) && !isTag(cp))
                out.append(cluster.sliced(i, length));
            i += length;
        }
        // A lone modifier (e.g. a skin-tone swatch) keeps itself as its key.
        if (out.size() == start && !cluster.isEmpty())
            out.append(cluster);
    }
    // Calls f(QStringView component) for each ZWJ-separated part of a normalised key.
    template <typename F> static void forEachComponent(QStringView normalisedKey, F &&f)
    {
        qsizetype start = 0;
        while (start <= normalisedKey.size()) {
            qsizetype end = normalisedKey.indexOf(QChar(0x200D), start);
            if (end < 0)
                end = normalisedKey.size();
            if (end > start)
                f(normalisedKey.sliced(start, end - start));
            start = end + 1;
        }
    }

    static bool isSkinTone(char32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }
    static bool isVariationSelector(char32_t cp) { return cp == 0xFE0E || cp == 0xFE0F; }
    static bool isTag(char32_t cp) { return cp >= 0xE0020 && cp <= 0xE007F; }
    static bool isRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

    // Code point at pos and its UTF-16 length (1 or 2).
    static char32_t codePointAt(QStringView text, qsizetype pos, int *length)
    {
        const QChar ch = text[pos];
        if (ch.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(ch, text[pos + 1]);
        }
        *length = 1;
        return ch.unicode();
    }
};

} // namespace reelpulse::sentiment
