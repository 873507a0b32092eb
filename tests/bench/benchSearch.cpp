// Search over a generated store of 1 000 000 comments (and 20 000 posts of 200 accounts): the time of a first page
// (20 results) for a common word, a rare word, a phrase, a prefix and two words, through SearchService as both
// fronts call it. Goal: under 50 ms each. The store is written in one transaction with prepared statements; the
// index triggers fill the index as ingest does. `benchSearch --small` runs a tenth of it; figures only, no asserts.
#include "services/SearchService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;

namespace {

constexpr int Accounts = 200;
constexpr int PostsPerAccount = 100;

/// 20 000 made-up words (the long tail) and a few very common ones.
QStringList makeWords(QRandomGenerator &random)
{
    const QStringList syllables{u"ka"_s, u"lo"_s, u"mi"_s, u"su"_s, u"te"_s, u"ra"_s, u"no"_s, u"vi"_s,
                                u"be"_s, u"zu"_s, u"pe"_s, u"do"_s, u"ga"_s, u"ré"_s, u"ño"_s, u"xi"_s};
    QStringList words;
    for (int i = 0; i < 20000; ++i) {
        QString w;
        for (int s = 2 + int(random.bounded(3)); s > 0; --s)
            w += syllables.at(int(random.bounded(syllables.size())));
        words << w;
    }
    return words;
}

bool fill(Database &db, int comments)
{
    QRandomGenerator random(5);
    const QStringList words = makeWords(random);
    const QStringList common{u"love"_s, u"this"_s,  u"so"_s,   u"good"_s,    u"the"_s,
                             u"wow"_s,  u"great"_s, u"nice"_s, u"amazing"_s, u"❤️"_s};
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery task(c);
    task.prepare(u"INSERT INTO profile_tasks (id, target_profile, created_at, next_scrape_due) VALUES (?, ?, 0, 0)"_s);
    QSqlQuery item(c);
    item.prepare(u"INSERT INTO media_items (id, platform, platform_id, shortcode, caption, hashtags, first_seen,"
                 " last_seen) VALUES (?, 'instagram', ?, ?, ?, '[]', 0, 0)"_s);
    QSqlQuery link(c);
    link.prepare(u"INSERT INTO task_items (task_kind, task_id, item_id) VALUES ('profile', ?, ?)"_s);
    const auto text = [&](int n) {
        QString t;
        for (int w = 0; w < n; ++w) {
            if (w)
                t += u' ';
            t += random.bounded(100) < 35 ? common.at(int(random.bounded(common.size())))
                                          : words.at(int(random.bounded(words.size())));
        }
        return t;
    };
    for (int a = 0; a < Accounts; ++a) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        task.addBindValue(id);
        task.addBindValue(u"brand%1"_s.arg(a));
        if (!task.exec())
            return false;
        for (int p = 0; p < PostsPerAccount; ++p) {
            const int row = a * PostsPerAccount + p + 1;
            item.addBindValue(row);
            item.addBindValue(QString::number(row));
            item.addBindValue(u"S%1"_s.arg(row));
            item.addBindValue(text(8 + int(random.bounded(20))));
            link.addBindValue(id);
            link.addBindValue(row);
            if (!item.exec() || !link.exec())
                return false;
        }
    }
    QSqlQuery comment(c);
    comment.prepare(u"INSERT INTO comments (item_id, platform, platform_id, author, text, created_at, first_seen,"
                    " last_seen) VALUES (?, 'instagram', ?, ?, ?, ?, 0, 0)"_s);
    for (int i = 0; i < comments; ++i) {
        comment.addBindValue(1 + int(random.bounded(Accounts * PostsPerAccount)));
        comment.addBindValue(QString::number(i));
        comment.addBindValue(u"fan%1"_s.arg(random.bounded(50000)));
        // One comment in 100 000 holds the rare word.
        QString t = text(1 + int(random.bounded(14)));
        if (i % 100000 == 4242)
            t += u" zyzzyva"_s;
        comment.addBindValue(t);
        comment.addBindValue(qint64(1767225600) + i);
        if (!comment.exec())
            return false;
    }
    return c.commit();
}

