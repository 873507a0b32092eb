#include "sentiment/VaderEngine.h"

#include "sentiment/EmojiScanner.h"
#include "sentiment/PythonText.h"
#include "sentiment/SentimentLexicon.h"

#include <cmath>
#include <vector>

namespace reelpulse::sentiment {

namespace {

// vaderSentiment 3.3.x constants.
constexpr double kBoosterIncrement = 0.293;
constexpr double kCapsIncrement = 0.733;
constexpr double kNegationScalar = -0.74;
constexpr double kExclamationWeight = 0.292;
constexpr int kMaxExclamations = 4;
constexpr double kQuestionWeight = 0.18;
constexpr double kMaxQuestionEmphasis = 0.96;
constexpr double kNormalisationAlpha = 15.0;
// Social mode: at most this many extra repetitions of the same emoji add emphasis.
constexpr int kMaxEmojiRepeatBoost = 3;

struct Phrase
{
    const char16_t *words[3];
    int count;
    double value;
};

// SPECIAL_CASES ("badass" is a single word and never matches a joined n-gram, as in the reference).
constexpr Phrase kSpecialCases[] = {
    {{u"the", u"shit", nullptr}, 2, 3.0},      {{u"the", u"bomb", nullptr}, 2, 3.0},
    {{u"bad", u"ass", nullptr}, 2, 1.5},       {{u"bus", u"stop", nullptr}, 2, 0.0},
    {{u"yeah", u"right", nullptr}, 2, -2.0},   {{u"kiss", u"of", u"death"}, 3, -1.5},
    {{u"to", u"die", u"for"}, 3, 3.0},         {{u"beating", u"heart", nullptr}, 2, 3.1},
    {{u"broken", u"heart", nullptr}, 2, -2.9},
};
// The multi-word BOOSTER_DICT keys.
constexpr Phrase kBoosterPhrases[] = {
    {{u"just", u"enough", nullptr}, 2, -0.293},
    {{u"kind", u"of", nullptr}, 2, -0.293},
    {{u"sort", u"of", nullptr}, 2, -0.293},
};

bool isUrl(QStringView chunk)
{
    return chunk.startsWith(u"http://", Qt::CaseInsensitive) || chunk.startsWith(u"https://", Qt::CaseInsensitive) ||
           chunk.startsWith(u"www.", Qt::CaseInsensitive);
}

double normalize(double score)
{
    const double normalised = score / std::sqrt(score * score + kNormalisationAlpha);
    if (normalised < -1.0)
        return -1.0;
    if (normalised > 1.0)
        return 1.0;
    return normalised;
}

// Collapses runs of 3+ identical letters to `keep` letters ("loooove" -> "loove" / "love").
bool collapseElongation(QStringView word, int keep, QString &out)
{
    out.clear();
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

struct VaderEngine::Token
{
    qsizetype begin = 0; // in the working text
    qsizetype end = 0;
    qsizetype lowerBegin = 0; // in Scratch::lower
    qsizetype lowerLength = 0;
    qsizetype srcBegin = 0; // in the caller's text
    qsizetype srcEnd = 0;
    double valence = 0.0; // lexicon (or emoji) valence
    double booster = 0.0;
    bool inLexicon = false;
    bool upper = false;
    bool negation = false;
    bool isBooster = false;
    bool emoji = false;
    int repeat = 1;
};

struct VaderEngine::Scratch
{
    QString work;
    QString lower;
    QString key;
    QString variant;
    std::vector<Token> tokens;
    std::vector<double> sentiments;
    std::vector<qsizetype> mapBegin; // per unit of `work`: source span (reference mode, emoji replaced)
    std::vector<qsizetype> mapEnd;
    QStringView workView;
    qsizetype textBegin = 0;
    qsizetype textEnd = 0;
    int exclamations = 0;
    int questions = 0;

    QStringView lowerAt(std::size_t i) const
    {
        const Token &t = tokens[i];
        return QStringView(lower).sliced(t.lowerBegin, t.lowerLength);
    }
    bool lowerIs(std::size_t i, QStringView word) const { return lowerAt(i) == word; }
    void countPunctuation(QStringView text)
    {
        for (const QChar ch : text) {
            if (ch.unicode() == u'!')
                ++exclamations;
            else if (ch.unicode() == u'?')
                ++questions;
        }
    }
};

VaderEngine::VaderEngine(const SentimentLexicon &lexicon, Mode mode)
    : m_lexicon(lexicon)
    , m_mode(mode)
{
}

SentimentScore VaderEngine::score(QStringView text) const
{
    return run(text, true, nullptr);
}

SentimentScore VaderEngine::scoreUnrounded(QStringView text) const
{
    return run(text, false, nullptr);
}

SentimentExplanation VaderEngine::explain(QStringView text) const
{
    SentimentExplanation explanation;
    explanation.score = run(text, true, &explanation);
    return explanation;
}

void VaderEngine::addWordToken(Scratch &scratch, QStringView work, qsizetype begin, qsizetype end, qsizetype srcBegin,
                               qsizetype srcEnd) const
{
    Token token;
    token.begin = begin;
    token.end = end;
    token.srcBegin = srcBegin;
    token.srcEnd = srcEnd;
    const QStringView word = work.sliced(begin, end - begin);
    token.lowerBegin = scratch.lower.size();
    PythonText::appendLower(word, scratch.lower);
    token.lowerLength = scratch.lower.size() - token.lowerBegin;
    QStringView lower = QStringView(scratch.lower).sliced(token.lowerBegin, token.lowerLength);
    int index = m_lexicon.wordIndex(lower);
    token.isBooster = m_lexicon.isBooster(lower);
    token.negation = m_lexicon.isNegation(lower);

    if (m_mode == Mode::Social && index < 0 && !token.isBooster && !token.negation) {
        // Elongated words ("soooo goooood", "loooove"): try the word with its long letter runs shortened.
        for (const int keep : {2, 1}) {
            if (!collapseElongation(lower, keep, scratch.variant))
                break;
            const int variantIndex = m_lexicon.wordIndex(scratch.variant);
            const bool variantBooster = m_lexicon.isBooster(scratch.variant);
            const bool variantNegation = m_lexicon.isNegation(scratch.variant);
            if (variantIndex >= 0 || variantBooster || variantNegation) {
                scratch.lower.truncate(token.lowerBegin);
                scratch.lower.append(scratch.variant);
                token.lowerLength = scratch.variant.size();
                lower = QStringView(scratch.lower).sliced(token.lowerBegin, token.lowerLength);
                index = variantIndex;
                token.isBooster = variantBooster;
                token.negation = variantNegation;
                break;
            }
        }
    }

    token.inLexicon = index >= 0;
    token.valence = token.inLexicon ? m_lexicon.wordValence(index) : 0.0;
    token.booster = token.isBooster ? m_lexicon.boosterValue(lower) : 0.0;
    token.upper = PythonText::isUpper(word);
    scratch.tokens.push_back(token);
}

void VaderEngine::addEmojiToken(Scratch &scratch, QStringView work, qsizetype begin, qsizetype end) const
{
    Token token;
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
    bool known = m_lexicon.emojiValence(key, &valence);
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

void VaderEngine::collapseEmojiRuns(Scratch &scratch) const
{
    std::vector<Token> &tokens = scratch.tokens;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (kept > 0 && tokens[i].emoji && tokens[kept - 1].emoji) {
            Token &previous = tokens[kept - 1];
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
    for (Token &token : tokens) {
        if (token.emoji && token.repeat > 1 && token.valence != 0.0) {
            const double boost = kBoosterIncrement * std::min(token.repeat - 1, kMaxEmojiRepeatBoost);
            token.valence += token.valence > 0 ? boost : -boost;
        }
    }
}

void VaderEngine::tokenizeReference(QStringView text, Scratch &scratch, bool trackSource) const
{
    // polarity_scores: replace every code point found in the emoji lexicon by its description.
    qsizetype firstEmoji = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() < 0x80)
            continue;
        const int length = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
        if (m_lexicon.emojiDescription(text.sliced(i, length))) {
            firstEmoji = i;
            break;
        }
        i += length - 1;
    }

    QStringView work = text;
    const bool replaced = firstEmoji >= 0;
    if (replaced) {
        QString &out = scratch.work;
        out.clear();
        out.reserve(text.size() + 64);
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
            const QString *description = text[i].unicode() >= 0x80 ? m_lexicon.emojiDescription(character) : nullptr;
            const qsizetype before = out.size();
            if (description) {
                if (!previousSpace)
                    out.append(u' ');
                out.append(*description);
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

void VaderEngine::tokenizeSocial(QStringView text, Scratch &scratch) const
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
            scratch.variant.clear();
            PythonText::appendLower(text.sliced(pieceBegin, pieceEnd - pieceBegin), scratch.variant);
            if (m_lexicon.wordIndex(scratch.variant) < 0)
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
    collapseEmojiRuns(scratch);
}

double VaderEngine::negationCheck(const Scratch &s, double valence, int startI, std::size_t i) const
{
    const auto soOrThis = [&s](std::size_t k) {
        return s.lowerIs(k, u"so") || s.lowerIs(k, u"this");
    };
    if (startI == 0) {
        if (s.tokens[i - 1].negation)
            valence *= kNegationScalar;
    } else if (startI == 1) {
        if (s.lowerIs(i - 2, u"never") && soOrThis(i - 1))
            valence *= 1.25;
        else if (s.lowerIs(i - 2, u"without") && s.lowerIs(i - 1, u"doubt"))
            ;
        else if (s.tokens[i - 2].negation)
            valence *= kNegationScalar;
    } else {
        // The reference's operator precedence makes "so"/"this" right before the word boost it even without
        // "never" three words back; social mode applies the rule as documented ("never so/this ... good").
        const bool never =
            s.lowerIs(i - 3, u"never") && (soOrThis(i - 2) || (m_mode == Mode::Social && soOrThis(i - 1)));
        if (never || (m_mode == Mode::Reference && soOrThis(i - 1)))
            valence *= 1.25;
        else if (s.lowerIs(i - 3, u"without") && (s.lowerIs(i - 2, u"doubt") || s.lowerIs(i - 1, u"doubt")))
            ;
        else if (s.tokens[i - 3].negation)
            valence *= kNegationScalar;
    }
    return valence;
}

double VaderEngine::specialIdiomsCheck(const Scratch &s, double valence, std::size_t i) const
{
    const std::size_t n = s.tokens.size();
    const auto matches = [&s, n](const Phrase &phrase, std::size_t first, int count) {
        if (phrase.count != count || first + std::size_t(count) > n)
            return false;
        for (int k = 0; k < count; ++k) {
            if (!s.lowerIs(first + std::size_t(k), QStringView(phrase.words[k])))
                return false;
        }
        return true;
    };
    const auto special = [&](std::size_t first, int count, double *value) {
        for (const Phrase &phrase : kSpecialCases) {
            if (matches(phrase, first, count)) {
                *value = phrase.value;
                return true;
            }
        }
        return false;
    };
    // sequences = [onezero, twoonezero, twoone, threetwoone, threetwo]: the first match wins.
    const std::pair<std::size_t, int> sequences[] = {{i - 1, 2}, {i - 2, 3}, {i - 2, 2}, {i - 3, 3}, {i - 3, 2}};
    for (const auto &[first, count] : sequences) {
        if (special(first, count, &valence))
            break;
    }
    if (n - 1 > i)
        special(i, 2, &valence);
    if (n - 1 > i + 1)
        special(i, 3, &valence);
    // Booster n-grams among [threetwoone, threetwo, twoone].
    const std::pair<std::size_t, int> nGrams[] = {{i - 3, 3}, {i - 3, 2}, {i - 2, 2}};
    for (const auto &[first, count] : nGrams) {
        for (const Phrase &phrase : kBoosterPhrases) {
            if (matches(phrase, first, count))
                valence += phrase.value;
        }
    }
    return valence;
}

double VaderEngine::leastCheck(const Scratch &s, double valence, std::size_t i) const
{
    if (i > 1 && !s.tokens[i - 1].inLexicon && s.lowerIs(i - 1, u"least")) {
        if (!s.lowerIs(i - 2, u"at") && !s.lowerIs(i - 2, u"very"))
            valence *= kNegationScalar;
    } else if (i > 0 && !s.tokens[i - 1].inLexicon && s.lowerIs(i - 1, u"least")) {
        valence *= kNegationScalar;
    }
    return valence;
}

double VaderEngine::tokenValence(const Scratch &s, std::size_t i, bool capDifferential) const
{
    const Token &item = s.tokens[i];
    const std::size_t n = s.tokens.size();
    if (!item.inLexicon)
        return 0.0;
    double valence = item.valence;
    if (s.lowerIs(i, u"no") && i != n - 1 && s.tokens[i + 1].inLexicon)
        valence = 0.0;
    if ((i > 0 && s.lowerIs(i - 1, u"no")) || (i > 1 && s.lowerIs(i - 2, u"no")) ||
        (i > 2 && s.lowerIs(i - 3, u"no") && (s.lowerIs(i - 1, u"or") || s.lowerIs(i - 1, u"nor"))))
        valence = item.valence * kNegationScalar;
    if (item.upper && capDifferential)
        valence += valence > 0 ? kCapsIncrement : -kCapsIncrement;

    for (int startI = 0; startI < 3; ++startI) {
        const std::size_t offset = std::size_t(startI) + 1;
        if (i <= std::size_t(startI) || s.tokens[i - offset].inLexicon)
            continue;
        // scalar_inc_dec
        const Token &modifier = s.tokens[i - offset];
        double scalar = 0.0;
        if (modifier.isBooster) {
            scalar = modifier.booster;
            if (valence < 0)
                scalar *= -1;
            if (modifier.upper && capDifferential)
                scalar += valence > 0 ? kCapsIncrement : -kCapsIncrement;
        }
        if (startI == 1 && scalar != 0)
            scalar *= 0.95;
        if (startI == 2 && scalar != 0)
            scalar *= 0.9;
        valence += scalar;
        valence = negationCheck(s, valence, startI, i);
        if (startI == 2)
            valence = specialIdiomsCheck(s, valence, i);
    }
    return leastCheck(s, valence, i);
}

void VaderEngine::butCheck(Scratch &s) const
{
    std::size_t butIndex = s.tokens.size();
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
        if (s.lowerIs(k, u"but")) {
            butIndex = k;
            break;
        }
    }
    if (butIndex == s.tokens.size())
        return;
    std::vector<double> &sentiments = s.sentiments;
    if (m_mode == Mode::Social) {
        for (std::size_t k = 0; k < sentiments.size(); ++k) {
            if (k < butIndex)
                sentiments[k] *= 0.5;
            else if (k > butIndex)
                sentiments[k] *= 1.5;
        }
        return;
    }
    // The reference finds each value with list.index(), i.e. the first equal value, and rescales that one.
    for (std::size_t k = 0; k < sentiments.size(); ++k) {
        const double sentiment = sentiments[k];
        std::size_t si = 0;
        while (sentiments[si] != sentiment)
            ++si;
        if (si < butIndex)
            sentiments[si] = sentiment * 0.5;
        else if (si > butIndex)
            sentiments[si] = sentiment * 1.5;
    }
}

SentimentScore VaderEngine::run(QStringView text, bool round, SentimentExplanation *explanation) const
{
    thread_local Scratch scratch;
    scratch.lower.clear();
    scratch.tokens.clear();
    scratch.sentiments.clear();
    scratch.exclamations = 0;
    scratch.questions = 0;

    if (m_mode == Mode::Reference)
        tokenizeReference(text, scratch, explanation != nullptr);
    else
        tokenizeSocial(text, scratch);

    const std::size_t n = scratch.tokens.size();
    int upperCount = 0;
    for (const Token &token : scratch.tokens)
        upperCount += token.upper ? 1 : 0;
    const int capDifferentialCount = int(n) - upperCount;
    const bool capDifferential = capDifferentialCount > 0 && capDifferentialCount < int(n);

    for (std::size_t i = 0; i < n; ++i) {
        if (scratch.tokens[i].isBooster ||
            (i + 1 < n && scratch.lowerIs(i, u"kind") && scratch.lowerIs(i + 1, u"of"))) {
            scratch.sentiments.push_back(0.0);
            continue;
        }
        scratch.sentiments.push_back(tokenValence(scratch, i, capDifferential));
    }
    butCheck(scratch);

    SentimentScore result;
    double sum = 0.0;
    double punctuation = 0.0;
    if (!scratch.sentiments.empty()) {
        for (const double sentiment : scratch.sentiments)
            sum += sentiment;
        const double exclamation = std::min(scratch.exclamations, kMaxExclamations) * kExclamationWeight;
        double question = 0.0;
        if (scratch.questions > 1)
            question = scratch.questions <= 3 ? scratch.questions * kQuestionWeight : kMaxQuestionEmphasis;
        punctuation = exclamation + question;
        if (sum > 0)
            sum += punctuation;
        else if (sum < 0)
            sum -= punctuation;
        result.compound = normalize(sum);

        double posSum = 0.0;
        double negSum = 0.0;
        int neuCount = 0;
        for (const double sentiment : scratch.sentiments) {
            if (sentiment > 0)
                posSum += sentiment + 1;
            if (sentiment < 0)
                negSum += sentiment - 1;
            if (sentiment == 0)
                ++neuCount;
        }
        if (posSum > std::fabs(negSum))
            posSum += punctuation;
        else if (posSum < std::fabs(negSum))
            negSum -= punctuation;
        const double total = posSum + std::fabs(negSum) + neuCount;
        result.pos = std::fabs(posSum / total);
        result.neg = std::fabs(negSum / total);
        result.neu = std::fabs(neuCount / total);
    }
    const double roundedCompound = roundLikePython(result.compound, 4);
    result.label = labelForCompound(roundedCompound);
    if (round) {
        result.neg = roundLikePython(result.neg, 3);
        result.neu = roundLikePython(result.neu, 3);
        result.pos = roundLikePython(result.pos, 3);
        result.compound = roundedCompound;
    }

    if (explanation) {
        explanation->punctuationEmphasis = scratch.sentiments.empty() || sum == 0 ? 0.0 : punctuation;
        explanation->valenceSum = sum;
        explanation->tokenCount = int(n);
        const QStringView work = scratch.workView;
        for (std::size_t i = 0; i < n; ++i) {
            const double weight = scratch.sentiments[i];
            if (weight == 0.0)
                continue;
            const Token &token = scratch.tokens[i];
            if (!explanation->contributions.isEmpty()) {
                SentimentContribution &last = explanation->contributions.last();
                if (last.position == token.srcBegin && last.length == token.srcEnd - token.srcBegin) {
                    // Several description words of one emoji (reference mode): one contribution.
                    last.weight += weight;
                    last.term += u' ' + scratch.lowerAt(i).toString();
                    continue;
                }
            }
            SentimentContribution contribution;
            contribution.position = token.srcBegin;
            contribution.length = token.srcEnd - token.srcBegin;
            contribution.text = text.sliced(token.srcBegin, token.srcEnd - token.srcBegin).toString();
            contribution.term = scratch.lowerAt(i).toString();
            contribution.weight = weight;
            contribution.emoji =
                token.emoji ||
                (work.data() != text.data() && contribution.text != work.sliced(token.begin, token.end - token.begin));
            contribution.repeat = token.repeat;
            explanation->contributions.append(contribution);
        }
    }
    return result;
}

} // namespace reelpulse::sentiment
