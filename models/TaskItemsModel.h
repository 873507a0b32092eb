#pragma once

#include "KeyedTableModel.h"
#include "domain/Result.h"
#include "storage/ScrapeRecords.h"

#include <QList>

namespace reelpulse {

class QueryService;

/// The posts scraped for one task with their latest metrics: a profile's posts newest first, or the
/// post a reel or video task tracks. Loaded a page at a time (canFetchMore/fetchMore), so a profile
/// followed for years costs one small query per screenful.
///
/// Pages are read by the query service on its own thread: fetchMore() starts a read and returns at once,
/// the rows are inserted when it answers (pageFetched()). One read is in flight at a time (canFetchMore()
/// is false meanwhile); setTask() and clear() drop the answers meant for the task shown before.
class TaskItemsModel final : public KeyedTableModel
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

    /// Reads through `queries` (its thread); holds no database connection.
    explicit TaskItemsModel(QueryService &queries, QObject *parent = nullptr);
    ~TaskItemsModel() override;

    /// Shows the posts of `task` (the first page is read when a view asks, or by fetchMore()).
    void setTask(const TaskRef &task);
    /// No task: an empty list.
    void clear();
    std::optional<TaskRef> task() const { return m_task; }
    /// Starts re-reading the posts shown (after a scrape of the task): as many rows as before, at least a
    /// page; reloaded() when they are shown.
    void reload();
    /// True while a page or a reload is being read.
    bool isLoading() const { return m_pending; }
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

signals:
    /// A page read by fetchMore() answered: its rows (if any) are inserted.
    void pageFetched();
    /// A reload answered: the rows shown are the fresh ones.
    void reloaded();
    /// A read failed (lastError() says the same).
    void failed(const QString &message);

private:
    void endReset();
    void applyPage(const Result<QList<StoredItem>> &page);
    void applyReload(const Result<QList<StoredItem>> &items, int wanted);

    QueryService &m_queries;
    std::optional<TaskRef> m_task;
    QList<StoredItem> m_items;
    int m_generation = 0; ///< changes with the task shown: older answers are dropped
    bool m_pending = false;
    bool m_atEnd = true;
    QString m_lastError;
    bool m_announcing = false; ///< inside a reset or insert announcement
};

} // namespace reelpulse
