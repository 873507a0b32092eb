#pragma once

#include "storage/PublishStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace reelpulse {

/// The publishing queue: drafts, scheduled, publishing, published and failed posts, with the reason of a failure.
/// Fed with values (PublishingService answers on a worker thread); holds no connection.
class PublishQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishQueueModel)

public:
    enum Column { WhenColumn, AccountColumn, KindColumn, StatusColumn, CaptionColumn, ReasonColumn, ColumnCount };
    enum Role { PostIdRole = Qt::UserRole + 1, StateRole };

    explicit PublishQueueModel(QObject *parent = nullptr);
    ~PublishQueueModel() override;

    void setPosts(const QList<PublishPost> &posts);
    const QList<PublishPost> &posts() const { return m_posts; }
    std::optional<PublishPost> postAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Scheduled", "Published", … as people read it.
    static QString stateText(PostState state);
    /// The colour a state is drawn with in the queue and the calendar.
    static QColor stateColor(PostState state);

private:
    QList<PublishPost> m_posts;
};

} // namespace reelpulse
