#include "ModelFormat.h"

#include "platform/FailureClass.h"
#include "sentiment/SentimentLanguage.h"
#include "storage/ScrapeStore.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QJsonValue>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStringList>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::modelformat {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

QColor healthColor(Health health)
{
    switch (health) {
    case Health::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Health::Busy:
        return QColor(0x15, 0x65, 0xc0);
    case Health::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case Health::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case Health::Idle:
        break;
    }
    return {};
}

QIcon dotIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {12, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QString displayTime(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid())
        return QCoreApplication::translate("reelpulse::ModelFormat", "never");
    // The locale's short date and time, without seconds: scrapes are planned to the minute.
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return locale.toString(when->toLocalTime(), format);
}

QVariant sortTime(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid())
        return std::numeric_limits<qint64>::min();
    return when->toMSecsSinceEpoch();
}

QString displayStatus(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Active:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Active");
    case TaskStatus::Paused:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Paused");
    case TaskStatus::Error:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Error");
    }
    return {};
}

QString displayPlatform(Platform platform)
{
    return platform == Platform::TikTok ? u"TikTok"_s : u"Instagram"_s;
}

QString everyDays(int days)
{
    if (days == 1)
        return QCoreApplication::translate("reelpulse::ModelFormat", "every day");
    return QCoreApplication::translate("reelpulse::ModelFormat", "every %n days", nullptr, days);
}

QString everyHours(int hours)
{
    if (hours == 1)
        return QCoreApplication::translate("reelpulse::ModelFormat", "every hour");
    return QCoreApplication::translate("reelpulse::ModelFormat", "every %n hours", nullptr, hours);
}

QString displayMetadata(const QJsonObject &metadata)
{
    QStringList pairs;
    const QStringList keys = metadata.keys(); // sorted
    for (const QString &key : keys)
        pairs.append(key + u'=' + valueText(metadata.value(key)));
    return pairs.join(u", "_s);
}

QString metadataLines(const QJsonObject &metadata)
{
    QStringList lines;
    const QStringList keys = metadata.keys();
    for (const QString &key : keys)
        lines.append(key + u'=' + valueText(metadata.value(key)));
    return lines.join(u'\n');
}

QVariant statusForeground(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Active:
        return {};
    case TaskStatus::Paused:
        return QBrush(QColor(0x75, 0x75, 0x75));
    case TaskStatus::Error:
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

QString displayCount(const std::optional<qint64> &value)
{
    if (!value)
        return u"–"_s;
    return QLocale().toString(*value);
}

QVariant sortCount(const std::optional<qint64> &value)
{
    return value ? *value : qint64(-1);
}

QString failureClassText(const QString &className)
{
    const std::optional<FailureClass> cls = failureClassFromName(className);
    if (!cls)
        return className;
    switch (*cls) {
    case FailureClass::RateLimited:
        return QCoreApplication::translate("reelpulse::ModelFormat", "rate limited");
    case FailureClass::SoftBlock:
        return QCoreApplication::translate("reelpulse::ModelFormat", "temporarily blocked");
    case FailureClass::LoginWall:
        return QCoreApplication::translate("reelpulse::ModelFormat", "sign-in required");
    case FailureClass::Checkpoint:
        return QCoreApplication::translate("reelpulse::ModelFormat", "security check");
    case FailureClass::EndpointBroken:
        return QCoreApplication::translate("reelpulse::ModelFormat", "platform changed");
    case FailureClass::NotFound:
        return QCoreApplication::translate("reelpulse::ModelFormat", "not found");
    case FailureClass::Private:
        return QCoreApplication::translate("reelpulse::ModelFormat", "private");
    case FailureClass::Network:
        return QCoreApplication::translate("reelpulse::ModelFormat", "network");
    case FailureClass::Malformed:
        return QCoreApplication::translate("reelpulse::ModelFormat", "unreadable answer");
    }
    return className;
}

QString displayMediaKind(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Image");
    case MediaKind::Video:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Video");
    case MediaKind::Reel:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Reel");
    case MediaKind::Carousel:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Carousel");
    case MediaKind::Unknown:
        break;
    }
    return {};
}

