#include "storage/SearchIndex.h"

#include "storage/ScrapeSql.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

// Words are folded to lower case without diacritics ("Café" finds "cafe"); letters, digits and private-use
// characters make words, everything else (spaces, punctuation, emoji) separates them.
const QString Tokenizer = u"tokenize = 'unicode61 remove_diacritics 2'"_s;
// Comments and captions also index every word's first 2 and 3 characters, so a prefix query (syntax "lo*") reads
// one list instead of merging those of every word it starts (hundreds of milliseconds over a million comments).
const QString Prefixes = u"prefix = '2 3', "_s;
// The marks around matches, as SQL (char() of MarkOpen and MarkClose).
const QString Marks = u"char(57344), char(57345)"_s;

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

bool hasWordCharacter(QStringView word)
{
    for (char32_t c : word.toUcs4())
        if (isWordCharacter(c))
            return true;
    return false;
}

/// The stored hashtags (a JSON array) with their matches marked, as "#a #b".
QString markedHashtags(const QString &json)
{
    const QJsonArray tags = QJsonDocument::fromJson(json.toUtf8()).array();
    QStringList out;
    for (const QJsonValue &tag : tags) {
        const QString text = tag.toString();
        if (!text.isEmpty())
            out << (text.startsWith(u'#') ? text : u'#' + text);
    }
    return out.join(u' ');
}

Error queryError(const QSqlQuery &q, const QString &match)
{
    const QString message =
        q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    // What FTS5 says of a query it cannot read ("fts5: syntax error near …", an unknown column filter).
    if (message.contains(u"fts5"_s) || message.contains(u"syntax error"_s) || message.contains(u"no such column"_s) ||
        message.contains(u"unterminated"_s) || message.contains(u"unknown special query"_s))
        return Error::invalid(
            u"query"_s, QCoreApplication::translate("reelpulse::SearchIndex", "The search \"%1\" is not valid: %2")
                            .arg(match, message));
    qCWarning(lcStorage) << "search failed:" << message;
    return Error::storage(
        QCoreApplication::translate("reelpulse::SearchIndex", "Searching the store failed: %1").arg(message));
}

} // namespace

