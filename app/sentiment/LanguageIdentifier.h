#pragma once

#include <QStringView>

namespace reelpulse::sentiment {

// Compact Language Detector 2 (Debian's libcld2), for texts long enough for its character statistics, and for
// texts in other scripts (Arabic, Cyrillic, ...) to name their language. Thread-safe; allocates nothing once warm.
class LanguageIdentifier final
{
public:
    struct Result
    {
        char code[8] = {}; // ISO 639 code as CLD2 names it ("es", "ar", "zh-Hant"); empty if unknown
        int percent = 0;   // share of the text's letters in that language
        bool reliable = false;
    };

    LanguageIdentifier() = delete;

    // The most likely language of `text`. bestEffort: answer even for short texts (CLD2 otherwise calls them
    // unknown).
    static Result identify(QStringView text, bool bestEffort);
};

} // namespace reelpulse::sentiment
