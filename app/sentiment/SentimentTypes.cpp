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

namespace {

// Dekker's exact product: a * b == product + error exactly (no FMA needed; values here are far from overflow).
void twoProduct(double a, double b, double *product, double *error)
{
    const auto split = [](double x, double *high, double *low) {
        const double c = 134217729.0 * x; // 2^27 + 1
        *high = c - (c - x);
        *low = x - *high;
    };
    *product = a * b;
    double ah = 0, al = 0, bh = 0, bl = 0;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    *error = ((ah * bh - *product) + ah * bl + al * bh) + al * bl;
}

double roundViaText(double value, int digits)
{
    // std::to_chars with a precision is exact (same digits as glibc printf, round-half-even on the exact binary
    // value) and, unlike printf/strtod, independent of the process locale.
    char buffer[400];
    const auto written = std::to_chars(buffer, buffer + sizeof(buffer), value, std::chars_format::fixed, digits);
    if (written.ec != std::errc())
        return value;
    double result = 0.0;
    std::from_chars(buffer, written.ptr, result);
    return result;
}

} // namespace

double roundLikePython(double value, int digits)
{
    if (!std::isfinite(value))
        return value;
    if (digits < 0 || digits > 8 || std::fabs(value) > 1e6)
        return roundViaText(value, digits);
    // Fast exact path: value * 10^digits == p + e exactly; round that exact number half-to-even to an integer n
    // (p is rounded half-to-even; e decides the cases where p lies exactly half-way), and n / 10^digits is
    // the double nearest to the decimal n * 10^-digits, which is what printf-then-strtod gives.
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    const double scale = kPowers[digits];
    const double p = value * scale;
    // Round p half-to-even to an integer: adding and subtracting 1.5 * 2^52 does that in the default rounding mode
    // for |p| < 2^51 (here |p| <= 1e14), without the cost of a libm call; copysign keeps the sign of a zero result
    // (round(-0.00001, 4) is -0.0 in Python).
    constexpr double kRoundingShift = 6755399441055744.0; // 1.5 * 2^52
    double n = std::copysign((p + kRoundingShift) - kRoundingShift, p);
    const double t = p - n; // exact
    if (t == 0.5 || t == -0.5) {
        // p is exactly half-way; the exact product is not necessarily (the error of value * scale decides).
        double product = 0.0;
        double e = 0.0;
        twoProduct(value, scale, &product, &e);
        if (t == 0.5 && e > 0)
            n += 1.0;
        else if (t == -0.5 && e < 0)
            n -= 1.0;
    }
    return n / scale;
}

// The slow, obviously correct rounding (exposed for tests).
double roundLikePythonViaText(double value, int digits)
{
    return roundViaText(value, digits);
}

} // namespace reelpulse::sentiment