QString searchKindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Account:
        return u"account"_s;
    case SearchKind::Creator:
        return u"creator"_s;
    case SearchKind::Post:
        return u"post"_s;
    case SearchKind::Comment:
        return u"comment"_s;
    }
    return {};
}

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList SearchIndex::schemaStatements()
{
    return {
        // Comments and posts: the index reads their text from the table itself (external content), so the text
        // is not stored twice.
        u"CREATE VIRTUAL TABLE search_comments USING fts5 (text, content = 'comments', content_rowid = 'id', "_s +
            Prefixes + Tokenizer + u")"_s,
        u"CREATE TRIGGER comments_search_insert AFTER INSERT ON comments BEGIN"
        " INSERT INTO search_comments (rowid, text) VALUES (NEW.id, NEW.text); END"_s,
        u"CREATE TRIGGER comments_search_delete AFTER DELETE ON comments BEGIN"
        " INSERT INTO search_comments (search_comments, rowid, text) VALUES ('delete', OLD.id, OLD.text); END"_s,
        // A scrape writes every comment's text again: the index changes only when the text did.
        u"CREATE TRIGGER comments_search_update AFTER UPDATE OF text ON comments WHEN OLD.text IS NOT NEW.text BEGIN"
        " INSERT INTO search_comments (search_comments, rowid, text) VALUES ('delete', OLD.id, OLD.text);"
        " INSERT INTO search_comments (rowid, text) VALUES (NEW.id, NEW.text); END"_s,
        u"INSERT INTO search_comments (search_comments) VALUES ('rebuild')"_s,
        u"CREATE VIRTUAL TABLE search_posts USING fts5 (caption, hashtags, content = 'media_items', "
        "content_rowid = 'id', "_s +
            Prefixes + Tokenizer + u")"_s,
        u"CREATE TRIGGER media_items_search_insert AFTER INSERT ON media_items BEGIN"
        " INSERT INTO search_posts (rowid, caption, hashtags) VALUES (NEW.id, NEW.caption, NEW.hashtags); END"_s,
        u"CREATE TRIGGER media_items_search_delete AFTER DELETE ON media_items BEGIN"
        " INSERT INTO search_posts (search_posts, rowid, caption, hashtags)"
        " VALUES ('delete', OLD.id, OLD.caption, OLD.hashtags); END"_s,
        u"CREATE TRIGGER media_items_search_update AFTER UPDATE OF caption, hashtags ON media_items"
        " WHEN OLD.caption IS NOT NEW.caption OR OLD.hashtags IS NOT NEW.hashtags BEGIN"
        " INSERT INTO search_posts (search_posts, rowid, caption, hashtags)"
        " VALUES ('delete', OLD.id, OLD.caption, OLD.hashtags);"
        " INSERT INTO search_posts (rowid, caption, hashtags) VALUES (NEW.id, NEW.caption, NEW.hashtags); END"_s,
        u"INSERT INTO search_posts (search_posts) VALUES ('rebuild')"_s,
        // Accounts: the tracked name and the latest snapshot's full name and bio, one row per profile task.
        u"CREATE VIRTUAL TABLE search_accounts USING fts5 (task_id UNINDEXED, username, full_name, biography, "_s +
            Tokenizer + u")"_s,
        u"CREATE TRIGGER profile_tasks_search_insert AFTER INSERT ON profile_tasks BEGIN"
        " INSERT INTO search_accounts (task_id, username, full_name, biography)"
        " VALUES (NEW.id, NEW.target_profile, '', ''); END"_s,
        u"CREATE TRIGGER profile_tasks_search_update AFTER UPDATE OF target_profile ON profile_tasks"
        " WHEN OLD.target_profile IS NOT NEW.target_profile BEGIN"
        " UPDATE search_accounts SET username = NEW.target_profile WHERE task_id = NEW.id; END"_s,
        u"CREATE TRIGGER profile_tasks_search_delete AFTER DELETE ON profile_tasks BEGIN"
        " DELETE FROM search_accounts WHERE task_id = OLD.id; END"_s,
        u"CREATE TRIGGER profile_snapshots_search AFTER INSERT ON profile_snapshots"
        " WHEN NOT EXISTS (SELECT 1 FROM profile_snapshots s WHERE s.task_id = NEW.task_id"
        " AND (s.taken_at > NEW.taken_at OR (s.taken_at = NEW.taken_at AND s.id > NEW.id))) BEGIN"
        " UPDATE search_accounts SET full_name = coalesce(NEW.full_name, ''), biography = coalesce(NEW.biography, '')"
        " WHERE task_id = NEW.task_id; END"_s,
        u"INSERT INTO search_accounts (task_id, username, full_name, biography)"
        " SELECT p.id, p.target_profile, coalesce(s.full_name, ''), coalesce(s.biography, '') FROM profile_tasks p"
        " LEFT JOIN profile_snapshots s ON s.id = (SELECT id FROM profile_snapshots WHERE task_id = p.id"
        " ORDER BY taken_at DESC, id DESC LIMIT 1)"_s,
        // Creators: their names.
        u"CREATE VIRTUAL TABLE search_creators USING fts5 (creator_id UNINDEXED, name, "_s + Tokenizer + u")"_s,
        u"CREATE TRIGGER creators_search_insert AFTER INSERT ON creators BEGIN"
        " INSERT INTO search_creators (creator_id, name) VALUES (NEW.id, NEW.name); END"_s,
        u"CREATE TRIGGER creators_search_update AFTER UPDATE OF name ON creators WHEN OLD.name IS NOT NEW.name BEGIN"
        " UPDATE search_creators SET name = NEW.name WHERE creator_id = NEW.id; END"_s,
        u"CREATE TRIGGER creators_search_delete AFTER DELETE ON creators BEGIN"
        " DELETE FROM search_creators WHERE creator_id = OLD.id; END"_s,
        u"INSERT INTO search_creators (creator_id, name) SELECT id, name FROM creators"_s,
    };
}

QString SearchIndex::literalQuery(const QString &text)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    // Control characters (a NUL would end the query early) separate words like spaces.
    QString cleaned = text;
    for (QChar &c : cleaned)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    QStringList phrases;
    for (const QString &word : cleaned.split(spaces, Qt::SkipEmptyParts)) {
        if (!hasWordCharacter(word))
            continue;
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        phrases << u'"' + quoted + u'"';
    }
    return phrases.join(u' ');
}

