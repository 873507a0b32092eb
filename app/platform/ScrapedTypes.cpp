#include "platform/ScrapedTypes.h"
#include "platform/FailureClass.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return u"image"_s;
    case MediaKind::Video:
        return u"video"_s;
    case MediaKind::Reel:
        return u"reel"_s;
    case MediaKind::Carousel:
        return u"carousel"_s;
    case MediaKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

namespace {
struct ClassName
{
    FailureClass cls;
    const char *name;
};
const ClassName ClassNames[] = {
    {FailureClass::RateLimited, "rate_limited"},
    {FailureClass::SoftBlock, "soft_block"},
    {FailureClass::LoginWall, "login_wall"},
    {FailureClass::Checkpoint, "checkpoint"},
    {FailureClass::EndpointBroken, "endpoint_broken"},
    {FailureClass::NotFound, "not_found"},
    {FailureClass::Private, "private"},
    {FailureClass::Network, "network"},
    {FailureClass::Malformed, "malformed"},
};
} // namespace

QString failureClassName(FailureClass cls)
{
    for (const ClassName &c : ClassNames)
        if (c.cls == cls)
            return QString::fromLatin1(c.name);
    return u"network"_s;
}

std::optional<FailureClass> failureClassFromName(const QString &name)
{
    for (const ClassName &c : ClassNames)
        if (name == QLatin1StringView(c.name))
            return c.cls;
    return std::nullopt;
}

} // namespace reelpulse
