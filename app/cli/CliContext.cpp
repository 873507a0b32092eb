#include "cli/CliContext.h"

#include "cli/SentimentFileCommand.h"

#include "platform/DataDir.h"
#include "services/TrackingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : out(out)
    , err(err)
{
}

CliContext::~CliContext() = default;

Result<Database *> CliContext::database()
{
    if (!m_database) {
        auto opened = Database::open(resolveDataDir(dataDir));
        if (!opened.ok())
            return opened.error();
        m_database = std::move(opened.value());
    }
    return m_database.get();
}

Result<TrackingService *> CliContext::tracking()
{
    if (!m_tracking) {
        auto db = database();
        if (!db.ok())
            return db.error();
        m_tracking = std::make_unique<TrackingService>(*db.value());
    }
    return m_tracking.get();
}

int CliContext::fail(const Error &error)
{
    return printError(err, error);
}

void CliContext::printJson(const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

int CliContext::usage(const QString &text)
{
    out << text;
    if (!text.endsWith(u'\n'))
        out << u'\n';
    out.flush();
    return 0;
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += (i + 1 < row.size()) ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        out << line << u'\n';
    }
    out.flush();
}

} // namespace reelpulse::cli
