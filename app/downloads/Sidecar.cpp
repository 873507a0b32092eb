#include "downloads/Sidecar.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

QJsonValue count(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray bare(const QStringList &tags)
{
    QJsonArray out;
    for (QString tag : tags) {
        if (tag.startsWith(u'#') || tag.startsWith(u'@'))
            tag.remove(0, 1);
        out.append(tag);
    }
    return out;
}

} // namespace

QJsonObject sidecarJson(const MediaItem &post, const QString &sourceUrl, const QDateTime &downloadedAt)
{
    QJsonObject o{
        {u"shortcode"_s, post.shortcode},
        {u"media_id"_s, post.id},
        {u"platform"_s, platformName(post.platform)},
        {u"content_type"_s, mediaKindName(post.kind)},
        {u"caption"_s, post.caption ? QJsonValue(*post.caption) : QJsonValue(QJsonValue::Null)},
        {u"hashtags"_s, bare(post.hashtags)},
        {u"mentions"_s, bare(post.mentions)},
        {u"owner"_s, QJsonObject{{u"user_id"_s, post.ownerId}, {u"username"_s, post.ownerUsername}}},
        {u"taken_at_timestamp"_s,
         post.takenAt ? QJsonValue(post.takenAt->toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null)},
        {u"datetime"_s,
         post.takenAt ? QJsonValue(post.takenAt->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"counts_at_download"_s, QJsonObject{{u"likes"_s, count(post.likes)},
                                              {u"comments"_s, count(post.comments)},
                                              {u"views"_s, count(post.views)},
                                              {u"plays"_s, count(post.plays)}}},
        {u"source_url"_s, sourceUrl},
        {u"downloaded_at"_s, downloadedAt.toUTC().toString(Qt::ISODate)},
    };
    if (!post.children.isEmpty())
        o.insert(u"carousel_count"_s, static_cast<int>(post.children.size()));
    return o;
}

} // namespace reelpulse::downloads
