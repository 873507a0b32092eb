#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace reelpulse::cli {

/// The arguments of one CLI command after its options were recognised.
struct CommandLine
{
    QStringList positional;
    QHash<QString, QStringList> values;
    QSet<QString> flags;
    bool help = false;

    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
    QString value(const QString &name) const { return values.value(name).value(0); }
    QStringList all(const QString &name) const { return values.value(name); }
};

/// Splits args into positionals, flags (`--pause`) and value options (`--interval-days 3` or `=3`).
/// An unknown option is an Invalid error naming it and the command.
Result<CommandLine> parseCommandLine(const QStringList &args, const QString &command, const QStringList &flags,
                                     const QStringList &valueOptions);

/// An integer option value, with a message naming the option when it is not one.
Result<int> parseInt(const QString &text, const QString &option);

} // namespace reelpulse::cli
