// Social mode's part of the tokenizer: emoji tokens and their runs, @mentions, hashtags (their words and tag
// blocks) and multi-word phrases. Reference mode never comes here.
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

// Social mode: at most this many extra repetitions of the same emoji add emphasis.
constexpr int kMaxEmojiRepeatBoost = 3;
// Social mode: this many hashtags in a row (separators such as "." or "•" between them allowed) are a tag list for
// search, not something the text says; they count for nothing unless the text is nothing but hashtags.
constexpr int kHashtagBlockMin = 3;

bool isUrl(QStringView chunk)
{
    return chunk.startsWith(u"http://", Qt::CaseInsensitive) || chunk.startsWith(u"https://", Qt::CaseInsensitive) ||
           chunk.startsWith(u"www.", Qt::CaseInsensitive);
}

// Social mode: the end of an @mention's user name starting at text[pos] ('@'), or pos if none starts there. User
// names are letters, digits, '_' and '.' (Instagram, TikTok); a trailing '.' ends the sentence, not the name.
qsizetype mentionEnd(QStringView text, qsizetype pos)
{
    if (pos >= text.size() || text[pos] != u'@')
        return pos;
    qsizetype end = pos + 1;
    while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == u'_' || text[end] == u'.'))
        ++end;
    while (end > pos + 1 && text[end - 1] == u'.')
        --end;
    return end > pos + 1 ? end : pos;
}

// Social mode: the words of a hashtag written in camel case or with underscores ("SunsetLover", "good_vibes",
// "GOPTaxScam", "FightFor15"): calls f(begin, end) for each part of word [begin, end) of text. A part starts at an
// upper-case letter after a lower-case one, at the last capital of a run of capitals followed by a lower-case letter,
// at a change between letters and digits, and after '_'. Returns the number of parts.
template <typename F> int forEachHashtagPart(QStringView text, qsizetype begin, qsizetype end, F &&f)
{
    int parts = 0;
    qsizetype start = begin;
    const auto close = [&](qsizetype stop) {
        if (stop > start) {
            f(start, stop);
            ++parts;
        }
    };
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text[i];
        if (c == u'_') {
            close(i);
            start = i + 1;
            continue;
        }
        if (i == start)
            continue;
        const QChar previous = text[i - 1];
        const bool boundary = (c.isUpper() && previous.isLower()) ||
                              (c.isUpper() && previous.isUpper() && i + 1 < end && text[i + 1].isLower()) ||
                              (c.isDigit() != previous.isDigit() && (c.isLetter() || previous.isLetter()));
        if (boundary) {
            close(i);
            start = i;
        }
    }
    close(end);
    return parts;
}

} // namespace

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
    const QStringView key = scratch.lower.sliced(token.lowerBegin, token.lowerLength);

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
            const QStringView previousKey = scratch.lower.sliced(previous.lowerBegin, previous.lowerLength);
            const QStringView key = scratch.lower.sliced(tokens[i].lowerBegin, tokens[i].lowerLength);
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
            const double boost = BoosterIncrement * std::min(token.repeat - 1, kMaxEmojiRepeatBoost);
            token.valence += token.valence > 0 ? boost : -boost;
        }
    }
}

