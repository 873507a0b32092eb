#include "SearchResultsModel.h"

#include "WhenReady.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

SearchResultsModel::SearchResultsModel(QueryService &queries, QObject *parent)
    : QAbstractListModel(parent)
    , m_queries(queries)
{
}

SearchResultsModel::~SearchResultsModel() = default;

QString SearchResultsModel::kindTitle(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Account:
        return tr("Accounts");
    case SearchKind::Creator:
        return tr("Creators");
    case SearchKind::Post:
        return tr("Posts and videos");
    case SearchKind::Comment:
        return tr("Comments");
    }
    return {};
}

void SearchResultsModel::search(const QString &text)
{
    m_query = text;
    const int generation = ++m_generation;
    if (SearchIndex::literalQuery(text).isEmpty()) {
        m_pending = false;
        clear();
        emit searched();
        return;
    }
    m_pending = true;
    whenReady(SearchService::searchEachKind(m_queries, text, PerKind), this,
              [this, generation](const Result<QList<SearchPage>> &answer) {
                  if (generation != m_generation)
                      return; // typed over since
                  m_pending = false;
                  if (!answer.ok()) {
                      clear();
                      emit failed(answer.error().message);
                      return;
                  }
                  setResults(answer.value());
                  emit searched();
              });
}

void SearchResultsModel::setResults(const QList<SearchPage> &pages)
{
    beginResetModel();
    m_rows.clear();
    for (const SearchPage &page : pages) {
        if (page.hits.isEmpty())
            continue;
        Row heading;
        heading.kind = page.hits.first().kind;
        heading.heading = true;
        heading.more = page.hasNext;
        m_rows << heading;
        for (const SearchHit &hit : page.hits) {
            Row row;
            row.kind = hit.kind;
            row.hit = hit;
            m_rows << row;
        }
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const SearchHit *SearchResultsModel::hitAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).heading)
        return nullptr;
    return &m_rows.at(row).hit;
}

int SearchResultsModel::firstResultRow() const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows.at(i).heading)
            return i;
    return -1;
}

QList<SearchHit> SearchResultsModel::hits(SearchKind kind) const
{
    QList<SearchHit> out;
    for (const Row &row : m_rows)
        if (!row.heading && row.kind == kind)
            out << row.hit;
    return out;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SearchResultsModel::plain(const Row &row)
{
    if (row.heading)
        return row.more ? tr("%1 (more found: refine the search)").arg(kindTitle(row.kind)) : kindTitle(row.kind);
    const SearchHit &hit = row.hit;
    switch (hit.kind) {
    case SearchKind::Account:
        return u'@' + hit.title + (hit.extra.isEmpty() ? QString() : u" · "_s + hit.extra.text) +
               (hit.text.isEmpty() ? QString() : u" — "_s + hit.text.text);
    case SearchKind::Creator:
        return hit.title;
    case SearchKind::Post:
        return u'@' + hit.title + u" — "_s + hit.text.text +
               (hit.extra.marks.isEmpty() ? QString() : u' ' + hit.extra.text);
    case SearchKind::Comment:
        return hit.title + u": "_s + hit.text.text;
    }
    return {};
}

QString SearchResultsModel::html(const Row &row)
{
    if (row.heading)
        return u"<b>"_s + plain(row).toHtmlEscaped() + u"</b>"_s;
    const SearchHit &hit = row.hit;
    const QString b = u"b"_s;
    QStringList labels;
    for (const SearchTaskLink &link : hit.tasks)
        labels << link.label;
    const QString context =
        labels.isEmpty() ? QString() : u"<br><small>"_s + labels.join(u", "_s).toHtmlEscaped() + u"</small>"_s;
    switch (hit.kind) {
    case SearchKind::Account:
        return u'@' + hit.markedTitle.html(b) + (hit.extra.isEmpty() ? QString() : u" · "_s + hit.extra.html(b)) +
               (hit.text.isEmpty() ? QString() : u"<br><small>"_s + hit.text.html(b) + u"</small>"_s);
    case SearchKind::Creator:
        return hit.markedTitle.html(b) + context;
    case SearchKind::Post:
        return u'@' + hit.title.toHtmlEscaped() + u" — "_s + hit.text.html(b) +
               (hit.extra.marks.isEmpty() ? QString() : u' ' + hit.extra.html(b)) + context;
    case SearchKind::Comment:
        return hit.title.toHtmlEscaped() + u": "_s + hit.text.html(b) + u"<br><small>"_s +
               (hit.postUrl.isEmpty() ? QString() : hit.postUrl.toHtmlEscaped() + u" · "_s) +
               labels.join(u", "_s).toHtmlEscaped() + u"</small>"_s;
    }
    return {};
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return plain(row);
    case Qt::ToolTipRole:
        return row.heading ? QVariant() : QVariant(row.hit.postUrl.isEmpty() ? plain(row) : row.hit.postUrl);
    case HtmlRole:
        return html(row);
    case KindRole:
        return int(row.kind);
    case IsHeadingRole:
        return row.heading;
    case IdRole:
        return row.heading ? QVariant() : QVariant(row.hit.id);
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_rows.at(index.row()).heading ? Qt::ItemIsEnabled
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(HtmlRole, "html");
    names.insert(KindRole, "kind");
    names.insert(IsHeadingRole, "isHeading");
    names.insert(IdRole, "id");
    return names;
}

} // namespace reelpulse