struct Timing
{
    double medianMs = -1;
    double worstMs = -1;
    int hits = 0;
    bool hasNext = false;
};

Timing measure(SearchService &service, const SearchRequest &request, int runs)
{
    std::vector<double> times;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = service.search(request);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!page.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(page.error().message));
            return t;
        }
        t.hits = int(page->hits.size());
        t.hasNext = page->hasNext;
    }
    std::sort(times.begin(), times.end());
    t.medianMs = times[times.size() / 2];
    t.worstMs = times.back();
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"reelpulse.*.debug=false"_s);
    const bool small = app.arguments().contains(u"--small"_s);
    const int comments = small ? 100'000 : 1'000'000;
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    if (!db.ok())
        return 1;
    QElapsedTimer build;
    build.start();
    if (!fill(*db.value(), comments)) {
        std::fprintf(stderr, "could not fill the store\n");
        return 1;
    }
    const double buildSeconds = double(build.elapsed()) / 1000.0;
    QSqlQuery checkpoint(db.value()->connection());
    checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    std::printf("search over %d comments and %d posts (store built in %.1f s, %.0f MB), first page of 20,\n"
                "median and worst of 15 runs; goal < 50 ms\n\n",
                comments, Accounts * PostsPerAccount, buildSeconds,
                double(QFileInfo(db.value()->filePath()).size()) / 1e6);
    std::printf("%-34s %-10s %10s %10s %6s %6s\n", "query", "in", "median ms", "worst ms", "hits", "more");
    SearchService service(*db.value());
    struct Case
    {
        const char *label;
        QString query;
        bool syntax;
        std::optional<SearchKind> in;
    };
    const std::vector<Case> cases{
        {"common word: love", u"love"_s, false, SearchKind::Comment},
        {"rare word: zyzzyva", u"zyzzyva"_s, false, SearchKind::Comment},
        {"two words: love amazing", u"love amazing"_s, false, SearchKind::Comment},
        {"phrase: \"love this\"", u"\"love this\""_s, true, SearchKind::Comment},
        {"prefix: lov*", u"lov*"_s, true, SearchKind::Comment},
        {"prefix: ka*", u"ka*"_s, true, SearchKind::Comment},
        {"prefix: kalo*", u"kalo*"_s, true, SearchKind::Comment},
        {"no match: qwertyuiop", u"qwertyuiop"_s, false, SearchKind::Comment},
        {"common word, every kind", u"love"_s, false, std::nullopt},
        {"rare word, every kind", u"zyzzyva"_s, false, std::nullopt},
        {"common word: love (posts)", u"love"_s, false, SearchKind::Post},
    };
    for (const Case &c : cases) {
        SearchRequest request;
        request.query = c.query;
        request.syntax = c.syntax;
        request.in = c.in;
        request.limit = 20;
        const Timing t = measure(service, request, 15);
        std::printf("%-34s %-10s %10.2f %10.2f %6d %6s\n", c.label, c.in ? qPrintable(searchKindName(*c.in)) : "all",
                    t.medianMs, t.worstMs, t.hits, t.hasNext ? "yes" : "no");
        std::fflush(stdout);
    }
    // Deep paging costs the same as the first page (by key).
    SearchRequest request;
    request.query = u"love"_s;
    request.in = SearchKind::Comment;
    request.limit = 200;
    QElapsedTimer walk;
    walk.start();
    int pages = 0;
    for (; pages < 50; ++pages) {
        auto page = service.search(request);
        if (!page.ok() || !page->hasNext)
            break;
        request.cursor = page->nextCursor;
    }
    std::printf("\n50 pages of 200 'love' comments: %.2f ms a page\n", double(walk.nsecsElapsed()) / 1e6 / pages);
    return 0;
}
