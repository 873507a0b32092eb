#include "domain/TaskTypes.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

QString statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Active:
        return u"active"_s;
    case TaskStatus::Paused:
        return u"paused"_s;
    case TaskStatus::Error:
        return u"error"_s;
    }
    return u"active"_s;
}

std::optional<TaskStatus> statusFromName(const QString &name)
{
    if (name == u"active")
        return TaskStatus::Active;
    if (name == u"paused")
        return TaskStatus::Paused;
    if (name == u"error")
        return TaskStatus::Error;
    return std::nullopt;
}

QString platformName(Platform platform)
{
    return platform == Platform::TikTok ? u"tiktok"_s : u"instagram"_s;
}

std::optional<Platform> platformFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"instagram" || n == u"ig")
        return Platform::Instagram;
    if (n == u"tiktok" || n == u"tt")
        return Platform::TikTok;
    return std::nullopt;
}

QString autoTrackName(AutoTrack mode)
{
    switch (mode) {
    case AutoTrack::New:
        return u"new"_s;
    case AutoTrack::Latest:
        return u"latest"_s;
    case AutoTrack::Off:
        break;
    }
    return u"off"_s;
}

std::optional<AutoTrack> autoTrackFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"off")
        return AutoTrack::Off;
    if (n == u"new")
        return AutoTrack::New;
    if (n == u"latest")
        return AutoTrack::Latest;
    return std::nullopt;
}

} // namespace reelpulse
