#include "ProblemReport.h"

#include "ActivityLogModel.h"
#include "domain/AppInfo.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString Removed = u"<removed>"_s;

/// Header lines whose whole value is secret.
const QRegularExpression &secretHeaders()
{
    static const QRegularExpression re(
        u"\\b(set-cookie|cookie|authorization|proxy-authorization|x-csrftoken|x-ig-www-claim)(\\s*[:=]\\s*)[^\\r\\n]*"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// `key: value`, `key=value`, `"key": "value"` of secret keys.
const QRegularExpression &secretFields()
{
    static const QRegularExpression re(
        u"\\b(sessionid|session_id|csrftoken|ds_user_id|access_token|refresh_token|id_token|auth_token|token|"
        u"client_secret|secret|password|passwd|api_key|apikey)(\\s*[\"']?\\s*[:=]\\s*[\"']?)([^\\s\"'&;,]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// Cookies and query parameters that carry identities or signatures (`name=value` only).
const QRegularExpression &secretAssignments()
{
    static const QRegularExpression re(
        u"\\b(mid|ig_did|ig_nrcb|datr|rur|shbid|shbts|fbsr_\\w+|code|sig|signature|oh|_nc_ohc|efg)=([^\\s\"'&;,]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// "Bearer <token>".
const QRegularExpression &bearer()
{
    static const QRegularExpression re(u"\\b(bearer)\\s+[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// Long opaque strings of letters and digits (Graph API tokens, session ids pasted on their own).
const QRegularExpression &opaque()
{
    static const QRegularExpression re(u"[A-Za-z0-9_\\-.%:]{40,}"_s);
    return re;
}

bool looksOpaque(QStringView word)
{
    bool letter = false;
    bool digit = false;
    for (QChar c : word) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    return letter && digit;
}

} // namespace

QString ProblemReport::stripSecrets(const QString &text)
{
    QString out = text;
    out.replace(secretHeaders(), u"\\1\\2"_s + Removed);
    out.replace(bearer(), u"\\1 "_s + Removed);
    out.replace(secretFields(), u"\\1\\2"_s + Removed);
    out.replace(secretAssignments(), u"\\1="_s + Removed);

    QString result;
    qsizetype last = 0;
    auto matches = opaque().globalMatch(out);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (!looksOpaque(match.capturedView()))
            continue;
        result += QStringView(out).mid(last, match.capturedStart() - last);
        result += Removed;
        last = match.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

QString ProblemReport::text(const ActivityLogModel &log, const QString &dataDir, int maxLogLines)
{
    // The report is for the people who fix ReelPulse: its labels stay in English whatever the interface language.
    const QString home = QDir::homePath();
    auto withoutHome = [&home](QString value) {
        if (!home.isEmpty() && home != u"/")
            value.replace(home, u"~"_s);
        return value;
    };

    QString report;
    report += u"ReelPulse problem report\n"_s;
    report += u"ReelPulse: %1\n"_s.arg(appVersion());
    report += u"Qt: %1 (built with %2), platform %3\n"_s.arg(
        QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR), QGuiApplication::platformName());
    report += u"System: %1, kernel %2 %3, %4\n"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                                      QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    report += u"Data folder: %1\n"_s.arg(withoutHome(dataDir));

    const int rows = log.rowCount();
    const int first = std::max(0, rows - std::max(0, maxLogLines));
    report += u"\nActivity log, last %1 of %2 lines (secrets removed):\n"_s.arg(rows - first).arg(rows);
    for (int row = first; row < rows; ++row) {
        const QModelIndex index = log.index(row);
        const bool error = index.data(ActivityLogModel::KindRole).toInt() == int(ActivityLogModel::Kind::Error);
        const QString when = index.data(ActivityLogModel::TimeRole).toDateTime().toUTC().toString(Qt::ISODate);
        QString message = index.data(ActivityLogModel::MessageRole).toString();
        message.replace(u'\n', u' ');
        report += u"%1 %2 %3\n"_s.arg(when, error ? u"error"_s : u"info "_s, withoutHome(stripSecrets(message)));
    }
    return report;
}

QString ProblemReport::copyToClipboard(const ActivityLogModel &log, const QString &dataDir)
{
    const QString report = text(log, dataDir);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(report);
    return report;
}

void ProblemReport::addHelpActions(QMenu *help, QWidget *window, const QString &dataDir, const ActivityLogModel &log)
{
    auto *openFolder = help->addAction(tr("Open &Data Folder"));
    openFolder->setObjectName(u"openDataFolderAction"_s);
    openFolder->setToolTip(QDir::toNativeSeparators(dataDir));
    QObject::connect(openFolder, &QAction::triggered, window,
                     [dataDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataDir)); });

    auto *report = help->addAction(tr("&Report a Problem…"));
    report->setObjectName(u"reportProblemAction"_s);
    QObject::connect(report, &QAction::triggered, window, [window, dataDir, &log] {
        const QString text = copyToClipboard(log, dataDir);
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Report a Problem"),
            tr("A report for the ReelPulse developers is on the clipboard: the versions of ReelPulse and Qt, "
               "your system, and the last %1 lines of the activity log, with cookies, session ids and "
               "tokens removed. Paste it into a new issue at %2 and say what happened.")
                .arg(MaxLogLines)
                .arg(u"https://github.com/reelpulse/reelpulse/issues"_s),
            QMessageBox::Ok, window);
        box->setObjectName(u"problemReportBox"_s);
        box->setDetailedText(text);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

} // namespace reelpulse
