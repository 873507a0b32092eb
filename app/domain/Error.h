#pragma once

#include <QString>

namespace reelpulse {

/// What kind of failure an operation met. The CLI maps each kind to an exit code.
enum class ErrorKind {
    Invalid,  ///< the input breaks a rule (exit 2)
    NotFound, ///< the thing asked for does not exist (exit 3)
    Conflict, ///< it would duplicate something that exists (exit 4)
    Storage,  ///< the local store failed or cannot be used (exit 1)
    Network,  ///< a request failed (exit 1)
    Other,    ///< anything else (exit 1)
};

/// An error as a value: a kind, the field it concerns (may be empty) and a message a person can act on.
struct Error
{
    ErrorKind kind = ErrorKind::Other;
    QString field;
    QString message;

    static Error invalid(const QString &field, const QString &message) { return {ErrorKind::Invalid, field, message}; }
    static Error notFound(const QString &message) { return {ErrorKind::NotFound, {}, message}; }
    static Error conflict(const QString &message) { return {ErrorKind::Conflict, {}, message}; }
    static Error storage(const QString &message) { return {ErrorKind::Storage, {}, message}; }
    static Error other(const QString &message) { return {ErrorKind::Other, {}, message}; }
};

/// The process exit code the CLI uses for an error kind.
int exitCodeFor(ErrorKind kind);

} // namespace reelpulse
