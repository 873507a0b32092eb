// reelpulse-cli: the engine without a window, one portable executable. Every command opens only what it
// needs (the store on first use, the network clients only for commands that read a platform), so
// `sentiment file` starts and scores at once.
#include "cli/CliApp.h"
#include "domain/AppInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    reelpulse::applyApplicationIdentity();
    // Diagnostics go to stderr only when asked for (QT_LOGGING_RULES or REELPULSE_DEBUG=1).
    if (qEnvironmentVariableIsEmpty("REELPULSE_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("reelpulse.*.info=false\nreelpulse.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return reelpulse::cli::runCli(app.arguments().mid(1), out, err);
}
