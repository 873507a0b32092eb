#include "cli/ConfigCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "platform/DataDir.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

namespace {

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::cli::Config",
    "Usage: reelpulse-cli config list [--json]\n"
    "       reelpulse-cli config get <key> [--json]\n"
    "       reelpulse-cli config set <key> <value> [--json]\n"
    "       reelpulse-cli config reset <key> [--json]\n"
    "\n"
    "Show and change the settings of the data folder (<data-dir>/settings.ini). The app and reelpulse-cli\n"
    "read the same values: a change made here applies to the app's next scrape too.\n"
    "Some keys can be overridden by an environment variable, which then wins (shown as 'environment').\n");

QJsonValue jsonValue(const Settings::Key &key, const QVariant &value)
{
    switch (key.type) {
    case Settings::Type::Bool:
        return value.toBool();
    case Settings::Type::Int:
        return value.toLongLong();
    case Settings::Type::Hosts:
        return QJsonArray::fromStringList(value.toStringList());
    case Settings::Type::Choice:
    case Settings::Type::Url:
    case Settings::Type::Text:
        break;
    }
    return value.toString();
}

QString sourceOf(const Settings &settings, const Settings::Key &key)
{
    if (settings.environmentOverride(key.name))
        return u"environment"_s;
    return settings.storedText(key.name) ? u"file"_s : u"default"_s;
}

QJsonObject describe(const Settings &settings, const Settings::Key &key)
{
    QJsonObject o{{u"key"_s, key.name},
                  {u"value"_s, jsonValue(key, settings.value(key.name))},
                  {u"default"_s, jsonValue(key, key.defaultValue)},
                  {u"source"_s, sourceOf(settings, key)},
                  {u"description"_s, Settings::describe(key)}};
    if (key.variable)
        o.insert(u"environment_variable"_s, QString::fromLatin1(key.variable));
    if (key.type == Settings::Type::Choice)
        o.insert(u"choices"_s, QJsonArray::fromStringList(key.choices));
    if (key.type == Settings::Type::Int) {
        o.insert(u"minimum"_s, key.minimum);
        o.insert(u"maximum"_s, key.maximum);
    }
    return o;
}

QString shown(const Settings::Key &key, const QVariant &value)
{
    const QString text = Settings::toText(key, value);
    return text.isEmpty() ? QCoreApplication::translate("reelpulse::cli::Config", "(empty)") : text;
}

const Settings::Key *keyOrFail(CliContext &ctx, const QString &name, int *code)
{
    const Settings::Key *key = Settings::find(name);
    if (!key)
        *code = ctx.fail(Error::invalid(
            u"key"_s,
            QCoreApplication::translate("reelpulse::cli::Config",
                                        "There is no setting \"%1\" ('reelpulse-cli config list' shows them all).")
                .arg(name)));
    return key;
}

} // namespace

int runConfigCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == u"help")
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Config", Usage));
    auto line = parseCommandLine(args, u"config"_s, {}, {});
    if (!line.ok())
        return ctx.fail(line.error());
    if (line->help)
        return ctx.usage(QCoreApplication::translate("reelpulse::cli::Config", Usage));
    const QStringList words = line->positional;
    const QString sub = words.value(0);
    const QHash<QString, qsizetype> arity{{u"list"_s, 0}, {u"get"_s, 1}, {u"set"_s, 2}, {u"reset"_s, 1}};
    if (!arity.contains(sub))
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate(
                              "reelpulse::cli::Config",
                              "Unknown config command '%1': use list, get, set or reset (see 'config --help').")
                              .arg(sub)));
    if (words.size() - 1 != arity.value(sub) && sub == u"list")
        return ctx.fail(Error::invalid(
            u"command"_s, QCoreApplication::translate("reelpulse::cli::Config", "'config list' takes no arguments.")));
    if (words.size() - 1 != arity.value(sub))
        return ctx.fail(Error::invalid(
            u"command"_s,
            sub == u"set"
                ? QCoreApplication::translate("reelpulse::cli::Config", "'config set' takes a key and a value.")
                : QCoreApplication::translate("reelpulse::cli::Config", "'config %1' takes one key.").arg(sub)));
    const QString dataDir = resolveDataDir(ctx.dataDir);
    Settings settings(dataDir);

    if (sub == u"list") {
        if (ctx.json) {
            QJsonArray list;
            for (const Settings::Key &key : Settings::keys())
                list.append(describe(settings, key));
            ctx.printJson(QJsonObject{{u"settings"_s, list}, {u"file"_s, settings.filePath()}});
            return 0;
        }
        QList<QStringList> rows{{QCoreApplication::translate("reelpulse::cli::Config", "KEY"),
                                 QCoreApplication::translate("reelpulse::cli::Config", "VALUE"),
                                 QCoreApplication::translate("reelpulse::cli::Config", "SOURCE"),
                                 QCoreApplication::translate("reelpulse::cli::Config", "DESCRIPTION")}};
        for (const Settings::Key &key : Settings::keys())
            rows.append(
                {key.name, shown(key, settings.value(key.name)), sourceOf(settings, key), Settings::describe(key)});
        printTable(ctx.out, rows);
        ctx.out << QCoreApplication::translate("reelpulse::cli::Config", "Settings file: %1")
                       .arg(QDir::toNativeSeparators(settings.filePath()))
                << Qt::endl;
        return 0;
    }

    int code = 0;
    const Settings::Key *key = keyOrFail(ctx, words.at(1), &code);
    if (!key)
        return code;
    if (sub == u"set") {
        if (auto s = settings.set(key->name, words.at(2)); !s.ok())
            return ctx.fail(s.error());
    } else if (sub == u"reset") {
        if (auto s = settings.reset(key->name); !s.ok())
            return ctx.fail(s.error());
    }
    if (ctx.json) {
        ctx.printJson(describe(settings, *key));
        return 0;
    }
    if (sub == u"get") {
        ctx.out << Settings::toText(*key, settings.value(key->name)) << Qt::endl;
    } else {
        ctx.out << u"%1 = %2"_s.arg(key->name, shown(*key, settings.value(key->name))) << Qt::endl;
    }
    if (auto env = settings.environmentOverride(key->name); env && sub != u"get")
        ctx.err << QCoreApplication::translate(
                       "reelpulse::cli::Config",
                       "Note: %1 is set in the environment and wins over the file while it is set.")
                       .arg(QString::fromLatin1(key->variable))
                << Qt::endl;
    return 0;
}

} // namespace reelpulse::cli
