#include "cli/CommandLine.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

Result<CommandLine> parseCommandLine(const QStringList &args, const QString &command, const QStringList &flags,
                                     const QStringList &valueOptions)
{
    CommandLine line;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositional || !arg.startsWith(u"--"_s) || arg == u"--") {
            if (arg == u"--" && !onlyPositional) {
                onlyPositional = true;
                continue;
            }
            if (!onlyPositional && arg == u"-h") {
                line.help = true;
                continue;
            }
            line.positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (name == u"help") {
            line.help = true;
            continue;
        }
        if (flags.contains(name)) {
            if (hasInline)
                return Error::invalid(name,
                                      QCoreApplication::translate("reelpulse::cli", "--%1 takes no value.").arg(name));
            line.flags.insert(name);
            continue;
        }
        if (valueOptions.contains(name)) {
            if (!hasInline) {
                if (i + 1 >= args.size())
                    return Error::invalid(
                        name, QCoreApplication::translate("reelpulse::cli", "--%1 needs a value.").arg(name));
                inlineValue = args.at(++i);
            }
            line.values[name].append(inlineValue);
            continue;
        }
        return Error::invalid(
            name, QCoreApplication::translate("reelpulse::cli", "Unknown option --%1 for '%2' (see '%2 --help').")
                      .arg(name, command));
    }
    return line;
}

Result<int> parseInt(const QString &text, const QString &option)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return Error::invalid(option,
                              QCoreApplication::translate("reelpulse::cli", "--%1 must be a whole number (got \"%2\").")
                                  .arg(option, text));
    return value;
}

} // namespace reelpulse::cli
