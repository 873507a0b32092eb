#include "CreatorModels.h"

#include "ModelFormat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

QString platformText(const QString &platform)
{
    if (const auto p = platformFromName(platform))
        return modelformat::displayPlatform(*p);
    return platform;
}

std::optional<qint64> followersOf(const Creator &c)
{
    std::optional<qint64> sum;
    for (const CreatorAccount &a : c.accounts)
        if (a.followers)
            sum = sum.value_or(0) + *a.followers;
    return sum;
}

QVariant rightAligned()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

QString signedCount(std::optional<qint64> value)
{
    if (!value)
        return modelformat::displayCount(value);
    return (*value > 0 ? u"+"_s : QString()) + modelformat::displayCount(value);
}

} // namespace

void CreatorsModel::setCreators(const QList<Creator> &creators)
{
    beginResetModel();
    m_creators = creators;
    endResetModel();
}

int CreatorsModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_creators.size(); ++i)
        if (m_creators.at(i).id == id)
            return int(i);
    return -1;
}

int CreatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_creators.size());
}

int CreatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreatorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Creator &c = m_creators.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AccountsColumn || index.column() == FollowersColumn ? rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case AccountsColumn:
        return QLocale().toString(int(c.accounts.size()));
    case PlatformsColumn: {
        QStringList platforms;
        for (const CreatorAccount &a : c.accounts)
            if (!platforms.contains(platformText(a.platform)))
                platforms.append(platformText(a.platform));
        return platforms.join(u", "_s);
    }
    case FollowersColumn:
        return modelformat::displayCount(followersOf(c));
    default:
        return {};
    }
}

QVariant CreatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Creator");
    case AccountsColumn:
        return tr("Accounts");
    case PlatformsColumn:
        return tr("Platforms");
    case FollowersColumn:
        return tr("Followers");
    default:
        return {};
    }
}

void CreatorAccountsModel::setAccounts(const QList<CreatorAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int CreatorAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int CreatorAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreatorAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreatorAccount &a = m_accounts.at(index.row());
    if (role == IdRole)
        return a.profileTaskId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == FollowersColumn ? rightAligned() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlatformColumn:
        return platformText(a.platform);
    case UsernameColumn:
        return QString(u"@"_s + a.username);
    case FollowersColumn:
        return modelformat::displayCount(a.followers);
    case LinkedColumn:
        return a.linkedAt.isValid() ? modelformat::displayTime(a.linkedAt) : QString();
    default:
        return {};
    }
}

QVariant CreatorAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case UsernameColumn:
        return tr("Account");
    case FollowersColumn:
        return tr("Followers");
    case LinkedColumn:
        return tr("Linked");
    default:
        return {};
    }
}

void CreatorTopItemsModel::setItems(const QList<TopItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int CreatorTopItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CreatorTopItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreatorTopItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopItem &t = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ViewsColumn ? rightAligned() : QVariant();
    if (role == Qt::ToolTipRole && index.column() == VideoColumn)
        return t.item.caption;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PlatformColumn:
        return platformText(t.item.platform);
    case VideoColumn:
        return t.item.shortcode.isEmpty() ? t.item.platformId : t.item.shortcode;
    case AccountColumn:
        return t.item.ownerUsername.isEmpty() ? QString() : QString(u"@"_s + t.item.ownerUsername);
    case ViewsColumn:
        return modelformat::displayCount(t.views);
    case LikesColumn:
        return modelformat::displayCount(t.likes);
    case CommentsColumn:
        return modelformat::displayCount(t.comments);
    case EngagementColumn:
        return modelformat::displayCount(t.engagement);
    default:
        return {};
    }
}

QVariant CreatorTopItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case VideoColumn:
        return tr("Video or post");
    case AccountColumn:
        return tr("Account");
    case ViewsColumn:
        return tr("Views");
    case LikesColumn:
        return tr("Likes");
    case CommentsColumn:
        return tr("Comments");
    case EngagementColumn:
        return tr("Engagement");
    default:
        return {};
    }
}

void LeaderboardModel::setRows(const QList<LeaderboardRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeaderboardRow &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant() : rightAligned();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return QLocale().toString(r.rank);
    case NameColumn:
        return r.name;
    case AccountsColumn:
        return QLocale().toString(r.accounts);
    case FollowersColumn:
        return modelformat::displayCount(r.followers);
    case GrowthColumn:
        return signedCount(r.growth);
    case GrowthPercentColumn:
        return r.growthPercent ? QString(QLocale().toString(*r.growthPercent, 'f', 2) + u" %"_s)
                               : modelformat::displayCount(std::nullopt);
    case EngagementColumn:
        return modelformat::displayCount(r.engagement);
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Creator");
    case AccountsColumn:
        return tr("Accounts");
    case FollowersColumn:
        return tr("Followers");
    case GrowthColumn:
        return tr("Growth");
    case GrowthPercentColumn:
        return tr("Growth %");
    case EngagementColumn:
        return tr("Engagement gained");
    default:
        return {};
    }
}

} // namespace reelpulse
