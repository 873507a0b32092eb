#pragma once

#include "domain/Error.h"

#include <utility>
#include <variant>

namespace reelpulse {

/// A value or an Error. Errors are values in the core; nothing throws across an event loop.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    /// By value: a range-for over a temporary Result (`for (auto &x : read().value())`) keeps the list alive.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace reelpulse
