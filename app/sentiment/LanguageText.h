#pragma once

#include "sentiment/SentimentLanguage.h"
#include "sentiment/TextBuffer.h"

#include <QString>
#include <QStringView>

namespace reelpulse::sentiment {

// How words of the non-English lexicons are normalised, the same at build time (the keys of the tables) and when
// scoring (the words of a text): accents removed, so "está" and "esta", "génial" and "genial" meet.
class LanguageText final
{
public:
    LanguageText() = delete;

    // The lexicon key of a lower-cased word in `language`: accents removed (Spanish keeps ñ: "año" is not "ano";
    // German writes ä ö ü ß as ae oe ue ss, as people do without an umlaut key: "schön" is "schoen", not "schon"),
    // æ and œ as ae and oe, typographic apostrophes (’ ʼ ‘) as '.
    static void appendKey(QStringView lowerWord, Language language, TextBuffer &out);
    static QString key(QStringView lowerWord, Language language);
    // The key that tells languages apart: every accent removed (ñ -> n, ä -> a), ß as ss, apostrophes as '.
    static void appendDetectionKey(QStringView lowerWord, TextBuffer &out);
    static QString detectionKey(QStringView lowerWord);

    // Laughter written out, as a normalised key: "jaja", "jajajaja", "jejeje", "hahaha", "ahahah", "hihi", "kkkk",
    // "rsrs", "jsjs" (two or more syllables; "kkk" three or more k).
    static bool isLaughter(QStringView key);
    // Runs of 3+ identical letters shortened to `keep` letters ("graciaaas" -> "graciaas" / "gracias"); false if
    // there was none.
    static bool collapseElongation(QStringView word, int keep, TextBuffer &out);
    // Whether the UTF-16 unit is a letter of a Latin-script alphabet (ASCII, Latin-1, Latin Extended-A/B).
    static bool isLatinLetter(char16_t unit);
};

} // namespace reelpulse::sentiment
