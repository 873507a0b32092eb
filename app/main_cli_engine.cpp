#include "cli/CliApp.h"
#include "common/AppInfo.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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
