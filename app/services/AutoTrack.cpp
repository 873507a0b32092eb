#include "services/AutoTrack.h"

#include "domain/Identifiers.h"
#include "storage/Database.h"
#include "storage/VideoTaskStore.h"

#include <QUuid>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::AutoTrackRule {

namespace {

QString sourceUrl(const MediaItem &item, const ProfileTask &task)
{
    if (item.platform == Platform::TikTok) {
        const QString author = item.ownerUsername.isEmpty() ? task.targetProfile : item.ownerUsername;
        return u"https://www.tiktok.com/@%1/video/%2"_s.arg(author, item.id);
    }
    return item.shortcode.isEmpty() ? QString() : canonicalReelUrl(item.shortcode);
}

} // namespace

QList<MediaItem> select(const ProfileTask &task, const QList<MediaItem> &items)
{
    QList<MediaItem> chosen;
    switch (task.autoTrack) {
    case AutoTrack::Off:
        break;
    case AutoTrack::New:
        // Only what was posted after the setting was chosen; a post without a time cannot be placed.
        if (task.autoTrackSince)
            for (const MediaItem &item : items)
                if (item.takenAt && *item.takenAt > *task.autoTrackSince)
                    chosen.append(item);
        break;
    case AutoTrack::Latest: {
        QList<MediaItem> sorted = items;
        std::stable_sort(sorted.begin(), sorted.end(), [](const MediaItem &a, const MediaItem &b) {
            if (a.takenAt && b.takenAt)
                return *a.takenAt > *b.takenAt;
            return a.takenAt.has_value() && !b.takenAt.has_value();
        });
        chosen = sorted.mid(0, std::max(0, task.autoTrackLatest));
        break;
    }
    }
    chosen.erase(std::remove_if(chosen.begin(), chosen.end(), [](const MediaItem &m) { return m.id.isEmpty(); }),
                 chosen.end());
    return chosen;
}

Result<QList<VideoTask>> apply(Database &database, const ProfileTask &task, const QList<MediaItem> &items,
                               const QDateTime &now)
{
    const QList<MediaItem> chosen = select(task, items);
    if (chosen.isEmpty())
        return QList<VideoTask>();
    return database.transaction([&]() -> Result<QList<VideoTask>> {
        VideoTaskStore store(database.connection());
        QList<VideoTask> added;
        for (const MediaItem &item : chosen) {
            auto existing = store.find(item.platform, item.id);
            if (!existing.ok())
                return existing.error();
            if (existing.value())
                continue;
            VideoTask video;
            video.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            video.platform = item.platform;
            video.externalId = item.id;
            video.shortcode = item.platform == Platform::Instagram ? item.shortcode : QString();
            video.sourceUrl = sourceUrl(item, task);
            video.addedAt = now;
            video.updatedAt = now;
            video.nextScrapeDue = now;
            video.profileTaskId = task.id;
            if (auto inserted = store.insert(video); !inserted.ok())
                return inserted.error();
            added.append(video);
        }
        return added;
    });
}

} // namespace reelpulse::AutoTrackRule
