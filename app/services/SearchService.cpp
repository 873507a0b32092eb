#include "services/SearchService.h"

#include "services/QueryService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

Q_LOGGING_CATEGORY(lcSearch, "reelpulse.search")

/// Where a page starts: a kind, and in it the key after which (posts, comments) or the rank from which (accounts,
/// creators) rows follow.
struct Position
{
    int kind = 0;
    qint64 afterKey = 0;
    int offset = 0;
};

bool pagesByKey(SearchKind kind)
{
    return kind == SearchKind::Post || kind == SearchKind::Comment;
}

/// What a cursor is bound to: the text, the kinds and the syntax flag.
QString fingerprint(const SearchRequest &request)
{
    const QString bound = request.query + u'\n' + (request.in ? searchKindName(*request.in) : u"*"_s) + u'\n' +
                          (request.syntax ? u"1"_s : u"0"_s);
    return QString::fromLatin1(QCryptographicHash::hash(bound.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QString encodeCursor(const SearchRequest &request, const Position &at)
{
    QJsonObject o{{u"v"_s, 1}, {u"f"_s, fingerprint(request)}, {u"k"_s, at.kind}};
    if (at.afterKey > 0)
        o.insert(u"a"_s, QString::number(at.afterKey));
    if (at.offset > 0)
        o.insert(u"o"_s, at.offset);
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<Position> decodeCursor(const SearchRequest &request)
{
    const Error invalid = Error::invalid(
        u"cursor"_s, QCoreApplication::translate(
                         "reelpulse::SearchService",
                         "The cursor \"%1\" is not one this search gave: pass the next_cursor of the page before, with "
                         "the same query, --in and --syntax.")
                         .arg(request.cursor));
    const auto decoded = QByteArray::fromBase64Encoding(
        request.cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid;
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    if (o.value(u"v"_s).toInt() != 1 || o.value(u"f"_s).toString() != fingerprint(request))
        return invalid;
    Position at;
    at.kind = o.value(u"k"_s).toInt(-1);
    bool ok = true;
    if (o.contains(u"a"_s))
        at.afterKey = o.value(u"a"_s).toString().toLongLong(&ok);
    at.offset = o.value(u"o"_s).toInt(0);
    if (!ok || at.kind < 0 || at.kind >= SearchKindCount || at.afterKey < 0 || at.offset < 0 ||
        (request.in && at.kind != static_cast<int>(*request.in)))
        return invalid;
    return at;
}

SearchHit hitOf(const SearchRow &row)
{
    SearchHit hit;
    hit.kind = row.kind;
    hit.id = row.id;
    hit.title = row.title;
    hit.markedTitle = MarkedText::fromMarked(row.markedTitle);
    hit.text = MarkedText::fromMarked(row.marked);
    hit.extra = MarkedText::fromMarked(row.markedExtra);
    hit.platform = row.platform;
    hit.createdAt = row.createdAt;
    hit.post = row.post;
    if (row.post)
        hit.postUrl = SearchService::postUrl(*row.post);
    hit.tasks = row.tasks;
    return hit;
}

} // namespace

MarkedText MarkedText::fromMarked(const QString &marked)
{
    MarkedText out;
    out.text.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(SearchIndex::MarkOpen)) {
            start = int(out.text.size());
        } else if (c == QChar(SearchIndex::MarkClose)) {
            if (start >= 0 && out.text.size() > start)
                out.marks.append(QPair<int, int>(start, int(out.text.size()) - start));
            start = -1;
        } else {
            out.text += c;
        }
    }
    return out;
}

QString MarkedText::html(const QString &tag) const
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : marks) {
        out += text.mid(at, start - at).toHtmlEscaped() + u'<' + tag + u'>' + text.mid(start, length).toHtmlEscaped() +
               u"</"_s + tag + u'>';
        at = start + length;
    }
    return out + text.mid(at).toHtmlEscaped();
}

QString MarkedText::bracketed(const QString &open, const QString &close) const
{
    QString out;
    int at = 0;
    for (const auto &[start, length] : marks) {
        out += text.mid(at, start - at) + open + text.mid(start, length) + close;
        at = start + length;
    }
    return out + text.mid(at);
}

QStringList MarkedText::matches() const
{
    QStringList out;
    for (const auto &[start, length] : marks)
        out << text.mid(start, length);
    return out;
}

std::optional<TaskRef> SearchHit::dashboardTask() const
{
    if (tasks.isEmpty())
        return std::nullopt;
    // A post tracked on its own (reel or video task) opens its own dashboard before its account's.
    for (const SearchTaskLink &link : tasks)
        if (link.task.kind != TaskKind::Profile)
            return link.task;
    return tasks.first().task;
}

