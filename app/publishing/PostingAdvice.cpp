#include "publishing/PostingAdvice.h"

#include "platform/CaptionEntities.h"

#include <QHash>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::advice {

namespace {

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

std::optional<qint64> engagement(const GraphMedia &media)
{
    if (!media.likeCount && !media.commentsCount)
        return std::nullopt;
    return media.likeCount.value_or(0) + media.commentsCount.value_or(0);
}

PostingAdvice advise(const QList<GraphMedia> &media, const QTimeZone &zone, int minPosts, int limit)
{
    PostingAdvice out;
    QHash<int, QList<qint64>> byCell; // weekday * 100 + hour
    struct Tag
    {
        QString shown;
        qint64 sum = 0;
        int posts = 0;
    };
    QHash<QString, Tag> byTag; // lower-case tag
    for (const GraphMedia &m : media) {
        const auto value = engagement(m);
        if (!value || !m.timestamp || m.mediaProductType == u"STORY"_s)
            continue;
        ++out.postsRead;
        const QDateTime local = m.timestamp->toTimeZone(zone);
        byCell[local.date().dayOfWeek() * 100 + local.time().hour()].append(*value);
        for (const QString &tag : instagram::extractHashtags(m.caption)) {
            Tag &t = byTag[tag.toLower()];
            if (t.shown.isEmpty())
                t.shown = tag;
            t.sum += *value;
            ++t.posts;
        }
    }
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it) {
        if (it.value().size() >= minPosts)
            out.bestTimes.append({it.key() / 100, it.key() % 100, median(it.value()), int(it.value().size())});
    }
    std::sort(out.bestTimes.begin(), out.bestTimes.end(), [](const TimeSlot &a, const TimeSlot &b) {
        if (a.medianEngagement != b.medianEngagement)
            return a.medianEngagement > b.medianEngagement;
        if (a.posts != b.posts)
            return a.posts > b.posts;
        return a.weekday * 100 + a.hour < b.weekday * 100 + b.hour;
    });
    for (const Tag &t : std::as_const(byTag)) {
        if (t.posts >= minPosts)
            out.hashtags.append({t.shown, double(t.sum) / t.posts, t.posts});
    }
    std::sort(out.hashtags.begin(), out.hashtags.end(), [](const HashtagScore &a, const HashtagScore &b) {
        if (a.meanEngagement != b.meanEngagement)
            return a.meanEngagement > b.meanEngagement;
        if (a.posts != b.posts)
            return a.posts > b.posts;
        return a.tag.toLower() < b.tag.toLower();
    });
    if (out.bestTimes.size() > limit)
        out.bestTimes.resize(limit);
    if (out.hashtags.size() > limit)
        out.hashtags.resize(limit);
    return out;
}

QDateTime nextOccurrence(const TimeSlot &slot, const QDateTime &from, const QTimeZone &zone)
{
    const QDateTime local = from.toTimeZone(zone);
    QDate day = local.date();
    for (int i = 0; i < 8; ++i, day = day.addDays(1)) {
        const QDateTime candidate(day, QTime(slot.hour, 0), zone);
        if (day.dayOfWeek() == slot.weekday && candidate > from)
            return candidate;
    }
    return {};
}

} // namespace reelpulse::advice
