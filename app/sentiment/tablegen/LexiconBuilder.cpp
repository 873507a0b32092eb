#include "sentiment/tablegen/LexiconBuilder.h"

#include "sentiment/EmojiScanner.h"
#include "sentiment/PythonText.h"
#include "sentiment/SentimentToken.h"

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

namespace {

// The Emoji Sentiment Ranking's score lies in [-1, 1]; VADER's valences in [-4, 4]. Social mode multiplies the score
// by this weight, chosen on the tuning part of tests/data/sentiment/instagram_labelled.tsv (docs/sentiment.md).
constexpr double kEmojiRankingScale = 2.5;
// An emoji of the ranking counts only if its score is neither weak (|score| < kEmojiMinScore) nor resting on too few
// occurrences: |score| must also reach kEmojiConfidenceZ standard errors (different from zero at the 5 % level), and
// an emoji seen fewer than 5 times counts for nothing.
constexpr int kEmojiRankingMinOccurrences = 5;
constexpr double kEmojiConfidenceZ = 1.96;
constexpr double kEmojiMinScore = 0.1;

// vaderSentiment 3.3.x BOOSTER_DICT (single-word entries; "just enough", "kind of", "sort of" are n-grams).
constexpr const char16_t *kBoostersUp[] = {
    u"absolutely",    u"amazingly",  u"awfully",   u"completely", u"considerable", u"considerably", u"decidedly",
    u"deeply",        u"effing",     u"enormous",  u"enormously", u"entirely",     u"especially",   u"exceptional",
    u"exceptionally", u"extreme",    u"extremely", u"fabulously", u"flipping",     u"flippin",      u"frackin",
    u"fracking",      u"fricking",   u"frickin",   u"frigging",   u"friggin",      u"fully",        u"fuckin",
    u"fucking",       u"fuggin",     u"fugging",   u"greatly",    u"hella",        u"highly",       u"hugely",
    u"incredible",    u"incredibly", u"intensely", u"major",      u"majorly",      u"more",         u"most",
    u"particularly",  u"purely",     u"quite",     u"really",     u"remarkably",   u"so",           u"substantially",
    u"thoroughly",    u"total",      u"totally",   u"tremendous", u"tremendously", u"uber",         u"unbelievably",
    u"unusually",     u"utter",      u"utterly",   u"very"};
constexpr const char16_t *kBoostersDown[] = {
    u"almost",   u"barely", u"hardly",   u"just enough", u"kind of",    u"kinda",        u"kindof", u"kind-of",
    u"less",     u"little", u"marginal", u"marginally",  u"occasional", u"occasionally", u"partly", u"scarce",
    u"scarcely", u"slight", u"slightly", u"somewhat",    u"sort of",    u"sorta",        u"sortof", u"sort-of"};
// vaderSentiment 3.3.x NEGATE.
constexpr const char16_t *kNegations[] = {
    u"aint",     u"arent",    u"cannot",    u"cant",    u"couldnt", u"darent",   u"didnt",   u"doesnt", u"ain't",
    u"aren't",   u"can't",    u"couldn't",  u"daren't", u"didn't",  u"doesn't",  u"dont",    u"hadnt",  u"hasnt",
    u"havent",   u"isnt",     u"mightnt",   u"mustnt",  u"neither", u"don't",    u"hadn't",  u"hasn't", u"haven't",
    u"isn't",    u"mightn't", u"mustn't",   u"neednt",  u"needn't", u"never",    u"none",    u"nope",   u"nor",
    u"not",      u"nothing",  u"nowhere",   u"oughtnt", u"shant",   u"shouldnt", u"uhuh",    u"wasnt",  u"werent",
    u"oughtn't", u"shan't",   u"shouldn't", u"uh-uh",   u"wasn't",  u"weren't",  u"without", u"wont",   u"wouldnt",
    u"won't",    u"wouldn't", u"rarely",    u"seldom",  u"despite"};

// vaderSentiment's SENTIMENT_LADEN_IDIOMS ("future work" there, never applied by the reference); social mode only.
struct LadenIdiom
{
    const char16_t *phrase;
    double valence;
};
constexpr LadenIdiom kSentimentLadenIdioms[] = {
    {u"cut the mustard", 2}, {u"hand to mouth", -2}, {u"back handed", -2}, {u"blow smoke", -2},
    {u"blowing smoke", -2},  {u"upper hand", 1},     {u"break a leg", 2},  {u"cooking with gas", 2},
    {u"in the black", 2},    {u"in the red", -2},    {u"on the ball", 2},  {u"under the weather", -2},
};

// Python's str.split('\n') over text.rstrip('\n'), calling f(line) for each line.
template <typename F> void forEachLine(const QString &text, F &&f)
{
    QStringView all(text);
    while (all.endsWith(u'\n'))
        all.chop(1);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        f(all.sliced(start, end - start));
        start = end + 1;
    }
}

