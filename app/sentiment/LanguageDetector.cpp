#include "sentiment/LanguageDetector.h"

#include "sentiment/LanguageIdentifier.h"
#include "sentiment/LanguageText.h"
#include "sentiment/PythonText.h"
#include "sentiment/SentimentLexicon.h"
#include "sentiment/TokenBuffer.h"

namespace reelpulse::sentiment {

namespace {

// Fewer letters than this (in words): too short to tell ("ok", "xd", "no").
constexpr int kMinLetters = 3;
// A common word votes 1 for its languages (shared among them), a lexicon word 0.5.
constexpr double kFunctionWeight = 1.0;
constexpr double kLexiconWeight = 0.5;
// The account's dominant language starts with this many votes.
constexpr double kHintBonus = 1.0;
// A vote this close between the first two languages asks CLD2, if the text has this many letters.
constexpr double kCloseMargin = 1.0;
constexpr int kIdentifierMinLetters = 20;
// A language other than English this far ahead needs no confirmation.
constexpr double kClearLead = 2.0;
// CLD2's answer counts as this many votes (times the share of the text it found in that language).
constexpr double kIdentifierWeight = 2.0;
// A Latin-script text is taken to be in another language (without a lexicon) only if CLD2 says so reliably for
// most of a text this long whose words gave fewer votes than this (CLD2 is often wrong on short texts).
constexpr double kOtherMaxEvidence = 0.5;
constexpr int kOtherMinLetters = 40;
constexpr int kOtherMinPercent = 80;

constexpr int kEn = int(Language::English);
constexpr int kEs = int(Language::Spanish);
constexpr int kPt = int(Language::Portuguese);
constexpr int kDe = int(Language::German);
constexpr int kFr = int(Language::French);
constexpr int kIt = int(Language::Italian);

using Evidence = std::array<double, kLexiconLanguageCount>;

thread_local Evidence t_lastEvidence{};

// Letters that only some of the languages write, and their votes.
struct LetterCue
{
    char16_t letter;
    int languages[3];
    double weight; // per language
};
constexpr LetterCue kLetterCues[] = {
    {0x00F1, {kEs, 0, 0}, 1.0},      // ñ
    {0x00E3, {kPt, 0, 0}, 1.0},      // ã
    {0x00F5, {kPt, 0, 0}, 1.0},      // õ
    {0x00DF, {kDe, 0, 0}, 1.0},      // ß
    {0x00E4, {kDe, 0, 0}, 0.5},      // ä
    {0x00F6, {kDe, 0, 0}, 0.5},      // ö
    {0x00FC, {kDe, 0, 0}, 0.5},      // ü
    {0x00E7, {kPt, kFr, 0}, 0.5},    // ç
    {0x00EA, {kPt, kFr, 0}, 0.25},   // ê
    {0x00E2, {kPt, kFr, 0}, 0.25},   // â
    {0x00F4, {kPt, kFr, 0}, 0.25},   // ô
    {0x00EE, {kFr, 0, 0}, 0.5},      // î
    {0x00FB, {kFr, 0, 0}, 0.5},      // û
    {0x00EB, {kFr, 0, 0}, 0.5},      // ë
    {0x00EF, {kFr, 0, 0}, 0.5},      // ï
    {0x0153, {kFr, 0, 0}, 1.0},      // œ
    {0x00E8, {kFr, kIt, 0}, 0.25},   // è
    {0x00F9, {kFr, kIt, 0}, 0.25},   // ù
    {0x00EC, {kIt, 0, 0}, 0.5},      // ì
    {0x00F2, {kIt, 0, 0}, 0.5},      // ò
    {0x00E0, {kFr, kIt, kPt}, 0.2},  // à
    {0x00E9, {kEs, kPt, kFr}, 0.25}, // é (also Italian, rarely: "perché")
    {0x00E1, {kEs, kPt, 0}, 0.25},   // á
    {0x00ED, {kEs, kPt, 0}, 0.25},   // í
    {0x00F3, {kEs, kPt, 0}, 0.25},   // ó
    {0x00FA, {kEs, kPt, 0}, 0.25},   // ú
};

static_assert(std::size(kLetterCues) <= 32, "one bit per cue");

void addMask(Evidence &evidence, unsigned mask, double weight)
{
    mask &= 0x7Eu; // English .. Italian
    int count = 0;
    for (unsigned bits = mask; bits != 0; bits &= bits - 1)
        ++count;
    if (count == 0)
        return;
    for (int language = kEn; language <= kIt; ++language) {
        if (mask & (1u << unsigned(language)))
            evidence[std::size_t(language)] += weight / count;
    }
}

// Votes of one lexicon or common word; false if the detection table does not know it.
bool addEntry(Evidence &evidence, const tables::DetectionEntry *entry)
{
    if (!entry)
        return false;
    if (entry->functionMask != 0)
        addMask(evidence, entry->functionMask, kFunctionWeight);
    else
        addMask(evidence, entry->lexiconMask, kLexiconWeight);
    return true;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool isLetterAt(QStringView text, qsizetype i, int *length)
{
    const QChar ch = text[i];
    if (ch.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::isLetter(QChar::surrogateToUcs4(ch, text[i + 1]));
    }
    *length = 1;
    return ch.isLetter();
}

int best(const Evidence &scores, Language preferred)
{
    int top = kEn;
    for (int language = kEn; language <= kIt; ++language) {
        if (scores[std::size_t(language)] > scores[std::size_t(top)] ||
            (scores[std::size_t(language)] == scores[std::size_t(top)] && language == int(preferred)))
            top = language;
    }
    return top;
}

int secondBest(const Evidence &scores, int top)
{
    int second = top == kEn ? kEs : kEn;
    for (int language = kEn; language <= kIt; ++language) {
        if (language != top && scores[std::size_t(language)] > scores[std::size_t(second)])
            second = language;
    }
    return second;
}

} // namespace

LanguageDetector::LanguageDetector(const SentimentLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

std::array<double, 7> LanguageDetector::lastEvidence()
{
    return t_lastEvidence;
}

DetectedLanguage LanguageDetector::detect(QStringView text, const TokenBuffer &scratch, Language hint) const
{
    t_lastEvidence = {};
    const bool hinted = hasLexicon(hint);
    // Pass 1: letters, scripts, and whether every word is a known English word.
    int letters = 0;
    int latin = 0;
    int words = 0;
    bool allEnglish = true;
    bool someOnlyEnglish = false;
    bool ascii = true;
    for (const SentimentToken &token : scratch.tokens) {
        if (token.emoji)
            continue;
        const QStringView word = text.sliced(token.srcBegin, token.srcEnd - token.srcBegin);
        int wordLetters = 0;
        for (qsizetype i = 0; i < word.size();) {
            int length = 1;
            if (isLetterAt(word, i, &length)) {
                ++wordLetters;
                if (LanguageText::isLatinLetter(word[i].unicode()))
                    ++latin;
                if (word[i].unicode() >= 0x80)
                    ascii = false;
            }
            i += length;
        }
        if (wordLetters == 0)
            continue;
        letters += wordLetters;
        ++words;
        const bool known =
            token.inLexicon || token.isBooster || token.negation || (token.wordFlags & tables::FunctionWord) != 0;
        allEnglish = allEnglish && known;
        someOnlyEnglish = someOnlyEnglish || (known && (token.wordFlags & tables::ForeignFunctionWord) == 0);
    }
    if (letters < kMinLetters)
        return DetectedLanguage::of(Language::Undetermined, LanguageBasis::NoWords);
    if (latin * 2 < letters) {
        // Another script: not one of the lexicon languages (all Latin-script).
        const LanguageIdentifier::Result identified = LanguageIdentifier::identify(text, true);
        if (identified.code[0] == 0)
            return DetectedLanguage::of(Language::Undetermined, LanguageBasis::NoWords);
        DetectedLanguage result = DetectedLanguage::of(Language::Other, LanguageBasis::Identifier);
        result.setCode(identified.code);
        return result;
    }
    if (someOnlyEnglish && ascii && (!hinted || hint == Language::English)) {
        // Every word a known English one, or unknown to every language ("outfit", names): English, as the votes
        // below would have it (only English and the languages sharing its common words get any).
        bool english = allEnglish;
        if (!english) {
            english = true;
            for (std::size_t i = 0; i < scratch.tokens.size() && english; ++i) {
                const SentimentToken &token = scratch.tokens[i];
                const bool known = token.inLexicon || token.isBooster || token.negation ||
                                   (token.wordFlags & tables::FunctionWord) != 0;
                if (!token.emoji && !known && token.lowerLength > 0)
                    english = m_lexicon.detectionWord(scratch.lowerAt(i)) == nullptr;
            }
        }
        if (english)
            return DetectedLanguage::of(Language::English, LanguageBasis::Words);
    }

    // Pass 2: votes.
    thread_local TextBuffer lower;
    thread_local TextBuffer key;
    thread_local TextBuffer variant;
    Evidence evidence{};
    for (const SentimentToken &token : scratch.tokens) {
        if (token.emoji)
            continue;
        const QStringView word = text.sliced(token.srcBegin, token.srcEnd - token.srcBegin);
        if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
            continue;
        lower.clear();
        PythonText::appendLower(word, lower);
        key.clear();
        LanguageText::appendDetectionKey(lower.view(), key);
        bool found = addEntry(evidence, m_lexicon.detectionWord(key.view()));
        for (const int keep : {2, 1}) {
            if (found || !LanguageText::collapseElongation(key.view(), keep, variant))
                break;
            found = addEntry(evidence, m_lexicon.detectionWord(variant.view()));
        }
        if (!found) {
            const qsizetype apostrophe = key.view().indexOf(u'\'');
            if (apostrophe > 0 && apostrophe + 1 < key.size()) {
                // An elided word ("l'amour", "dell'anno"): its prefix and the rest vote.
                addEntry(evidence, m_lexicon.detectionWord(key.view().first(apostrophe + 1)));
                addEntry(evidence, m_lexicon.detectionWord(key.view().sliced(apostrophe + 1)));
            } else if (LanguageText::isLaughter(key.view())) {
                const QChar first = key.view().front();
                if (first == u'j')
                    evidence[kEs] += kFunctionWeight; // jaja, jeje
                else if (first == u'k' || first == u'r')
                    evidence[kPt] += kFunctionWeight; // kkkk, rsrs
            }
        }
        if (!isAscii(lower.view())) {
            // Each cue letter once per word.
            unsigned seen = 0;
            for (const QChar c : lower.view()) {
                if (c.unicode() < 0x80)
                    continue;
                for (std::size_t k = 0; k < std::size(kLetterCues); ++k) {
                    const LetterCue &cue = kLetterCues[k];
                    if (c.unicode() != cue.letter || (seen & (1u << k)))
                        continue;
                    seen |= 1u << k;
                    for (const int language : cue.languages) {
                        if (language != 0)
                            evidence[std::size_t(language)] += cue.weight;
                    }
                }
            }
        }
    }
    for (const QChar c : text) {
        if (c.unicode() == 0x00BF || c.unicode() == 0x00A1) { // ¿ ¡
            evidence[kEs] += kFunctionWeight;
            break;
        }
    }
    t_lastEvidence = evidence;

    const int rawTop = best(evidence, hint);
    const double rawMax = evidence[std::size_t(rawTop)];
    Evidence scores = evidence;
    if (hinted)
        scores[std::size_t(hint)] += kHintBonus;
    int top = best(scores, hint);
    LanguageBasis basis = LanguageBasis::Words;
    if (rawMax <= 0.0) {
        if (hinted)
            return DetectedLanguage::of(hint, LanguageBasis::Hint);
        basis = LanguageBasis::Identifier;
    }
    const int second = secondBest(scores, top);
    // CLD2 settles a close vote, confirms a narrow lead of a language other than English (an English comment may
    // hold a word or two of another language), and names a text no word points to. An English lead with no other
    // language voting (an English comment with a few unknown words, the common case) needs no second opinion.
    const double lead = scores[std::size_t(top)] - scores[std::size_t(second)];
    const bool close = scores[std::size_t(second)] > 0.0 && lead < kCloseMargin;
    if ((close || (top != kEn && lead < kClearLead) || rawMax <= 0.0) && letters >= kIdentifierMinLetters) {
        const LanguageIdentifier::Result identified = LanguageIdentifier::identify(text, false);
        if (identified.reliable && identified.code[0] != 0) {
            const std::optional<Language> language = languageFromCode(QString::fromLatin1(identified.code));
            if (language && hasLexicon(*language)) {
                scores[std::size_t(*language)] += kIdentifierWeight * identified.percent / 100.0;
                const int decided = best(scores, hint);
                if (decided != top)
                    basis = LanguageBasis::Identifier;
                top = decided;
            } else if (!language && rawMax < kOtherMaxEvidence && letters >= kOtherMinLetters &&
                       identified.percent >= kOtherMinPercent) {
                DetectedLanguage result = DetectedLanguage::of(Language::Other, LanguageBasis::Identifier);
                result.setCode(identified.code);
                return result;
            }
        }
    }
    if (scores[std::size_t(top)] <= 0.0)
        return DetectedLanguage::of(Language::Undetermined, LanguageBasis::NoWords);
    if (hinted && top == int(hint) && basis == LanguageBasis::Words && rawTop != top)
        basis = LanguageBasis::Hint;
    return DetectedLanguage::of(Language(top), basis);
}

} // namespace reelpulse::sentiment
