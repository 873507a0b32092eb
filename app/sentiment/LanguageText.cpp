#include "sentiment/LanguageText.h"

#include <QChar>

#include <array>

namespace reelpulse::sentiment {

namespace {

constexpr char16_t kFoldFirst = 0x00C0;
constexpr char16_t kFoldLast = 0x024F;

// Lower-case base letter of each Latin-1 Supplement and Latin Extended-A/B letter with a canonical decomposition
// (é -> e, ñ -> n, ä -> a), 0 for the others. Built once from Qt's Unicode data.
const std::array<char16_t, kFoldLast - kFoldFirst + 1> &foldTable()
{
    static const std::array<char16_t, kFoldLast - kFoldFirst + 1> table = [] {
        std::array<char16_t, kFoldLast - kFoldFirst + 1> result{};
        for (char16_t c = kFoldFirst; c <= kFoldLast; ++c) {
            const QChar ch(c);
            if (ch.decompositionTag() != QChar::Canonical)
                continue;
            const QString decomposed = ch.decomposition();
            if (decomposed.isEmpty())
                continue;
            // A letter whose decomposition itself decomposes (ǖ = ü + macron) ends at its first ASCII base.
            QChar base = decomposed.front();
            while (base.unicode() >= 0x80 && base.decompositionTag() == QChar::Canonical &&
                   !base.decomposition().isEmpty())
                base = base.decomposition().front();
            if (base.unicode() < 0x80 && base.isLetter())
                result[c - kFoldFirst] = base.toLower().unicode();
        }
        return result;
    }();
    return table;
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

// Appends the folded form of one non-ASCII unit; `language` Undetermined means the detection key.
template <typename Buffer> void appendFolded(char16_t c, Language language, Buffer &out)
{
    if (isApostrophe(c)) {
        out.append(u'\'');
        return;
    }
    switch (c) {
    case 0x00DF: // ß
        out.append(u's');
        out.append(u's');
        return;
    case 0x00E6: // æ
        out.append(u'a');
        out.append(u'e');
        return;
    case 0x0153: // œ
        out.append(u'o');
        out.append(u'e');
        return;
    case 0x00E4: // ä
    case 0x00F6: // ö
    case 0x00FC: // ü
        if (language == Language::German) {
            out.append(foldTable()[c - kFoldFirst]);
            out.append(u'e');
            return;
        }
        break;
    case 0x00F1: // ñ
        if (language == Language::Spanish) {
            out.append(c);
            return;
        }
        break;
    default:
        break;
    }
    if (c >= kFoldFirst && c <= kFoldLast) {
        const char16_t base = foldTable()[c - kFoldFirst];
        out.append(base != 0 ? base : c);
        return;
    }
    out.append(c);
}

template <typename Buffer> void appendKeyTo(QStringView word, Language language, Buffer &out)
{
    for (const QChar ch : word) {
        const char16_t c = ch.unicode();
        if (c < 0x80)
            out.append(c);
        else
            appendFolded(c, language, out);
    }
}

// TextBuffer-like appends onto a QString.
struct StringSink
{
    QString &text;
    void append(char16_t c) { text.append(QChar(c)); }
};

bool isVowel(char16_t c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

} // namespace

void LanguageText::appendKey(QStringView lowerWord, Language language, TextBuffer &out)
{
    appendKeyTo(lowerWord, language, out);
}

QString LanguageText::key(QStringView lowerWord, Language language)
{
    QString result;
    result.reserve(lowerWord.size() + 2);
    StringSink sink{result};
    appendKeyTo(lowerWord, language, sink);
    return result;
}

void LanguageText::appendDetectionKey(QStringView lowerWord, TextBuffer &out)
{
    appendKeyTo(lowerWord, Language::Undetermined, out);
}

QString LanguageText::detectionKey(QStringView lowerWord)
{
    return key(lowerWord, Language::Undetermined);
}

bool LanguageText::isLaughter(QStringView key)
{
    const qsizetype n = key.size();
    if (n < 3)
        return false;
    // kkk, kkkk ...
    bool allK = true;
    for (const QChar c : key)
        allK = allK && c == u'k';
    if (allK)
        return true;
    if (n < 4)
        return false;
    // rsrs, jsjs (pairs repeated).
    if ((key.startsWith(u"rs") || key.startsWith(u"js")) && n % 2 == 0) {
        bool pairs = true;
        for (qsizetype i = 2; i < n && pairs; ++i)
            pairs = key[i] == key[i % 2];
        if (pairs)
            return true;
    }
    // jaja, hahaha, jejeje, hihi, ahahah: j/h and a vowel alternating, at least two syllables.
    qsizetype i = key[0] == u'a' && n > 1 && key[1] == u'h' ? 1 : 0;
    int syllables = 0;
    while (i < n) {
        const char16_t consonant = key[i].unicode();
        if (consonant != u'j' && consonant != u'h')
            return false;
        if (i + 1 >= n)
            break; // a final j or h ("jajaj")
        if (!isVowel(key[i + 1].unicode()))
            return false;
        ++syllables;
        i += 2;
    }
    return syllables >= 2;
}

bool LanguageText::collapseElongation(QStringView word, int keep, TextBuffer &out)
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

bool LanguageText::isLatinLetter(char16_t unit)
{
    if (unit < 0x80)
        return (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z');
    return unit >= 0x00C0 && unit <= 0x024F && unit != 0x00D7 && unit != 0x00F7;
}

} // namespace reelpulse::sentiment
