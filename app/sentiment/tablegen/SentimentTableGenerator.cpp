// sentiment_tablegen: writes the sentiment lexicons as constant C++ tables (see sentiment/SentimentTables.h), so the
// application parses nothing at start-up. Run by the build:
//   sentiment_tablegen vader_lexicon.txt emoji_utf8_lexicon.txt Emoji_Sentiment_Data_v1.0.csv emoji_supplement.tsv
//                      emoji_descriptive.tsv SentimentTables.cpp
#include "sentiment/SentimentTables.h"
#include "sentiment/tablegen/LanguageLexiconBuilder.h"
#include "sentiment/tablegen/LexiconBuilder.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using reelpulse::sentiment::LanguageLexiconBuilder;
using reelpulse::sentiment::LexiconBuilder;
namespace sentiment = reelpulse::sentiment;
namespace tables = reelpulse::sentiment::tables;

namespace {

// The slot index stores entry index + 1 in 16 bits (32 bits for the detection table).
constexpr std::size_t kMaxEntries = 65534;

bool readFile(const char *path, QByteArray *data)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "sentiment_tablegen: cannot read %s\n", path);
        return false;
    }
    *data = file.readAll();
    return true;
}

#if defined(__GNUC__) || defined(__clang__)
#define REELPULSE_PRINTF_FORMAT(a, b) __attribute__((format(printf, a, b)))
#else
#define REELPULSE_PRINTF_FORMAT(a, b)
#endif

std::string format(const char *pattern, ...) REELPULSE_PRINTF_FORMAT(1, 2);
std::string format(const char *pattern, ...)
{
    char buffer[256];
    va_list args;
    va_start(args, pattern);
    const int length = std::vsnprintf(buffer, sizeof(buffer), pattern, args);
    va_end(args);
    return std::string(buffer, std::size_t(std::max(0, std::min(length, int(sizeof(buffer)) - 1))));
}

// A double exactly, as a hexadecimal floating literal.
std::string exact(double value)
{
    return format("%a", value);
}

// Every key and text in one UTF-16 array; identical strings are stored once.
class Pool
{
public:
    tables::Key key(const QString &text)
    {
        const std::uint32_t offset = add(text);
        const auto *data = reinterpret_cast<const char16_t *>(text.utf16());
        return {tables::hashKey(data, std::size_t(text.size())), offset, std::uint32_t(text.size())};
    }
    std::uint32_t add(const QString &text)
    {
        const auto found = m_offsets.constFind(text);
        if (found != m_offsets.constEnd())
            return found.value();
        const auto offset = std::uint32_t(m_units.size());
        m_units.append(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()));
        m_offsets.insert(text, offset);
        return offset;
    }
    // The pool as concatenated u"" literals; false if it holds a lone surrogate (not expressible in a literal).
    bool write(std::string &out) const
    {
        out += "const char16_t pool[] =\n    u\"";
        std::size_t column = 0;
        for (std::size_t i = 0; i < m_units.size(); ++i) {
            const char16_t c = m_units[i];
            if (c >= 0x20 && c < 0x7F && c != u'"' && c != u'\\' && c != u'?') {
                out += char(c);
            } else if (c < 0x80) {
                out += format("\\%03o", unsigned(c));
            } else if (QChar::isHighSurrogate(c) && i + 1 < m_units.size() && QChar::isLowSurrogate(m_units[i + 1])) {
                out += format("\\U%08X", unsigned(QChar::surrogateToUcs4(c, m_units[i + 1])));
                ++i;
            } else if (QChar::isSurrogate(c)) {
                return false;
            } else {
                out += format("\\u%04X", unsigned(c));
            }
            if (++column == 100 && i + 1 < m_units.size()) {
                out += "\"\n    u\"";
                column = 0;
            }
        }
        out += "\";\n\n";
        return true;
    }

private:
    std::u16string m_units;
    QHash<QString, std::uint32_t> m_offsets;
};

std::string keyInitializer(const tables::Key &key)
{
    return format("{0x%08Xu, %uu, %uu}", key.hash, key.offset, key.length);
}

