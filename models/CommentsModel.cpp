#include "CommentsModel.h"

#include "ModelFormat.h"
#include "WhenReady.h"

#include <QBrush>
#include <QColor>

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

CommentsModel::CommentsModel(QueryService &queries, QObject *parent)
    : KeyedTableModel(parent)
    , m_queries(queries)
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

void CommentsModel::setItem(qint64 itemRowId)
{
    beginResetModel();
    ++m_generation;
    m_item = itemRowId;
    m_comments.clear();
    m_overview.reset();
    m_pending = false;
    m_atEnd = false;
    endReset();
    readOverview();
}

void CommentsModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_item.reset();
    m_comments.clear();
    m_overview.reset();
    m_pending = false;
    m_atEnd = true;
    endReset();
}

void CommentsModel::readOverview()
{
    if (!m_item)
        return;
    const int generation = m_generation;
    whenReady(m_queries.itemSentiment(*m_item), this, [this, generation](Result<SentimentOverview> overview) {
        if (generation != m_generation)
            return;
        if (!overview.ok()) {
            emit failed(overview.error().message);
            return;
        }
        m_overview = overview.value();
        emit overviewChanged();
    });
}

void CommentsModel::reload()
{
    if (!m_item)
        return;
    const int generation = ++m_generation; // a page in flight would land on the old rows
    const int wanted = std::max(PageSize, int(m_comments.size()));
    m_pending = true;
    whenReady(m_queries.comments(*m_item, 0, wanted, CommentOrder::Newest), this,
              [this, generation, wanted](Result<QList<StoredComment>> comments) {
                  if (generation != m_generation)
                      return;
                  m_pending = false;
                  if (!comments.ok()) {
                      emit failed(comments.error().message);
                      return;
                  }
                  // In place: the rows of the comments that stay keep their selection.
                  m_announcing = true;
                  syncRows(m_comments, comments.value(), [](const StoredComment &comment) { return comment.rowId; });
                  m_announcing = false;
                  m_atEnd = m_comments.size() < wanted;
                  emit reloaded();
              });
    readOverview();
}

bool CommentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_item && !m_atEnd && !m_pending;
}

void CommentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    const int generation = m_generation;
    whenReady(m_queries.comments(*m_item, int(m_comments.size()), PageSize, CommentOrder::Newest), this,
              [this, generation](Result<QList<StoredComment>> page) {
                  if (generation == m_generation)
                      applyPage(page);
              });
}

void CommentsModel::applyPage(const Result<QList<StoredComment>> &page)
{
    m_pending = false;
    if (!page.ok()) {
        m_atEnd = true; // a broken store does not get better by asking again on every scroll
        emit failed(page.error().message);
        return;
    }
    // A short page is the last one (the store may have shrunk meanwhile: nothing more to ask for).
    m_atEnd = page->size() < PageSize;
    if (!page->isEmpty()) {
        const int first = int(m_comments.size());
        m_announcing = true; // no nested fetch from the listeners of rowsInserted either
        beginInsertRows({}, first, first + int(page->size()) - 1);
        m_comments.append(page.value());
        endInsertRows();
        m_announcing = false;
    }
    emit pageFetched();
}

int CommentsModel::rowOfComment(qint64 commentId) const
{
    for (int row = 0; row < int(m_comments.size()); ++row)
        if (m_comments.at(row).rowId == commentId)
            return row;
    return -1;
}

Status CommentsModel::setManualLabel(int row, ManualLabel label)
{
    if (row < 0 || row >= m_comments.size())
        return Error::invalid(u"row"_s, tr("No comment is selected."));
    whenReady(m_queries.setManualLabel(m_comments.at(row).rowId, toLabel(label)), this,
              [this](Result<CommentLabel> saved) { applyLabel(saved); });
    return Ok{};
}

Status CommentsModel::setAutomaticLabel(int row)
{
    if (row < 0 || row >= m_comments.size())
        return Error::invalid(u"row"_s, tr("No comment is selected."));
    // Scored now (one short text) rather than left with the old hand-set label until the next scoring run.
    const StoredComment &comment = m_comments.at(row);
    whenReady(m_queries.setAutomaticLabel(comment.rowId, comment.text, comment.language, m_mode), this,
              [this](Result<CommentLabel> saved) { applyLabel(saved); });
    return Ok{};
}

void CommentsModel::applyLabel(const Result<CommentLabel> &saved)
{
    if (!saved.ok()) {
        emit failed(saved.error().message);
        return;
    }
    const int row = rowOfComment(saved->commentId);
    if (row >= 0) {
        StoredComment &comment = m_comments[row];
        comment.sentimentLabel = saved->label;
        comment.sentimentManual = saved->manual;
        if (saved->compound)
            comment.sentimentCompound = saved->compound;
        if (!saved->language.isEmpty())
            comment.language = saved->language;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit labelChanged(saved->commentId);
    readOverview(); // the item's counts changed with the label
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
        case LanguageColumn:
            return modelformat::displayLanguage(comment.language);
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
        if (index.column() == LanguageColumn && comment.language == u"und")
            return tr("Only emoji, emoticons or too few words to tell the language: scored on emoji and punctuation.");
        if (index.column() == LanguageColumn && !comment.language.isEmpty())
            return tr("Read in this language (code %1): its own words, negations and intensifiers scored it.")
                .arg(comment.language);
        break;
    default:
        break;
    }
    return {};
}

QVariant CommentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
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
    case LanguageColumn:
        return tr("Language");
    }
    return {};
}

} // namespace reelpulse
