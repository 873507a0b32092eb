#include "storage/PublishStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString doing(const char *what)
{
    return QCoreApplication::translate("reelpulse::PublishStore", what);
}

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> intOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

const QString AccountColumns =
    u"id, user_id, username, name, account_type, profile_picture_url, followers_count, follows_count, media_count,"
    " token_expires_at, token_refreshed_at, connected_at, status, status_reason"_s;

PublishAccount accountFromRow(const QSqlQuery &q)
{
    PublishAccount a;
    a.id = q.value(0).toLongLong();
    a.userId = q.value(1).toString();
    a.username = q.value(2).toString();
    a.name = q.value(3).toString();
    a.accountType = q.value(4).toString();
    a.profilePictureUrl = q.value(5).toString();
    a.followers = intOrNull(q.value(6));
    a.follows = intOrNull(q.value(7));
    a.mediaCount = intOrNull(q.value(8));
    a.tokenExpiresAt = sql::optionalTime(q.value(9));
    a.tokenRefreshedAt = sql::optionalTime(q.value(10));
    a.connectedAt = sql::time(q.value(11));
    a.status = q.value(12).toString();
    a.statusReason = q.value(13).toString();
    return a;
}

QString itemsJson(const QList<PostMedia> &items)
{
    QJsonArray array;
    for (const PostMedia &m : items) {
        QJsonObject o{{u"url"_s, m.url}, {u"video"_s, m.video}};
        if (!m.altText.isEmpty())
            o.insert(u"alt_text"_s, m.altText);
        if (m.hosted)
            o.insert(u"hosted"_s, true);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<PostMedia> itemsFromJson(const QString &text)
{
    QList<PostMedia> items;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        items.append({o.value(u"url"_s).toString(), o.value(u"video"_s).toBool(), o.value(u"alt_text"_s).toString(),
                      o.value(u"hosted"_s).toBool()});
    }
    return items;
}

QString optionsJson(const PostOptions &options)
{
    QJsonObject o;
    if (!options.coverUrl.isEmpty())
        o.insert(u"cover_url"_s, options.coverUrl);
    o.insert(u"share_to_feed"_s, options.shareToFeed);
    if (options.thumbOffsetMs >= 0)
        o.insert(u"thumb_offset"_s, options.thumbOffsetMs);
    if (!options.collaborators.isEmpty())
        o.insert(u"collaborators"_s, QJsonArray::fromStringList(options.collaborators));
    if (!options.firstComment.isEmpty())
        o.insert(u"first_comment"_s, options.firstComment);
    if (!options.fit.isEmpty())
        o.insert(u"fit"_s, options.fit);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PostOptions optionsFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    PostOptions options;
    options.coverUrl = o.value(u"cover_url"_s).toString();
    options.shareToFeed = o.value(u"share_to_feed"_s).toBool(true);
    options.thumbOffsetMs = o.value(u"thumb_offset"_s).toInteger(-1);
    for (const QJsonValue &v : o.value(u"collaborators"_s).toArray())
        options.collaborators << v.toString();
    options.firstComment = o.value(u"first_comment"_s).toString();
    options.fit = o.value(u"fit"_s).toString();
    return options;
}

const QString PostSelect =
    u"SELECT p.id, p.account_id, a.username, a.user_id, p.kind, p.caption, p.items, p.options, p.state,"
    " p.scheduled_at, p.created_at, p.updated_at, p.container_id, p.publish_sent_at, p.media_id, p.permalink,"
    " p.published_at, p.first_comment_id, p.last_error"
    " FROM publish_posts p JOIN publish_accounts a ON a.id = p.account_id"_s;

PublishPost postFromRow(const QSqlQuery &q)
{
    PublishPost p;
    p.id = q.value(0).toLongLong();
    p.accountId = q.value(1).toLongLong();
    p.accountUsername = q.value(2).toString();
    p.accountUserId = q.value(3).toString();
    p.kind = postKindFromName(q.value(4).toString()).value_or(PostKind::Image);
    p.caption = q.value(5).toString();
    p.items = itemsFromJson(q.value(6).toString());
    p.options = optionsFromJson(q.value(7).toString());
    p.state = postStateFromName(q.value(8).toString()).value_or(PostState::Failed);
    p.scheduledAt = sql::optionalTime(q.value(9));
    p.createdAt = sql::time(q.value(10));
    p.updatedAt = sql::time(q.value(11));
    p.containerId = q.value(12).toString();
    p.publishSentAt = sql::optionalTime(q.value(13));
    p.mediaId = q.value(14).toString();
    p.permalink = q.value(15).toString();
    p.publishedAt = sql::optionalTime(q.value(16));
    p.firstCommentId = q.value(17).toString();
    p.lastError = q.value(18).toString();
    return p;
}

qint64 nowEpoch()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

QString postKindName(PostKind kind)
{
    switch (kind) {
    case PostKind::Image:
        return u"image"_s;
    case PostKind::Carousel:
        return u"carousel"_s;
    case PostKind::Reel:
        return u"reel"_s;
    case PostKind::Story:
        return u"story"_s;
    }
    return u"image"_s;
}

std::optional<PostKind> postKindFromName(const QString &name)
{
    for (PostKind kind : {PostKind::Image, PostKind::Carousel, PostKind::Reel, PostKind::Story}) {
        if (postKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString postStateName(PostState state)
{
    switch (state) {
    case PostState::Draft:
        return u"draft"_s;
    case PostState::Scheduled:
        return u"scheduled"_s;
    case PostState::Creating:
        return u"creating"_s;
    case PostState::Processing:
        return u"processing"_s;
    case PostState::Publishing:
        return u"publishing"_s;
    case PostState::Published:
        return u"published"_s;
    case PostState::Failed:
        return u"failed"_s;
    case PostState::Cancelled:
        return u"cancelled"_s;
    }
    return u"failed"_s;
}

std::optional<PostState> postStateFromName(const QString &name)
{
    for (PostState state : {PostState::Draft, PostState::Scheduled, PostState::Creating, PostState::Processing,
                            PostState::Publishing, PostState::Published, PostState::Failed, PostState::Cancelled}) {
        if (postStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

PublishStore::PublishStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> PublishStore::upsertAccount(const PublishAccount &a)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO publish_accounts (user_id, username, name, account_type, profile_picture_url,"
              " followers_count, follows_count, media_count, token_expires_at, token_refreshed_at, connected_at,"
              " status, status_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL)"
              " ON CONFLICT (user_id) DO UPDATE SET username = excluded.username, name = excluded.name,"
              " account_type = excluded.account_type, profile_picture_url = excluded.profile_picture_url,"
              " followers_count = excluded.followers_count, follows_count = excluded.follows_count,"
              " media_count = excluded.media_count, token_expires_at = excluded.token_expires_at,"
              " token_refreshed_at = excluded.token_refreshed_at, status = 'active', status_reason = NULL"_s);
    q.addBindValue(a.userId);
    q.addBindValue(a.username);
    q.addBindValue(sql::textOrNull(a.name));
    q.addBindValue(sql::textOrNull(a.accountType));
    q.addBindValue(sql::textOrNull(a.profilePictureUrl));
    q.addBindValue(optionalInt(a.followers));
    q.addBindValue(optionalInt(a.follows));
    q.addBindValue(optionalInt(a.mediaCount));
    q.addBindValue(sql::epochOrNull(a.tokenExpiresAt));
    q.addBindValue(sql::epochOrNull(a.tokenRefreshedAt));
    q.addBindValue(sql::epoch(a.connectedAt.isValid() ? a.connectedAt : QDateTime::currentDateTimeUtc()));
    if (auto s = sql::exec(q, doing("saving an account")); !s.ok())
        return s.error();
    QSqlQuery id(m_db);
    id.prepare(u"SELECT id FROM publish_accounts WHERE user_id = ?"_s);
    id.addBindValue(a.userId);
    if (auto s = sql::exec(id, doing("saving an account")); !s.ok())
        return s.error();
    if (!id.next())
        return Error::storage(doing("The account was not saved."));
    return id.value(0).toLongLong();
}

Result<QList<PublishAccount>> PublishStore::accounts()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + AccountColumns + u" FROM publish_accounts ORDER BY id"_s);
    if (auto s = sql::exec(q, doing("listing accounts")); !s.ok())
        return s.error();
    QList<PublishAccount> list;
    while (q.next())
        list.append(accountFromRow(q));
    return list;
}

Result<std::optional<PublishAccount>> PublishStore::account(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + AccountColumns + u" FROM publish_accounts WHERE id = ?"_s);
    q.addBindValue(id);
    if (auto s = sql::exec(q, doing("reading an account")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<PublishAccount>();
    return std::optional<PublishAccount>(accountFromRow(q));
}

Result<std::optional<PublishAccount>> PublishStore::findAccount(const QString &usernameOrUserId)
{
    QString key = usernameOrUserId.trimmed();
    if (key.startsWith(u'@'))
        key.remove(0, 1);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + AccountColumns +
              u" FROM publish_accounts WHERE lower(username) = lower(?) OR user_id = ? ORDER BY id LIMIT 1"_s);
    q.addBindValue(key);
    q.addBindValue(key);
    if (auto s = sql::exec(q, doing("looking up an account")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<PublishAccount>();
    return std::optional<PublishAccount>(accountFromRow(q));
}

Status PublishStore::removeAccount(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM publish_accounts WHERE id = ?"_s);
    q.addBindValue(id);
    return sql::exec(q, doing("removing an account"));
}

Status PublishStore::setAccountStatus(qint64 id, const QString &status, const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_accounts SET status = ?, status_reason = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(sql::textOrNull(reason));
    q.addBindValue(id);
    return sql::exec(q, doing("changing an account's status"));
}

Status PublishStore::setTokenExpiry(qint64 id, const std::optional<QDateTime> &expiresAt, const QDateTime &refreshedAt)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_accounts SET token_expires_at = ?, token_refreshed_at = ?, status = 'active',"
              " status_reason = NULL WHERE id = ?"_s);
    q.addBindValue(sql::epochOrNull(expiresAt));
    q.addBindValue(sql::epoch(refreshedAt));
    q.addBindValue(id);
    return sql::exec(q, doing("saving a token's expiry"));
}

Result<qint64> PublishStore::insertPost(const PublishPost &p)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO publish_posts (account_id, kind, caption, items, options, state, scheduled_at, created_at,"
              " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowEpoch();
    q.addBindValue(p.accountId);
    q.addBindValue(postKindName(p.kind));
    q.addBindValue(p.caption.isNull() ? u""_s : p.caption); // NOT NULL: no caption is ''
    q.addBindValue(itemsJson(p.items));
    q.addBindValue(optionsJson(p.options));
    q.addBindValue(postStateName(p.state));
    q.addBindValue(sql::epochOrNull(p.scheduledAt));
    q.addBindValue(p.createdAt.isValid() ? p.createdAt.toSecsSinceEpoch() : now);
    q.addBindValue(now);
    if (auto s = sql::exec(q, doing("saving a post")); !s.ok())
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status PublishStore::updatePost(const PublishPost &p)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET account_id = ?, kind = ?, caption = ?, items = ?, options = ?, state = ?,"
              " scheduled_at = ?, updated_at = ?, last_error = NULL WHERE id = ? AND state IN ('draft', 'scheduled',"
              " 'failed', 'cancelled')"_s);
    q.addBindValue(p.accountId);
    q.addBindValue(postKindName(p.kind));
    q.addBindValue(p.caption.isNull() ? u""_s : p.caption); // NOT NULL: no caption is ''
    q.addBindValue(itemsJson(p.items));
    q.addBindValue(optionsJson(p.options));
    q.addBindValue(postStateName(p.state));
    q.addBindValue(sql::epochOrNull(p.scheduledAt));
    q.addBindValue(nowEpoch());
    q.addBindValue(p.id);
    if (auto s = sql::exec(q, doing("changing a post")); !s.ok())
        return s.error();
    if (q.numRowsAffected() == 0)
        return Error::conflict(doing("The post is being published or was published: it can no longer be changed."));
    return Ok{};
}

Result<QList<PublishPost>> PublishStore::selectPosts(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(PostSelect + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = sql::exec(q, doing("reading posts")); !s.ok())
        return s.error();
    QList<PublishPost> list;
    while (q.next())
        list.append(postFromRow(q));
    for (PublishPost &p : list) {
        if (p.kind != PostKind::Carousel)
            continue;
        QSqlQuery c(m_db);
        c.prepare(u"SELECT container_id FROM publish_children WHERE post_id = ? ORDER BY position"_s);
        c.addBindValue(p.id);
        if (auto s = sql::exec(c, doing("reading posts")); !s.ok())
            return s.error();
        while (c.next())
            p.childContainers << c.value(0).toString();
    }
    return list;
}

Result<std::optional<PublishPost>> PublishStore::post(qint64 id)
{
    auto list = selectPosts(u" WHERE p.id = ?"_s, {id});
    if (!list.ok())
        return list.error();
    if (list->isEmpty())
        return std::optional<PublishPost>();
    return std::optional<PublishPost>(list->first());
}

Result<QList<PublishPost>> PublishStore::posts(qint64 accountId)
{
    if (accountId > 0)
        return selectPosts(u" WHERE p.account_id = ? ORDER BY coalesce(p.scheduled_at, p.created_at), p.id"_s,
                           {accountId});
    return selectPosts(u" ORDER BY coalesce(p.scheduled_at, p.created_at), p.id"_s, {});
}

Result<QList<PublishPost>> PublishStore::postsBetween(const QDateTime &from, const QDateTime &to)
{
    return selectPosts(u" WHERE coalesce(p.published_at, p.scheduled_at, p.created_at) >= ? AND"
                       " coalesce(p.published_at, p.scheduled_at, p.created_at) < ?"
                       " ORDER BY coalesce(p.published_at, p.scheduled_at, p.created_at), p.id"_s,
                       {from.toSecsSinceEpoch(), to.toSecsSinceEpoch()});
}

Result<QList<PublishPost>> PublishStore::duePosts(const QDateTime &now)
{
    return selectPosts(u" WHERE (p.state = 'scheduled' AND coalesce(p.scheduled_at, 0) <= ?)"
                       " OR p.state IN ('creating', 'processing', 'publishing')"
                       " ORDER BY coalesce(p.scheduled_at, p.created_at), p.id"_s,
                       {now.toSecsSinceEpoch()});
}

Status PublishStore::setState(qint64 id, PostState state, const QString &lastError)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(postStateName(state));
    q.addBindValue(sql::textOrNull(lastError));
    q.addBindValue(nowEpoch());
    q.addBindValue(id);
    return sql::exec(q, doing("changing a post's state"));
}

Status PublishStore::recordChild(qint64 id, int position, const QString &containerId)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO publish_children (post_id, position, container_id) VALUES (?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(position);
    q.addBindValue(containerId);
    return sql::exec(q, doing("saving a carousel item's container"));
}

Status PublishStore::recordContainer(qint64 id, const QString &containerId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET container_id = ?, state = 'processing', updated_at = ? WHERE id = ?"_s);
    q.addBindValue(containerId);
    q.addBindValue(nowEpoch());
    q.addBindValue(id);
    return sql::exec(q, doing("saving a post's container"));
}

Status PublishStore::markPublishSent(qint64 id, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET state = 'publishing', publish_sent_at = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sql::epoch(at));
    q.addBindValue(nowEpoch());
    q.addBindValue(id);
    return sql::exec(q, doing("noting that a post is being published"));
}

Status PublishStore::markPublished(qint64 id, const QString &mediaId, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET state = 'published', media_id = ?, published_at = ?, last_error = NULL,"
              " updated_at = ? WHERE id = ?"_s);
    q.addBindValue(sql::textOrNull(mediaId));
    q.addBindValue(sql::epoch(at));
    q.addBindValue(nowEpoch());
    q.addBindValue(id);
    return sql::exec(q, doing("noting that a post was published"));
}

