#include "sentiment/LanguageIdentifier.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cstdio> // compact_lang_det.h uses FILE without including it

#include <cstring>
#include <string>

namespace reelpulse::sentiment {

LanguageIdentifier::Result LanguageIdentifier::identify(QStringView text, bool bestEffort)
{
    // UTF-8 for CLD2, in a per-thread buffer; lone surrogates become U+FFFD so the input is always valid.
    thread_local std::string utf8;
    utf8.clear();
    utf8.reserve(std::size_t(text.size()) * 3);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(char16_t(cp), text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(cp)) {
            cp = 0xFFFD;
        }
        if (cp < 0x80) {
            utf8.push_back(char(cp));
        } else if (cp < 0x800) {
            utf8.push_back(char(0xC0 | (cp >> 6)));
            utf8.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            utf8.push_back(char(0xE0 | (cp >> 12)));
            utf8.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            utf8.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            utf8.push_back(char(0xF0 | (cp >> 18)));
            utf8.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            utf8.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            utf8.push_back(char(0x80 | (cp & 0x3F)));
        }
    }
    CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
    CLD2::Language languages[3];
    int percents[3];
    double scores[3];
    int textBytes = 0;
    bool reliable = false;
    int validPrefix = 0;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8.data(), int(utf8.size()), true, &hints, bestEffort ? CLD2::kCLDFlagBestEffort : 0, languages, percents,
        scores, nullptr, &textBytes, &reliable, &validPrefix);
    Result result;
    if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
        return result;
    const char *code = CLD2::LanguageCode(language);
    std::strncpy(result.code, code, sizeof(result.code) - 1);
    result.percent = languages[0] == language ? percents[0] : 0;
    result.reliable = reliable;
    return result;
}

} // namespace reelpulse::sentiment
