#include "DownloadsModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

constexpr qint64 StalledAfterMs = 3000;

} // namespace

DownloadsModel::DownloadsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Speed and ETA age: a transfer that stopped sending shows no speed after a few seconds.
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, [this] {
        for (qsizetype row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).job.status == u"processing")
                emit dataChanged(index(int(row), SpeedColumn), index(int(row), EtaColumn));
        }
    });
    timer->start();
}

DownloadsModel::~DownloadsModel() = default;

QString DownloadsModel::displayBytes(qint64 bytes)
{
    if (bytes <= 0)
        return u"–"_s;
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString DownloadsModel::displayStatus(const QString &status)
{
    if (status == u"pending")
        return tr("Queued");
    if (status == u"processing")
        return tr("Downloading");
    if (status == u"paused")
        return tr("Paused");
    if (status == u"completed")
        return tr("Completed");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"cancelled")
        return tr("Cancelled");
    return status;
}

void DownloadsModel::setEntries(const QList<DownloadListEntry> &entries)
{
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).job.id == m_entries.at(i).job.id;
    QSet<QString> running;
    for (const DownloadListEntry &e : entries) {
        if (e.job.status == u"processing" || e.job.status == u"pending")
            running.insert(e.job.id);
    }
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        if (!running.contains(it.key())) {
            m_progressAt.remove(it.key());
            it = m_progress.erase(it);
        } else
            ++it;
    }
    if (sameRows) {
        m_entries = entries;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }
    emit totalsChanged();
}

void DownloadsModel::applyProgress(const DownloadProgress &progress)
{
    m_progress.insert(progress.jobId, progress);
    m_progressAt.insert(progress.jobId, QDateTime::currentMSecsSinceEpoch());
    const int row = rowOf(progress.jobId);
    if (row >= 0)
        emit dataChanged(index(row, SizeColumn), index(row, StatusColumn));
    emit totalsChanged();
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int DownloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DownloadListEntry *DownloadsModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int DownloadsModel::rowOf(const QString &jobId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).job.id == jobId)
            return static_cast<int>(i);
    }
    return -1;
}

int DownloadsModel::progressOf(int row) const
{
    const DownloadJobRecord &job = m_entries.at(row).job;
    if (job.status == u"completed")
        return 100;
    if (const auto it = m_progress.constFind(job.id); it != m_progress.constEnd() && it->bytesTotal > 0)
        return int(std::clamp<qint64>(it->bytesDone * 100 / it->bytesTotal, 0, 100));
    if (job.bytesTotal && *job.bytesTotal > 0)
        return int(std::clamp<qint64>(job.bytesDone * 100 / *job.bytesTotal, 0, 99));
    return 0;
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    const DownloadListEntry *e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const DownloadJobRecord &job = e->job;
    const auto progressIt = m_progress.constFind(job.id);
    const bool live = progressIt != m_progress.constEnd() && job.status == u"processing";
    const bool flowing = live && QDateTime::currentMSecsSinceEpoch() - m_progressAt.value(job.id) < StalledAfterMs;
    switch (role) {
    case JobIdRole:
        return job.id;
    case ProgressRole:
        return progressOf(index.row());
    case StatusRole:
        return job.status;
    case PathsRole:
        return e->paths;
    case FolderRole:
        return e->paths.isEmpty() ? job.folder : QFileInfo(e->paths.first()).path();
    case SourceUrlRole:
        return job.sourceUrl;
    case Qt::ToolTipRole:
        if (!job.errorMessage.isEmpty())
            return QString(job.errorMessage + (job.errorDetails.isEmpty() ? QString() : u"\n"_s + job.errorDetails));
        return e->paths.join(u'\n');
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && job.status == u"failed")
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (index.column() == StatusColumn && job.status == u"completed")
            return QBrush(QColor(0x1e, 0x84, 0x49));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn || index.column() == EtaColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case NameColumn:
        if (e->paths.size() > 1)
            return tr("%1 (%n files)", nullptr, int(e->paths.size())).arg(job.target);
        return job.target;
    case TypeColumn: {
        QString kind = job.kind == u"video"                             ? tr("TikTok video")
                       : job.kind == u"reel"                            ? tr("Reel")
                       : job.kind == u"carousel" || e->paths.size() > 1 ? tr("Carousel")
                       : job.kind == u"story"                           ? tr("Story")
                                                                        : tr("Post");
        if (job.downloadType == u"audio_only")
            kind = tr("%1 (audio)").arg(kind);
        return job.zip ? tr("%1 (ZIP)").arg(kind) : kind;
    }
    case OwnerColumn:
        return job.owner.isEmpty() ? u"–"_s : u"@"_s + job.owner;
    case SizeColumn: {
        qint64 bytes = job.bytesTotal.value_or(job.bytesDone);
        if (live && progressIt->bytesTotal > 0)
            bytes = progressIt->bytesTotal;
        return sort ? QVariant(bytes) : QVariant(displayBytes(bytes));
    }
    case ProgressColumn:
        return progressOf(index.row());
    case SpeedColumn: {
        const double speed = flowing ? progressIt->bytesPerSecond : 0;
        return sort ? QVariant(speed) : QVariant(speed > 0 ? displayBytes(qint64(speed)) + tr("/s") : QString());
    }
    case EtaColumn: {
        if (!flowing || progressIt->bytesPerSecond <= 0 || progressIt->bytesTotal <= 0)
            return sort ? QVariant(qint64(-1)) : QVariant(QString());
        const qint64 seconds =
            qint64(std::ceil(double(progressIt->bytesTotal - progressIt->bytesDone) / progressIt->bytesPerSecond));
        if (sort)
            return seconds;
        return seconds >= 3600 ? tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60)
               : seconds >= 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                               : tr("%1 s").arg(seconds);
    }
    case StatusColumn:
        if (job.status == u"failed" && !job.errorCode.isEmpty())
            return tr("Failed: %1").arg(job.errorMessage.left(80));
        if (job.status == u"paused" && job.errorCode == u"LOW_DISK_SPACE")
            return tr("Paused: low disk space");
        return displayStatus(job.status);
    case AddedColumn:
        return sort ? QVariant(job.createdAt.toMSecsSinceEpoch())
                    : QVariant(QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case OwnerColumn:
        return tr("Owner");
    case SizeColumn:
        return tr("Size");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("ETA");
    case StatusColumn:
        return tr("Status");
    case AddedColumn:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

DownloadsModel::Totals DownloadsModel::totals() const
{
    Totals t;
    t.jobs = static_cast<int>(m_entries.size());
    for (const DownloadListEntry &e : m_entries) {
        if (e.job.status == u"processing")
            t.running += 1;
        if (e.job.status == u"completed")
            t.completed += 1;
        if (e.job.status == u"failed")
            t.failed += 1;
        t.bytes += e.job.bytesDone;
        if (const auto it = m_progress.constFind(e.job.id);
            it != m_progress.constEnd() && e.job.status == u"processing" &&
            QDateTime::currentMSecsSinceEpoch() - m_progressAt.value(e.job.id) < StalledAfterMs)
            t.speed += it->bytesPerSecond;
    }
    return t;
}

} // namespace reelpulse
