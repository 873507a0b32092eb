#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>

// The lexicons and rule tables as constant data, generated at build time from resources/sentiment/ by
// sentiment_tablegen (app/sentiment/tablegen/): nothing is parsed, allocated or freed at run time, and the tables are
// shared by every thread without locking. Each table is an array of entries plus an open-addressing index computed
// by the generator (linear probing, FNV-1a hash of the UTF-16 key; slot value = entry index + 1, 0 = empty).
namespace reelpulse::sentiment::tables {

// FNV-1a over the UTF-16 code units, with the low bit set (never 0).
constexpr std::uint32_t kHashBasis = 2166136261u;
constexpr std::uint32_t kHashPrime = 16777619u;
inline std::uint32_t hashStep(std::uint32_t hash, char16_t unit)
{
    return (hash ^ unit) * kHashPrime;
}
inline std::uint32_t hashKey(const char16_t *data, std::size_t size)
{
    std::uint32_t hash = kHashBasis;
    for (std::size_t i = 0; i < size; ++i)
        hash = hashStep(hash, data[i]);
    return hash | 1u;
}

// All key and text characters, UTF-16.
extern const char16_t pool[];

inline QStringView poolText(std::uint32_t offset, std::uint32_t length)
{
    return QStringView(pool + offset, qsizetype(length));
}

struct Key
{
    std::uint32_t hash;
    std::uint32_t offset; // in pool
    std::uint32_t length;

    QStringView text() const { return poolText(offset, length); }
};

enum WordFlag : std::uint8_t {
    InLexicon = 1 << 0,           // in vader_lexicon.txt (valence is its value); other languages: in their lexicon
    Negation = 1 << 1,            // in NEGATE (other languages: their negations)
    BoosterUp = 1 << 2,           // BOOSTER_DICT, +0.293
    BoosterDown = 1 << 3,         // BOOSTER_DICT, -0.293
    FunctionWord = 1 << 4,        // a common word of the table's language (language detection)
    ForeignFunctionWord = 1 << 5, // English table: also a common word of another language ("no", "me", "die")
    Clitic = 1 << 6,              // French, Italian: an elided prefix split from its word ("n'", "l'")
};

// A lower-cased word the rules care about: a lexicon word, a booster, a negation or a word a rule names.
struct WordEntry
{
    Key key;
    double valence;      // lexicon valence, 0 if not in the lexicon
    std::uint16_t marks; // TokenMark bits
    std::uint8_t flags;  // WordFlag bits

    bool inLexicon() const { return (flags & InLexicon) != 0; }
    bool negation() const { return (flags & Negation) != 0; }
    bool isBooster() const { return (flags & (BoosterUp | BoosterDown)) != 0; }
    bool functionWord() const { return (flags & FunctionWord) != 0; }
    bool foreignFunctionWord() const { return (flags & ForeignFunctionWord) != 0; }
    bool clitic() const { return (flags & Clitic) != 0; }
    double booster() const { return (flags & BoosterUp) ? 0.293 : (flags & BoosterDown) ? -0.293 : 0.0; }
};

// emoji_utf8_lexicon.txt: key -> description.
struct EmojiDescriptionEntry
{
    Key key;
    std::uint32_t offset;
    std::uint32_t length;

    QStringView description() const { return poolText(offset, length); }
};

// Social mode: normalised emoji key -> valence; source 'e' (Emoji Sentiment Ranking), 's' (supplement), 'n'
// (descriptive emoji, valence 0) or 'd' (mean lexicon valence of the CLDR description words).
struct EmojiValenceEntry
{
    Key key;
    double valence;
    char source;
};

// Social mode: a multi-word lexicon entry or SENTIMENT_LADEN_IDIOMS phrase, its words joined by single spaces.
struct PhraseEntry
{
    std::uint32_t offset;
    std::uint32_t length;
    std::uint32_t wordCount;
    double valence;

    QStringView text() const { return poolText(offset, length); }
};

// Keys are short: four units at a time inline beats a call to memcmp.
inline bool sameUnits(const char16_t *a, const char16_t *b, std::uint32_t length)
{
    std::uint32_t i = 0;
    for (; i + 4 <= length; i += 4) {
        std::uint64_t x = 0;
        std::uint64_t y = 0;
        std::memcpy(&x, a + i, sizeof(x));
        std::memcpy(&y, b + i, sizeof(y));
        if (x != y)
            return false;
    }
    for (; i < length; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

template <typename Entry, typename Slot = std::uint16_t> struct Table
{
    const Entry *entries;
    const Slot *slotTable;
    std::uint32_t mask; // slot count - 1 (a power of two)
    std::uint32_t size;

    // The entry for key, or nullptr.
    const Entry *find(QStringView key) const
    {
        return find(key, hashKey(reinterpret_cast<const char16_t *>(key.utf16()), std::size_t(key.size())));
    }
    // The same with the key's hashKey() already known.
    const Entry *find(QStringView key, std::uint32_t hash) const
    {
        const auto *data = reinterpret_cast<const char16_t *>(key.utf16());
        const auto length = std::uint32_t(key.size());
        for (std::uint32_t index = hash & mask;; index = (index + 1) & mask) {
            const Slot slot = slotTable[index];
            if (slot == 0)
                return nullptr;
            const Entry &entry = entries[slot - 1];
            if (entry.key.hash == hash && entry.key.length == length &&
                sameUnits(pool + entry.key.offset, data, length))
                return &entry;
        }
    }
};

// Language detection: a word (LanguageText::detectionKey) and the languages it is a common word of or a lexicon
// word of; bit (1 << int(Language)) per language.
struct DetectionEntry
{
    Key key;
    std::uint8_t functionMask;
    std::uint8_t lexiconMask;
};

// One language's words and rules (social mode). English's are `words` and `phrases` below.
struct LanguageTables
{
    const Table<WordEntry> *words;
    const PhraseEntry *phrases;
    std::uint32_t phraseCount;
    const Key *superlatives; // suffixes (in pool) that make an adjective a superlative ("isimo")
    std::uint32_t superlativeCount;
    std::uint32_t lexiconWordCount; // words with a valence
};

extern const Table<WordEntry> words;
extern const Table<EmojiDescriptionEntry> emojiDescriptions;
extern const Table<EmojiValenceEntry> emojiValences;
extern const PhraseEntry phrases[];
extern const std::uint32_t phraseCount;
// Code points that can start an emoji cluster (social mode), sorted.
extern const char32_t emojiCodePoints[];
extern const std::uint32_t emojiCodePointCount;
// Distinct keys of vader_lexicon.txt, and the emoji with >= 5 occurrences in the Emoji Sentiment Ranking.
extern const std::uint32_t lexiconWordCount;
extern const std::uint32_t emojiRankingCount;
// Indexed by int(Language), Undetermined .. Italian (Undetermined has no words; English is `words`).
extern const LanguageTables languages[];
extern const Table<DetectionEntry, std::uint32_t> detectionWords;
// The AFINN valence levels -5 .. +5 on VADER's scale (index level + 5), as derived at build time.
extern const double afinnScale[11];

} // namespace reelpulse::sentiment::tables
