#include "sentiment/SentimentTokenizer.h"

#include "sentiment/EmojiScanner.h"
#include "sentiment/PythonText.h"
#include "sentiment/SentimentLexicon.h"
#include "sentiment/TokenBuffer.h"

#include <algorithm>

namespace reelpulse::sentiment {

namespace {

constexpr double kBoosterIncrement = 0.293;
// Social mode: at most this many extra repetitions of the same emoji add emphasis.
constexpr int kMaxEmojiRepeatBoost = 3;

bool isUrl(QStringView chunk)
{
    return chunk.startsWith(u"http://", Qt::CaseInsensitive) || chunk.startsWith(u"https://", Qt::CaseInsensitive) ||
           chunk.startsWith(u"www.", Qt::CaseInsensitive);
}

bool collapseElongation(QStringView word, int keep, QString &out)
{
    out.resize(0);
    bool changed = false;
    for (qsizetype i = 0; i < word.size();) {
        qsizetype j = i + 1;
        while (j < word.size() && word[j] == word[i])
            ++j;
        const qsizetype run = j - i;
        if (run >= 3 && word[i].isLetter()) {
            out.append(QString(keep, word[i]));
            changed = true;
        } else {
            out.append(word.sliced(i, run));
        }
        i = j;
    }
    return changed;
}

} // namespace

SentimentTokenizer::SentimentTokenizer(const SentimentLexicon &lexicon, Mode mode)
    : m_lexicon(lexicon)
    , m_mode(mode)
{
}

void SentimentTokenizer::tokenize(QStringView text, TokenBuffer &scratch, bool trackSource) const
{
    if (m_mode == Mode::Reference)
        tokenizeReference(text, scratch, trackSource);
    else
        tokenizeSocial(text, scratch);
}

void SentimentTokenizer::addWordToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end,
                                      qsizetype srcBegin, qsizetype srcEnd) const
{
    SentimentToken token;
    token.begin = begin;
    token.end = end;
    token.srcBegin = srcBegin;
    token.srcEnd = srcEnd;
    const QStringView word = work.sliced(begin, end - begin);
    token.lowerBegin = scratch.lower.size();
    PythonText::appendLower(word, scratch.lower);
    token.lowerLength = scratch.lower.size() - token.lowerBegin;
    QStringView lower = QStringView(scratch.lower).sliced(token.lowerBegin, token.lowerLength);
    const SentimentLexicon::WordInfo *info = m_lexicon.wordInfo(lower);
    bool negation = (info && info->negation()) || PythonText::containsNt(lower);

    if (m_mode == Mode::Social && !negation && (!info || (!info->inLexicon() && !info->isBooster()))) {
        // Elongated words ("soooo goooood", "loooove"): try the word with its long letter runs shortened.
        for (const int keep : {2, 1}) {
            if (!collapseElongation(lower, keep, scratch.variant))
                break;
            const SentimentLexicon::WordInfo *variant = m_lexicon.wordInfo(scratch.variant);
            if (variant && (variant->inLexicon() || variant->isBooster() || variant->negation())) {
                scratch.lower.truncate(token.lowerBegin);
                scratch.lower.append(scratch.variant);
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
    }
    token.upper = PythonText::isUpper(word);
    scratch.tokens.push_back(token);
}

void SentimentTokenizer::addEmojiToken(TokenBuffer &scratch, QStringView work, qsizetype begin, qsizetype end) const
{
    SentimentToken token;
    token.begin = begin;
    token.end = end;
    token.srcBegin = begin;
    token.srcEnd = end;
    token.emoji = true;
    token.lowerBegin = scratch.lower.size();
    EmojiScanner::appendNormalisedKey(work.sliced(begin, end - begin), scratch.lower);
    token.lowerLength = scratch.lower.size() - token.lowerBegin;
    const QStringView key = QStringView(scratch.lower).sliced(token.lowerBegin, token.lowerLength);

    double valence = 0.0;
    // Flags and keycaps name places and numbers: neutral.
    const bool flag = key.size() > 1 && EmojiScanner::isRegionalIndicator(QChar::surrogateToUcs4(key[0], key[1]));
    bool known = flag || key.endsWith(QChar(0x20E3)) || m_lexicon.emojiValence(key, &valence);
    if (!known && key.contains(QChar(0x200D))) {
        // An unknown ZWJ sequence: the mean of its known, non-neutral parts ("❤️‍🔥" = red heart + fire).
        double sum = 0.0;
        int count = 0;
        EmojiScanner::forEachComponent(key, [&](QStringView component) {
            double part = 0.0;
            if (m_lexicon.emojiValence(component, &part) && part != 0.0) {
                sum += part;
                ++count;
            }
        });
        if (count > 0)
            valence = sum / count;
    }
    token.valence = valence;
    token.inLexicon = valence != 0.0;
    scratch.tokens.push_back(token);
}

void SentimentTokenizer::collapseEmojiRuns(TokenBuffer &scratch) const
{
    std::vector<SentimentToken> &tokens = scratch.tokens;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (kept > 0 && tokens[i].emoji && tokens[kept - 1].emoji) {
            SentimentToken &previous = tokens[kept - 1];
            const QStringView previousKey =
                QStringView(scratch.lower).sliced(previous.lowerBegin, previous.lowerLength);
            const QStringView key = QStringView(scratch.lower).sliced(tokens[i].lowerBegin, tokens[i].lowerLength);
            if (previousKey == key) {
                ++previous.repeat;
                previous.end = tokens[i].end;
                previous.srcEnd = tokens[i].srcEnd;
                continue;
            }
        }
        tokens[kept++] = tokens[i];
    }
    tokens.resize(kept);
    for (SentimentToken &token : tokens) {
        if (token.emoji && token.repeat > 1 && token.valence != 0.0) {
            const double boost = kBoosterIncrement * std::min(token.repeat - 1, kMaxEmojiRepeatBoost);
            token.valence += token.valence > 0 ? boost : -boost;
        }
    }
}

void SentimentTokenizer::tokenizeReference(QStringView text, TokenBuffer &scratch, bool trackSource) const
{
    // polarity_scores: replace every code point found in the emoji lexicon by its description.
    qsizetype firstEmoji = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() < 0x80)
            continue;
        const int length = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
        QStringView description;
        if (m_lexicon.emojiDescription(text.sliced(i, length), &description)) {
            firstEmoji = i;
            break;
        }
        i += length - 1;
    }

    QStringView work = text;
    const bool replaced = firstEmoji >= 0;
    if (replaced) {
        QString &out = scratch.work;
        out.resize(0);
        out.append(text.first(firstEmoji));
        if (trackSource) {
            scratch.mapBegin.clear();
            scratch.mapEnd.clear();
            for (qsizetype i = 0; i < firstEmoji; ++i) {
                scratch.mapBegin.push_back(i);
                scratch.mapEnd.push_back(i + 1);
            }
        }
        bool previousSpace = firstEmoji == 0 || text[firstEmoji - 1].unicode() == u' ';
        for (qsizetype i = firstEmoji; i < text.size();) {
            const int length = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
            const QStringView character = text.sliced(i, length);
            QStringView description;
            const bool isEmoji = text[i].unicode() >= 0x80 && m_lexicon.emojiDescription(character, &description);
            const qsizetype before = out.size();
            if (isEmoji) {
                if (!previousSpace)
                    out.append(u' ');
                out.append(description);
                previousSpace = false;
            } else {
                out.append(character);
                previousSpace = text[i].unicode() == u' ';
            }
            if (trackSource) {
                for (qsizetype k = before; k < out.size(); ++k) {
                    scratch.mapBegin.push_back(i);
                    scratch.mapEnd.push_back(i + length);
                }
            }
            i += length;
        }
        work = QStringView(scratch.work);
    }
    scratch.workView = work;

    const QStringView stripped = PythonText::strip(work);
    scratch.textBegin = stripped.isEmpty() ? 0 : stripped.data() - work.data();
    scratch.textEnd = scratch.textBegin + stripped.size();
    scratch.countPunctuation(stripped);

    // SentiText._words_and_emoticons: str.split(), then strip string.punctuation unless <= 2 code points remain.
    qsizetype i = scratch.textBegin;
    const qsizetype end = scratch.textEnd;
    while (i < end) {
        while (i < end && PythonText::isSpace(work[i]))
            ++i;
        if (i >= end)
            break;
        const qsizetype start = i;
        while (i < end && !PythonText::isSpace(work[i]))
            ++i;
        qsizetype b = start;
        qsizetype e = i;
        while (b < e && PythonText::isAsciiPunctuation(work[b]))
            ++b;
        while (e > b && PythonText::isAsciiPunctuation(work[e - 1]))
            --e;
        if (PythonText::codePointCount(work.sliced(b, e - b)) <= 2) {
            b = start;
            e = i;
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
        addWordToken(scratch, work, b, e, srcBegin, srcEnd);
    }
}

