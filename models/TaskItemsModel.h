#pragma once

#include "storage/ScrapeReader.h"
#include "storage/ScrapeRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace reelpulse {

/// The posts scraped for one task with their latest metrics: a profile's posts newest first, or the
/// post a reel or video task tracks. Loaded a page at a time (canFetchMore/fetchMore), so a profile
/// followed for years costs one small query per screenful.
class TaskItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskItemsModel)

public:
    enum Column {
        PostColumn,
        KindColumn,
        TakenAtColumn,
        LikesColumn,
        CommentsColumn,
        ViewsColumn,
        PlaysColumn,
        SharesColumn,
        SavesColumn,
        CaptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ItemRowIdRole = Qt::UserRole + 1, ///< media_items row id (qint64)
        SortRole,                         ///< a value that sorts naturally
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 50;

    /// Reads through `db`, a connection of the calling thread.
    explicit TaskItemsModel(QSqlDatabase db, QObject *parent = nullptr);
    ~TaskItemsModel() override;

    /// Shows the posts of `task` (the first page is read when a view asks, or by fetchMore()).
    void setTask(const TaskRef &task);
    /// No task: an empty list.
    void clear();
    std::optional<TaskRef> task() const { return m_task; }
    /// Re-reads the posts shown (after a scrape of the task); as many rows as before, at least a page.
    Status reload();
    /// The last read error, empty when the last read worked.
    QString lastError() const { return m_lastError; }

    const StoredItem &itemAt(int row) const { return m_items.at(row); }
    /// The row of a media item, or -1.
    int rowOfItem(qint64 itemRowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void endReset();
    ScrapeReader m_reader;
    std::optional<TaskRef> m_task;
    QList<StoredItem> m_items;
    bool m_atEnd = true;
    QString m_lastError;
    bool m_announcing = false; ///< inside a reset or insert announcement
};

} // namespace reelpulse
