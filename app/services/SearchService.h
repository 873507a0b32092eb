#pragma once

#include "domain/Result.h"
#include "storage/SearchIndex.h"

#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace reelpulse {

class Database;
class QueryService;

/// A text with the parts that matched a search.
struct MarkedText
{
    QString text;
    QList<QPair<int, int>> marks; ///< (start, length) in text, in order, not overlapping

    /// Reads a text marked with SearchIndex::MarkOpen / MarkClose.
    static MarkedText fromMarked(const QString &marked);
    bool isEmpty() const { return text.isEmpty(); }
    /// HTML: the text escaped, every match in `<tag>…</tag>`.
    QString html(const QString &tag = QStringLiteral("mark")) const;
    /// Plain text with every match between `open` and `close` ("[love]").
    QString bracketed(const QString &open, const QString &close) const;
    /// The matched parts.
    QStringList matches() const;
};

/// One thing a search found.
struct SearchHit
{
    SearchKind kind = SearchKind::Comment;
    QString id;
    QString title;          ///< account and creator names, a post's owner, a comment's author
    MarkedText markedTitle; ///< accounts and creators
    MarkedText text;        ///< bio, caption or comment (a snippet when long)
    MarkedText extra;       ///< an account's full name, a post's hashtags
    std::optional<Platform> platform;
    std::optional<QDateTime> createdAt;
    std::optional<SearchPost> post; ///< posts and comments
    QString postUrl;                ///< posts and comments: the post on its platform
    QList<SearchTaskLink> tasks;    ///< see SearchTaskLink

    /// The task whose dashboard shows this (an account's own task; a post's or comment's first task; a creator's
    /// first account), if there is one.
    std::optional<TaskRef> dashboardTask() const;
};

/// What to search.
struct SearchRequest
{
    QString query;
    std::optional<SearchKind> in; ///< one kind, or every kind (grouped: accounts, creators, posts, comments)
    int limit = 20;               ///< 1–200
    QString cursor;               ///< the next_cursor of the page before, or empty for the first page
    bool syntax = false;          ///< the query is FTS5 syntax (AND, OR, NOT, NEAR, "phrases", prefix*, column:)
};

/// One page of results in the CreatorAudit collection shape.
struct SearchPage
{
    QList<SearchHit> hits; ///< grouped by kind, in SearchKind order
    QString nextCursor;    ///< empty on the last page
    bool hasNext = false;
    int limit = 0;
    QString match; ///< the index query that ran (empty when the text holds nothing searchable)
};

/// Search across everything tracked: accounts, creators, posts and videos, comments. One rule for both fronts: the
/// text is taken as written (quotes, `*`, `-`, `NEAR`, `AND`, `OR`, `:`, `^`, parentheses are just characters;
/// every word must occur, in any order; case and accents do not matter) unless `syntax` asks for the index's
/// query syntax. Results are grouped by kind; within a kind, posts and comments newest stored first, accounts and
/// creators best match first. Paging is by opaque cursor bound to the query, kinds and syntax it was issued for.
class SearchService final
{
public:
    static constexpr int MaxLimit = 200;

    explicit SearchService(Database &database);

    Result<SearchPage> search(const SearchRequest &request);
    /// The first `perKind` results of each kind (the app's search box): one page per kind, in SearchKind order.
    Result<QList<SearchPage>> searchEachKind(const QString &query, int perKind, bool syntax = false);

    /// The same on the query service's thread.
    static QFuture<Result<SearchPage>> search(QueryService &queries, const SearchRequest &request);
    static QFuture<Result<QList<SearchPage>>> searchEachKind(QueryService &queries, const QString &query, int perKind,
                                                             bool syntax = false);

    /// "accounts", "creators", "posts" (or "videos"), "comments", singular or plural.
    static std::optional<SearchKind> kindFromName(const QString &name);
    /// The post on its platform (instagram.com/p/… or /reel/…, tiktok.com/@owner/video/…).
    static QString postUrl(const SearchPost &post);

private:
    Database &m_database;
};

} // namespace reelpulse