Result<QList<SearchRow>> SearchIndex::find(SearchKind kind, const QString &match, qint64 afterKey, int offset,
                                           int limit)
{
    QList<SearchRow> rows;
    if (match.trimmed().isEmpty() || limit <= 0)
        return rows;
    const qint64 below = afterKey > 0 ? afterKey : std::numeric_limits<qint64>::max();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    switch (kind) {
    case SearchKind::Account:
        q.prepare(
            u"SELECT %2.rowid, %2.task_id, p.target_profile, highlight(%2, 1, %1), highlight(%2, 2, %1),"
            " snippet(%2, 3, %1, '…', 24), p.platform, p.created_at FROM search_accounts"
            " JOIN profile_tasks p ON p.id = %2.task_id WHERE %2 MATCH ?"
            " ORDER BY bm25(%2, 0.0, 10.0, 5.0, 1.0), %2.rowid LIMIT ? OFFSET ?"_s.arg(Marks, u"search_accounts"_s));
        q.addBindValue(match);
        q.addBindValue(limit);
        q.addBindValue(offset);
        break;
    case SearchKind::Creator:
        q.prepare(u"SELECT %2.rowid, %2.creator_id, c.name, highlight(%2, 1, %1), c.created_at FROM search_creators"
                  " JOIN creators c ON c.id = %2.creator_id WHERE %2 MATCH ?"
                  " ORDER BY bm25(%2), %2.rowid LIMIT ? OFFSET ?"_s.arg(Marks, u"search_creators"_s));
        q.addBindValue(match);
        q.addBindValue(limit);
        q.addBindValue(offset);
        break;
    case SearchKind::Post:
        q.prepare(u"SELECT %2.rowid, m.owner_username, snippet(%2, 0, %1, '…', 32), highlight(%2, 1, %1), m.taken_at"
                  " FROM search_posts JOIN media_items m ON m.id = %2.rowid WHERE %2 MATCH ? AND %2.rowid < ?"
                  " AND EXISTS (SELECT 1 FROM task_items t WHERE t.item_id = m.id)"
                  " ORDER BY %2.rowid DESC LIMIT ?"_s.arg(Marks, u"search_posts"_s));
        q.addBindValue(match);
        q.addBindValue(below);
        q.addBindValue(limit);
        break;
    case SearchKind::Comment:
        q.prepare(u"SELECT %2.rowid, c.author, snippet(%2, 0, %1, '…', 64), c.created_at, c.item_id"
                  " FROM search_comments JOIN comments c ON c.id = %2.rowid WHERE %2 MATCH ? AND %2.rowid < ?"
                  " AND EXISTS (SELECT 1 FROM task_items t WHERE t.item_id = c.item_id)"
                  " ORDER BY %2.rowid DESC LIMIT ?"_s.arg(Marks, u"search_comments"_s));
        q.addBindValue(match);
        q.addBindValue(below);
        q.addBindValue(limit);
        break;
    }
    if (q.lastError().isValid() || !q.exec())
        return queryError(q, match);
    QList<qint64> itemRows;
    while (q.next()) {
        SearchRow row;
        row.kind = kind;
        row.key = q.value(0).toLongLong();
        switch (kind) {
        case SearchKind::Account:
            row.id = q.value(1).toString();
            row.title = q.value(2).toString();
            row.markedTitle = q.value(3).toString();
            row.markedExtra = q.value(4).toString();
            row.marked = q.value(5).toString();
            row.platform = platformFromName(q.value(6).toString());
            row.createdAt = scrapesql::toTime(q.value(7));
            row.tasks << SearchTaskLink{TaskRef{TaskKind::Profile, row.id}, u'@' + row.title, row.platform};
            break;
        case SearchKind::Creator:
            row.id = q.value(1).toString();
            row.title = q.value(2).toString();
            row.markedTitle = q.value(3).toString();
            row.createdAt = scrapesql::toTime(q.value(4));
            break;
        case SearchKind::Post:
            row.id = QString::number(row.key);
            row.title = q.value(1).toString();
            row.marked = q.value(2).toString();
            row.markedExtra = markedHashtags(q.value(3).toString());
            row.createdAt = scrapesql::toTime(q.value(4));
            itemRows << row.key;
            break;
        case SearchKind::Comment:
            row.id = QString::number(row.key);
            row.title = q.value(1).toString();
            row.marked = q.value(2).toString();
            row.createdAt = scrapesql::toTime(q.value(3));
            itemRows << q.value(4).toLongLong();
            break;
        }
        rows << row;
    }
    if (q.lastError().isValid())
        return queryError(q, match);
    q.finish();
    for (int i = 0; i < rows.size(); ++i) {
        SearchRow &row = rows[i];
        Status attached = Ok{};
        if (kind == SearchKind::Creator)
            attached = attachCreatorAccounts(row);
        else if (kind == SearchKind::Post || kind == SearchKind::Comment)
            attached = attachPost(row, itemRows.at(i));
        if (!attached.ok())
            return attached.error();
    }
    return rows;
}

Status SearchIndex::attachPost(SearchRow &row, qint64 itemRow)
{
    if (!m_postQuery) {
        m_postQuery.emplace(m_db);
        m_postQuery->prepare(
            u"SELECT platform, platform_id, shortcode, owner_username, product_type, caption, hashtags, taken_at"
            " FROM media_items WHERE id = ?"_s);
    }
    QSqlQuery &q = *m_postQuery;
    q.bindValue(0, itemRow);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::SearchIndex", "reading a found post")); !s.ok())
        return s;
    if (!q.next())
        return Ok{};
    SearchPost post;
    post.rowId = itemRow;
    post.platform = platformFromName(q.value(0).toString()).value_or(Platform::Instagram);
    post.platformId = q.value(1).toString();
    post.shortcode = q.value(2).toString();
    post.ownerUsername = q.value(3).toString();
    post.productType = q.value(4).toString();
    post.caption = q.value(5).toString();
    post.hashtags = scrapesql::toStringList(q.value(6));
    post.takenAt = scrapesql::toTime(q.value(7));
    q.finish();
    row.platform = post.platform;
    row.post = post;
    return attachTasks(row, itemRow);
}