// Writes `<name>Entries[]` (given as initializers), `<name>Slots[]` and `const Table<type> <name>`; wideSlots: 32-bit
// slot values (more than 65534 entries possible).
bool writeTable(std::string &out, const char *type, const char *name, const std::vector<tables::Key> &keys,
                const std::vector<std::string> &entries, bool wideSlots = false)
{
    if (!wideSlots && keys.size() > kMaxEntries) {
        std::fprintf(stderr, "sentiment_tablegen: %s has too many entries\n", name);
        return false;
    }
    std::size_t slotCount = 16;
    while (slotCount < keys.size() * 2)
        slotCount *= 2;
    std::vector<std::uint32_t> slotTable(slotCount, 0);
    const std::size_t mask = slotCount - 1;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        std::size_t index = keys[i].hash & mask;
        while (slotTable[index] != 0)
            index = (index + 1) & mask;
        slotTable[index] = std::uint32_t(i + 1);
    }
    if (entries.empty()) {
        // No entry: a table whose every slot is empty (find() returns at once).
        out += format("const Table<%s> %s = {nullptr, %sSlots, %zuu, 0u};\n\n", type, name, "empty", mask);
        return true;
    }
    out += format("const %s %sEntries[] = {\n", type, name);
    for (const std::string &entry : entries)
        out += "    " + entry + ",\n";
    out += "};\n";
    const char *slotType = wideSlots ? "std::uint32_t" : "std::uint16_t";
    out += format("const %s %sSlots[] = {", slotType, name);
    for (std::size_t i = 0; i < slotTable.size(); ++i)
        out += format("%s%u,", i % 24 == 0 ? "\n    " : "", unsigned(slotTable[i]));
    out += "\n};\n";
    out += format("const Table<%s%s> %s = {%sEntries, %sSlots, %zuu, %zuu};\n\n", type,
                  wideSlots ? ", std::uint32_t" : "", name, name, name, mask, keys.size());
    return true;
}

std::string wordInitializer(const tables::Key &key, double valence, unsigned marks, unsigned flags)
{
    return "{" + keyInitializer(key) + ", " + exact(valence) + format(", 0x%04Xu, 0x%02Xu}", marks, flags);
}

// The tables of one language other than English: `words<Code>`, its phrases appended to foreignPhrases, its
// superlative suffixes to superlativeKeys. Writes the LanguageTables initializer to `entry`.
bool writeLanguage(Pool &pool, std::string &body, std::string &phrases, std::size_t &phraseCount,
                   std::string &superlatives, std::size_t &superlativeCount,
                   const LanguageLexiconBuilder::LanguageData &data, std::string &entry)
{
    std::vector<tables::Key> keys;
    std::vector<std::string> entries;
    for (const LanguageLexiconBuilder::Word &word : data.words) {
        const tables::Key key = pool.key(word.key);
        unsigned flags = 0;
        if (word.inLexicon)
            flags |= tables::InLexicon;
        if (word.negation)
            flags |= tables::Negation;
        if (word.booster > 0)
            flags |= tables::BoosterUp;
        if (word.booster < 0)
            flags |= tables::BoosterDown;
        if (word.function)
            flags |= tables::FunctionWord;
        if (word.clitic)
            flags |= tables::Clitic;
        keys.push_back(key);
        entries.push_back(wordInitializer(key, word.inLexicon ? word.valence : 0.0, word.marks, flags));
    }
    const std::string code = sentiment::languageCodeLatin1(data.language);
    const std::string name = "words" + std::string(1, char(code[0] - 'a' + 'A')) + code.substr(1);
    if (!writeTable(body, "WordEntry", name.c_str(), keys, entries))
        return false;
    const std::size_t firstPhrase = phraseCount;
    for (const LanguageLexiconBuilder::Phrase &phrase : data.phrases) {
        const QString text = phrase.words.join(u' ');
        phrases +=
            format("    {%uu, %uu, %uu, ", pool.add(text), unsigned(text.size()), unsigned(phrase.words.size())) +
            exact(phrase.valence) + "},\n";
        ++phraseCount;
    }
    const std::size_t firstSuffix = superlativeCount;
    for (const QString &suffix : data.superlatives) {
        superlatives += "    " + keyInitializer(pool.key(suffix)) + ",\n";
        ++superlativeCount;
    }
    entry =
        format("    {&%s, foreignPhrases + %zu, %zuu, superlativeKeys + %zu, %zuu, %du},\n", name.c_str(), firstPhrase,
               phraseCount - firstPhrase, firstSuffix, superlativeCount - firstSuffix, data.lexiconWordCount);
    return true;
}

