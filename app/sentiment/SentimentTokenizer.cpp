#include "sentiment/SentimentTokenizer.h"

#include "sentiment/EmojiScanner.h"
#include "sentiment/LanguageText.h"
#include "sentiment/PythonText.h"
#include "sentiment/SentimentLexicon.h"
#include "sentiment/TokenBuffer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace reelpulse::sentiment {

namespace {

// Other languages: a word unknown to the language but in VADER's lexicon takes its English valence.
constexpr bool kEnglishFallback = true;

bool collapseElongation(QStringView word, int keep, TextBuffer &out)
{
    out.clear();
    bool changed = false;
    for (qsizetype i = 0; i < word.size();) {
        qsizetype j = i + 1;
        while (j < word.size() && word[j] == word[i])
            ++j;
        const qsizetype run = j - i;
        if (run >= 3 && word[i].isLetter()) {
            for (int k = 0; k < keep; ++k)
                out.append(word[i].unicode());
            changed = true;
        } else {
            out.append(word.sliced(i, run));
        }
        i = j;
    }
    return changed;
}
// "xd", "XDDD", "xp": an x (or several) then only d or only p.
bool isLetterEmoticon(QStringView word)
{
    qsizetype i = 0;
    while (i < word.size() && (word[i] == u'x' || word[i] == u'X'))
        ++i;
    if (i == 0 || i == word.size())
        return false;
    const char16_t last = word.back().toLower().unicode();
    if (last != u'd' && last != u'p')
        return false;
    for (; i < word.size(); ++i) {
        if (word[i].toLower().unicode() != last)
            return false;
    }
    return true;
}

// Index of the first unit >= 0x80 in units[from, size), or size; four units at a time.
qsizetype firstNonAscii(const char16_t *units, qsizetype from, qsizetype size)
{
    qsizetype i = from;
    for (; i + 4 <= size; i += 4) {
        std::uint64_t block = 0;
        std::memcpy(&block, units + i, sizeof(block));
        if (block & 0xFF80FF80FF80FF80ull)
            break;
    }
    while (i < size && units[i] < 0x80)
        ++i;
    return i;
}

// What the tokenizer needs to know about an ASCII character, as bits.
enum AsciiKind : unsigned char {
    KindUpper = 1,
    KindLower = 2,
    KindApostrophe = 4,
    KindSpace = 8,        // str.isspace()
    KindPunctuation = 16, // string.punctuation
    KindEmphasis = 32,    // '!' or '?'
};

// ASCII lower-casing and each character's kind, as tables.
struct AsciiTables
{
    char16_t lower[128];
    unsigned char kind[128];
};
constexpr AsciiTables makeAsciiTables()
{
    AsciiTables tables{};
    for (int c = 0; c < 128; ++c) {
        const bool upper = c >= 'A' && c <= 'Z';
        const bool punctuation = (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
                                 (c >= 0x7B && c <= 0x7E);
        tables.lower[c] = char16_t(upper ? c + 32 : c);
        tables.kind[c] = (upper ? KindUpper : 0) | (c >= 'a' && c <= 'z' ? KindLower : 0) |
                         (c == '\'' ? KindApostrophe : 0) |
                         ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) ? KindSpace : 0) |
                         (punctuation ? KindPunctuation : 0) | (c == '!' || c == '?' ? KindEmphasis : 0);
    }
    return tables;
}
constexpr AsciiTables kAsciiTables = makeAsciiTables();
constexpr const char16_t *kAsciiLower = kAsciiTables.lower;
constexpr const unsigned char *kAsciiKind = kAsciiTables.kind;

// The UTF-16 length of the code point at units[i] if it is a PythonText::isCaselessSymbol, else 0.
int caselessSymbolLength(const char16_t *units, qsizetype i, qsizetype size)
{
    const char16_t unit = units[i];
    if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1]))
        return PythonText::isCaselessSymbol(QChar::surrogateToUcs4(unit, units[i + 1])) ? 2 : 0;
    return !QChar::isSurrogate(unit) && PythonText::isCaselessSymbol(unit) ? 1 : 0;
}