Status PublishStore::setPermalink(qint64 id, const QString &permalink)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET permalink = ? WHERE id = ?"_s);
    q.addBindValue(sql::textOrNull(permalink));
    q.addBindValue(id);
    return sql::exec(q, doing("saving a post's link"));
}

Status PublishStore::setFirstComment(qint64 id, const QString &commentId)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET first_comment_id = ? WHERE id = ?"_s);
    q.addBindValue(sql::textOrNull(commentId));
    q.addBindValue(id);
    return sql::exec(q, doing("saving a post's first comment"));
}

Status PublishStore::resetForRetry(qint64 id, const QDateTime &now)
{
    // Children first, and only of a post that may be retried: a stop in between leaves a failed post without
    // children, which a retry creates again.
    QSqlQuery del(m_db);
    del.prepare(u"DELETE FROM publish_children WHERE post_id = ? AND (SELECT state FROM publish_posts WHERE id = ?)"
                " IN ('failed', 'cancelled', 'draft')"_s);
    del.addBindValue(id);
    del.addBindValue(id);
    if (auto s = sql::exec(del, doing("retrying a post")); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE publish_posts SET state = 'scheduled', scheduled_at = ?, container_id = NULL,"
              " publish_sent_at = NULL, last_error = NULL, updated_at = ? WHERE id = ? AND state IN ('failed',"
              " 'cancelled', 'draft')"_s);
    q.addBindValue(sql::epoch(now));
    q.addBindValue(nowEpoch());
    q.addBindValue(id);
    if (auto s = sql::exec(q, doing("retrying a post")); !s.ok())
        return s;
    if (q.numRowsAffected() == 0)
        return Error::conflict(doing("Only a failed, cancelled or draft post can be retried."));
    return Ok{};
}

Status PublishStore::addAttempt(const PublishAttempt &a)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO publish_attempts (post_id, at, step, outcome, message) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.postId);
    q.addBindValue(sql::epoch(a.at.isValid() ? a.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(a.step);
    q.addBindValue(a.outcome);
    q.addBindValue(sql::textOrNull(a.message));
    return sql::exec(q, doing("logging a publish step"));
}

Result<QList<PublishAttempt>> PublishStore::attempts(qint64 postId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT post_id, at, step, outcome, message FROM publish_attempts WHERE post_id = ? ORDER BY id"_s);
    q.addBindValue(postId);
    if (auto s = sql::exec(q, doing("reading a post's log")); !s.ok())
        return s.error();
    QList<PublishAttempt> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), sql::time(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    return list;
}

} // namespace reelpulse
