#pragma once

#include "platform/FailureClass.h"
#include "platform/ScrapedTypes.h"

#include <QCoreApplication>

#include <variant>

namespace reelpulse {

/// What a platform read returns: the value, or a classified failure.
template <typename T> class [[nodiscard]] Fetched
{
public:
    Fetched(T value) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Fetched(ScrapeFailure failure) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(failure))
    {
    }
    bool ok() const { return m_data.index() == 0; }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const ScrapeFailure &failure() const { return std::get<1>(m_data); }

private:
    std::variant<T, ScrapeFailure> m_data;
};

/// Reads Instagram. Calls block the calling thread (a worker thread, never the GUI thread) until the
/// answer or a classified failure; abort() may be called from another thread and makes the call in
/// flight return a Network failure promptly.
class InstagramSource
{
public:
    virtual ~InstagramSource() = default;
    virtual Fetched<ProfileInfo> profile(const QString &username) = 0;
    virtual Fetched<MediaPage> profilePosts(const QString &userId, const QString &username, const QString &cursor) = 0;
    virtual Fetched<MediaItem> post(const QString &shortcode) = 0;
    virtual Fetched<CommentPage> comments(const QString &shortcode, const QString &mediaId, const QString &cursor) = 0;
    virtual Fetched<QList<MediaItem>> stories(const QString &userId) = 0;
    virtual void abort() = 0;
    /// Why the signed-in session is not sent (the base URL is not an https host of Instagram's or one the
    /// person approved); empty when it is, or when there is none.
    virtual QString sessionWithheldReason() const { return {}; }
};

/// Reads TikTok, with the same blocking contract as InstagramSource.
class TikTokSource
{
public:
    virtual ~TikTokSource() = default;
    virtual Fetched<MediaItem> video(const QString &videoId, const QString &username) = 0;
    virtual Fetched<CommentPage> comments(const QString &videoId, const QString &cursor) = 0;
    /// An account page: the account, its counts and, when the page lists them, its latest videos (timeline).
    virtual Fetched<ProfileInfo> account(const QString &username);
    /// A page of an account's videos, newest first (the list the account page does not carry).
    virtual Fetched<MediaPage> accountVideos(const QString &secUid, const QString &username, const QString &cursor);
    virtual void abort() = 0;

private:
    static ScrapeFailure noAccounts()
    {
        return ScrapeFailure{
            FailureClass::EndpointBroken,
            QCoreApplication::translate("reelpulse::TikTokSource", "This TikTok reader cannot read accounts."), 0,
            std::nullopt};
    }
};

inline Fetched<ProfileInfo> TikTokSource::account(const QString &)
{
    return noAccounts();
}

inline Fetched<MediaPage> TikTokSource::accountVideos(const QString &, const QString &, const QString &)
{
    return noAccounts();
}

} // namespace reelpulse
