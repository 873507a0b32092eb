#pragma once

#include "domain/Result.h"
#include "domain/TaskRef.h"
#include "domain/TaskTypes.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <optional>

namespace reelpulse {

/// What a search finds, in the order results are grouped.
enum class SearchKind { Account, Creator, Post, Comment };
inline constexpr int SearchKindCount = 4;
QString searchKindName(SearchKind kind); ///< "account", "creator", "post", "comment"

/// A task a search result belongs to (an account is its own task; a post or comment belongs to the tasks that
/// track its post; a creator lists its accounts).
struct SearchTaskLink
{
    TaskRef task;
    QString label; ///< "@natgeo", a reel's shortcode, "tiktok 7603…"
    std::optional<Platform> platform;
};

/// The post a post or comment result is about.
struct SearchPost
{
    qint64 rowId = 0;
    Platform platform = Platform::Instagram;
    QString platformId;
    QString shortcode;
    QString ownerUsername;
    QString productType;
    QString caption;
    QStringList hashtags;
    std::optional<QDateTime> takenAt;
};

/// One row an index answered, with the match marked by SearchIndex::MarkOpen / MarkClose.
struct SearchRow
{
    SearchKind kind = SearchKind::Comment;
    qint64 key = 0;      ///< its row in the index (posts and comments: the row id; the order of newest first)
    QString id;          ///< account: profile task id; creator: creator id; post: media item row; comment: comment row
    QString title;       ///< account: its name; creator: its name; post: its owner; comment: its author
    QString markedTitle; ///< accounts and creators: the name with its matches marked
    QString marked;      ///< the text with its matches marked (a snippet of long texts): bio, caption, comment
    QString markedExtra; ///< accounts: the full name; posts: the hashtags ("#a #b"); both marked
    std::optional<Platform> platform;
    std::optional<QDateTime> createdAt;
    std::optional<SearchPost> post; ///< posts and comments
    QList<SearchTaskLink> tasks;
};

/// The full-text index of everything tracked (SQLite FTS5), and the only place that knows it is FTS5: account
/// names and bios (the latest profile snapshot of each profile task), creator names, post captions and hashtags,
/// comment texts. Triggers keep it current in the transaction of every write (ingest, edits, deletes, cascades),
/// so nothing else writes it. A store on another database would answer the same calls with its own index
/// (PostgreSQL: tsvector columns and GIN indexes).
///
/// Posts and comments are answered newest stored first (their row ids, so paging is by key and costs the same on
/// every page); accounts and creators best match first (a name before a bio). Posts and comments whose post no
/// task tracks any more are left out.
class SearchIndex final
{
public:
    /// The characters around a match in SearchRow::marked (Unicode private use: never in what platforms send).
    static constexpr char16_t MarkOpen = 0xE000;
    static constexpr char16_t MarkClose = 0xE001;

    explicit SearchIndex(QSqlDatabase db);
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /// The statements of the migration step that creates the index and its triggers, and fills it from what is
    /// stored. Shipped as a step of the ladder: never change them, add a step.
    static QStringList schemaStatements();

    /// The index query that finds `text` as it is written: each word quoted (a word made of several tokens, such
    /// as "e-mail", as a phrase), every word required, no character taken as query syntax. Empty when `text`
    /// holds nothing searchable (only spaces, punctuation or emoji).
    static QString literalQuery(const QString &text);

    /// Up to `limit` rows of one kind matching `match` (an FTS5 query). Posts and comments: those with a key below
    /// `afterKey` (0: from the newest). Accounts and creators: from the `offset`-th best match. A query that is not
    /// valid syntax is an Invalid error naming the query.
    Result<QList<SearchRow>> find(SearchKind kind, const QString &match, qint64 afterKey, int offset, int limit);

    /// Checks every index against the rows it indexes (tests, "is the index sound?").
    Status checkIntegrity();

private:
    Status attachPost(SearchRow &row, qint64 itemRow);
    Status attachTasks(SearchRow &row, qint64 itemRow);
    Status attachCreatorAccounts(SearchRow &row);

    QSqlDatabase m_db;
    // The statements that read what a found row is about, prepared once for every row of a page.
    std::optional<QSqlQuery> m_postQuery;
    std::optional<QSqlQuery> m_tasksQuery;
    std::optional<QSqlQuery> m_creatorQuery;
};

} // namespace reelpulse
