#include "sentiment/CommentScorer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse;
using namespace reelpulse::sentiment;

// Time to score every comment of a real 100 000-comment store (synthetic Instagram-like comments), as
// 'reelpulse-cli sentiment rescore' and the GUI's background worker do it: batches of 2 000, one transaction each.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    if (!opened.ok()) {
        std::fprintf(stderr, "cannot create a store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    const QStringList openers = {u"love"_s, u"so"_s, u"not"_s, u"worst"_s, u"omg"_s, u"@maria_k"_s, u"never"_s};
    const QStringList middles = {u"beautiful"_s, u"good"_s, u"bad"_s, u"amazing"_s, u"boring"_s, u"fake"_s};
    const QStringList endings = {u"❤️"_s, u"🔥🔥🔥"_s, u"😍😍"_s, u"😡"_s, u"💔"_s, u"🙌🏽"_s, u"!!!"_s, u""_s};
    QRandomGenerator random(7);
    constexpr int Comments = 100000;
    {
        QSqlQuery q(db.connection());
        q.exec(u"BEGIN"_s);
        for (int item = 1; item <= 100; ++item)
            q.exec(u"INSERT INTO media_items (id, platform, platform_id, first_seen, last_seen) VALUES (%1, "
                   "'instagram', 'p%1', 0, 0)"_s.arg(item));
        q.prepare(u"INSERT INTO comments (item_id, platform, platform_id, text, created_at, first_seen, last_seen) "
                  "VALUES (?, 'instagram', ?, ?, ?, 0, 0)"_s);
        for (int i = 0; i < Comments; ++i) {
            q.addBindValue(1 + i % 100);
            q.addBindValue(QString(u"c"_s + QString::number(i)));
            q.addBindValue(QString(openers.at(random.bounded(openers.size())) + u' ' +
                                   middles.at(random.bounded(middles.size())) + u' ' +
                                   endings.at(random.bounded(endings.size()))));
            q.addBindValue(1754006400 + i * 60);
            q.exec();
        }
        q.exec(u"COMMIT"_s);
    }
    for (const Mode mode : {Mode::Social, Mode::Reference}) {
        QElapsedTimer timer;
        timer.start();
        auto report = CommentScorer::score(db, mode, true, 2000, nullptr, {});
        if (!report.ok()) {
            std::fprintf(stderr, "scoring failed: %s\n", qPrintable(report.error().message));
            return 1;
        }
        std::printf("100 000-comment store, %-9s mode: %d comments scored and saved in %.0f ms\n",
                    qPrintable(modeName(mode)), report->scored, timer.nsecsElapsed() / 1e6);
    }
    return 0;
}
