#include "services/ScrapeReport.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString platformTitle(Platform platform)
{
    return platform == Platform::TikTok ? u"TikTok"_s : u"Instagram"_s;
}

QString clockTime(const std::optional<QDateTime> &when)
{
    if (!when)
        return QCoreApplication::translate("reelpulse::ScrapeReport", "a while");
    const QDateTime local = when->toLocalTime();
    if (local.date() == QDateTime::currentDateTime().date())
        return local.toString(u"HH:mm"_s);
    return local.toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

QString failureAdvice(const ScrapeFailure &failure, Platform platform, const std::optional<QDateTime> &retryAt)
{
    const QString name = platformTitle(platform);
    switch (failure.cls) {
    case FailureClass::RateLimited:
        return QCoreApplication::translate("reelpulse::ScrapeReport", "%1 is rate limiting; retry after %2.")
            .arg(name, clockTime(retryAt));
    case FailureClass::SoftBlock:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "%1 asked to wait (temporary block); ReelPulse retries after %2. Longer scrape intervals help.")
            .arg(name, clockTime(retryAt));
    case FailureClass::LoginWall:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "%1 wants a signed-in session: sign in again (or wait), then resume scraping.")
            .arg(name);
    case FailureClass::Checkpoint:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "%1 asks for a security check: open %1 in your browser, complete the check, then resume scraping.")
            .arg(name);
    case FailureClass::EndpointBroken:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "%1 answered without the expected data (its web API may have changed); ReelPulse retries after %2. "
                   "If this persists, update ReelPulse or its endpoint file.")
            .arg(name, clockTime(retryAt));
    case FailureClass::NotFound:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "The content does not exist on %1 any more (deleted or renamed). The task is marked as error; "
                   "fix or remove it.")
            .arg(name);
    case FailureClass::Private:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "The content is private on %1. The task is marked as error; it cannot be read without access.")
            .arg(name);
    case FailureClass::Network:
        return QCoreApplication::translate(
                   "reelpulse::ScrapeReport",
                   "%1 could not be reached. Check the network connection; ReelPulse retries after %2.")
            .arg(name, clockTime(retryAt));
    case FailureClass::Malformed:
        return QCoreApplication::translate("reelpulse::ScrapeReport",
                                           "%1 sent an answer that could not be read; ReelPulse retries after %2.")
            .arg(name, clockTime(retryAt));
    }
    return failure.message;
}

QString ScrapeReport::summaryLine() const
{
    switch (result) {
    case Result::Stored: {
        QString line = QCoreApplication::translate("reelpulse::ScrapeReport",
                                                   "%1: stored %2 post(s) and %3 comment(s) (%4 new), %5 request(s).")
                           .arg(label)
                           .arg(stored.postsProcessed)
                           .arg(stored.commentsStored)
                           .arg(stored.newComments)
                           .arg(requests);
        for (const QString &note : notes)
            line += u" "_s + note;
        if (!autoTracked.isEmpty())
            line += u" "_s + QCoreApplication::translate("reelpulse::ScrapeReport",
                                                         "Now tracking %1 new video(s) of this account.")
                                 .arg(autoTracked.size());
        return line;
    }
    case Result::Failed: {
        if (!failure)
            break;
        const Platform platform = label.startsWith(u"tiktok"_s) ? Platform::TikTok : Platform::Instagram;
        return QCoreApplication::translate("reelpulse::ScrapeReport", "%1: failed (%2): %3 %4")
            .arg(label, failureClassName(failure->cls), failure->message, failureAdvice(*failure, platform, retryAt));
    }
    case Result::Aborted:
        return QCoreApplication::translate("reelpulse::ScrapeReport", "%1: stopped before the end; nothing was stored.")
            .arg(label);
    case Result::Skipped:
        return QCoreApplication::translate("reelpulse::ScrapeReport", "%1: skipped: %2").arg(label, skipReason);
    case Result::Error:
        break;
    }
    return QCoreApplication::translate("reelpulse::ScrapeReport", "%1: %2")
        .arg(label,
             error ? error->message : QCoreApplication::translate("reelpulse::ScrapeReport", "could not be scraped."));
}

} // namespace reelpulse
