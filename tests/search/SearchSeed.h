#pragma once

// A store seeded for search tests: profile tasks, posts with captions and hashtags, comments, written with plain
// prepared statements in one transaction (the index triggers fill the index as ingest would).

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace searchseed {

using namespace Qt::Literals::StringLiterals;

/// Words as a person writes them: each group holds the forms the index takes as one word (case, accents).
inline const QList<QStringList> &vocabulary()
{
    static const QList<QStringList> groups = {
        {u"love"_s, u"Love"_s, u"LOVE"_s},
        {u"café"_s, u"cafe"_s, u"Café"_s, u"CAFÉ"_s, u"CAFE"_s},
        {u"naïve"_s, u"naive"_s, u"NAÏVE"_s},
        {u"über"_s, u"uber"_s, u"Über"_s},
        {u"niño"_s, u"nino"_s, u"NIÑO"_s},
        {u"crème"_s, u"creme"_s},
        {u"amazing"_s, u"Amazing"_s},
        {u"the"_s, u"The"_s},
        {u"and"_s, u"AND"_s, u"And"_s},
        {u"near"_s, u"NEAR"_s},
        {u"or"_s, u"OR"_s},
        {u"not"_s, u"NOT"_s},
        {u"glove"_s},
        {u"lovely"_s},
        {u"日本"_s},
        {u"привет"_s, u"Привет"_s, u"ПРИВЕТ"_s},
        {u"sunset"_s, u"Sunset"_s},
        {u"beach"_s},
        {u"2024"_s},
        {u"x2"_s},
        {u"wow"_s, u"WOW"_s},
        {u"edit"_s},
        {u"zebra"_s},
    };
    return groups;
}

/// What separates words in the seeded texts (each holds at least one character that is not part of a word).
inline const QStringList &separators()
{
    static const QStringList seps = {u" "_s,       u" "_s,   u" "_s,   u", "_s,   u"! "_s, u"? "_s,        u" #"_s,
                                     u"❤️ "_s, u" 🔥"_s,  u"😂"_s,   u"... "_s, u" ("_s, u") "_s,        u" - "_s,
                                     u": "_s,      u" \""_s, u"\" "_s, u" * "_s,  u" ^"_s, u" 👍🏽 "_s};
    return seps;
}

/// The characters the LIKE scan of the tests turns into spaces (the separators' own characters). Not the skin tone
/// of "👍🏽": the index's tokenizer (Unicode 6.1 tables) reads emoji newer than its tables, such as skin tones, as
/// words, so "love 👍🏽 amazing" holds no phrase "love amazing" for it.
inline const QStringList &separatorCharacters()
{
    static const QStringList chars = {u","_s, u"!"_s, u"?"_s, u"#"_s,  u"❤️"_s, u"🔥"_s, u"😂"_s, u"."_s, u"("_s,
                                      u")"_s, u"-"_s, u":"_s, u"\""_s, u"*"_s,      u"^"_s, u"👍"_s, u"["_s, u"]"_s};
    return chars;
}

inline QString sentence(QRandomGenerator &random, int words)
{
    QString text;
    const auto &groups = vocabulary();
    for (int w = 0; w < words; ++w) {
        // "love" and "the" are common, the others rarer.
        const int g = random.bounded(100) < 25 ? int(random.bounded(2)) * 7 : int(random.bounded(groups.size()));
        const QStringList &forms = groups.at(g);
        if (w > 0)
            text += separators().at(int(random.bounded(separators().size())));
        text += forms.at(int(random.bounded(forms.size())));
    }
    return text;
}

inline bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(q.lastQuery()), qPrintable(q.lastError().text()));
    return false;
}

struct Seeded
{
    QStringList profileIds;
    int posts = 0;
    int comments = 0;
};

/// Adds `tasks` profile tasks with `postsPerTask` posts each and `comments` comments spread over the posts.
inline Seeded seed(QSqlDatabase db, int tasks, int postsPerTask, int comments, quint32 randomSeed = 7)
{
    QRandomGenerator random(randomSeed);
    Seeded out;
    db.transaction();
    QSqlQuery task(db);
    task.prepare(u"INSERT INTO profile_tasks (id, target_profile, created_at, next_scrape_due) VALUES (?, ?, 0, 0)"_s);
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO media_items (platform, platform_id, shortcode, owner_username, caption, hashtags,"
                 " first_seen, last_seen) VALUES ('instagram', ?, ?, ?, ?, ?, 0, 0)"_s);
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES ('profile', ?, ?)"_s);
    QSqlQuery comment(db);
    comment.prepare(u"INSERT INTO comments (item_id, platform, platform_id, author, text, created_at, first_seen,"
                    " last_seen) VALUES (?, 'instagram', ?, ?, ?, ?, 0, 0)"_s);
    QList<qint64> items;
    for (int t = 0; t < tasks; ++t) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        out.profileIds << id;
        task.addBindValue(id);
        task.addBindValue(u"brand%1"_s.arg(t));
        exec(task);
        for (int p = 0; p < postsPerTask; ++p) {
            const QString key = u"%1"_s.arg(t * postsPerTask + p + 1000);
            item.addBindValue(key);
            item.addBindValue(u"SC%1"_s.arg(key));
            item.addBindValue(u"brand%1"_s.arg(t));
            item.addBindValue(sentence(random, 3 + int(random.bounded(10))));
            QStringList tags;
            for (int h = int(random.bounded(3)); h > 0; --h)
                tags << u"\"#"_s + vocabulary().at(int(random.bounded(vocabulary().size()))).first() + u'"';
            item.addBindValue(QString(u"["_s + tags.join(u',') + u"]"_s));
            exec(item);
            const qint64 row = item.lastInsertId().toLongLong();
            items << row;
            link.addBindValue(id);
            link.addBindValue(row);
            exec(link);
            ++out.posts;
        }
    }
    for (int c = 0; c < comments; ++c) {
        comment.addBindValue(items.at(int(random.bounded(items.size()))));
        comment.addBindValue(u"c%1"_s.arg(c));
        comment.addBindValue(u"fan%1"_s.arg(random.bounded(500)));
        comment.addBindValue(sentence(random, 1 + int(random.bounded(14))));
        comment.addBindValue(qint64(1767225600) + c);
        exec(comment);
        ++out.comments;
    }
    db.commit();
    return out;
}

} // namespace searchseed