Status SearchIndex::attachTasks(SearchRow &row, qint64 itemRow)
{
    if (!m_tasksQuery) {
        m_tasksQuery.emplace(m_db);
        m_tasksQuery->prepare(
            u"SELECT t.task_kind, t.task_id, p.target_profile, p.platform, r.shortcode, v.platform, v.external_id"
            " FROM task_items t"
            " LEFT JOIN profile_tasks p ON t.task_kind = 'profile' AND p.id = t.task_id"
            " LEFT JOIN reel_tasks r ON t.task_kind = 'reel' AND r.id = t.task_id"
            " LEFT JOIN video_tasks v ON t.task_kind = 'video' AND v.id = t.task_id"
            " WHERE t.item_id = ? ORDER BY t.task_kind, t.task_id"_s);
    }
    QSqlQuery &q = *m_tasksQuery;
    q.bindValue(0, itemRow);
    if (auto s = sql::exec(q, QCoreApplication::translate("reelpulse::SearchIndex", "reading a found post's tasks"));
        !s.ok())
        return s;
    while (q.next()) {
        const auto kind = taskKindFromName(q.value(0).toString());
        if (!kind)
            continue;
        SearchTaskLink link{TaskRef{*kind, q.value(1).toString()}, {}, {}};
        switch (*kind) {
        case TaskKind::Profile:
            link.label = u'@' + q.value(2).toString();
            link.platform = platformFromName(q.value(3).toString());
            break;
        case TaskKind::Reel:
            link.label = q.value(4).toString();
            link.platform = Platform::Instagram;
            break;
        case TaskKind::Video:
            link.label = q.value(5).toString() + u' ' + q.value(6).toString();
            link.platform = platformFromName(q.value(5).toString());
            break;
        }
        row.tasks << link;
    }
    return Ok{};
}

Status SearchIndex::attachCreatorAccounts(SearchRow &row)
{
    if (!m_creatorQuery) {
        m_creatorQuery.emplace(m_db);
        m_creatorQuery->prepare(u"SELECT p.id, p.target_profile, p.platform FROM creator_accounts a"
                                " JOIN profile_tasks p ON p.id = a.profile_task_id WHERE a.creator_id = ?"
                                " ORDER BY p.platform, p.target_profile"_s);
    }
    QSqlQuery &q = *m_creatorQuery;
    q.bindValue(0, row.id);
    if (auto s =
            sql::exec(q, QCoreApplication::translate("reelpulse::SearchIndex", "reading a found creator's accounts"));
        !s.ok())
        return s;
    while (q.next())
        row.tasks << SearchTaskLink{TaskRef{TaskKind::Profile, q.value(0).toString()}, u'@' + q.value(1).toString(),
                                    platformFromName(q.value(2).toString())};
    return Ok{};
}

Status SearchIndex::checkIntegrity()
{
    const QStringList checks{
        u"INSERT INTO search_comments (search_comments, rank) VALUES ('integrity-check', 1)"_s,
        u"INSERT INTO search_posts (search_posts, rank) VALUES ('integrity-check', 1)"_s,
        u"INSERT INTO search_accounts (search_accounts) VALUES ('integrity-check')"_s,
        u"INSERT INTO search_creators (search_creators) VALUES ('integrity-check')"_s,
    };
    for (const QString &check : checks) {
        QSqlQuery q(m_db);
        if (!q.exec(check))
            return Error::storage(
                QCoreApplication::translate("reelpulse::SearchIndex", "The search index is damaged: %1")
                    .arg(q.lastError().text()));
    }
    // Every account and creator has exactly one row.
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT (SELECT count(*) FROM search_accounts) = (SELECT count(*) FROM profile_tasks)"
                " AND (SELECT count(DISTINCT task_id) FROM search_accounts) = (SELECT count(*) FROM profile_tasks)"
                " AND (SELECT count(*) FROM search_creators) = (SELECT count(*) FROM creators)"_s) ||
        !q.next() || !q.value(0).toBool())
        return Error::storage(QCoreApplication::translate("reelpulse::SearchIndex",
                                                          "The search index does not list every account and creator."));
    return Ok{};
}

} // namespace reelpulse
