#include "services/ScrapeService.h"

#include "platform/Settings.h"
#include "sentiment/CommentScorer.h"
#include "sentiment/SentimentAnalyzer.h"
#include "services/AutoDownload.h"
#include "services/SchedulerLog.h"
#include "storage/Database.h"
#include "storage/ProfileTaskStore.h"
#include "storage/ScrapeStore.h"
#include "storage/VideoTaskStore.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString keyOf(const TaskRef &task)
{
    return taskKindName(task.kind) + u':' + task.id;
}

QString platformTitle(Platform platform)
{
    return platform == Platform::TikTok ? u"TikTok"_s : u"Instagram"_s;
}

QString waitName(FailureClass cls)
{
    switch (cls) {
    case FailureClass::RateLimited:
        return QCoreApplication::translate("reelpulse::ScrapeService", "rate limited");
    case FailureClass::SoftBlock:
        return QCoreApplication::translate("reelpulse::ScrapeService", "asked to wait");
    case FailureClass::LoginWall:
        return QCoreApplication::translate("reelpulse::ScrapeService", "wants a signed-in session");
    case FailureClass::Checkpoint:
        return QCoreApplication::translate("reelpulse::ScrapeService", "asks for a security check");
    default:
        break;
    }
    return failureClassName(cls);
}

/// How long a platform waits after a failure that blocks it.
std::optional<QDateTime> waitEnd(const ScrapeFailure &failure, const QDateTime &now)
{
    const qint64 asked = failure.retryAfterSeconds.value_or(0);
    switch (failure.cls) {
    case FailureClass::RateLimited:
        return now.addSecs(asked > 0 ? asked : 15 * 60);
    case FailureClass::SoftBlock:
        return now.addSecs(std::max<qint64>(asked, 15 * 60));
    case FailureClass::LoginWall:
        return now.addSecs(asked > 0 ? asked : 30 * 60);
    case FailureClass::Checkpoint:
        return std::nullopt;
    default:
        break;
    }
    return now;
}

} // namespace

QString PlatformWait::describe() const
{
    if (!until)
        return QCoreApplication::translate("reelpulse::ScrapeService", "%1 waits until you resume it (%2)")
            .arg(platformTitle(platform), waitName(cls));
    const QDateTime local = until->toLocalTime();
    const QString when = local.date() == QDateTime::currentDateTime().date() ? local.toString(u"HH:mm:ss"_s)
                                                                             : local.toString(u"yyyy-MM-dd HH:mm"_s);
    return QCoreApplication::translate("reelpulse::ScrapeService", "%1 waits until %2 (%3)")
        .arg(platformTitle(platform), when, waitName(cls));
}

ScrapeService::ScrapeService(Database &database, ScrapeSources sources, const QString &dataDir, ScrapeOptions options,
                             ScrapeRunner::Clock clock)
    : m_database(database)
    , m_sources(std::move(sources))
    , m_settings(std::make_unique<Settings>(dataDir))
    , m_runner(
          database, m_sources.instagram.get(), m_sources.tiktok.get(),
          [&] {
              options.velocitySchedule = m_settings->value(u"scrape.velocity_schedule"_s).toBool();
              return options;
          }(),
          std::move(clock))
{
}

ScrapeService::~ScrapeService() = default;

void ScrapeService::beginPass()
{
    m_handled.clear();
}

void ScrapeService::requestStop()
{
    m_stop.store(true);
    m_runner.requestStop();
}

sentiment::Mode ScrapeService::sentimentMode() const
{
    return sentiment::modeFromName(m_settings->sentimentMode()).value_or(sentiment::SentimentAnalyzer::defaultMode);
}

Platform ScrapeService::platformOf(const TaskRef &task)
{
    if (task.kind == TaskKind::Profile) {
        auto profile = ProfileTaskStore(m_database.connection()).get(task.id);
        return profile.ok() ? profile->platform : Platform::Instagram;
    }
    if (task.kind != TaskKind::Video)
        return Platform::Instagram;
    auto video = VideoTaskStore(m_database.connection()).get(task.id);
    return video.ok() ? video->platform : Platform::Instagram;
}

QString ScrapeService::taskLabel(const TaskRef &task)
{
    auto label = ScrapeStore(m_database).taskLabel(task);
    return label.ok() ? label.value() : task.id;
}

