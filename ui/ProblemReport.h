#pragma once

#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace reelpulse {

class ActivityLogModel;

/// Help › Report a Problem: what a bug report needs, ready to paste: ReelPulse's version, the Qt version, the
/// system, and the last lines of the activity log with secrets removed (cookies, session ids, tokens,
/// passwords, OAuth codes), and the home folder shown as "~".
class ProblemReport final
{
    Q_DECLARE_TR_FUNCTIONS(reelpulse::ProblemReport)

public:
    /// The activity log lines a report carries at most (the newest).
    static constexpr int MaxLogLines = 200;

    ProblemReport() = delete;

    /// `text` with every secret it may carry replaced by "<removed>".
    static QString stripSecrets(const QString &text);
    /// The report of this session.
    static QString text(const ActivityLogModel &log, const QString &dataDir, int maxLogLines = MaxLogLines);
    /// Puts the report on the clipboard and returns it.
    static QString copyToClipboard(const ActivityLogModel &log, const QString &dataDir);

    /// Adds "Open Data Folder" and "Report a Problem…" to the Help menu of `window`.
    static void addHelpActions(QMenu *help, QWidget *window, const QString &dataDir, const ActivityLogModel &log);
};

} // namespace reelpulse
