#pragma once

#include "services/CreatorService.h"

#include <QAbstractTableModel>

namespace reelpulse {

/// The creators: name, accounts, platforms, followers (Σ of the accounts' latest).
class CreatorsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AccountsColumn, PlatformsColumn, FollowersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setCreators(const QList<Creator> &creators);
    const QList<Creator> &creators() const { return m_creators; }
    /// The row of a creator, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Creator> m_creators;
};

/// One creator's accounts: platform, username, followers, linked.
class CreatorAccountsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PlatformColumn, UsernameColumn, FollowersColumn, LinkedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(const QList<CreatorAccount> &accounts);
    const QList<CreatorAccount> &accounts() const { return m_accounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CreatorAccount> m_accounts;
};

/// A creator's top videos and posts across platforms: platform, video, account, views, likes, comments, engagement.
class CreatorTopItemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PlatformColumn,
        VideoColumn,
        AccountColumn,
        ViewsColumn,
        LikesColumn,
        CommentsColumn,
        EngagementColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<TopItem> &items);
    const QList<TopItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TopItem> m_items;
};

/// The creators' leaderboard: rank, creator, accounts, followers, growth, growth %, engagement gained.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        NameColumn,
        AccountsColumn,
        FollowersColumn,
        GrowthColumn,
        GrowthPercentColumn,
        EngagementColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<analytics::LeaderboardRow> &rows);
    const QList<analytics::LeaderboardRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<analytics::LeaderboardRow> m_rows;
};

} // namespace reelpulse