struct LoweredWord
{
    std::uint32_t hash = 0; // tables::hashKey of the lower-cased word
    bool upper = false;     // str.isupper() of the word as written
    bool apostrophe = false;
};

// Appends str.lower() of the word to out. ASCII words (nearly all) in one pass that also hashes the result and finds
// the case; others through PythonText.
LoweredWord lowerWord(QStringView word, TextBuffer &out)
{
    const qsizetype size = word.size();
    const char16_t *src = word.utf16();
    const qsizetype start = out.size();
    char16_t *dst = out.extend(size);
    std::uint32_t hash = tables::kHashBasis;
    unsigned seen = 0; // AsciiKind bits
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = src[i];
        if (c >= 0x80) {
            const int length = caselessSymbolLength(src, i, size);
            if (length > 0) {
                for (int k = 0; k < length; ++k, ++i) {
                    dst[i] = src[i];
                    hash = tables::hashStep(hash, src[i]);
                }
                --i;
                continue;
            }
            out.truncate(start);
            PythonText::appendLower(word, out);
            const QStringView lower = out.sliced(start, out.size() - start);
            return {tables::hashKey(lower.utf16(), std::size_t(lower.size())), PythonText::isUpper(word),
                    lower.contains(u'\'')};
        }
        const char16_t lower = kAsciiLower[c];
        seen |= kAsciiKind[c];
        dst[i] = lower;
        hash = tables::hashStep(hash, lower);
    }
    return {hash | 1u, (seen & (KindUpper | KindLower)) == KindUpper, (seen & KindApostrophe) != 0};
}

// The length of the code point at text[i]: 2 for a surrogate pair, else 1.
int codePointLength(const char16_t *units, qsizetype i, qsizetype size)
{
    return QChar::isHighSurrogate(units[i]) && i + 1 < size && QChar::isLowSurrogate(units[i + 1]) ? 2 : 1;
}

} // namespace

SentimentTokenizer::SentimentTokenizer(const SentimentLexicon &lexicon, Mode mode)
    : m_lexicon(lexicon)
    , m_mode(mode)
{
}

void SentimentTokenizer::tokenize(QStringView text, TokenBuffer &scratch, bool trackSource, Language language) const
{
    if (m_mode == Mode::Reference)
        tokenizeReference(text, scratch, trackSource);
    else
        tokenizeSocial(text, scratch, language);
}

void SentimentTokenizer::addWordToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end,
                                      qsizetype srcBegin, qsizetype srcEnd) const
{
    SentimentToken &token = scratch.tokens.emplace_back();
    token.begin = begin;
    token.end = end;
    token.srcBegin = srcBegin;
    token.srcEnd = srcEnd;
    const QStringView word = work.sliced(begin, end - begin);
    token.lowerBegin = scratch.lower.size();
    const LoweredWord lowered = lowerWord(word, scratch.lower);
    token.lowerLength = scratch.lower.size() - token.lowerBegin;
    const QStringView lower = scratch.lower.sliced(token.lowerBegin, token.lowerLength);
    const SentimentLexicon::WordInfo *info = m_lexicon.wordInfo(lower, lowered.hash);
    bool negation = (info && info->negation()) || (lowered.apostrophe && PythonText::containsNt(lower));

    if (m_mode == Mode::Social && !negation && (!info || (!info->inLexicon() && !info->isBooster()))) {
        // Elongated words ("soooo goooood", "loooove"): try the word with its long letter runs shortened.
        for (const int keep : {2, 1}) {
            if (!collapseElongation(lower, keep, scratch.variant))
                break;
            const SentimentLexicon::WordInfo *variant = m_lexicon.wordInfo(scratch.variant.view());
            if (variant && (variant->inLexicon() || variant->isBooster() || variant->negation())) {
                scratch.lower.truncate(token.lowerBegin);
                scratch.lower.append(scratch.variant.view());
                token.lowerLength = scratch.variant.size();
                info = variant;
                negation = variant->negation();
                break;
            }
        }
    }

    token.negation = negation;
    if (info) {
        token.inLexicon = info->inLexicon();
        token.valence = info->valence;
        token.isBooster = info->isBooster();
        token.booster = info->booster();
        token.marks = info->marks;
        token.wordFlags = info->flags;
    }
    token.upper = lowered.upper;
}