void SentimentTokenizer::tokenizeSocial(QStringView text, TokenBuffer &scratch) const
{
    scratch.workView = text;
    const QStringView stripped = PythonText::strip(text);
    scratch.textBegin = stripped.isEmpty() ? 0 : stripped.data() - text.data();
    scratch.textEnd = scratch.textBegin + stripped.size();

    const auto flushPiece = [&](qsizetype pieceBegin, qsizetype pieceEnd, bool nextToEmoji) {
        if (pieceBegin >= pieceEnd)
            return;
        qsizetype b = pieceBegin;
        qsizetype e = pieceEnd;
        while (b < e && PythonText::isAsciiPunctuation(text[b]))
            ++b;
        while (e > b && PythonText::isAsciiPunctuation(text[e - 1]))
            --e;
        if (b == e && nextToEmoji) {
            // Punctuation glued to an emoji ("😍!!!") is not a word, unless it is an emoticon like ":)".
            scratch.variant.resize(0);
            PythonText::appendLower(text.sliced(pieceBegin, pieceEnd - pieceBegin), scratch.variant);
            if (!m_lexicon.inLexicon(scratch.variant))
                return;
        }
        if (PythonText::codePointCount(text.sliced(b, e - b)) <= 2) {
            b = pieceBegin;
            e = pieceEnd;
        }
        addWordToken(scratch, text, b, e, b, e);
    };

    qsizetype i = scratch.textBegin;
    const qsizetype end = scratch.textEnd;
    while (i < end) {
        while (i < end && PythonText::isSpace(text[i]))
            ++i;
        if (i >= end)
            break;
        const qsizetype chunkBegin = i;
        while (i < end && !PythonText::isSpace(text[i]))
            ++i;
        const QStringView chunk = text.sliced(chunkBegin, i - chunkBegin);
        if (isUrl(chunk))
            continue; // a link is neither words nor emphasis
        scratch.countPunctuation(chunk);
        qsizetype pieceBegin = chunkBegin;
        bool afterEmoji = false;
        for (qsizetype pos = chunkBegin; pos < i;) {
            const qsizetype clusterEnd = EmojiScanner::clusterEnd(text.first(i), pos, m_lexicon);
            if (clusterEnd > pos) {
                flushPiece(pieceBegin, pos, true);
                addEmojiToken(scratch, text, pos, clusterEnd);
                pos = clusterEnd;
                pieceBegin = pos;
                afterEmoji = true;
                continue;
            }
            pos += text[pos].isHighSurrogate() && pos + 1 < i && text[pos + 1].isLowSurrogate() ? 2 : 1;
        }
        flushPiece(pieceBegin, i, afterEmoji);
    }
    mergePhrases(scratch);
    collapseEmojiRuns(scratch);
}

