#pragma once

#include "domain/Result.h"
#include "services/PublishingService.h"

#include <QJsonObject>
#include <memory>

namespace reelpulse::cli {

class CliContext;

/// The publishing service over the CLI's store, with the tokens in the OS keychain (the same entries as the app).
Result<std::unique_ptr<PublishingService>> publishingService(CliContext &ctx);

namespace json {
/// An account in the hosted accounts list's shape.
QJsonObject publishAccount(const PublishAccount &account);
/// A post's queue entry.
QJsonObject queueEntry(const PublishPost &post);
/// "IMAGE", "CAROUSEL", "REELS", "STORIES": the media_type a post is created with.
QString mediaType(PostKind kind);
} // namespace json

} // namespace reelpulse::cli