double parseDouble(QStringView text, bool *ok)
{
    const QStringView trimmed = text.trimmed();
    char buffer[64];
    *ok = false;
    if (trimmed.isEmpty() || trimmed.size() >= qsizetype(sizeof(buffer)))
        return 0.0;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed[i].unicode() >= 0x80)
            return 0.0;
        buffer[i] = char(trimmed[i].unicode());
    }
    double value = 0.0;
    const auto result = std::from_chars(buffer, buffer + trimmed.size(), value);
    *ok = result.ec == std::errc() && result.ptr == buffer + trimmed.size();
    return value;
}

char32_t firstCodePoint(QStringView key)
{
    if (key.isEmpty())
        return 0;
    if (key.size() > 1 && key[0].isHighSurrogate() && key[1].isLowSurrogate())
        return QChar::surrogateToUcs4(key[0], key[1]);
    return key[0].unicode();
}

} // namespace

const LexiconBuilder::Word *LexiconBuilder::word(QStringView key) const
{
    const int index = m_wordIndex.find(key);
    return index >= 0 ? &m_words[std::size_t(index)] : nullptr;
}

LexiconBuilder::Word &LexiconBuilder::wordFor(QStringView key)
{
    const int index = m_wordIndex.find(key);
    if (index >= 0)
        return m_words[std::size_t(index)];
    m_wordIndex.insert(key, int(m_words.size()));
    m_words.push_back(Word{key.toString(), 0.0, -1, 0, false, 0, false, false});
    return m_words.back();
}

void LexiconBuilder::markFunctionWord(QStringView key)
{
    wordFor(key).function = true;
}

void LexiconBuilder::markForeignFunctionWord(QStringView key)
{
    const int index = m_wordIndex.find(key);
    if (index >= 0)
        m_words[std::size_t(index)].foreignFunction = true;
}

bool LexiconBuilder::build(const QByteArray &vaderLexicon, const QByteArray &emojiLexicon,
                           const QByteArray &emojiRanking, const QByteArray &supplement, const QByteArray &descriptive,
                           QString *error)
{
    const QString lexiconText = QString::fromUtf8(vaderLexicon);
    if (!loadWords(lexiconText, error))
        return false;
    loadEmojiDescriptions(QString::fromUtf8(emojiLexicon));
    markWords();

    // Social mode.
    for (const EmojiDescription &entry : m_emojiDescriptions) {
        const char32_t first = firstCodePoint(entry.key);
        if (first >= 0x80) // keycaps (#, *, digits) are recognised by their U+20E3, not by their base
            m_emojiCodePoints.push_back(first);
    }
    if (!loadEmojiRanking(QString::fromUtf8(emojiRanking), error) ||
        !loadSupplement(QString::fromUtf8(supplement), error) ||
        !loadDescriptive(QString::fromUtf8(descriptive), error))
        return false;
    deriveDescriptionValences();
    loadPhrases(lexiconText);
    std::sort(m_emojiCodePoints.begin(), m_emojiCodePoints.end());
    m_emojiCodePoints.erase(std::unique(m_emojiCodePoints.begin(), m_emojiCodePoints.end()), m_emojiCodePoints.end());
    return true;
}

bool LexiconBuilder::loadWords(const QString &text, QString *error)
{
    // make_lex_dict: for each non-empty line, (word, measure) = line.strip().split('\t')[0:2].
    bool ok = true;
    forEachLine(text, [&](QStringView line) {
        if (!ok || line.isEmpty())
            return;
        const QStringView stripped = PythonText::strip(line);
        const qsizetype tab = stripped.indexOf(u'\t');
        if (tab < 0)
            return;
        const QStringView key = stripped.first(tab);
        QStringView rest = stripped.sliced(tab + 1);
        const qsizetype nextTab = rest.indexOf(u'\t');
        if (nextTab >= 0)
            rest = rest.first(nextTab);
        bool parsed = false;
        const double valence = parseDouble(rest, &parsed);
        if (!parsed) {
            *error = u"unreadable lexicon line: "_s + line.toString();
            ok = false;
            return;
        }
        Word &entry = wordFor(key);
        if (entry.lexiconIndex < 0)
            entry.lexiconIndex = m_lexiconWordCount++;
        entry.valence = valence;
    });
    return ok;
}

