#include "sentiment/PythonFloat.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace reelpulse::sentiment {

namespace {

constexpr double kFastScale = 10000.0; // four decimals
constexpr double kFastLimit = 1e6;

// Writes a non-negative integer in decimal.
char *writeUnsigned(char *out, unsigned long long value)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (count > 0)
        *out++ = digits[--count];
    return out;
}

// The decimals of n / 10^4 for every n % 10^4: four digits, and how many of them repr shows (no trailing zeros).
struct FractionText
{
    char digits[4];
    unsigned char length;
};
struct FractionTable
{
    FractionText entries[10000];
};
constexpr FractionTable makeFractionTable()
{
    FractionTable table{};
    for (int n = 0; n < 10000; ++n) {
        FractionText &text = table.entries[n];
        text.digits[0] = char('0' + n / 1000);
        text.digits[1] = char('0' + n / 100 % 10);
        text.digits[2] = char('0' + n / 10 % 10);
        text.digits[3] = char('0' + n % 10);
        text.length = n == 0 ? 1 : n % 1000 == 0 ? 1 : n % 100 == 0 ? 2 : n % 10 == 0 ? 3 : 4;
    }
    return table;
}
constexpr FractionTable kFractions = makeFractionTable();

} // namespace

char *PythonFloat::writeRepr(char *out, double value)
{
    const double magnitude = std::fabs(value);
    if (magnitude < kFastLimit) {
        // If value is the double nearest to n / 10^4, the decimal n / 10^4 is its shortest round-trip form: any
        // decimal with fewer significant digits is at least 1e-10 away in relative terms, far beyond half an ulp.
        // (n >= 1 means magnitude >= 1e-4, where repr uses fixed notation.)
        const auto n = static_cast<unsigned long long>(magnitude * kFastScale + 0.5);
        if (double(n) / kFastScale == magnitude) {
            if (std::signbit(value))
                *out++ = '-';
            const unsigned long long integer = n / 10000;
            if (integer < 10)
                *out++ = char('0' + integer);
            else
                out = writeUnsigned(out, integer);
            *out++ = '.';
            const auto fraction = unsigned(n % 10000);
            const FractionText &text = kFractions.entries[fraction];
            std::memcpy(out, text.digits, 4);
            return out + text.length;
        }
    }
    return writeReprGeneral(out, value);
}

char *PythonFloat::writeReprGeneral(char *out, double value)
{
    if (std::isnan(value)) {
        std::memcpy(out, "nan", 3);
        return out + 3;
    }
    if (std::isinf(value)) {
        if (value < 0)
            *out++ = '-';
        std::memcpy(out, "inf", 3);
        return out + 3;
    }
    // Shortest round-trip digits in scientific form: [-]d[.ddd]e(+|-)XX.
    char text[MaxReprLength];
    const auto written = std::to_chars(text, text + sizeof(text), value, std::chars_format::scientific);
    const char *end = written.ptr;
    const char *p = text;
    bool negative = false;
    if (*p == '-') {
        negative = true;
        ++p;
    }
    char digits[20];
    int digitCount = 0;
    while (p < end && *p != 'e') {
        if (*p != '.')
            digits[digitCount++] = *p;
        ++p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);

    // repr switches to exponent notation when the exponent is below -4 or at least 16; the layout then is C's.
    if (exponent < -4 || exponent >= 16) {
        const auto length = std::size_t(end - text);
        std::memcpy(out, text, length);
        return out + length;
    }
    if (negative)
        *out++ = '-';
    if (exponent < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int i = 0; i < -exponent - 1; ++i)
            *out++ = '0';
        std::memcpy(out, digits, std::size_t(digitCount));
        return out + digitCount;
    }
    const int integerDigits = exponent + 1;
    for (int i = 0; i < integerDigits; ++i)
        *out++ = i < digitCount ? digits[i] : '0';
    *out++ = '.';
    if (digitCount <= integerDigits) {
        *out++ = '0';
        return out;
    }
    std::memcpy(out, digits + integerDigits, std::size_t(digitCount - integerDigits));
    return out + (digitCount - integerDigits);
}

QString PythonFloat::repr(double value)
{
    char text[MaxReprLength];
    const char *end = writeRepr(text, value);
    return QString::fromLatin1(text, end - text);
}

} // namespace reelpulse::sentiment
