#pragma once

#include "services/DownloadQueue.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;

namespace reelpulse {

/// The download list, one row per job, fed by DownloadQueue's signals (values only): name, type, owner,
/// size, progress, speed, ETA, status and when it was added. Speed and ETA come from the latest progress of
/// a running job.
class DownloadsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        OwnerColumn,
        SizeColumn,
        ProgressColumn,
        SpeedColumn,
        EtaColumn,
        StatusColumn,
        AddedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        ProgressRole, ///< 0–100 (int)
        StatusRole,   ///< the job's status name (pending, processing, paused, completed, failed, cancelled)
        PathsRole,    ///< QStringList of the finished files
        FolderRole,   ///< the folder of the first file, else the job's folder
        SourceUrlRole,
        SortRole,
    };

    explicit DownloadsModel(QObject *parent = nullptr);
    ~DownloadsModel() override;

    void setEntries(const QList<reelpulse::DownloadListEntry> &entries);
    void applyProgress(const reelpulse::DownloadProgress &progress);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DownloadListEntry *entry(int row) const;
    int rowOf(const QString &jobId) const;

    /// Totals for the status line: jobs, running, bytes done, bytes per second of the running ones.
    struct Totals
    {
        int jobs = 0;
        int running = 0;
        int completed = 0;
        int failed = 0;
        qint64 bytes = 0;
        double speed = 0;
    };
    Totals totals() const;

    static QString displayBytes(qint64 bytes);
    static QString displayStatus(const QString &status);

signals:
    void totalsChanged();

private:
    int progressOf(int row) const;

    QList<DownloadListEntry> m_entries;
    QHash<QString, DownloadProgress> m_progress; ///< the latest progress of running jobs, by job id
    QHash<QString, qint64> m_progressAt;         ///< when it arrived (ms since epoch): no news means no speed
};

} // namespace reelpulse
