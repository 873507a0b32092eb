#include "sentiment/SentimentTypes.h"

#include <charconv>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sentiment {

Label labelForCompound(double compound)
{
    if (compound >= 0.05)
        return Label::Positive;
    if (compound <= -0.05)
        return Label::Negative;
    return Label::Neutral;
}

QString labelName(Label label)
{
    switch (label) {
    case Label::Negative:
        return u"negative"_s;
    case Label::Positive:
        return u"positive"_s;
    case Label::Neutral:
        break;
    }
    return u"neutral"_s;
}

std::optional<Label> labelFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.compare(u"positive", Qt::CaseInsensitive) == 0)
        return Label::Positive;
    if (trimmed.compare(u"negative", Qt::CaseInsensitive) == 0)
        return Label::Negative;
    if (trimmed.compare(u"neutral", Qt::CaseInsensitive) == 0)
        return Label::Neutral;
    return std::nullopt;
}

QString modeName(Mode mode)
{
    return mode == Mode::Reference ? u"reference"_s : u"social"_s;
}

std::optional<Mode> modeFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.compare(u"reference", Qt::CaseInsensitive) == 0)
        return Mode::Reference;
    if (trimmed.compare(u"social", Qt::CaseInsensitive) == 0)
        return Mode::Social;
    return std::nullopt;
}

double roundLikePython(double value, int digits)
{
    if (!std::isfinite(value))
        return value;
    // std::to_chars with a precision is exact (same digits as glibc printf, round-half-even on the exact
    // binary value) and, unlike printf/strtod, independent of the process locale.
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::fixed, digits);
    if (written.ec != std::errc())
        return value;
    double result = 0.0;
    std::from_chars(buffer, written.ptr, result);
    return result;
}

} // namespace reelpulse::sentiment
