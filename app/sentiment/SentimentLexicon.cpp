#include "sentiment/SentimentLexicon.h"

#include "sentiment/EmojiScanner.h"
#include "sentiment/PythonText.h"
#include "sentiment/SentimentToken.h"

#include <QFile>
#include <QLoggingCategory>

#include <charconv>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSentimentLexicon, "reelpulse.sentiment")

namespace reelpulse::sentiment {

namespace {

constexpr double kBoosterIncrement = 0.293;
constexpr double kBoosterDecrement = -0.293;
// The Emoji Sentiment Ranking's score lies in [-1, 1]; VADER's valences in [-4, 4].
constexpr double kEmojiRankingScale = 4.0;
constexpr int kEmojiRankingMinOccurrences = 5;

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

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSentimentLexicon) << "Cannot open sentiment resource" << path << "- the build is incomplete";
        return {};
    }
    return file.readAll();
}

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

} // namespace

const SentimentLexicon &SentimentLexicon::shared()
{
    static const SentimentLexicon instance;
    return instance;
}

SentimentLexicon::SentimentLexicon()
{
    for (const char16_t *word : kBoostersUp) {
        m_boosters.insert(QStringView(word), int(m_boosterValues.size()));
        m_boosterValues.push_back(kBoosterIncrement);
    }
    for (const char16_t *word : kBoostersDown) {
        m_boosters.insert(QStringView(word), int(m_boosterValues.size()));
        m_boosterValues.push_back(kBoosterDecrement);
    }
    for (const char16_t *word : kNegations)
        m_negations.insert(QStringView(word), 0);

    loadWords(readResource(u":/sentiment/vader_lexicon.txt"_s));
    loadEmojiDescriptions(readResource(u":/sentiment/emoji_utf8_lexicon.txt"_s));
    buildWordInfo();
    qCDebug(lcSentimentLexicon) << "Sentiment lexicons loaded:" << wordCount() << "words," << m_emojiDescriptions.size()
                                << "emoji descriptions";
}

SentimentLexicon::WordInfo &SentimentLexicon::wordInfoFor(QStringView lowerWord)
{
    const int index = m_wordInfoIndex.find(lowerWord);
    if (index >= 0)
        return m_wordInfos[std::size_t(index)];
    m_wordInfoIndex.insert(lowerWord, int(m_wordInfos.size()));
    m_wordInfos.emplace_back();
    return m_wordInfos.back();
}

void SentimentLexicon::buildWordInfo()
{
    for (const char16_t *word : kBoostersUp) {
        WordInfo &info = wordInfoFor(QStringView(word));
        info.isBooster = true;
        info.booster = kBoosterIncrement;
    }
    for (const char16_t *word : kBoostersDown) {
        WordInfo &info = wordInfoFor(QStringView(word));
        info.isBooster = true;
        info.booster = kBoosterDecrement;
    }
    for (const char16_t *word : kNegations)
        wordInfoFor(QStringView(word)).negation = true;
    const std::pair<const char16_t *, quint16> marked[] = {
        {u"no", MarkNo},       {u"or", MarkOrNor},    {u"nor", MarkOrNor},       {u"never", MarkNever},
        {u"so", MarkSoThis},   {u"this", MarkSoThis}, {u"without", MarkWithout}, {u"doubt", MarkDoubt},
        {u"least", MarkLeast}, {u"at", MarkAt},       {u"very", MarkVery},       {u"kind", MarkKind},
        {u"of", MarkOf},       {u"but", MarkBut},
    };
    for (const auto &[word, mark] : marked)
        wordInfoFor(QStringView(word)).marks |= mark;
    for (const char16_t *word :
         {u"the",   u"shit", u"bomb", u"bad", u"ass",     u"bus",   u"stop",   u"yeah", u"right",  u"kiss", u"of",
          u"death", u"to",   u"die",  u"for", u"beating", u"heart", u"broken", u"just", u"enough", u"kind", u"sort"})
        wordInfoFor(QStringView(word)).marks |= MarkIdiomWord;
}

void SentimentLexicon::loadSocial() const
{
    for (const QString &key : m_emojiDescriptionKeys) {
        char32_t first = key.isEmpty() ? 0 : key[0].unicode();
        if (key.size() > 1 && key[0].isHighSurrogate())
            first = QChar::surrogateToUcs4(key[0], key[1]);
        if (first >= 0x80) // keycaps (#, *, digits) are recognised by their U+20E3, not by their base
            m_emojiCodePoints.insert(first);
    }
    loadEmojiRanking(readResource(u":/sentiment/Emoji_Sentiment_Data_v1.0.csv"_s));
    loadSupplement(readResource(u":/sentiment/emoji_supplement.tsv"_s));
    deriveDescriptionValences();
    loadPhrases(readResource(u":/sentiment/vader_lexicon.txt"_s));
    qCDebug(lcSentimentLexicon) << "Social-mode tables built:" << m_esrCount << "ranked emoji,"
                                << m_emojiValences.size() << "emoji valences," << m_phrases.size() << "phrases";
}

