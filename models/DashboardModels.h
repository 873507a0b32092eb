#pragma once

#include "analytics/ProfileStats.h"

#include <QAbstractTableModel>

namespace reelpulse {

/// A dashboard's top posts (best engagement rate first): post, kind, posted, engagement, engagement rate.
class TopPostsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PostColumn, KindColumn, PostedColumn, EngagementColumn, RateColumn, ViewsColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPosts(const QList<analytics::PostPoint> &posts);
    const analytics::PostPoint &post(int row) const { return m_posts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analytics::PostPoint> m_posts;
};

/// Competitor comparison: one row per profile (own first), one column per measure.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProfileColumn,
        FollowersColumn,
        GrowthColumn,
        PostsPerWeekColumn,
        MedianRateColumn,
        ReelsShareColumn,
        PositiveColumn,
        NegativeColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setProfiles(const QList<analytics::ProfileStats> &profiles);
    const QList<analytics::ProfileStats> &profiles() const { return m_profiles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analytics::ProfileStats> m_profiles;
};

} // namespace reelpulse
