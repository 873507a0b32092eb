#pragma once

#include "domain/Result.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeRecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace reelpulse {

/// The stored comments of one post (replies included), newest first, loaded a page at a time
/// (canFetchMore/fetchMore) as a view scrolls. Each comment shows its sentiment label, which the
/// person may override by hand (setManualLabel) or give back to the engine (setAutomaticLabel).
class CommentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsModel)

public:
    enum Column { AuthorColumn, TextColumn, LikesColumn, PostedColumn, SentimentColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        CommentIdRole = Qt::UserRole + 1, ///< comments row id (qint64)
        TextRole,                         ///< the whole text (the display shows one line)
        SentimentLabelRole,               ///< "positive", "negative", "neutral" or empty
        ManualRole,                       ///< true when the label was set by hand
        IsReplyRole,                      ///< true for a reply to another comment
    };
    Q_ENUM(Role)

    /// Manual labels a person can choose (an int mirror of sentiment::Label, kept out of this header).
    enum class ManualLabel { Positive, Negative, Neutral };

    static constexpr int PageSize = 100;

    /// Reads and writes through `db`, a connection of the calling thread.
    explicit CommentsModel(QSqlDatabase db, QObject *parent = nullptr);
    ~CommentsModel() override;

    /// Shows the comments of a media item (counts them; the first page is read when a view asks).
    Status setItem(qint64 itemRowId);
    void clear();
    std::optional<qint64> item() const { return m_item; }
    /// How many comments the item has in the store (all pages).
    int totalCount() const { return m_total; }
    /// Re-reads the comments (after a scrape or a relabel elsewhere): as many rows as before.
    Status reload();

    const StoredComment &commentAt(int row) const { return m_comments.at(row); }

    /// Sets a label by hand: saved in the store, kept by every later scoring run.
    Status setManualLabel(int row, ManualLabel label);
    /// Drops the hand-set label: the comment is scored again now and shows the engine's label.
    Status setAutomaticLabel(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// A label changed by hand (the item's sentiment summary changes with it).
    void labelsChanged();

private:
    void endReset();
    void rowChanged(int row);

    QSqlDatabase m_db;
    ScrapeReader m_reader;
    std::optional<qint64> m_item;
    QList<StoredComment> m_comments;
    int m_total = 0;
    bool m_announcing = false; ///< inside a reset or insert announcement
};

} // namespace reelpulse