std::optional<PlatformWait> ScrapeService::waitOf(Platform platform) const
{
    const auto it = m_waits.constFind(static_cast<int>(platform));
    if (it == m_waits.constEnd())
        return std::nullopt;
    const QDateTime end = it->until ? *it->until : it->recheckAt;
    if (end <= m_runner.now())
        return std::nullopt;
    return *it;
}

QList<PlatformWait> ScrapeService::waits() const
{
    QList<PlatformWait> list;
    for (const Platform platform : {Platform::Instagram, Platform::TikTok}) {
        if (auto wait = waitOf(platform))
            list.append(*wait);
    }
    return list;
}

void ScrapeService::clearWait(Platform platform)
{
    m_waits.remove(static_cast<int>(platform));
}

std::optional<PassStep> ScrapeService::next()
{
    auto due = m_runner.dueTasks();
    if (!due.ok()) {
        qCWarning(lcScheduler) << "cannot list due tasks:" << due.error().message;
        return std::nullopt;
    }
    for (const DueTask &d : due.value()) {
        const QString key = keyOf(d.ref);
        if (m_handled.contains(key))
            continue;
        m_handled.insert(key);
        PassStep step;
        step.task = d.ref;
        step.platform = platformOf(d.ref);
        if (auto wait = waitOf(step.platform)) {
            step.kind = PassStep::Kind::Skip;
            step.wait = wait;
        }
        return step;
    }
    return std::nullopt;
}

ScrapeReport ScrapeService::scrape(const TaskRef &task, bool forced)
{
    m_handled.insert(keyOf(task));
    const Platform platform = platformOf(task);
    // "Download new posts": the posts a profile task had before, so that the new ones are queued after.
    AutoDownload autoDownload(m_database, QFileInfo(m_settings->filePath()).path());
    autoDownload.before(task);
    ScrapeReport report = m_runner.runOnce(task, forced);
    autoDownload.after(task, report);
    noteWaits(report, platform);
    if (platform == Platform::Instagram && m_sources.instagram) {
        const QString withheld = m_sources.instagram->sessionWithheldReason();
        if (!withheld.isEmpty())
            report.notes.prepend(withheld);
    }
    if (report.ok() && m_scoreSentiment)
        score();
    return report;
}

void ScrapeService::noteWaits(const ScrapeReport &report, Platform platform)
{
    std::optional<ScrapeFailure> failure;
    if (report.result == ScrapeReport::Result::Failed)
        failure = report.failure;
    else if (report.result == ScrapeReport::Result::Stored)
        failure = report.partialFailure;
    if (failure && ScrapeOptions::blocksPlatform(failure->cls)) {
        PlatformWait wait;
        wait.platform = platform;
        wait.cls = failure->cls;
        wait.until = waitEnd(*failure, m_runner.now());
        wait.recheckAt = m_runner.now().addSecs(5 * 60);
        wait.reason = failureAdvice(*failure, platform, wait.until);
        wait.needsUser = needsUserAction(failure->cls);
        m_waits.insert(static_cast<int>(platform), wait);
        qCInfo(lcScheduler).noquote() << wait.describe();
    } else if (report.result == ScrapeReport::Result::Stored && !report.partialFailure) {
        // The platform answered: whatever it asked before is over.
        m_waits.remove(static_cast<int>(platform));
    }
}

void ScrapeService::score()
{
    auto scored = sentiment::CommentScorer::score(m_database, sentimentMode(), false, 2000, &m_stop, {});
    if (!scored.ok())
        qCWarning(lcScheduler) << "scoring comment sentiment failed:" << scored.error().message;
}

std::optional<QDateTime> ScrapeService::nextWake()
{
    // Only times ahead count: a task due now whose platform waits is taken when the wait ends.
    const QDateTime now = m_runner.now();
    std::optional<QDateTime> wake;
    auto consider = [&](const QDateTime &when) {
        if (when > now && (!wake || when < *wake))
            wake = when;
    };
    auto next = ScrapeStore(m_database).nextDue();
    if (next.ok() && next.value())
        consider(*next.value());
    for (const PlatformWait &wait : waits())
        consider(wait.until ? *wait.until : wait.recheckAt);
    return wake;
}

} // namespace reelpulse