const SentimentLexicon::WordInfo *SentimentTokenizer::findForeignWord(TokenBuffer &scratch, Language language,
                                                                      qsizetype keyBegin,
                                                                      double *superlativeBoost) const
{
    // The key is at the tail of scratch.lower, from keyBegin; a variant that matches replaces it there.
    const auto useful = [](const SentimentLexicon::WordInfo *info) {
        return info && (info->inLexicon() || info->isBooster() || info->negation() || info->clitic() ||
                        (info->marks & (MarkBut | MarkPostNegation | MarkPhraseStart)) != 0);
    };
    const auto key = [&scratch, keyBegin] {
        return scratch.lower.sliced(keyBegin, scratch.lower.size() - keyBegin);
    };
    const auto replaceKey = [&scratch, keyBegin](QStringView variant) {
        scratch.lower.truncate(keyBegin);
        scratch.lower.append(variant);
    };
    const SentimentLexicon::WordInfo *info = m_lexicon.languageWord(language, key());
    if (useful(info))
        return info;
    // Elongations ("graciaaas", "buenooo"): runs of 3+ letters shortened to 2, then 1.
    for (const int keep : {2, 1}) {
        if (!LanguageText::collapseElongation(key(), keep, scratch.variant))
            break;
        const SentimentLexicon::WordInfo *variant = m_lexicon.languageWord(language, scratch.variant.view());
        if (useful(variant)) {
            replaceKey(scratch.variant.view());
            return variant;
        }
    }
    // Laughter ("jajaja", "kkkk", "ahahah") is one word, "haha".
    if (LanguageText::isLaughter(key())) {
        const SentimentLexicon::WordInfo *laughter = m_lexicon.languageWord(language, u"haha");
        if (useful(laughter)) {
            replaceKey(u"haha");
            return laughter;
        }
    }
    // Superlatives ("buenísimo", "bellissima"): the adjective plus a booster step.
    const tables::LanguageTables &tables = m_lexicon.languageTables(language);
    for (std::uint32_t s = 0; s < tables.superlativeCount; ++s) {
        const QStringView suffix = tables.superlatives[s].text();
        const QStringView word = key();
        if (word.size() < suffix.size() + 3 || !word.endsWith(suffix))
            continue;
        const QStringView stem = word.first(word.size() - suffix.size());
        // bueno, buena, grande, fácil; riquísimo -> rico, larguísimo -> largo, felicísimo -> feliz.
        const std::pair<QStringView, QStringView> rewrites[] = {{{}, u"o"},     {{}, u"a"},     {{}, u"e"},  {{}, {}},
                                                                {u"qu", u"co"}, {u"gu", u"go"}, {u"c", u"z"}};
        for (const auto &[ending, replacement] : rewrites) {
            if (!ending.isEmpty() && !stem.endsWith(ending))
                continue;
            scratch.variant.clear();
            scratch.variant.append(stem.first(stem.size() - ending.size()));
            scratch.variant.append(replacement);
            const SentimentLexicon::WordInfo *base = m_lexicon.languageWord(language, scratch.variant.view());
            if (base && base->inLexicon()) {
                *superlativeBoost = BoosterIncrement;
                replaceKey(scratch.variant.view());
                return base;
            }
        }
    }
    return info;
}

