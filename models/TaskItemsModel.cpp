#include "TaskItemsModel.h"

#include "ModelFormat.h"
#include "WhenReady.h"
#include "services/QueryService.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

std::optional<qint64> metric(const StoredItem &item, int column)
{
    if (!item.latest)
        return std::nullopt;
    const MetricsSnapshot &m = *item.latest;
    switch (column) {
    case TaskItemsModel::LikesColumn:
        return m.likes;
    case TaskItemsModel::CommentsColumn:
        return m.comments;
    case TaskItemsModel::ViewsColumn:
        return m.views;
    case TaskItemsModel::PlaysColumn:
        return m.plays;
    case TaskItemsModel::SharesColumn:
        return m.shares;
    case TaskItemsModel::SavesColumn:
        return m.saves;
    default:
        break;
    }
    return std::nullopt;
}

QString postName(const StoredItem &item)
{
    return item.shortcode.isEmpty() ? item.platformId : item.shortcode;
}

QString postUrl(const StoredItem &item)
{
    if (item.platform == Platform::TikTok)
        return u"https://www.tiktok.com/@%1/video/%2"_s.arg(item.ownerUsername, item.platformId);
    if (item.shortcode.isEmpty())
        return {};
    return u"https://www.instagram.com/p/%1/"_s.arg(item.shortcode);
}

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 160)
        line = line.left(159) + u'…';
    return line;
}

} // namespace

TaskItemsModel::TaskItemsModel(QueryService &queries, QObject *parent)
    : KeyedTableModel(parent)
    , m_queries(queries)
{
}

TaskItemsModel::~TaskItemsModel() = default;

void TaskItemsModel::endReset()
{
    // Listeners of modelReset may ask for rows at once (QAbstractItemModelTester does); a fetch inside
    // the announcement is ignored, views ask again when they lay out the new rows.
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

void TaskItemsModel::setTask(const TaskRef &task)
{
    beginResetModel();
    ++m_generation;
    m_task = task;
    m_items.clear();
    m_pending = false;
    m_atEnd = false;
    m_lastError.clear();
    endReset();
}

void TaskItemsModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_task.reset();
    m_items.clear();
    m_pending = false;
    m_atEnd = true;
    m_lastError.clear();
    endReset();
}

void TaskItemsModel::reload()
{
    if (!m_task)
        return;
    const int generation = ++m_generation; // a page in flight would land on the old rows
    const int wanted = std::max(PageSize, int(m_items.size()));
    m_pending = true;
    whenReady(m_queries.taskPosts(*m_task, 0, wanted), this,
              [this, generation, wanted](Result<QList<StoredItem>> items) {
                  if (generation == m_generation)
                      applyReload(items, wanted);
              });
}

void TaskItemsModel::applyReload(const Result<QList<StoredItem>> &items, int wanted)
{
    m_pending = false;
    if (!items.ok()) {
        m_lastError = items.error().message;
        emit failed(m_lastError);
        return;
    }
    // In place: the rows of the posts that stay keep their selection.
    m_announcing = true;
    syncRows(m_items, items.value(), [](const StoredItem &item) { return item.rowId; });
    m_announcing = false;
    m_atEnd = m_items.size() < wanted;
    m_lastError.clear();
    emit reloaded();
}

int TaskItemsModel::rowOfItem(qint64 itemRowId) const
{
    for (int row = 0; row < int(m_items.size()); ++row)
        if (m_items.at(row).rowId == itemRowId)
            return row;
    return -1;
}

bool TaskItemsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_task && !m_atEnd && !m_pending;
}

void TaskItemsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    const int generation = m_generation;
    whenReady(m_queries.taskPosts(*m_task, int(m_items.size()), PageSize), this,
              [this, generation](Result<QList<StoredItem>> page) {
                  if (generation == m_generation)
                      applyPage(page);
              });
}

void TaskItemsModel::applyPage(const Result<QList<StoredItem>> &page)
{
    m_pending = false;
    if (!page.ok()) {
        m_lastError = page.error().message;
        m_atEnd = true; // a broken store does not get better by asking again on every scroll
        emit failed(m_lastError);
        return;
    }
    m_lastError.clear();
    m_atEnd = page->size() < PageSize;
    if (!page->isEmpty()) {
        const int first = int(m_items.size());
        m_announcing = true; // no nested fetch from the listeners of rowsInserted either
        beginInsertRows({}, first, first + int(page->size()) - 1);
        m_items.append(page.value());
        endInsertRows();
        m_announcing = false;
    }
    emit pageFetched();
}

int TaskItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TaskItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredItem &item = m_items.at(index.row());
    const int column = index.column();
    const bool isMetric = column >= LikesColumn && column <= SavesColumn;
    switch (role) {
    case ItemRowIdRole:
        return item.rowId;
    case Qt::DisplayRole:
        if (isMetric)
            return modelformat::displayCount(metric(item, column));
        switch (column) {
        case PostColumn:
            return postName(item);
        case KindColumn:
            if (item.kind == MediaKind::Carousel && !item.children.isEmpty())
                return tr("%1 (%n items)", nullptr, int(item.children.size()))
                    .arg(modelformat::displayMediaKind(item.kind));
            return modelformat::displayMediaKind(item.kind);
        case TakenAtColumn:
            return modelformat::displayTime(item.takenAt);
        case CaptionColumn:
            return oneLine(item.caption.value_or(QString()));
        }
        break;
    case SortRole:
        if (isMetric)
            return modelformat::sortCount(metric(item, column));
        switch (column) {
        case PostColumn:
            return postName(item);
        case KindColumn:
            return int(item.kind);
        case TakenAtColumn:
            return modelformat::sortTime(item.takenAt);
        case CaptionColumn:
            return item.caption.value_or(QString()).toLower();
        }
        break;
    case Qt::TextAlignmentRole:
        if (isMetric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == PostColumn)
            return postUrl(item);
        if (column == CaptionColumn && item.caption && !item.caption->isEmpty())
            return item.caption->toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (isMetric && item.latest)
            return tr("As of %1").arg(modelformat::displayTime(item.latest->takenAt));
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    switch (section) {
    case PostColumn:
        return tr("Post");
    case KindColumn:
        return tr("Type");
    case TakenAtColumn:
        return tr("Posted");
    case LikesColumn:
        return tr("Likes");
    case CommentsColumn:
        return tr("Comments");
    case ViewsColumn:
        return tr("Views");
    case PlaysColumn:
        return tr("Plays");
    case SharesColumn:
        return tr("Shares");
    case SavesColumn:
        return tr("Saves");
    case CaptionColumn:
        return tr("Caption");
    }
    return {};
}

} // namespace reelpulse
