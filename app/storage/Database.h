#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace reelpulse {

/// One SQLite connection to the store, owned by the thread that opened it.
///
/// Opening creates the data folder if needed, refuses a file that is not a ReelPulse store or
/// that a newer ReelPulse wrote (without touching it), then runs the pending migrations and turns on
/// WAL, foreign keys and a busy timeout.
///
/// Before an existing store is upgraded it is copied (`VACUUM INTO`) to
/// `backups/reelpulse-<UTC time>-v<old version>.sqlite` beside it, and only the newest
/// `BackupsKept` copies are kept. A backup that cannot be written refuses the upgrade and leaves the
/// store untouched; the upgrade itself runs in one transaction (Migrations::migrate), so a failing step
/// leaves the store exactly as it was, and the error names the backup.
/// Every thread opens its own Database (QSqlDatabase connections are per thread).
class Database final
{
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static Result<std::unique_ptr<Database>> open(const QString &dataDir);
    /// Opens an explicit file path (tests, imports).
    static Result<std::unique_ptr<Database>> openFile(const QString &filePath);

    /// How many backups taken before upgrades are kept (the newest).
    static constexpr int BackupsKept = 3;
    /// Where the backups of the store at storeFilePath go: `<its folder>/backups`.
    static QString backupFolder(const QString &storeFilePath);
    /// The backups in a backup folder, newest first (only files named as open() names them).
    static QStringList backups(const QString &backupFolder);

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    /// Runs fn inside a transaction; commits when it returns ok, rolls back otherwise.
    template <typename Fn> auto transaction(Fn &&fn) -> decltype(fn());

private:
    Database(QString connectionName, QString filePath);
    bool begin();
    bool commit();
    void rollback();

    QString m_connectionName;
    QString m_filePath;
};

template <typename Fn> auto Database::transaction(Fn &&fn) -> decltype(fn())
{
    if (!begin())
        return Error::storage(QStringLiteral("Could not start a transaction on the store."));
    auto result = fn();
    if (!result.ok()) {
        rollback();
        return result;
    }
    if (!commit()) {
        rollback();
        return Error::storage(QStringLiteral("Could not save the change to the store."));
    }
    return result;
}

} // namespace reelpulse
