#include "sentiment/VaderEngine.h"

#include "sentiment/SentimentLexicon.h"
#include "sentiment/TokenBuffer.h"

#include <cmath>
#include <vector>

namespace reelpulse::sentiment {

namespace {

// vaderSentiment 3.3.x constants.
constexpr double kCapsIncrement = 0.733;
constexpr double kNegationScalar = -0.74;
constexpr double kExclamationWeight = 0.292;
constexpr int kMaxExclamations = 4;
constexpr double kQuestionWeight = 0.18;
constexpr double kMaxQuestionEmphasis = 0.96;
constexpr double kNormalisationAlpha = 15.0;

struct Phrase
{
    QStringView words[3];
    int count;
    double value;
};

// SPECIAL_CASES ("badass" is a single word and never matches a joined n-gram, as in the reference).
constexpr Phrase kSpecialCases[] = {
    {{u"the", u"shit", {}}, 2, 3.0},   {{u"the", u"bomb", {}}, 2, 3.0},      {{u"bad", u"ass", {}}, 2, 1.5},
    {{u"bus", u"stop", {}}, 2, 0.0},   {{u"yeah", u"right", {}}, 2, -2.0},   {{u"kiss", u"of", u"death"}, 3, -1.5},
    {{u"to", u"die", u"for"}, 3, 3.0}, {{u"beating", u"heart", {}}, 2, 3.1}, {{u"broken", u"heart", {}}, 2, -2.9},
};
// The multi-word BOOSTER_DICT keys.
constexpr Phrase kBoosterPhrases[] = {
    {{u"just", u"enough", {}}, 2, -0.293},
    {{u"kind", u"of", {}}, 2, -0.293},
    {{u"sort", u"of", {}}, 2, -0.293},
};

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
} // namespace

VaderEngine::VaderEngine(const SentimentLexicon &lexicon, Mode mode)
    : m_tokenizer(lexicon, mode)
    , m_socialTokenizer(lexicon, Mode::Social)
    , m_detector(lexicon)
    , m_mode(mode)
{
}

SentimentScore VaderEngine::score(QStringView text, const LanguageOptions &options, DetectedLanguage *language) const
{
    return run(text, true, options, language, nullptr);
}

SentimentScore VaderEngine::scoreUnrounded(QStringView text, const LanguageOptions &options) const
{
    return run(text, false, options, nullptr, nullptr);
}

SentimentExplanation VaderEngine::explain(QStringView text, const LanguageOptions &options) const
{
    SentimentExplanation explanation;
    explanation.score = run(text, true, options, &explanation.language, &explanation);
    return explanation;
}

DetectedLanguage VaderEngine::detectLanguage(QStringView text, Language hint) const
{
    thread_local TokenBuffer detection;
    detection.lower.clear();
    detection.tokens.clear();
    detection.exclamations = 0;
    detection.questions = 0;
    m_socialTokenizer.tokenize(text, detection, false, Language::English);
    return m_detector.detect(text, detection, hint);
}

double VaderEngine::postNegationCheck(const TokenBuffer &s, double valence, std::size_t i) const
{
    // "Das gefällt mir nicht", "j'aime pas", "gostei não": a negation after a positive word, in the same clause,
    // with no other sentiment word between, when none before it already turned the word around. Not after a
    // negative one: "leider nicht" is still unfortunate.
    if (valence <= 0)
        return valence;
    const std::size_t n = s.tokens.size();
    for (std::size_t k = i + 1; k < n && k <= i + 3; ++k) {
        if (clauseEndsAfter(s, k - 1) || s.tokens[k].emoji)
            break;
        if (s.has(k, MarkPostNegation))
            return valence * kNegationScalar;
        if (s.tokens[k].inLexicon || s.has(k, MarkBut))
            break;
    }
    return valence;
}

double VaderEngine::negationCheck(const TokenBuffer &s, double valence, int startI, std::size_t i) const
{
    const auto soOrThis = [&s](std::size_t k) {
        return s.has(k, MarkSoThis);
    };
    if (startI == 0) {
        if (s.tokens[i - 1].negation)
            valence *= kNegationScalar;
    } else if (startI == 1) {
        if (s.has(i - 2, MarkNever) && soOrThis(i - 1))
            valence *= 1.25;
        else if (s.has(i - 2, MarkWithout) && s.has(i - 1, MarkDoubt))
            ;
        else if (s.tokens[i - 2].negation)
            valence *= kNegationScalar;
    } else {
        // Operator precedence in the reference makes "so"/"this" right before the word boost it (x1.25) even
        // without "never" three words back. Both modes keep it: human ratings agree with it (docs/sentiment.md).
        if ((s.has(i - 3, MarkNever) && soOrThis(i - 2)) || soOrThis(i - 1))
            valence *= 1.25;
        else if (s.has(i - 3, MarkWithout) && (s.has(i - 2, MarkDoubt) || s.has(i - 1, MarkDoubt)))
            ;
        else if (s.tokens[i - 3].negation)
            valence *= kNegationScalar;
    }
    return valence;
}

double VaderEngine::specialIdiomsCheck(const TokenBuffer &s, double valence, std::size_t i) const
{
    const std::size_t n = s.tokens.size();
    // No phrase can match unless a word of one is in the text, and in the window i-3 .. i+2.
    if (!(s.lineMarks & MarkIdiomWord))
        return valence;
    bool candidate = false;
    for (std::size_t k = i - 3; k < n && k <= i + 2 && !candidate; ++k)
        candidate = s.has(k, MarkIdiomWord);
    if (!candidate)
        return valence;
    // Every word of every phrase is marked: a run with an unmarked word needs no string compares.
    const auto allMarked = [&s, n](std::size_t first, int count) {
        if (first + std::size_t(count) > n)
            return false;
        for (int k = 0; k < count; ++k) {
            if (!s.has(first + std::size_t(k), MarkIdiomWord))
                return false;
        }
        return true;
    };
    const auto matches = [&s, n](const Phrase &phrase, std::size_t first, int count) {
        if (phrase.count != count || first + std::size_t(count) > n)
            return false;
        for (int k = 0; k < count; ++k) {
            if (!s.lowerIs(first + std::size_t(k), phrase.words[k]))
                return false;
        }
        return true;
    };
    const auto special = [&](std::size_t first, int count, double *value) {
        if (!allMarked(first, count))
            return false;
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
        if (!allMarked(first, count))
            continue;
        for (const Phrase &phrase : kBoosterPhrases) {
            if (matches(phrase, first, count))
                valence += phrase.value;
        }
    }
    return valence;
}

double VaderEngine::leastCheck(const TokenBuffer &s, double valence, std::size_t i) const
{
    if (i > 1 && !s.tokens[i - 1].inLexicon && s.has(i - 1, MarkLeast)) {
        if (!s.has(i - 2, MarkAt) && !s.has(i - 2, MarkVery))
            valence *= kNegationScalar;
    } else if (i > 0 && !s.tokens[i - 1].inLexicon && s.has(i - 1, MarkLeast)) {
        valence *= kNegationScalar;
    }
    return valence;
}

double VaderEngine::tokenValence(const TokenBuffer &s, std::size_t i, bool capDifferential) const
{
    const SentimentToken &item = s.tokens[i];
    const std::size_t n = s.tokens.size();
    if (!item.inLexicon)
        return 0.0;
    double valence = item.valence;
    if (s.has(i, MarkNo) && i != n - 1 && s.tokens[i + 1].inLexicon)
        valence = 0.0;
    // Social mode: a negation turns an emoji around only right before it ("not 😍"), not across a clause
    // ("never buying again 💔").
    const bool nearOnly = item.emoji;
    const bool farNo = (i > 1 && s.has(i - 2, MarkNo)) || (i > 2 && s.has(i - 3, MarkNo) && s.has(i - 1, MarkOrNor));
    if ((i > 0 && s.has(i - 1, MarkNo)) || (!nearOnly && farNo))
        valence = item.valence * kNegationScalar;
    if (item.upper && capDifferential)
        valence += valence > 0 ? kCapsIncrement : -kCapsIncrement;

    for (int startI = 0; startI < 3; ++startI) {
        const std::size_t offset = std::size_t(startI) + 1;
        if (i <= std::size_t(startI) || s.tokens[i - offset].inLexicon)
            continue;
        // scalar_inc_dec
        const SentimentToken &modifier = s.tokens[i - offset];
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
        if (!nearOnly || startI == 0)
            valence = negationCheck(s, valence, startI, i);
        if (startI == 2)
            valence = specialIdiomsCheck(s, valence, i);
    }
    return leastCheck(s, valence, i);
}

double VaderEngine::foreignTokenValence(const TokenBuffer &s, std::size_t i, bool capDifferential) const
{
    // The VADER rules with a language's own words: ALL CAPS, intensifiers and dampeners up to three words before
    // (scaled by distance), and a negation up to three words before turns the word around, once (French "ne ...
    // pas" is one negation). English's named idioms ("kind of", "least", "never so") have no counterpart. Two
    // additions: an intensifier right after the word ("me gusta mucho", "j'aime trop") and a negation after it
    // ("gefällt mir nicht"). Emoji are never turned around: these languages' negations often close a clause
    // before one ("no me gusta nada 😡").
    const SentimentToken &item = s.tokens[i];
    double valence = item.valence;
    if (item.upper && capDifferential)
        valence += valence > 0 ? kCapsIncrement : -kCapsIncrement;
    bool negated = false;
    for (std::size_t offset = 1; offset <= 3 && offset <= i; ++offset) {
        const SentimentToken &modifier = s.tokens[i - offset];
        if (modifier.inLexicon)
            continue;
        if (modifier.isBooster) {
            double scalar = valence < 0 ? -modifier.booster : modifier.booster;
            if (modifier.upper && capDifferential)
                scalar += valence > 0 ? kCapsIncrement : -kCapsIncrement;
            valence += offset == 1 ? scalar : offset == 2 ? scalar * 0.95 : scalar * 0.9;
        }
        negated = negated || (modifier.negation && !item.emoji);
    }
    // An intensifier up to two words after the word ("me gusta mucho", "gefällt mir sehr"), in its clause, and
    // not before a sentiment word of its own.
    const std::size_t n = s.tokens.size();
    for (std::size_t k = i + 1; !item.emoji && k < n && k <= i + 2; ++k) {
        if (clauseEndsAfter(s, k - 1) || s.tokens[k].inLexicon || s.tokens[k].emoji)
            break;
        const SentimentToken &modifier = s.tokens[k];
        if (!modifier.isBooster)
            continue;
        if (k + 1 >= n || !s.tokens[k + 1].inLexicon || clauseEndsAfter(s, k)) {
            double scalar = valence < 0 ? -modifier.booster : modifier.booster;
            if (modifier.upper && capDifferential)
                scalar += valence > 0 ? kCapsIncrement : -kCapsIncrement;
            valence += k == i + 1 ? scalar : scalar * 0.95;
        }
        break;
    }
    if (negated)
        return valence * kNegationScalar;
    if ((s.lineMarks & MarkPostNegation) && !item.emoji)
        valence = postNegationCheck(s, valence, i);
    return valence;
}

bool VaderEngine::clauseEndsAfter(const TokenBuffer &s, std::size_t k)
{
    // Punctuation right after the word (",", ".", "!" ...) ends its clause.
    const qsizetype end = s.tokens[k].srcEnd;
    if (end >= s.workView.size())
        return false;
    const char16_t c = s.workView[end].unicode();
    return c == u',' || c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?';
}

void VaderEngine::butCheck(TokenBuffer &s) const
{
    if (!(s.lineMarks & MarkBut))
        return;
    std::size_t butIndex = s.tokens.size();
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
        if (s.has(k, MarkBut)) {
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

SentimentScore VaderEngine::run(QStringView text, bool round, const LanguageOptions &options,
                                DetectedLanguage *language, SentimentExplanation *explanation) const
{
    thread_local TokenBuffer scratch;
    const auto reset = [] {
        scratch.lower.clear();
        scratch.tokens.clear();
        scratch.sentiments.clear();
        scratch.exclamations = 0;
        scratch.questions = 0;
    };
    reset();

    scratch.language = Language::English;
    if (m_mode == Mode::Reference) {
        // The audit mode reads every text as English, exactly as vaderSentiment does; the language is only
        // detected for the record.
        if (language)
            *language = options.language ? DetectedLanguage::of(*options.language, LanguageBasis::Forced)
                                         : detectLanguage(text, options.hint);
        m_tokenizer.tokenize(text, scratch, explanation != nullptr);
    } else if (options.language) {
        if (language)
            *language = DetectedLanguage::of(*options.language, LanguageBasis::Forced);
        m_tokenizer.tokenize(text, scratch, false, *options.language);
        scratch.language = *options.language;
    } else {
        // Read as English first: the detector needs those tokens, and English texts (most) are then done.
        m_tokenizer.tokenize(text, scratch, false, Language::English);
        const DetectedLanguage detected = m_detector.detect(text, scratch, options.hint);
        if (language)
            *language = detected;
        if (detected.language != Language::English) {
            reset();
            m_tokenizer.tokenize(text, scratch, false, detected.language);
            scratch.language = detected.language;
        }
    }

    const std::size_t n = scratch.tokens.size();
    int upperCount = 0;
    quint16 lineMarks = 0;
    for (const SentimentToken &token : scratch.tokens) {
        upperCount += token.upper ? 1 : 0;
        lineMarks |= token.marks;
    }
    scratch.lineMarks = lineMarks;
    const int capDifferentialCount = int(n) - upperCount;
    const bool capDifferential = capDifferentialCount > 0 && capDifferentialCount < int(n);

    for (std::size_t i = 0; i < n; ++i) {
        if (scratch.tokens[i].isBooster || (i + 1 < n && scratch.has(i, MarkKind) && scratch.has(i + 1, MarkOf))) {
            scratch.sentiments.push_back(0.0);
            continue;
        }
        // Words outside the lexicon carry nothing (the first thing tokenValence checks).
        if (!scratch.tokens[i].inLexicon)
            scratch.sentiments.push_back(0.0);
        else if (scratch.language == Language::English)
            scratch.sentiments.push_back(tokenValence(scratch, i, capDifferential));
        else
            scratch.sentiments.push_back(foreignTokenValence(scratch, i, capDifferential));
    }
    butCheck(scratch);

    SentimentScore result;
    double sum = 0.0;
    double punctuation = 0.0;
    if (!scratch.sentiments.empty()) {
        // One pass, each sum still left to right as in the reference.
        double posSum = 0.0;
        double negSum = 0.0;
        int neuCount = 0;
        for (const double sentiment : scratch.sentiments) {
            sum += sentiment;
            if (sentiment > 0)
                posSum += sentiment + 1;
            if (sentiment < 0)
                negSum += sentiment - 1;
            if (sentiment == 0)
                ++neuCount;
        }
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
            const SentimentToken &token = scratch.tokens[i];
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
