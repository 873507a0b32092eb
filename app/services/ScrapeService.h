#pragma once

#include "sentiment/SentimentTypes.h"
#include "services/ScrapeOptions.h"
#include "services/ScrapeReport.h"
#include "services/ScrapeRunner.h"
#include "services/ScrapeSources.h"

#include <QHash>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>

namespace reelpulse {

class Database;
class Settings;

/// A platform that asks everyone to wait (rate limit, soft block, sign-in wall, security check).
struct PlatformWait
{
    Platform platform = Platform::Instagram;
    FailureClass cls = FailureClass::RateLimited;
    std::optional<QDateTime> until; ///< none: until the person acts (security check)
    QString reason;                 ///< what happened and what to do, for a person
    bool needsUser = false;         ///< sign in again or solve a check, then resume
    /// When a pass looks again although the wait has no end (a security check): the rate governor then refuses
    /// at once without a request until the person resumed the platform, so looking costs nothing.
    QDateTime recheckAt;

    /// "Instagram waits until 14:05 (rate limited)".
    QString describe() const;
};

/// One step of a due pass.
struct PassStep
{
    enum class Kind {
        Scrape, ///< scrape the task now
        Skip,   ///< leave the task for a later pass: its platform asks to wait (see wait)
    };
    Kind kind = Kind::Scrape;
    TaskRef task;
    Platform platform = Platform::Instagram;
    std::optional<PlatformWait> wait; ///< when Skip
};

/// The rules of scraping that the app's scheduler thread and `reelpulse-cli scrape` share, so both make
/// the same decisions on the same store:
/// - the due pass: due tasks earliest first, each at most once per pass;
/// - what blocks a platform and for how long: a rate limit, soft block, sign-in wall or security check met
///   by any task (also a comment read) makes the platform's other tasks wait until the platform lets
///   requests through again (they stay due); the other platform goes on;
/// - the sentiment mode new comments are scored in: Settings' `sentiment.mode`, read at each scrape;
/// - the session in use: the readers made by the ScrapeEnvironment ask its SessionManager at each request.
///
/// One per thread, over that thread's store connection and readers (like the ScrapeRunner it drives).
class ScrapeService final
{
public:
    ScrapeService(Database &database, ScrapeSources sources, const QString &dataDir, ScrapeOptions options = {},
                  ScrapeRunner::Clock clock = {});
    ~ScrapeService();
    Q_DISABLE_COPY_MOVE(ScrapeService)

    /// Starts a new pass: every due task may be tried once more.
    void beginPass();
    /// The next step of the pass, or std::nullopt when every due task was handled (or nothing is due).
    /// Store errors end the pass (std::nullopt) and are logged.
    std::optional<PassStep> next();
    /// Scrapes one task (forced: whatever its due time or status), scores its new comments and notes what the
    /// platform said about waiting. The task counts as handled in this pass.
    ScrapeReport scrape(const TaskRef &task, bool forced);

    /// Platforms that ask to wait now.
    QList<PlatformWait> waits() const;
    /// Forgets the waits of a platform (after `governor resume` or a new sign-in).
    void clearWait(Platform platform);
    /// When the next pass has something to do: the earliest next due time or end of a wait.
    std::optional<QDateTime> nextWake();

    /// Whether comments are scored after each stored scrape (the app and the CLI do; some tests do not).
    void setScoreSentiment(bool score) { m_scoreSentiment = score; }
    /// The mode new comments are scored in (Settings' `sentiment.mode`).
    sentiment::Mode sentimentMode() const;
    /// Interrupts scoring (quit); thread-safe.
    const std::atomic<bool> *stopFlag() const { return &m_stop; }
    /// Aborts the request in flight and stops scoring; thread-safe.
    void requestStop();

    Platform platformOf(const TaskRef &task);
    /// "@username", "reel DFp17y5MymE", "tiktok 7603…"; the id when the task is gone.
    QString taskLabel(const TaskRef &task);
    ScrapeRunner &runner() { return m_runner; }
    QDateTime now() const { return m_runner.now(); }

private:
    std::optional<PlatformWait> waitOf(Platform platform) const;
    void noteWaits(const ScrapeReport &report, Platform platform);
    void score();

    Database &m_database;
    ScrapeSources m_sources;
    std::unique_ptr<Settings> m_settings;
    ScrapeRunner m_runner;
    QSet<QString> m_handled; ///< "kind:id" of tasks handled in this pass
    QHash<int, PlatformWait> m_waits;
    bool m_scoreSentiment = true;
    std::atomic<bool> m_stop{false};
};

} // namespace reelpulse