void SentimentLexicon::loadWords(const QByteArray &data)
{
    // make_lex_dict: for each non-empty line, (word, measure) = line.strip().split('\t')[0:2].
    const QString text = QString::fromUtf8(data);
    m_wordValences.reserve(7600);
    m_wordInfos.reserve(7800);
    m_wordInfoIndex.reserve(7800);
    forEachLine(text, [this](QStringView line) {
        if (line.isEmpty())
            return;
        const QStringView stripped = PythonText::strip(line);
        const qsizetype tab = stripped.indexOf(u'\t');
        if (tab < 0)
            return;
        const QStringView word = stripped.first(tab);
        QStringView rest = stripped.sliced(tab + 1);
        const qsizetype nextTab = rest.indexOf(u'\t');
        if (nextTab >= 0)
            rest = rest.first(nextTab);
        bool ok = false;
        const double valence = parseDouble(rest, &ok);
        if (!ok) {
            qCWarning(lcSentimentLexicon) << "Skipping unreadable lexicon line" << line.toString();
            return;
        }
        WordInfo &info = wordInfoFor(word);
        if (info.lexiconIndex < 0) {
            info.lexiconIndex = int(m_wordValences.size());
            m_wordValences.push_back(valence);
        }
        m_wordValences[std::size_t(info.lexiconIndex)] = valence;
        info.valence = valence;
    });
}

void SentimentLexicon::loadPhrases(const QByteArray &lexicon) const
{
    const QString text = QString::fromUtf8(lexicon);
    for (const auto &laden : kSentimentLadenIdioms)
        m_phrases.push_back(Phrase{QString::fromUtf16(laden.phrase).split(u' '), laden.valence});
    // Multi-word lexicon entries, after the idioms so that the lexicon's own valence wins on a clash.
    for (qsizetype i = 0; i < text.size();) {
        qsizetype end = text.indexOf(u'\n', i);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).sliced(i, end - i);
        const qsizetype tab = line.indexOf(u'\t');
        if (tab > 0 && line.first(tab).contains(u' ')) {
            const int index = wordIndex(line.first(tab));
            if (index >= 0)
                m_phrases.push_back(Phrase{line.first(tab).toString().split(u' ', Qt::SkipEmptyParts),
                                           m_wordValences[std::size_t(index)]});
        }
        i = end + 1;
    }
    for (const Phrase &phrase : m_phrases)
        m_phraseStarts.insert(phrase.words.constFirst(), 0);
}

void SentimentLexicon::loadEmojiDescriptions(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    m_emojiDescriptionIndex.reserve(3600);
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
            m_emojiDescriptions[std::size_t(existing)] = description.toString();
            return;
        }
        m_emojiDescriptionIndex.insert(key, int(m_emojiDescriptions.size()));
        m_emojiDescriptions.push_back(description.toString());
        m_emojiDescriptionKeys.push_back(key.toString());
    });
}

void SentimentLexicon::loadEmojiRanking(const QByteArray &data) const
{
    // Emoji,Unicode codepoint,Occurrences,Position,Negative,Neutral,Positive,Unicode name,Unicode block
    const QString text = QString::fromUtf8(data);
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
        if (!ok || occurrences < kEmojiRankingMinOccurrences || codePoint < 0x2000)
            return;
        // Kralj Novak et al.: sentiment score = p(+) - p(-) with Laplace-smoothed probabilities.
        const double score =
            double(positive + 1) / double(occurrences + 3) - double(negative + 1) / double(occurrences + 3);
        m_emojiCodePoints.insert(codePoint);
        char32_t ucs4[1] = {codePoint};
        addEmojiValence(QString::fromUcs4(ucs4, 1), kEmojiRankingScale * score, 'e');
        ++m_esrCount;
    });
}

