#include "MainWindow.h"
#include "MessageBox.h"
#include "ScrapeSetup.h"
#include "auth/KeychainSecretStore.h"
#include "domain/AppInfo.h"
#include "i18n/Language.h"
#include "platform/DataDir.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("reelpulse::GuiMain", text);
}

const char *const Usage = QT_TRANSLATE_NOOP(
    "reelpulse::GuiMain", "Usage: reelpulse [--data-dir DIR]\n"
                          "\n"
                          "ReelPulse: track Instagram profiles, reels and TikTok videos on your own machine.\n"
                          "\n"
                          "Options:\n"
                          "  --data-dir DIR   use the store in DIR (default: $REELPULSE_DATA_DIR, else the\n"
                          "                   application data folder); reelpulse-cli uses the same folder\n"
                          "  --version        print the version and exit\n"
                          "  --help           print this help and exit\n"
                          "\n"
                          "Qt's own options (-platform, -style, …) are accepted too.\n");

struct Options
{
    QString dataDir;
    QString error;
};

/// True when argv asks for `--version` or `--help` (answered before any display is opened).
bool hasArgument(int argc, char *argv[], const char *longName, const char *shortName)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], longName) == 0 || qstrcmp(argv[i], shortName) == 0)
            return true;
    return false;
}

/// ReelPulse's options, from the arguments QApplication left (it removes its own, like -platform).
Options parseOptions(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--data-dir") {
            if (i + 1 >= arguments.size()) {
                options.error = QCoreApplication::translate("reelpulse::GuiMain", "--data-dir needs a folder.");
                break;
            }
            options.dataDir = arguments.at(++i);
        } else if (arg.startsWith(u"--data-dir="_s)) {
            options.dataDir = arg.mid(11);
        } else {
            options.error =
                QCoreApplication::translate("reelpulse::GuiMain", "Unknown argument %1 (see reelpulse --help).")
                    .arg(arg);
            break;
        }
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // --version and --help answer without a display: no QApplication is created for them.
    if (hasArgument(argc, argv, "--help", "-h")) {
        QCoreApplication core(argc, argv);
        reelpulse::applyApplicationIdentity();
        reelpulse::i18n::useLanguage(
            reelpulse::i18n::languageSetting(reelpulse::resolveDataDir(parseOptions(core.arguments()).dataDir)));
        QTextStream(stdout) << translated(Usage);
        return 0;
    }
    if (hasArgument(argc, argv, "--version", "-v")) {
        QTextStream(stdout) << u"ReelPulse "_s << reelpulse::appVersion() << Qt::endl;
        return 0;
    }

    // The embedded Instagram sign-in browser (QtWebEngine) needs shared OpenGL contexts, set before
    // the application object exists; its Chromium sandbox refuses to run as root.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
#ifdef Q_OS_UNIX
    if (getuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif

    QApplication app(argc, argv);
    reelpulse::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(u"ReelPulse"_s);
    // The desktop entry (reelpulse.desktop): window icon and grouping on Wayland.
    QGuiApplication::setDesktopFileName(u"reelpulse"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"reelpulse"_s));
    if (qEnvironmentVariableIsEmpty("REELPULSE_DEBUG"))
        QLoggingCategory::setFilterRules(u"reelpulse.*.info=false\nreelpulse.*.debug=false"_s);
    // The language chosen in Settings (ui.language of the data folder), else the system's.
    Options options = parseOptions(QApplication::arguments());
    const QString dataDir = reelpulse::resolveDataDir(options.dataDir);
    reelpulse::i18n::useLanguage(reelpulse::i18n::languageSetting(dataDir));
    if (!options.error.isEmpty()) {
        options = parseOptions(QApplication::arguments()); // its message, in that language
        QTextStream(stderr) << options.error << Qt::endl;
        return 2;
    }
    auto database = reelpulse::Database::open(dataDir);
    if (!database.ok()) {
        reelpulse::MessageBox::error(
            nullptr, QCoreApplication::translate("reelpulse::GuiMain", "ReelPulse cannot open its data"),
            QCoreApplication::translate("reelpulse::GuiMain",
                                        "ReelPulse could not open the data folder %1.\n\n%2\n\n"
                                        "Choose another folder with --data-dir DIR, or fix the folder and start "
                                        "ReelPulse again.")
                .arg(dataDir, database.error().message));
        return 1;
    }
    // The dialogs add, edit and remove tasks through this connection of the GUI thread: single-row writes of
    // constant cost, kept synchronous so a dialog can refuse a duplicate in place. Everything the window shows
    // is read by its QueryService on a database thread of its own.
    reelpulse::TrackingService service(*database.value());
    reelpulse::ScrapeSetup setup;
    setup.autoStart = true;
    setup.secrets = std::make_shared<reelpulse::KeychainSecretStore>(u"ReelPulse"_s);
    reelpulse::MainWindow window(service, dataDir, std::move(setup));
    window.show();
    window.showWelcomeIfFirstRun();
    return app.exec();
}
