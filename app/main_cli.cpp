// reelpulse-cli: the engine without a window, one portable executable. Every command opens only what it
// needs (the store on first use, the network clients only for commands that read a platform), so
// `sentiment file` starts and scores at once.
#include "cli/CliApp.h"
#include "domain/AppInfo.h"

#include "cli/ExportCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // `export` draws charts (Qt Charts needs a QApplication): only that command makes one, on the offscreen platform
    // when no display is set. Every other command keeps a QCoreApplication and creates no GUI object.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> application;
    if (reelpulse::cli::commandDraws(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    reelpulse::applyApplicationIdentity();
    // Diagnostics go to stderr only when asked for (QT_LOGGING_RULES or REELPULSE_DEBUG=1).
    if (qEnvironmentVariableIsEmpty("REELPULSE_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("reelpulse.*.info=false\nreelpulse.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return reelpulse::cli::runCli(app.arguments().mid(1), out, err);
}