void SentimentTokenizer::addForeignWordToken(TokenBuffer &scratch, QStringView text, qsizetype begin, qsizetype end,
                                             Language language) const
{
    const QStringView word = text.sliced(begin, end - begin);
    const bool letters = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
    SentimentToken token;
    token.begin = begin;
    token.end = end;
    token.srcBegin = begin;
    token.srcEnd = end;
    token.lowerBegin = scratch.lower.size();
    token.upper = letters && PythonText::isUpper(word);
    const bool symbols = std::any_of(
        word.begin(), word.end(), [](QChar c) { return PythonText::isAsciiPunctuation(c) && c != u'\'' && c != u'-'; });
    if (letters && !symbols && isLetterEmoticon(word)) {
        // "xD", "XDDD", "xP": emoticons written with letters, read as VADER's "xd" and "xp".
        scratch.lower.append(u'x');
        scratch.lower.append(char16_t(word.back().toLower().unicode()));
        token.lowerLength = 2;
        const SentimentLexicon::WordInfo *info = m_lexicon.wordInfo(scratch.lower.sliced(token.lowerBegin, 2));
        token.inLexicon = info && info->inLexicon();
        token.valence = token.inLexicon ? info->valence : 0.0;
        token.upper = false;
        scratch.tokens.push_back(token);
        return;
    }
    if (!letters || symbols) {
        // Emoticons (":)", "<3", ":D") mean the same in every language: VADER's lexicon.
        PythonText::appendLower(word, scratch.lower);
        token.lowerLength = scratch.lower.size() - token.lowerBegin;
        const SentimentLexicon::WordInfo *info =
            m_lexicon.wordInfo(scratch.lower.sliced(token.lowerBegin, token.lowerLength));
        if (info && info->inLexicon()) {
            token.inLexicon = true;
            token.valence = info->valence;
            scratch.tokens.push_back(token);
            return;
        }
        if (!letters) {
            scratch.tokens.push_back(token);
            return;
        }
        scratch.lower.truncate(token.lowerBegin);
    }
    if (!hasLexicon(language) || language == Language::English) {
        // Undetermined and other languages: words carry nothing (the key is the lower-cased word).
        PythonText::appendLower(word, scratch.lower);
        token.lowerLength = scratch.lower.size() - token.lowerBegin;
        scratch.tokens.push_back(token);
        return;
    }
    // French and Italian elisions: "n'aime" is "n'" and "aime", "l'amore" is "l'" and "amore".
    for (qsizetype q = 0; q + 1 < word.size(); ++q) {
        const char16_t c = word[q].unicode();
        if (c != u'\'' && c != 0x2019 && c != 0x02BC)
            continue;
        if (q == 0)
            break;
        scratch.variant.clear();
        PythonText::appendLower(word.first(q + 1), scratch.variant);
        scratch.work.clear();
        LanguageText::appendKey(scratch.variant.view(), language, scratch.work);
        const SentimentLexicon::WordInfo *clitic = m_lexicon.languageWord(language, scratch.work.view());
        if (clitic && clitic->clitic()) {
            SentimentToken prefix = token;
            prefix.end = prefix.srcEnd = begin + q + 1;
            prefix.upper = false;
            scratch.lower.append(scratch.work.view());
            prefix.lowerLength = scratch.lower.size() - prefix.lowerBegin;
            prefix.negation = clitic->negation();
            prefix.marks = clitic->marks;
            prefix.wordFlags = clitic->flags;
            scratch.tokens.push_back(prefix);
            addForeignWordToken(scratch, text, begin + q + 1, end, language);
            return;
        }
        break;
    }
    scratch.variant.clear();
    PythonText::appendLower(word, scratch.variant);
    LanguageText::appendKey(scratch.variant.view(), language, scratch.lower);
    double superlativeBoost = 0.0;
    const SentimentLexicon::WordInfo *info = findForeignWord(scratch, language, token.lowerBegin, &superlativeBoost);
    if (!info && kEnglishFallback && scratch.variant.size() >= 3) {
        // A word the language does not know at all, but English does ("happy birthday", "nice", "fake"): comments
        // switch to English. Its common words and any word it has a rule for were found above and stay its own.
        const SentimentLexicon::WordInfo *english = m_lexicon.wordInfo(scratch.variant.view());
        if (english && english->inLexicon()) {
            info = english;
            scratch.lower.truncate(token.lowerBegin);
            scratch.lower.append(scratch.variant.view());
        }
    }
    token.lowerLength = scratch.lower.size() - token.lowerBegin;
    if (info) {
        token.inLexicon = info->inLexicon();
        token.valence = info->valence;
        if (token.inLexicon && superlativeBoost != 0.0)
            token.valence += token.valence > 0 ? superlativeBoost : -superlativeBoost;
        token.negation = info->negation();
        token.isBooster = info->isBooster();
        token.booster = info->booster();
        token.marks = info->marks;
        token.wordFlags = info->flags;
    }
    scratch.tokens.push_back(token);
}

