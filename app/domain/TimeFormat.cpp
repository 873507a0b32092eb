#include "domain/TimeFormat.h"

#include <QTimeZone>

namespace reelpulse {

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QJsonValue isoUtcOrNull(const std::optional<QDateTime> &when)
{
    return when ? QJsonValue(isoUtc(*when)) : QJsonValue(QJsonValue::Null);
}

QJsonValue epochOrNull(const std::optional<QDateTime> &when)
{
    return when ? QJsonValue(when->toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
}

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QDateTime nowUtc()
{
    return fromEpoch(QDateTime::currentSecsSinceEpoch());
}

} // namespace reelpulse