void LexiconBuilder::loadEmojiDescriptions(const QString &text)
{
    forEachLine(text, [this](QStringView line) {
        const QStringView stripped = PythonText::strip(line);
        const qsizetype tab = stripped.indexOf(u'\t');
        if (tab < 0)
            return;
        const QStringView key = stripped.first(tab);
        QStringView description = stripped.sliced(tab + 1);
        const qsizetype nextTab = description.indexOf(u'\t');
        if (nextTab >= 0)
            description = description.first(nextTab);
        const int existing = m_emojiDescriptionIndex.find(key);
        if (existing >= 0) {
            m_emojiDescriptions[std::size_t(existing)].description = description.toString();
            return;
        }
        m_emojiDescriptionIndex.insert(key, int(m_emojiDescriptions.size()));
        m_emojiDescriptions.push_back(EmojiDescription{key.toString(), description.toString()});
    });
}

void LexiconBuilder::markWords()
{
    for (const char16_t *key : kBoostersUp)
        wordFor(QStringView(key)).booster = 1;
    for (const char16_t *key : kBoostersDown)
        wordFor(QStringView(key)).booster = -1;
    for (const char16_t *key : kNegations)
        wordFor(QStringView(key)).negation = true;
    const std::pair<const char16_t *, quint16> marked[] = {
        {u"no", MarkNo},       {u"or", MarkOrNor},    {u"nor", MarkOrNor},       {u"never", MarkNever},
        {u"so", MarkSoThis},   {u"this", MarkSoThis}, {u"without", MarkWithout}, {u"doubt", MarkDoubt},
        {u"least", MarkLeast}, {u"at", MarkAt},       {u"very", MarkVery},       {u"kind", MarkKind},
        {u"of", MarkOf},       {u"but", MarkBut},
    };
    for (const auto &[key, mark] : marked)
        wordFor(QStringView(key)).marks |= mark;
    // Every word of SPECIAL_CASES and of the multi-word boosters (the engine compares phrases only over runs of
    // these).
    for (const char16_t *key :
         {u"the",   u"shit", u"bomb", u"bad", u"ass",     u"bus",   u"stop",   u"yeah", u"right",  u"kiss", u"of",
          u"death", u"to",   u"die",  u"for", u"beating", u"heart", u"broken", u"just", u"enough", u"kind", u"sort"})
        wordFor(QStringView(key)).marks |= MarkIdiomWord;
}

bool LexiconBuilder::loadEmojiRanking(const QString &text, QString *error)
{
    // Emoji,Unicode codepoint,Occurrences,Position,Negative,Neutral,Positive,Unicode name,Unicode block
    bool header = true;
    forEachLine(text, [this, &header](QStringView line) {
        if (header) {
            header = false;
            return;
        }
        const QList<QStringView> fields = line.split(u',');
        if (fields.size() < 7)
            return;
        bool ok = true;
        bool fieldOk = false;
        const char32_t codePoint = char32_t(fields[1].toString().toUInt(&fieldOk, 16));
        ok = ok && fieldOk;
        const int occurrences = fields[2].toInt(&fieldOk);
        ok = ok && fieldOk;
        const int negative = fields[4].toInt(&fieldOk);
        ok = ok && fieldOk;
        const int positive = fields[6].toInt(&fieldOk);
        ok = ok && fieldOk;
        if (!ok || codePoint < 0x2000)
            return;
        m_emojiCodePoints.push_back(codePoint);
        char32_t ucs4[1] = {codePoint};
        addEmojiValence(QString::fromUcs4(ucs4, 1), rankingValence(occurrences, negative, positive), 'e');
        if (occurrences >= kEmojiRankingMinOccurrences)
            ++m_esrCount;
    });
    if (m_esrCount == 0) {
        *error = u"the Emoji Sentiment Ranking has no usable row"_s;
        return false;
    }
    return true;
}

double LexiconBuilder::rankingValence(int occurrences, int negative, int positive)
{
    if (occurrences < kEmojiRankingMinOccurrences)
        return 0.0;
    // Kralj Novak et al.: sentiment score = p(+) - p(-) with Laplace-smoothed probabilities; its standard error is
    // that of the mean of a -1/0/+1 variable over occurrences + 3 observations.
    const double n = double(occurrences + 3);
    const double pPositive = double(positive + 1) / n;
    const double pNegative = double(negative + 1) / n;
    const double score = pPositive - pNegative;
    const double standardError = std::sqrt(std::max(0.0, pPositive + pNegative - score * score) / n);
    if (std::fabs(score) < kEmojiMinScore || std::fabs(score) < kEmojiConfidenceZ * standardError)
        return 0.0;
    return kEmojiRankingScale * score;
}