QString displaySentiment(const QString &label, bool manual)
{
    QString text;
    if (label == u"positive")
        text = QCoreApplication::translate("reelpulse::ModelFormat", "positive");
    else if (label == u"negative")
        text = QCoreApplication::translate("reelpulse::ModelFormat", "negative");
    else if (label == u"neutral")
        text = QCoreApplication::translate("reelpulse::ModelFormat", "neutral");
    else
        return QCoreApplication::translate("reelpulse::ModelFormat", "not scored yet");
    return manual ? QCoreApplication::translate("reelpulse::ModelFormat", "%1 (manual)").arg(text) : text;
}

QString displayLanguage(const QString &code)
{
    if (code.isEmpty())
        return {};
    const std::optional<sentiment::Language> language = sentiment::languageFromCode(code);
    if (!language || *language == sentiment::Language::Other)
        return code.toUpper();
    switch (*language) {
    case sentiment::Language::Undetermined:
        return QCoreApplication::translate("reelpulse::ModelFormat", "undetermined");
    case sentiment::Language::English:
        return QCoreApplication::translate("reelpulse::ModelFormat", "English");
    case sentiment::Language::Spanish:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Spanish");
    case sentiment::Language::Portuguese:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Portuguese");
    case sentiment::Language::German:
        return QCoreApplication::translate("reelpulse::ModelFormat", "German");
    case sentiment::Language::French:
        return QCoreApplication::translate("reelpulse::ModelFormat", "French");
    case sentiment::Language::Italian:
        return QCoreApplication::translate("reelpulse::ModelFormat", "Italian");
    case sentiment::Language::Other:
        break;
    }
    return code.toUpper();
}

Health taskHealth(TaskStatus status, bool scraped, const QString &lastError, const QString &lastErrorClass, bool busy)
{
    if (busy)
        return Health::Busy;
    if (status == TaskStatus::Error)
        return Health::Failed;
    if (!lastError.isEmpty() || !lastErrorClass.isEmpty()) {
        const std::optional<FailureClass> cls = failureClassFromName(lastErrorClass);
        if (cls && (isTerminalFailure(*cls) || needsUserAction(*cls)))
            return Health::Failed;
        return Health::Warning;
    }
    if (status == TaskStatus::Paused || !scraped)
        return Health::Idle;
    return Health::Ok;
}

QVariant healthDecoration(Health health)
{
    static QHash<int, QIcon> icons;
    if (health == Health::Idle)
        return {};
    auto found = icons.constFind(int(health));
    if (found == icons.constEnd())
        found = icons.insert(int(health), dotIcon(healthColor(health)));
    return *found;
}

QVariant lastErrorForeground(TaskStatus status, const QString &lastError, const QString &lastErrorClass)
{
    const Health health = taskHealth(status, true, lastError, lastErrorClass, false);
    if (health == Health::Warning)
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    if (health == Health::Failed)
        return QBrush(healthColor(health));
    return {};
}

QString lastErrorToolTip(const QString &lastError, const QString &lastErrorClass)
{
    if (lastErrorClass.isEmpty())
        return lastError;
    return QCoreApplication::translate("reelpulse::ModelFormat", "%1 (%2)")
        .arg(lastError.isEmpty() ? failureClassText(lastErrorClass) : lastError, failureClassText(lastErrorClass));
}

QString healthToolTip(Health health, const QString &lastError, const QString &lastErrorClass, const QString &busyStage)
{
    const QString failure = lastErrorToolTip(lastError, lastErrorClass);
    switch (health) {
    case Health::Busy:
        return busyStage.isEmpty()
                   ? QCoreApplication::translate("reelpulse::ModelFormat", "Scraping now…")
                   : QCoreApplication::translate("reelpulse::ModelFormat", "Scraping now: %1…").arg(busyStage);
    case Health::Ok:
        return QCoreApplication::translate("reelpulse::ModelFormat", "The last scrape stored its data.");
    case Health::Warning:
        return QCoreApplication::translate("reelpulse::ModelFormat",
                                           "The last scrape failed: %1. ReelPulse tries again by itself.")
            .arg(failure);
    case Health::Failed:
        return failure.isEmpty()
                   ? QCoreApplication::translate("reelpulse::ModelFormat", "The task stopped with an error.")
                   : QCoreApplication::translate("reelpulse::ModelFormat", "The last scrape failed: %1.").arg(failure);
    case Health::Idle:
        break;
    }
    return {};
}

} // namespace reelpulse::modelformat