void SentimentTokenizer::mergePhrases(TokenBuffer &scratch) const
{
    std::vector<SentimentToken> &tokens = scratch.tokens;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].emoji || !scratch.has(i, MarkPhraseStart)) {
            tokens[kept++] = tokens[i];
            continue;
        }
        // The longest phrase starting here; of two equally long ones, the first.
        const tables::PhraseEntry *match = nullptr;
        for (int p = 0; p < m_lexicon.phraseCount(); ++p) {
            const tables::PhraseEntry &phrase = m_lexicon.phrase(p);
            const std::size_t count = phrase.wordCount;
            if (i + count > tokens.size() || (match && count <= match->wordCount))
                continue;
            bool same = true;
            qsizetype start = 0;
            const QStringView words = phrase.text();
            for (std::size_t k = 0; k < count && same; ++k) {
                qsizetype stop = words.indexOf(u' ', start);
                if (stop < 0)
                    stop = words.size();
                same = !tokens[i + k].emoji && scratch.lowerAt(i + k) == words.sliced(start, stop - start);
                start = stop + 1;
            }
            if (same)
                match = &phrase;
        }
        if (!match) {
            tokens[kept++] = tokens[i];
            continue;
        }
        SentimentToken merged = tokens[i];
        const std::size_t last = i + match->wordCount - 1;
        merged.end = tokens[last].end;
        merged.srcEnd = tokens[last].srcEnd;
        merged.lowerBegin = scratch.lower.size();
        scratch.lower.append(match->text());
        merged.lowerLength = scratch.lower.size() - merged.lowerBegin;
        merged.valence = match->valence;
        merged.inLexicon = true;
        merged.isBooster = false;
        merged.negation = false;
        merged.booster = 0.0;
        for (std::size_t k = i + 1; k <= last; ++k)
            merged.upper = merged.upper && tokens[k].upper;
        tokens[kept++] = merged;
        i = last;
    }
    tokens.resize(kept);
}

} // namespace reelpulse::sentiment
