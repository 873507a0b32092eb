// reelpulse-cli: the light front of the command line. `sentiment file` runs here, in a process that
// loads only Qt Core and the sentiment engine, so scoring a file starts at once. Every other command is
// handed to reelpulse-cli-engine (same arguments, same process id, same exit code) by exec.
#include "cli/SentimentFileCommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

/// The command and sub-command words, skipping the global options (which may stand anywhere).
QStringList commandWords(const QStringList &args, QStringList *rest)
{
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json") || arg.startsWith(QLatin1String("--data-dir=")))
            continue;
        if (arg == QLatin1String("--data-dir")) {
            ++i;
            continue;
        }
        if (words.size() < 2 && !arg.startsWith(QLatin1Char('-')))
            words << arg;
        else
            *rest << arg;
    }
    return words;
}

bool runsHere(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QStringList rest;
    const QStringList words = commandWords(args, &rest);
    return words == QStringList{QStringLiteral("sentiment"), QStringLiteral("file")} &&
           !rest.contains(QStringLiteral("--help")) && !rest.contains(QStringLiteral("-h"));
}

std::string engineBeside(const std::string &dir, const char *relative)
{
    return dir + "/" + relative + "/reelpulse-cli-engine";
}

} // namespace

int main(int argc, char *argv[])
{
    if (runsHere(argc, argv)) {
        QCoreApplication app(argc, argv);
        QStringList rest;
        commandWords(app.arguments().mid(1), &rest);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return reelpulse::cli::runSentimentFile(rest, out, err);
    }

    // The engine sits beside this program (build tree) or in libexec (installed).
    char self[4096] = {};
    const ssize_t length = readlink("/proc/self/exe", self, sizeof(self) - 1);
    const std::string dir =
        length > 0 ? QFileInfo(QString::fromLocal8Bit(self, length)).absolutePath().toStdString() : std::string(".");
    for (const std::string &engine : {engineBeside(dir, "."), engineBeside(dir, REELPULSE_ENGINE_RELATIVE_DIR)}) {
        if (access(engine.c_str(), X_OK) == 0) {
            execv(engine.c_str(), argv);
            std::fprintf(stderr, "error: cannot start %s: %s\n", engine.c_str(), std::strerror(errno));
            return 1;
        }
    }
    std::fprintf(stderr, "error: reelpulse-cli-engine is missing beside %s; reinstall ReelPulse.\n", dir.c_str());
    return 1;
}
