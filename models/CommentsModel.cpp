#include "CommentsModel.h"

#include "ModelFormat.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentAnalyzer.h"

#include <QBrush>
#include <QColor>

#include "services/SentimentMode.h"
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 200)
        line = line.left(199) + u'…';
    return line;
}

sentiment::Label toLabel(CommentsModel::ManualLabel label)
{
    switch (label) {
    case CommentsModel::ManualLabel::Positive:
        return sentiment::Label::Positive;
    case CommentsModel::ManualLabel::Negative:
        return sentiment::Label::Negative;
    case CommentsModel::ManualLabel::Neutral:
        break;
    }
    return sentiment::Label::Neutral;
}

} // namespace

CommentsModel::CommentsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_reader(std::move(db))
{
}

CommentsModel::~CommentsModel() = default;

void CommentsModel::endReset()
{
    // Listeners of modelReset may ask for rows at once (QAbstractItemModelTester does); a fetch inside
    // the announcement is ignored, views ask again when they lay out the new rows.
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

Status CommentsModel::setItem(qint64 itemRowId)
{
    auto total = m_reader.commentCount(itemRowId);
    beginResetModel();
    m_item = itemRowId;
    m_comments.clear();
    m_total = total.ok() ? total.value() : 0;
    endReset();
    if (!total.ok())
        return total.error();
    return Ok{};
}

void CommentsModel::clear()
{
    beginResetModel();
    m_item.reset();
    m_comments.clear();
    m_total = 0;
    endReset();
}

Status CommentsModel::reload()
{
    if (!m_item)
        return Ok{};
    auto total = m_reader.commentCount(*m_item);
    if (!total.ok())
        return total.error();
    const int wanted = std::min(std::max(PageSize, int(m_comments.size())), total.value());
    auto comments = m_reader.comments(*m_item, 0, wanted);
    if (!comments.ok())
        return comments.error();
    beginResetModel();
    m_total = total.value();
    m_comments = comments.value();
    endReset();
    return Ok{};
}

bool CommentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_item && m_comments.size() < m_total;
}

void CommentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_reader.comments(*m_item, int(m_comments.size()), PageSize);
    if (!page.ok() || page->isEmpty()) {
        // The store shrank meanwhile (or cannot be read): stop asking for rows it does not have.
        m_total = int(m_comments.size());
        return;
    }
    const int first = int(m_comments.size());
    m_announcing = true; // no nested fetch from the listeners of rowsInserted either
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_comments.append(page.value());
    endInsertRows();
    m_announcing = false;
}

Status CommentsModel::setManualLabel(int row, ManualLabel label)
{
    if (row < 0 || row >= m_comments.size())
        return Error::invalid(u"row"_s, tr("No comment is selected."));
    StoredComment &comment = m_comments[row];
    sentiment::CommentSentimentStore store(m_db);
    const sentiment::Label chosen = toLabel(label);
    if (Status saved = store.setManualLabel(comment.rowId, chosen); !saved.ok())
        return saved;
    comment.sentimentLabel = sentiment::labelName(chosen);
    comment.sentimentManual = true;
    rowChanged(row);
    return Ok{};
}

Status CommentsModel::setAutomaticLabel(int row)
{
    if (row < 0 || row >= m_comments.size())
        return Error::invalid(u"row"_s, tr("No comment is selected."));
    StoredComment &comment = m_comments[row];
    sentiment::CommentSentimentStore store(m_db);
    if (Status cleared = store.clearManualLabel(comment.rowId); !cleared.ok())
        return cleared;
    // Score it now (one short text) rather than leave the old hand-set label until the next scoring run.
    const auto &analyzer =
        sentiment::SentimentAnalyzer::instance(commentSentimentMode(QFileInfo(m_db.databaseName()).absolutePath()));
    const sentiment::SentimentScore score = analyzer.score(comment.text);
    if (Status written = store.writeScores({comment.rowId}, {score}, analyzer.engineVersion()); !written.ok())
        return written;
    comment.sentimentLabel = sentiment::labelName(score.label);
    comment.sentimentCompound = score.compound;
    comment.sentimentManual = false;
    rowChanged(row);
    return Ok{};
}

void CommentsModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit labelsChanged();
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

int CommentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredComment &comment = m_comments.at(index.row());
    const bool reply = !comment.parentPlatformId.isEmpty();
    switch (role) {
    case CommentIdRole:
        return comment.rowId;
    case TextRole:
        return comment.text;
    case SentimentLabelRole:
        return comment.sentimentLabel;
    case ManualRole:
        return comment.sentimentManual;
    case IsReplyRole:
        return reply;
    case Qt::DisplayRole:
        switch (index.column()) {
        case AuthorColumn:
            return comment.author.isEmpty() ? tr("(unknown)") : QString(u'@' + comment.author);
        case TextColumn:
            return reply ? tr("↳ %1").arg(oneLine(comment.text)) : oneLine(comment.text);
        case LikesColumn:
            return modelformat::displayCount(comment.likes);
        case PostedColumn:
            return modelformat::displayTime(comment.createdAt ? comment.createdAt : comment.firstSeen);
        case SentimentColumn:
            return modelformat::displaySentiment(comment.sentimentLabel, comment.sentimentManual);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LikesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == SentimentColumn) {
            if (comment.sentimentLabel == u"positive")
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            if (comment.sentimentLabel == u"negative")
                return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return comment.text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (index.column() == SentimentColumn && comment.sentimentCompound && !comment.sentimentManual)
            return tr("Compound score %1 (from −1 to +1)").arg(*comment.sentimentCompound, 0, 'f', 3);
        if (index.column() == SentimentColumn && comment.sentimentManual)
            return tr("Set by hand; right-click to change it or to go back to the automatic label.");
        break;
    default:
        break;
    }
    return {};
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Comment");
    case LikesColumn:
        return tr("Likes");
    case PostedColumn:
        return tr("Posted");
    case SentimentColumn:
        return tr("Sentiment");
    }
    return {};
}

} // namespace reelpulse
