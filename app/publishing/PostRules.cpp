#include "publishing/PostRules.h"

#include "publishing/GraphParsers.h"
#include "publishing/ImagePrep.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::postrules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::postrules", text);
}

} // namespace

bool isPublicUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

Status validate(const PublishPost &post)
{
    const graph::CaptionCounts counts = graph::countCaption(post.caption);
    if (counts.characters > MaxCaptionCharacters)
        return Error::invalid(u"caption"_s, tr("The caption has %1 characters; Instagram allows at most %2.")
                                                .arg(counts.characters)
                                                .arg(MaxCaptionCharacters));
    if (counts.hashtags > MaxHashtags)
        return Error::invalid(
            u"caption"_s,
            tr("The caption has %1 hashtags; Instagram allows at most %2.").arg(counts.hashtags).arg(MaxHashtags));
    if (counts.mentions > MaxMentions)
        return Error::invalid(
            u"caption"_s,
            tr("The caption mentions %1 accounts; Instagram allows at most %2.").arg(counts.mentions).arg(MaxMentions));
    if (post.items.isEmpty())
        return Error::invalid(u"media"_s, tr("Add the image or video to publish."));
    for (const PostMedia &item : post.items) {
        if (isPublicUrl(item.url))
            continue;
        const QUrl url(item.url);
        if (!url.isLocalFile())
            return Error::invalid(u"media"_s, tr("\"%1\" is not an http:// or https:// address Instagram could "
                                                 "fetch, nor a file on this computer.")
                                                  .arg(item.url));
        // A local file: the media host makes it public before the post goes out.
        const QFileInfo file(url.toLocalFile());
        if (!file.isFile() || !file.isReadable())
            return Error::invalid(u"media"_s, tr("Cannot read %1.").arg(file.filePath()));
    }
    switch (post.kind) {
    case PostKind::Image:
        if (post.items.size() != 1 || post.items.first().video)
            return Error::invalid(u"media"_s, tr("An image post takes exactly one image."));
        break;
    case PostKind::Carousel:
        if (post.items.size() < MinCarouselItems || post.items.size() > MaxCarouselItems)
            return Error::invalid(u"media"_s, tr("A carousel takes %1 to %2 images or videos, not %3.")
                                                  .arg(MinCarouselItems)
                                                  .arg(MaxCarouselItems)
                                                  .arg(post.items.size()));
        break;
    case PostKind::Reel:
        if (post.items.size() != 1 || !post.items.first().video)
            return Error::invalid(u"media"_s, tr("A reel takes exactly one video."));
        if (!post.options.coverUrl.isEmpty() && !isPublicUrl(post.options.coverUrl))
            return Error::invalid(u"cover_url"_s, tr("The cover must be at a public http(s) URL."));
        break;
    case PostKind::Story:
        if (post.items.size() != 1)
            return Error::invalid(u"media"_s, tr("A story takes exactly one image or video."));
        break;
    }
    if (!imageprep::fitFromName(post.options.fit))
        return Error::invalid(u"fit"_s, tr("Unknown fit '%1': crop, pad or none.").arg(post.options.fit));
    if (post.options.collaborators.size() > 3)
        return Error::invalid(u"collaborators"_s, tr("Instagram allows at most 3 collaborators."));
    return Ok{};
}

} // namespace reelpulse::postrules