bool generate(const LexiconBuilder &builder, const LanguageLexiconBuilder &languages, std::string &out)
{
    Pool pool;
    std::string body;

    std::vector<tables::Key> keys;
    std::vector<std::string> entries;
    for (const LexiconBuilder::Word &word : builder.words()) {
        const tables::Key key = pool.key(word.key);
        unsigned flags = 0;
        if (word.lexiconIndex >= 0)
            flags |= tables::InLexicon;
        if (word.negation)
            flags |= tables::Negation;
        if (word.booster > 0)
            flags |= tables::BoosterUp;
        if (word.booster < 0)
            flags |= tables::BoosterDown;
        if (word.function)
            flags |= tables::FunctionWord;
        if (word.foreignFunction)
            flags |= tables::ForeignFunctionWord;
        keys.push_back(key);
        entries.push_back("{" + keyInitializer(key) + ", " + exact(word.valence) +
                          format(", 0x%04Xu, 0x%02Xu}", unsigned(word.marks), flags));
    }
    if (!writeTable(body, "WordEntry", "words", keys, entries))
        return false;

    keys.clear();
    entries.clear();
    for (const LexiconBuilder::EmojiDescription &emoji : builder.emojiDescriptions()) {
        const tables::Key key = pool.key(emoji.key);
        const std::uint32_t description = pool.add(emoji.description);
        keys.push_back(key);
        entries.push_back("{" + keyInitializer(key) +
                          format(", %uu, %uu}", description, unsigned(emoji.description.size())));
    }
    if (!writeTable(body, "EmojiDescriptionEntry", "emojiDescriptions", keys, entries))
        return false;

    keys.clear();
    entries.clear();
    for (const LexiconBuilder::EmojiValence &emoji : builder.emojiValences()) {
        const tables::Key key = pool.key(emoji.key);
        keys.push_back(key);
        entries.push_back("{" + keyInitializer(key) + ", " + exact(emoji.valence) + format(", '%c'}", emoji.source));
    }
    if (!writeTable(body, "EmojiValenceEntry", "emojiValences", keys, entries))
        return false;

    body += "const PhraseEntry phrases[] = {\n";
    for (const LexiconBuilder::Phrase &phrase : builder.phrases()) {
        const QString text = phrase.words.join(u' ');
        body += format("    {%uu, %uu, %uu, ", pool.add(text), unsigned(text.size()), unsigned(phrase.words.size())) +
                exact(phrase.valence) + "},\n";
    }
    body += format("};\nconst std::uint32_t phraseCount = %zuu;\n\n", builder.phrases().size());

    body += "const char32_t emojiCodePoints[] = {";
    const std::vector<char32_t> &codePoints = builder.emojiCodePoints();
    for (std::size_t i = 0; i < codePoints.size(); ++i)
        body += format("%s0x%X,", i % 12 == 0 ? "\n    " : "", unsigned(codePoints[i]));
    body += format("\n};\nconst std::uint32_t emojiCodePointCount = %zuu;\n\n", codePoints.size());
    body += format("const std::uint32_t lexiconWordCount = %du;\n", builder.lexiconWordCount());
    body += format("const std::uint32_t emojiRankingCount = %du;\n\n", builder.emojiRankingCount());

    // The other languages.
    body += "const std::uint16_t emptySlots[16] = {};\n";
    keys.clear();
    entries.clear();
    if (!writeTable(body, "WordEntry", "wordsUnd", keys, entries))
        return false;
    std::string phraseArray;
    std::size_t phraseTotal = 0;
    std::string suffixArray;
    std::size_t suffixTotal = 0;
    std::string languageEntries = "    {&wordsUnd, nullptr, 0u, nullptr, 0u, 0u},\n";
    languageEntries += format("    {&words, phrases, %zuu, nullptr, 0u, %du},\n", builder.phrases().size(),
                              builder.lexiconWordCount());
    std::string languageBody;
    for (const LanguageLexiconBuilder::LanguageData &data : languages.languages()) {
        std::string entry;
        if (!writeLanguage(pool, languageBody, phraseArray, phraseTotal, suffixArray, suffixTotal, data, entry))
            return false;
        languageEntries += entry;
    }
    // Declared before the tables that point into them.
    body += "extern const PhraseEntry foreignPhrases[];\nextern const Key superlativeKeys[];\n\n";
    body += languageBody;
    body +=
        "const PhraseEntry foreignPhrases[] = {\n" + (phraseTotal ? phraseArray : "    {0u, 0u, 0u, 0.0},\n") + "};\n";
    body += "const Key superlativeKeys[] = {\n" + (suffixTotal ? suffixArray : "    {0u, 0u, 0u},\n") + "};\n";
    body += "const LanguageTables languages[] = {\n" + languageEntries + "};\n\n";

    keys.clear();
    entries.clear();
    for (const LanguageLexiconBuilder::DetectionWord &word : languages.detectionWords()) {
        const tables::Key key = pool.key(word.key);
        keys.push_back(key);
        entries.push_back("{" + keyInitializer(key) +
                          format(", 0x%02Xu, 0x%02Xu}", unsigned(word.functionMask), unsigned(word.lexiconMask)));
    }
    if (!writeTable(body, "DetectionEntry", "detectionWords", keys, entries, true))
        return false;
    body += "const double afinnScale[11] = {";
    for (std::size_t i = 0; i < languages.afinnScale().size(); ++i)
        body += (i ? ", " : "") + exact(languages.afinnScale()[i]);
    body += "};\n";

    out += "// Generated by sentiment_tablegen from resources/sentiment/ at build time. Do not edit.\n"
           "#include \"sentiment/SentimentTables.h\"\n\n"
           "namespace reelpulse::sentiment::tables {\n\n";
    if (!pool.write(out)) {
        std::fprintf(stderr, "sentiment_tablegen: a lexicon holds an unpaired surrogate\n");
        return false;
    }
    out += body;
    out += "\n} // namespace reelpulse::sentiment::tables\n";
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    constexpr int kInputs = 5;
    if (argc != kInputs + 3) {
        std::fprintf(stderr, "usage: sentiment_tablegen vader_lexicon.txt emoji_utf8_lexicon.txt "
                             "Emoji_Sentiment_Data_v1.0.csv emoji_supplement.tsv emoji_descriptive.tsv "
                             "languages-directory output.cpp\n");
        return 2;
    }
    QByteArray files[kInputs];
    for (int i = 0; i < kInputs; ++i) {
        if (!readFile(argv[i + 1], &files[i]))
            return 1;
    }
    LexiconBuilder builder;
    QString error;
    if (!builder.build(files[0], files[1], files[2], files[3], files[4], &error)) {
        std::fprintf(stderr, "sentiment_tablegen: %s\n", qPrintable(error));
        return 1;
    }
    LanguageLexiconBuilder languages;
    if (!languages.build(QString::fromLocal8Bit(argv[kInputs + 1]), builder, &error)) {
        std::fprintf(stderr, "sentiment_tablegen: %s\n", qPrintable(error));
        return 1;
    }
    std::string out;
    if (!generate(builder, languages, out))
        return 1;
    // Written through QSaveFile: an interrupted build never leaves a half-written table behind.
    QSaveFile file(QString::fromLocal8Bit(argv[kInputs + 2]));
    if (!file.open(QIODevice::WriteOnly) || file.write(out.data(), qint64(out.size())) != qint64(out.size()) ||
        !file.commit()) {
        std::fprintf(stderr, "sentiment_tablegen: cannot write %s\n", argv[kInputs + 2]);
        return 1;
    }
    return 0;
}