SearchService::SearchService(Database &database)
    : m_database(database)
{
}

std::optional<SearchKind> SearchService::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"account" || n == u"accounts" || n == u"profile" || n == u"profiles")
        return SearchKind::Account;
    if (n == u"creator" || n == u"creators")
        return SearchKind::Creator;
    if (n == u"post" || n == u"posts" || n == u"video" || n == u"videos")
        return SearchKind::Post;
    if (n == u"comment" || n == u"comments")
        return SearchKind::Comment;
    return std::nullopt;
}

QString SearchService::postUrl(const SearchPost &post)
{
    if (post.platform == Platform::TikTok)
        return u"https://www.tiktok.com/@%1/video/%2"_s.arg(post.ownerUsername.isEmpty() ? u"_"_s : post.ownerUsername,
                                                            post.platformId);
    if (post.shortcode.isEmpty())
        return {};
    return (post.productType == u"clips" ? u"https://www.instagram.com/reel/%1/"_s
                                         : u"https://www.instagram.com/p/%1/"_s)
        .arg(post.shortcode);
}

Result<SearchPage> SearchService::search(const SearchRequest &request)
{
    if (request.limit < 1 || request.limit > MaxLimit)
        return Error::invalid(
            u"limit"_s, QCoreApplication::translate("reelpulse::SearchService", "The limit must be between 1 and %1.")
                            .arg(MaxLimit));
    Position at;
    if (request.in)
        at.kind = static_cast<int>(*request.in);
    if (!request.cursor.isEmpty()) {
        auto decoded = decodeCursor(request);
        if (!decoded.ok())
            return decoded.error();
        at = decoded.value();
    }
    SearchPage page;
    page.limit = request.limit;
    page.match = request.syntax ? request.query.trimmed() : SearchIndex::literalQuery(request.query);
    if (page.match.isEmpty())
        return page;

    SearchIndex index(m_database.connection());
    const int lastKind = request.in ? static_cast<int>(*request.in) : SearchKindCount - 1;
    int remaining = request.limit;
    for (int k = at.kind; k <= lastKind; ++k) {
        const auto kind = static_cast<SearchKind>(k);
        const bool first = k == at.kind;
        const qint64 after = first ? at.afterKey : 0;
        const int offset = first ? at.offset : 0;
        if (remaining == 0) {
            // The page is full: is there anything in the kinds after it?
            auto probe = index.find(kind, page.match, 0, 0, 1);
            if (!probe.ok())
                return probe.error();
            if (!probe->isEmpty()) {
                page.hasNext = true;
                page.nextCursor = encodeCursor(request, Position{k, 0, 0});
                break;
            }
            continue;
        }
        auto rows = index.find(kind, page.match, after, offset, remaining + 1);
        if (!rows.ok())
            return rows.error();
        const bool more = rows->size() > remaining;
        const int taken = std::min(int(rows->size()), remaining);
        for (int i = 0; i < taken; ++i)
            page.hits << hitOf(rows->at(i));
        remaining -= taken;
        if (more) {
            Position next{k, 0, 0};
            if (pagesByKey(kind))
                next.afterKey = rows->at(taken - 1).key;
            else
                next.offset = offset + taken;
            page.hasNext = true;
            page.nextCursor = encodeCursor(request, next);
            break;
        }
    }
    qCDebug(lcSearch) << "search" << page.match << "found" << page.hits.size() << "more:" << page.hasNext;
    return page;
}

Result<QList<SearchPage>> SearchService::searchEachKind(const QString &query, int perKind, bool syntax)
{
    QList<SearchPage> pages;
    for (int k = 0; k < SearchKindCount; ++k) {
        SearchRequest request;
        request.query = query;
        request.in = static_cast<SearchKind>(k);
        request.limit = perKind;
        request.syntax = syntax;
        auto page = search(request);
        if (!page.ok())
            return page.error();
        pages << page.value();
    }
    return pages;
}

QFuture<Result<SearchPage>> SearchService::search(QueryService &queries, const SearchRequest &request)
{
    return queries.run<SearchPage>([request](Database &db) { return SearchService(db).search(request); });
}

QFuture<Result<QList<SearchPage>>> SearchService::searchEachKind(QueryService &queries, const QString &query,
                                                                 int perKind, bool syntax)
{
    return queries.run<QList<SearchPage>>(
        [query, perKind, syntax](Database &db) { return SearchService(db).searchEachKind(query, perKind, syntax); });
}

} // namespace reelpulse
