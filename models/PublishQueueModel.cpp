#include "PublishQueueModel.h"

#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

PublishQueueModel::PublishQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PublishQueueModel::~PublishQueueModel() = default;

void PublishQueueModel::setPosts(const QList<PublishPost> &posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

std::optional<PublishPost> PublishQueueModel::postAt(int row) const
{
    if (row < 0 || row >= m_posts.size())
        return std::nullopt;
    return m_posts.at(row);
}

int PublishQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int PublishQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PublishQueueModel::stateText(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return tr("Draft");
    case PostState::Scheduled:
        return tr("Scheduled");
    case PostState::Creating:
    case PostState::Processing:
    case PostState::Publishing:
        return tr("Publishing");
    case PostState::Published:
        return tr("Published");
    case PostState::Failed:
        return tr("Failed");
    case PostState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QColor PublishQueueModel::stateColor(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return QColor(0x8a, 0x8f, 0x98);
    case PostState::Scheduled:
        return QColor(0x2f, 0x6f, 0xd6);
    case PostState::Creating:
    case PostState::Processing:
    case PostState::Publishing:
        return QColor(0xd9, 0x8a, 0x1c);
    case PostState::Published:
        return QColor(0x2e, 0x9d, 0x57);
    case PostState::Failed:
        return QColor(0xc9, 0x3a, 0x3a);
    case PostState::Cancelled:
        return QColor(0xb0, 0xb0, 0xb0);
    }
    return {};
}

QVariant PublishQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_posts.size())
        return {};
    const PublishPost &p = m_posts.at(index.row());
    if (role == PostIdRole)
        return p.id;
    if (role == StateRole)
        return int(p.state);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return stateColor(p.state);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return p.lastError.isEmpty() ? QVariant() : QVariant(p.lastError);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: {
        const auto when = p.publishedAt ? p.publishedAt : p.scheduledAt;
        return when ? when->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : tr("not scheduled");
    }
    case AccountColumn:
        return QString(u"@"_s + p.accountUsername);
    case KindColumn:
        switch (p.kind) {
        case PostKind::Image:
            return tr("Image");
        case PostKind::Carousel:
            return tr("Carousel (%n items)", nullptr, int(p.items.size()));
        case PostKind::Reel:
            return tr("Reel");
        case PostKind::Story:
            return tr("Story");
        }
        return {};
    case StatusColumn:
        return stateText(p.state);
    case CaptionColumn:
        return QString(p.caption).replace(u'\n', u' ').left(80);
    case ReasonColumn:
        return p.lastError;
    default:
        return {};
    }
}

QVariant PublishQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case AccountColumn:
        return tr("Account");
    case KindColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case CaptionColumn:
        return tr("Caption");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace reelpulse