void SentimentTokenizer::tokenizeSocial(QStringView text, TokenBuffer &scratch, Language language) const
{
    const bool english = language == Language::English;
    const auto addWord = [&](qsizetype b, qsizetype e) {
        if (english)
            addWordToken(scratch, text, b, e, b, e);
        else
            addForeignWordToken(scratch, text, b, e, language);
    };
    scratch.workView = text;
    const QStringView stripped = PythonText::strip(text);
    scratch.textBegin = stripped.isEmpty() ? 0 : stripped.data() - text.data();
    scratch.textEnd = scratch.textBegin + stripped.size();

    int chunkIndex = 0;
    int hashtagChunks = 0;
    const auto flushPiece = [&](qsizetype pieceBegin, qsizetype pieceEnd, bool nextToEmoji) {
        if (pieceBegin >= pieceEnd)
            return;
        const std::size_t first = scratch.tokens.size();
        const auto markTokens = [&](bool hashtag) {
            for (std::size_t t = first; t < scratch.tokens.size(); ++t) {
                scratch.tokens[t].chunk = quint16(chunkIndex);
                scratch.tokens[t].hashtag = hashtag;
            }
        };
        qsizetype b = pieceBegin;
        qsizetype e = pieceEnd;
        while (b < e && PythonText::isAsciiPunctuation(text[b]))
            ++b;
        while (e > b && PythonText::isAsciiPunctuation(text[e - 1]))
            --e;
        if (b == e && nextToEmoji) {
            // Punctuation glued to an emoji ("😍!!!") is not a word, unless it is an emoticon like ":)".
            scratch.variant.clear();
            PythonText::appendLower(text.sliced(pieceBegin, pieceEnd - pieceBegin), scratch.variant);
            if (!m_lexicon.inLexicon(scratch.variant.view()))
                return;
        }
        if ((b != pieceBegin || e != pieceEnd) && e - b <= 4 &&
            PythonText::codePointCount(text.sliced(b, e - b)) <= 2) {
            b = pieceBegin;
            e = pieceEnd;
        }
        const bool hashtag = text[pieceBegin] == u'#' && b > pieceBegin;
        hashtagChunks += hashtag ? 1 : 0;
        const std::size_t before = scratch.tokens.size();
        addWord(b, e);
        const SentimentToken &added = scratch.tokens.back();
        if (hashtag && scratch.tokens.size() == before + 1 && !added.inLexicon && !added.isBooster && !added.negation &&
            forEachHashtagPart(text, b, e, [](qsizetype, qsizetype) {}) > 1) {
            // A hashtag that is not a word as a whole is read as the words it is written with ("#SunsetLover").
            scratch.lower.truncate(added.lowerBegin);
            scratch.tokens.pop_back();
            forEachHashtagPart(text, b, e,
                               [&](qsizetype partBegin, qsizetype partEnd) { addWord(partBegin, partEnd); });
        }
        markTokens(hashtag);
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
        // An @mention names an account: its user name is not a word ("@hater", "@happy_days").
        const qsizetype start = mentionEnd(text.first(i), chunkBegin);
        qsizetype pieceBegin = start;
        bool afterEmoji = false;
        for (qsizetype pos = start; pos < i;) {
            const qsizetype clusterEnd = EmojiScanner::clusterEnd(text.first(i), pos, m_lexicon);
            if (clusterEnd > pos) {
                flushPiece(pieceBegin, pos, true);
                addEmojiToken(scratch, text, pos, clusterEnd);
                scratch.tokens.back().chunk = quint16(chunkIndex);
                pos = clusterEnd;
                pieceBegin = pos;
                afterEmoji = true;
                continue;
            }
            pos += text[pos].isHighSurrogate() && pos + 1 < i && text[pos + 1].isLowSurrogate() ? 2 : 1;
        }
        flushPiece(pieceBegin, i, afterEmoji);
        ++chunkIndex;
    }
    if (hashtagChunks >= kHashtagBlockMin)
        dropHashtagBlocks(scratch);
    mergePhrases(scratch, language);
    collapseEmojiRuns(scratch);
}

void SentimentTokenizer::dropHashtagBlocks(TokenBuffer &scratch) const
{
    std::vector<SentimentToken> &tokens = scratch.tokens;
    // Separators: words without a letter or digit (".", "•", "-").
    for (SentimentToken &token : tokens) {
        const QStringView word = scratch.workView.sliced(token.begin, token.end - token.begin);
        token.separator =
            !token.emoji && std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
    }
    // A text that is nothing but hashtags (and separators) is read as its tags.
    if (std::all_of(tokens.begin(), tokens.end(), [](const SentimentToken &t) { return t.hashtag || t.separator; }))
        return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size();) {
        if (!tokens[i].hashtag) {
            tokens[kept++] = tokens[i++];
            continue;
        }
        // The run of hashtags starting here, separators between them allowed.
        std::size_t end = i;
        std::size_t lastHashtag = i;
        int chunks = 0;
        int lastChunk = -1; // no chunk yet
        for (; end < tokens.size() && (tokens[end].hashtag || tokens[end].separator); ++end) {
            if (tokens[end].hashtag) {
                lastHashtag = end;
                if (tokens[end].chunk != lastChunk) {
                    ++chunks;
                    lastChunk = tokens[end].chunk;
                }
            }
        }
        for (std::size_t k = i; k <= lastHashtag; ++k) {
            if (chunks < kHashtagBlockMin || !tokens[k].hashtag)
                tokens[kept++] = tokens[k];
        }
        i = lastHashtag + 1;
    }
    tokens.resize(kept);
}

void SentimentTokenizer::mergePhrases(TokenBuffer &scratch, Language language) const
{
    const tables::LanguageTables &table = m_lexicon.languageTables(language);
    std::vector<SentimentToken> &tokens = scratch.tokens;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].emoji || !scratch.has(i, MarkPhraseStart)) {
            tokens[kept++] = tokens[i];
            continue;
        }
        // The longest phrase starting here; of two equally long ones, the first. Other languages' phrases are
        // sorted: only those starting with this word are tried.
        std::uint32_t firstPhrase = 0;
        std::uint32_t endPhrase = table.phraseCount;
        if (language != Language::English) {
            scratch.variant.clear();
            scratch.variant.append(scratch.lowerAt(i));
            scratch.variant.append(u' ');
            const QStringView prefix = scratch.variant.view();
            const tables::PhraseEntry *begin = table.phrases;
            const tables::PhraseEntry *end = table.phrases + table.phraseCount;
            const tables::PhraseEntry *from =
                std::lower_bound(begin, end, prefix, [](const tables::PhraseEntry &phrase, QStringView key) {
                    return phrase.text() < key;
                });
            const tables::PhraseEntry *to = from;
            while (to != end && to->text().startsWith(prefix))
                ++to;
            firstPhrase = std::uint32_t(from - begin);
            endPhrase = std::uint32_t(to - begin);
        }
        const tables::PhraseEntry *match = nullptr;
        for (std::uint32_t p = firstPhrase; p < endPhrase; ++p) {
            const tables::PhraseEntry &phrase = table.phrases[p];
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