bool LexiconBuilder::loadSupplement(const QString &text, QString *error)
{
    bool ok = true;
    forEachLine(text, [&](QStringView line) {
        if (!ok || line.isEmpty() || line.startsWith(u'#'))
            return;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2)
            return;
        QString key;
        EmojiScanner::appendNormalisedKey(fields[0], key);
        QString proxy;
        EmojiScanner::appendNormalisedKey(fields[1], proxy);
        const int proxyIndex = emojiValenceIndex(proxy);
        if (proxyIndex < 0 || m_emojiValences[std::size_t(proxyIndex)].source != 'e') {
            *error = u"emoji supplement proxy is not ranked: "_s + fields[1].toString();
            ok = false;
            return;
        }
        const double valence = m_emojiValences[std::size_t(proxyIndex)].valence;
        if (emojiValenceIndex(key) >= 0)
            return; // the ranking itself wins
        m_emojiCodePoints.push_back(firstCodePoint(key));
        addEmojiValence(key, valence, 's');
    });
    return ok;
}

double LexiconBuilder::descriptionValence(QStringView description) const
{
    double sum = 0.0;
    int count = 0;
    QString lower;
    for (QStringView part : description.split(u' ', Qt::SkipEmptyParts)) {
        while (!part.isEmpty() && PythonText::isAsciiPunctuation(part.front()))
            part = part.sliced(1);
        while (!part.isEmpty() && PythonText::isAsciiPunctuation(part.back()))
            part.chop(1);
        lower.clear();
        PythonText::appendLower(part, lower);
        const Word *entry = word(lower);
        if (entry && entry->lexiconIndex >= 0 && entry->valence != 0.0) {
            sum += entry->valence;
            ++count;
        }
    }
    return count > 0 ? sum / count : 0.0;
}

bool LexiconBuilder::loadDescriptive(const QString &text, QString *error)
{
    // emoji<TAB>subgroup<TAB>name; '#' starts a comment line. Listed emoji have no valence, whatever their score.
    int count = 0;
    forEachLine(text, [&](QStringView line) {
        if (line.isEmpty() || line.startsWith(u'#'))
            return;
        const qsizetype tab = line.indexOf(u'\t');
        QString key;
        EmojiScanner::appendNormalisedKey(tab < 0 ? line : line.first(tab), key);
        if (key.isEmpty())
            return;
        m_emojiCodePoints.push_back(firstCodePoint(key));
        addEmojiValence(key, 0.0, 'n');
        ++count;
    });
    if (count == 0) {
        *error = u"the descriptive emoji list is empty"_s;
        return false;
    }
    return true;
}

void LexiconBuilder::deriveDescriptionValences()
{
    QString key;
    for (const EmojiDescription &entry : m_emojiDescriptions) {
        key.clear();
        EmojiScanner::appendNormalisedKey(entry.key, key);
        if (key.isEmpty() || emojiValenceIndex(key) >= 0)
            continue;
        addEmojiValence(key, descriptionValence(entry.description), 'd');
    }
}

void LexiconBuilder::loadPhrases(const QString &lexicon)
{
    for (const auto &laden : kSentimentLadenIdioms)
        m_phrases.push_back(Phrase{QString::fromUtf16(laden.phrase).split(u' '), laden.valence});
    // Multi-word lexicon entries, after the idioms (the first of two equally long matches is used).
    for (qsizetype i = 0; i < lexicon.size();) {
        qsizetype end = lexicon.indexOf(u'\n', i);
        if (end < 0)
            end = lexicon.size();
        const QStringView line = QStringView(lexicon).sliced(i, end - i);
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0 && line.first(tab).contains(u' ')) {
            const Word *entry = word(line.first(tab));
            if (entry && entry->lexiconIndex >= 0)
                m_phrases.push_back(Phrase{line.first(tab).toString().split(u' ', Qt::SkipEmptyParts), entry->valence});
        }
        i = end + 1;
    }
    for (const Phrase &phrase : m_phrases)
        wordFor(phrase.words.constFirst()).marks |= MarkPhraseStart;
}

void LexiconBuilder::addEmojiValence(QStringView key, double valence, char source)
{
    const int existing = emojiValenceIndex(key);
    if (existing >= 0) {
        m_emojiValences[std::size_t(existing)].valence = valence;
        m_emojiValences[std::size_t(existing)].source = source;
        return;
    }
    m_emojiValenceIndex.insert(key, int(m_emojiValences.size()));
    m_emojiValences.push_back(EmojiValence{key.toString(), valence, source});
}

} // namespace reelpulse::sentiment
