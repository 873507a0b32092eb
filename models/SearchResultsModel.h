#pragma once

#include "services/SearchService.h"

#include <QAbstractListModel>
#include <QList>

namespace reelpulse {

class QueryService;

/// The results of the app's search box, grouped: a heading row per kind that found something (accounts, creators,
/// posts and videos, comments), then its results with their matches marked. Each search runs on the query
/// service's thread; an answer to a search typed over since is dropped.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        HtmlRole = Qt::UserRole + 1, ///< rich text: the result with its matches in bold
        KindRole,                    ///< SearchKind as int
        IsHeadingRole,               ///< true on a group's heading row
        IdRole,                      ///< the result's id
    };
    Q_ENUM(Role)

    /// How many results of each kind are shown.
    static constexpr int PerKind = 8;

    explicit SearchResultsModel(QueryService &queries, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    /// Searches `text` (taken as written); an empty text clears the results.
    void search(const QString &text);
    QString query() const { return m_query; }
    bool isSearching() const { return m_pending; }

    /// Shows these results (one page per kind, as SearchService::searchEachKind answers).
    void setResults(const QList<SearchPage> &pages);
    void clear();

    /// The result on a row, or nullptr for a heading.
    const SearchHit *hitAt(int row) const;
    /// The first row holding a result, or -1.
    int firstResultRow() const;
    /// The results of one kind, in order.
    QList<SearchHit> hits(SearchKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindTitle(SearchKind kind);

signals:
    /// A search was answered (the rows are the new ones).
    void searched();
    void failed(const QString &message);

private:
    struct Row
    {
        SearchKind kind = SearchKind::Account;
        bool heading = false;
        bool more = false; ///< headings: more results than shown
        SearchHit hit;
    };
    static QString html(const Row &row);
    static QString plain(const Row &row);

    QueryService &m_queries;
    QList<Row> m_rows;
    QString m_query;
    int m_generation = 0;
    bool m_pending = false;
};

} // namespace reelpulse
