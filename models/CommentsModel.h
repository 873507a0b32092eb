#pragma once

#include "KeyedTableModel.h"
#include "domain/Result.h"
#include "sentiment/SentimentTypes.h"
#include "services/QueryService.h"
#include "storage/ScrapeRecords.h"

#include <QList>
#include <optional>

namespace reelpulse {

/// The stored comments of one post (replies included), newest first, loaded a page at a time
/// (canFetchMore/fetchMore) as a view scrolls, with the post's sentiment overview (counts kept at write
/// time). Each comment shows its sentiment label, which the person may override by hand
/// (setManualLabel) or give back to the engine (setAutomaticLabel).
///
/// Everything is read and written by the query service on its own thread: each call starts the work and
/// returns at once, the rows change when the answer arrives. One page read is in flight at a time
/// (canFetchMore() is false meanwhile); setItem() and clear() drop the answers meant for the post shown
/// before. The model holds no database connection.
class CommentsModel final : public KeyedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsModel)

public:
    enum Column { AuthorColumn, TextColumn, LikesColumn, PostedColumn, SentimentColumn, LanguageColumn, ColumnCount };
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

    /// Reads and writes through `queries` (its thread).
    explicit CommentsModel(QueryService &queries, QObject *parent = nullptr);
    ~CommentsModel() override;

    /// Shows the comments of a media item and starts reading its sentiment overview (the first page is
    /// read when a view asks, or by fetchMore()).
    void setItem(qint64 itemRowId);
    void clear();
    std::optional<qint64> item() const { return m_item; }
    /// How many comments the item has in the store (all pages), from its overview; 0 until that is read.
    int totalCount() const { return m_overview ? m_overview->stored : 0; }
    /// The item's sentiment summary and counts, once read (overviewChanged()).
    const std::optional<SentimentOverview> &overview() const { return m_overview; }
    /// Starts re-reading the comments (after a scrape or a re-scoring) and the overview: as many rows as
    /// before; reloaded() when they are shown.
    void reload();
    /// True while a page or a reload is being read.
    bool isLoading() const { return m_pending; }
    /// The mode a comment given back to the engine is scored in (ScrapeController::sentimentMode()).
    void setSentimentMode(sentiment::Mode mode) { m_mode = mode; }
    sentiment::Mode sentimentMode() const { return m_mode; }

    const StoredComment &commentAt(int row) const { return m_comments.at(row); }
    /// The row of a comment, or -1.
    int rowOfComment(qint64 commentId) const;

    /// Starts setting a label by hand (saved in the store, kept by every later scoring run); the row shows
    /// it when the store answered (labelChanged()). An error for a row that does not exist.
    Status setManualLabel(int row, ManualLabel label);
    /// Starts dropping the hand-set label: the comment is scored again now and shows the engine's label.
    Status setAutomaticLabel(int row);

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
    /// The item's sentiment overview was read (after setItem(), reload() or a label change).
    void overviewChanged();
    /// A label was saved and its row shows it (the overview is read again).
    void labelChanged(qint64 commentId);
    /// A read or a write failed.
    void failed(const QString &message);

private:
    void endReset();
    void readOverview();
    void applyPage(const Result<QList<StoredComment>> &page);
    void applyLabel(const Result<CommentLabel> &label);

    QueryService &m_queries;
    std::optional<qint64> m_item;
    QList<StoredComment> m_comments;
    std::optional<SentimentOverview> m_overview;
    sentiment::Mode m_mode = sentiment::Mode::Social;
    int m_generation = 0; ///< changes with the item shown: older answers are dropped
    bool m_pending = false;
    bool m_atEnd = true;
    bool m_announcing = false; ///< inside a reset or insert announcement
};

} // namespace reelpulse
