#include "DashboardModels.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse {

namespace {

QString unknown()
{
    return QCoreApplication::translate("reelpulse::DashboardModels", "–");
}

QString percentText(std::optional<double> value, double scale = 1.0, int decimals = 1)
{
    return value ? QLocale().toString(*value * scale, 'f', decimals) + u" %"_s : unknown();
}

} // namespace

void TopPostsModel::setPosts(const QList<PostPoint> &posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

int TopPostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_posts.size());
}

int TopPostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopPostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostPoint &p = m_posts.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= EngagementColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == PostColumn)
        return p.item.caption.value_or(QString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PostColumn:
        return p.item.shortcode.isEmpty() ? p.item.platformId : p.item.shortcode;
    case KindColumn:
        return mediaKindName(p.item.kind);
    case PostedColumn:
        return p.item.takenAt ? QLocale().toString(p.item.takenAt->toLocalTime(), QLocale::ShortFormat) : unknown();
    case EngagementColumn:
        return p.engagement ? QLocale().toString(*p.engagement) : unknown();
    case RateColumn:
        return percentText(p.engagementRate, 100.0, 2);
    case ViewsColumn:
        return p.views ? QLocale().toString(*p.views) : unknown();
    default:
        return {};
    }
}

QVariant TopPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PostColumn:
        return tr("Post");
    case KindColumn:
        return tr("Kind");
    case PostedColumn:
        return tr("Posted");
    case EngagementColumn:
        return tr("Engagement");
    case RateColumn:
        return tr("Engagement rate");
    case ViewsColumn:
        return tr("Views");
    default:
        return {};
    }
}

void ComparisonModel::setProfiles(const QList<ProfileStats> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileStats &p = m_profiles.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() > ProfileColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::FontRole && index.column() == ProfileColumn && !p.isCompetitor) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProfileColumn:
        return p.isCompetitor ? u"@"_s + p.username : tr("@%1 (own)").arg(p.username);
    case FollowersColumn:
        return p.followers ? QLocale().toString(*p.followers) : unknown();
    case GrowthColumn:
        return p.growth.isEmpty() ? unknown() : percentText(p.growth.last().percent, 1.0, 2);
    case PostsPerWeekColumn:
        return p.postsPerWeek ? QLocale().toString(*p.postsPerWeek, 'f', 1) : unknown();
    case MedianRateColumn:
        return percentText(p.medianEngagementRate, 100.0, 2);
    case ReelsShareColumn:
        return percentText(p.reelsShare);
    case PositiveColumn:
        return percentText(p.positiveShare);
    case NegativeColumn:
        return percentText(p.negativeShare);
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case FollowersColumn:
        return tr("Followers");
    case GrowthColumn:
        return tr("Growth (90 d)");
    case PostsPerWeekColumn:
        return tr("Posts / week");
    case MedianRateColumn:
        return tr("Median ER");
    case ReelsShareColumn:
        return tr("Reels");
    case PositiveColumn:
        return tr("Positive");
    case NegativeColumn:
        return tr("Negative");
    default:
        return {};
    }
}

} // namespace reelpulse
