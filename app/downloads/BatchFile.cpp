#include "downloads/BatchFile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

QString kindOf(const QString &url)
{
    if (url.contains(u"tiktok.com"_s, Qt::CaseInsensitive))
        return u"video"_s;
    static const QRegularExpression Reel(u"/reels?/"_s, QRegularExpression::CaseInsensitiveOption);
    return Reel.match(url).hasMatch() ? u"reel"_s : u"post"_s;
}

} // namespace

Result<QList<BatchItem>> parseBatchFile(const QString &text)
{
    static const QStringList Kinds{u"post"_s, u"reel"_s, u"carousel"_s, u"story"_s, u"video"_s};
    QList<BatchItem> items;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QString url = line.section(u',', 0, 0).trimmed();
        QString kind = line.section(u',', 1, 1).trimmed().toLower();
        if (url.size() >= 2 && url.startsWith(u'"') && url.endsWith(u'"'))
            url = url.mid(1, url.size() - 2);
        if (items.isEmpty() && url.compare(u"url"_s, Qt::CaseInsensitive) == 0)
            continue; // the CSV header
        if (kind.isEmpty())
            kind = kindOf(url);
        if (!Kinds.contains(kind))
            return Error::invalid(u"type"_s, QCoreApplication::translate("reelpulse::downloads",
                                                                         "Line %1: unknown type '%2' (post, reel, "
                                                                         "carousel, story, video).")
                                                 .arg(i + 1)
                                                 .arg(kind));
        items.append({static_cast<int>(i + 1), url, kind});
    }
    if (items.size() > MaxBatchItems)
        return Error::invalid(u"file"_s, QCoreApplication::translate("reelpulse::downloads",
                                                                     "The batch has %1 items; at most %2 are allowed "
                                                                     "in one batch.")
                                             .arg(items.size())
                                             .arg(MaxBatchItems));
    return items;
}

} // namespace reelpulse::downloads
