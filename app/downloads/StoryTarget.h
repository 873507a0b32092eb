#pragma once

#include "domain/Result.h"

#include <QString>

namespace reelpulse::downloads {

/// One story item: its user and its media id (pk).
struct StoryTarget
{
    QString username;
    QString id;

    QString key() const { return username + u'/' + id; } ///< "username/id", a story job's target
    QString url() const { return QStringLiteral("https://www.instagram.com/stories/%1/%2/").arg(username, id); }
};

/// "username/id" or a story address (https://www.instagram.com/stories/username/id/); Invalid (field `url`)
/// otherwise.
Result<StoryTarget> parseStoryTarget(const QString &text);

} // namespace reelpulse::downloads