Q_ALWAYS_INLINE void SentimentTokenizer::addLoweredWordToken(TokenBuffer &scratch, qsizetype begin, qsizetype end,
                                                             qsizetype srcBegin, qsizetype srcEnd, std::uint32_t hash,
                                                             unsigned kinds) const
{
    SentimentToken &token = scratch.tokens.emplace_back();
    token.begin = begin;
    token.end = end;
    token.srcBegin = srcBegin;
    token.srcEnd = srcEnd;
    token.lowerBegin = scratch.lower.size();
    token.lowerLength = end - begin;
    scratch.lower.grow(token.lowerLength);
    const QStringView lower = scratch.lower.sliced(token.lowerBegin, token.lowerLength);
    const SentimentLexicon::WordInfo *info = m_lexicon.wordInfo(lower, hash);
    token.negation = (info && info->negation()) || ((kinds & KindApostrophe) && PythonText::containsNt(lower));
    if (info) {
        token.inLexicon = info->inLexicon();
        token.valence = info->valence;
        token.isBooster = info->isBooster();
        token.booster = info->booster();
        token.marks = info->marks;
    }
    token.upper = (kinds & (KindUpper | KindLower)) == KindUpper;
}

void SentimentTokenizer::tokenizeReference(QStringView text, TokenBuffer &scratch, bool trackSource) const
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    // polarity_scores: every code point found in the emoji lexicon is replaced by its description, with a space
    // before it unless one precedes it. Keys are single non-ASCII code points.
    QStringView description;
    int length = 0;
    const auto findEmoji = [&](qsizetype from) {
        for (qsizetype i = firstNonAscii(units, from, size); i < size; i = firstNonAscii(units, i + 1, size)) {
            length = codePointLength(units, i, size);
            if (m_lexicon.emojiDescription(text.sliced(i, length), &description))
                return i;
            i += length - 1;
        }
        return size;
    };
    qsizetype emoji = findEmoji(0);

    QStringView work = text;
    const bool replaced = emoji < size;
    if (replaced) {
        TextBuffer &out = scratch.work;
        out.clear();
        if (trackSource) {
            scratch.mapBegin.clear();
            scratch.mapEnd.clear();
        }
        // Each unit of the working text maps to the code point of the caller's text it comes from.
        const auto mapUnits = [&scratch](qsizetype count, qsizetype begin, qsizetype end) {
            scratch.mapBegin.insert(scratch.mapBegin.end(), std::size_t(count), begin);
            scratch.mapEnd.insert(scratch.mapEnd.end(), std::size_t(count), end);
        };
        bool previousSpace = true;
        qsizetype runStart = 0; // text[runStart, emoji) is copied as it is
        const auto copyRun = [&](qsizetype end) {
            if (end <= runStart)
                return;
            out.append(text.sliced(runStart, end - runStart));
            previousSpace = units[end - 1] == u' ';
            if (trackSource) {
                for (qsizetype k = runStart; k < end;) {
                    const int unitLength = codePointLength(units, k, end);
                    mapUnits(unitLength, k, k + unitLength);
                    k += unitLength;
                }
            }
        };
        while (emoji < size) {
            copyRun(emoji);
            const qsizetype before = out.size();
            if (!previousSpace)
                out.append(u' ');
            out.append(description);
            previousSpace = false;
            if (trackSource)
                mapUnits(out.size() - before, emoji, emoji + length);
            runStart = emoji + length;
            emoji = findEmoji(runStart);
        }
        copyRun(size);
        work = out.view();
    }
    scratch.workView = work;

    const QStringView stripped = PythonText::strip(work);
    scratch.textBegin = stripped.isEmpty() ? 0 : stripped.data() - work.data();
    scratch.textEnd = scratch.textBegin + stripped.size();

    // SentiText._words_and_emoticons: str.split(), then strip string.punctuation unless <= 2 code points remain.
    // One pass per word: while looking for its end, an ASCII word is also lower-cased (into the tail of
    // scratch.lower), hashed and its case noted; a word with punctuation at an end or non-ASCII characters is redone
    // by addWordToken. The '!' and '?' of the stripped text are counted on the way (whitespace holds none).
    qsizetype i = scratch.textBegin;
    const qsizetype end = scratch.textEnd;
    const char16_t *chars = work.utf16();
    int exclamations = 0;
    int questions = 0;
    char16_t *lowerTail = scratch.lower.tail(end - i); // ASCII words never need more room than the text
    while (i < end) {
        while (i < end && PythonText::isSpace(chars[i]))
            ++i;
        if (i >= end)
            break;
        const qsizetype start = i;
        std::uint32_t hash = tables::kHashBasis;
        unsigned seen = 0;
        bool fast = true; // ASCII and caseless symbols only: lower-cased and hashed in this pass
        for (; i < end; ++i) {
            const char16_t c = chars[i];
            if (c < 0x80) {
                const unsigned kind = kAsciiKind[c];
                if (kind & KindSpace)
                    break;
                seen |= kind;
                const char16_t lower = kAsciiLower[c];
                lowerTail[i - start] = lower;
                hash = tables::hashStep(hash, lower);
            } else {
                if (PythonText::isSpace(c))
                    break;
                const int length = fast ? caselessSymbolLength(chars, i, end) : 0;
                if (length == 0) {
                    fast = false; // the general path redoes this word
                    continue;
                }
                for (int k = 0; k < length; ++k, ++i) {
                    lowerTail[i - start] = chars[i];
                    hash = tables::hashStep(hash, chars[i]);
                }
                --i;
            }
        }
        if (seen & KindEmphasis) {
            for (qsizetype k = start; k < i; ++k) {
                exclamations += chars[k] == u'!';
                questions += chars[k] == u'?';
            }
        }
        qsizetype b = start;
        qsizetype e = i;
        if (seen & KindPunctuation) {
            while (b < e && PythonText::isAsciiPunctuation(chars[b]))
                ++b;
            while (e > b && PythonText::isAsciiPunctuation(chars[e - 1]))
                --e;
            // More than four UTF-16 units are more than two code points.
            if ((b != start || e != i) && e - b <= 4 && PythonText::codePointCount(work.sliced(b, e - b)) <= 2) {
                b = start;
                e = i;
            }
        }
        qsizetype srcBegin = b;
        qsizetype srcEnd = e;
        if (replaced && trackSource) {
            srcBegin = scratch.mapBegin[std::size_t(b)];
            srcEnd = scratch.mapEnd[std::size_t(e - 1)];
            for (qsizetype k = b; k < e; ++k) {
                srcBegin = std::min(srcBegin, scratch.mapBegin[std::size_t(k)]);
                srcEnd = std::max(srcEnd, scratch.mapEnd[std::size_t(k)]);
            }
        }
        if (fast && b == start && e == i) {
            addLoweredWordToken(scratch, b, e, srcBegin, srcEnd, hash | 1u, seen);
            lowerTail += e - b;
        } else {
            // The slow path may grow (and move) the buffer.
            addWordToken(scratch, work, b, e, srcBegin, srcEnd);
            lowerTail = scratch.lower.tail(end - i);
        }
    }
    scratch.exclamations += exclamations;
    scratch.questions += questions;
}

} // namespace reelpulse::sentiment
