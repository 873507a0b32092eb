#pragma once

#include "domain/Result.h"
#include "storage/PublishStore.h"

namespace reelpulse::postrules {

constexpr int MaxCaptionCharacters = 2200;
constexpr int MaxHashtags = 30;
constexpr int MaxMentions = 20;
constexpr int MinCarouselItems = 2;
constexpr int MaxCarouselItems = 10;

/// The first rule the post breaks (Invalid, naming the field), or Ok. The composer shows the same messages live.
Status validate(const PublishPost &post);

/// Whether a URL is one Instagram can fetch: http(s) with a host that is not local.
bool isPublicUrl(const QString &url);

} // namespace reelpulse::postrules
