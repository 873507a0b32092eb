// reelpulse-cli: the engine without a window, one portable executable. Every command opens only what it
// needs (the store on first use, the network clients only for commands that read a platform), so
// `sentiment file` starts and scores at once.
#include "cli/CliApp.h"
#include "domain/AppInfo.h"

#include "cli/ExportCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // `export` draws charts: it runs in reelpulse-cli-export beside this program (which loads QtGui, QtWidgets,
    // QtCharts and QtSvg on the offscreen platform), so that every other command starts without them.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (reelpulse::cli::commandDraws(arguments)) {
        const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
        const QByteArray program =
            QFile::encodeName(reelpulse::cli::exportProgram(self.isEmpty() ? QString::fromLocal8Bit(argv[0]) : self));
        argv[0] = const_cast<char *>(program.constData());
        ::execv(program.constData(), argv);
        std::fprintf(stderr, "error: cannot run %s: drawing charts needs it beside reelpulse-cli.\n",
                     program.constData());
        return 1;
    }
    QCoreApplication app(argc, argv);
    reelpulse::applyApplicationIdentity();
    // Diagnostics go to stderr only when asked for (QT_LOGGING_RULES or REELPULSE_DEBUG=1).
    if (qEnvironmentVariableIsEmpty("REELPULSE_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("reelpulse.*.info=false\nreelpulse.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return reelpulse::cli::runCli(app.arguments().mid(1), out, err);
}