void SentimentLexicon::loadSupplement(const QByteArray &data) const
{
    const QString text = QString::fromUtf8(data);
    forEachLine(text, [this](QStringView line) {
        if (line.isEmpty() || line.startsWith(u'#'))
            return;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2)
            return;
        QString key;
        EmojiScanner::appendNormalisedKey(fields[0], key);
        QString proxy;
        EmojiScanner::appendNormalisedKey(fields[1], proxy);
        double valence = 0.0;
        const int proxyIndex = m_emojiValenceIndex.find(proxy);
        if (proxyIndex < 0 || m_emojiValenceSources[std::size_t(proxyIndex)] != 'e') {
            qCWarning(lcSentimentLexicon) << "Emoji supplement proxy is not ranked:" << fields[1].toString();
            return;
        }
        valence = m_emojiValences[std::size_t(proxyIndex)];
        if (m_emojiValenceIndex.find(key) >= 0)
            return; // the ranking itself wins
        const QStringView keyView(key);
        char32_t first = keyView[0].unicode();
        if (keyView[0].isHighSurrogate() && keyView.size() > 1)
            first = QChar::surrogateToUcs4(keyView[0], keyView[1]);
        m_emojiCodePoints.insert(first);
        addEmojiValence(key, valence, 's');
    });
}

double SentimentLexicon::descriptionValence(QStringView description) const
{
    double sum = 0.0;
    int count = 0;
    QString lower;
    for (QStringView word : description.split(u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && PythonText::isAsciiPunctuation(word.front()))
            word = word.sliced(1);
        while (!word.isEmpty() && PythonText::isAsciiPunctuation(word.back()))
            word.chop(1);
        lower.clear();
        PythonText::appendLower(word, lower);
        const int index = wordIndex(lower);
        if (index >= 0 && m_wordValences[std::size_t(index)] != 0.0) {
            sum += m_wordValences[std::size_t(index)];
            ++count;
        }
    }
    return count > 0 ? sum / count : 0.0;
}

void SentimentLexicon::deriveDescriptionValences() const
{
    QString key;
    for (std::size_t i = 0; i < m_emojiDescriptionKeys.size(); ++i) {
        key.clear();
        EmojiScanner::appendNormalisedKey(m_emojiDescriptionKeys[i], key);
        if (key.isEmpty() || m_emojiValenceIndex.find(key) >= 0)
            continue;
        addEmojiValence(key, descriptionValence(m_emojiDescriptions[i]), 'd');
    }
}

void SentimentLexicon::addEmojiValence(QStringView key, double valence, char source) const
{
    const int existing = m_emojiValenceIndex.find(key);
    if (existing >= 0) {
        m_emojiValences[std::size_t(existing)] = valence;
        m_emojiValenceSources[std::size_t(existing)] = source;
        return;
    }
    m_emojiValenceIndex.insert(key, int(m_emojiValences.size()));
    m_emojiValences.push_back(valence);
    m_emojiValenceSources.push_back(source);
}

double SentimentLexicon::boosterValue(QStringView lowerWord) const
{
    const int index = m_boosters.find(lowerWord);
    return index >= 0 ? m_boosterValues[std::size_t(index)] : 0.0;
}

bool SentimentLexicon::isNegation(QStringView lowerWord) const
{
    return m_negations.find(lowerWord) >= 0 || PythonText::containsNt(lowerWord);
}

const QString *SentimentLexicon::emojiDescription(QStringView key) const
{
    const int index = m_emojiDescriptionIndex.find(key);
    return index >= 0 ? &m_emojiDescriptions[std::size_t(index)] : nullptr;
}

bool SentimentLexicon::isEmojiCodePoint(char32_t cp) const
{
    ensureSocial();
    if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF))
        return true;
    return m_emojiCodePoints.count(cp) > 0;
}

bool SentimentLexicon::emojiValence(QStringView normalisedKey, double *valence) const
{
    ensureSocial();
    const int index = m_emojiValenceIndex.find(normalisedKey);
    if (index < 0)
        return false;
    *valence = m_emojiValences[std::size_t(index)];
    return true;
}

QString SentimentLexicon::emojiValenceSource(QStringView normalisedKey) const
{
    ensureSocial();
    const int index = m_emojiValenceIndex.find(normalisedKey);
    if (index < 0)
        return {};
    switch (m_emojiValenceSources[std::size_t(index)]) {
    case 'e':
        return u"esr"_s;
    case 's':
        return u"supplement"_s;
    default:
        return u"description"_s;
    }
}

QString SentimentLexicon::dataTag() const
{
    ensureSocial();
    return u"w"_s + QString::number(wordCount()) + u"-e"_s + QString::number(m_emojiDescriptions.size()) + u"-r"_s +
           QString::number(m_esrCount);
}

} // namespace reelpulse::sentiment
