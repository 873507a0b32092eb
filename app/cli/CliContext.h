#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QTextStream>
#include <memory>

namespace reelpulse {
class Database;
class TrackingService;
} // namespace reelpulse

namespace reelpulse::cli {

/// What every command gets: the global options, the output streams and the store (opened on first use).
class CliContext final
{
public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    QString dataDir;
    bool json = false;
    QTextStream &out;
    QTextStream &err;

    /// Opens the store in dataDir on first use.
    Result<Database *> database();
    /// The tracking rules over the opened store.
    Result<TrackingService *> tracking();

    /// Prints the error on stderr and returns the exit code for its kind.
    int fail(const Error &error);
    /// Prints a JSON document, indented, on stdout.
    void printJson(const QJsonObject &object);
    /// Prints a usage text on stdout and returns 0.
    int usage(const QString &text);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TrackingService> m_tracking;
};

/// Prints rows as aligned columns (the first row is the header).
void printTable(QTextStream &out, const QList<QStringList> &rows);

} // namespace reelpulse::cli
