#pragma once

#include <QString>

namespace reelpulse::sentiment {

// Python's repr() of a float, byte for byte: the shortest digits that read back to the same double, in fixed
// notation when the decimal exponent is in [-4, 16) ("0.0", "-0.0", "0.0002", "1e-05", "1e+16"), "inf", "nan".
class PythonFloat final
{
public:
    PythonFloat() = delete;

    // The longest repr (e.g. "-2.2250738585072014e-308") fits in this many bytes.
    static constexpr int MaxReprLength = 32;

    // Writes repr(value) at out (room for MaxReprLength bytes) and returns the end. Values with at most four
    // decimals and a magnitude below one million (every rounded VADER score) take an integer-only path.
    static char *writeRepr(char *out, double value);
    // The general path alone (shortest round-trip digits from std::to_chars, laid out like Python).
    static char *writeReprGeneral(char *out, double value);

    static QString repr(double value);
};

} // namespace reelpulse::sentiment
