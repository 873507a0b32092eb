#include "domain/TaskRef.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

QString taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Profile:
        return u"profile"_s;
    case TaskKind::Reel:
        return u"reel"_s;
    case TaskKind::Video:
        return u"video"_s;
    }
    return u"reel"_s;
}

std::optional<TaskKind> taskKindFromName(const QString &name)
{
    if (name == u"profile")
        return TaskKind::Profile;
    if (name == u"reel")
        return TaskKind::Reel;
    if (name == u"video")
        return TaskKind::Video;
    return std::nullopt;
}

} // namespace reelpulse
