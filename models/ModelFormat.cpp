#include "ModelFormat.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
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

} // namespace reelpulse::modelformat
