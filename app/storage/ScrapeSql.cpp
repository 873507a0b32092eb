#include "storage/ScrapeSql.h"

#include "domain/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::scrapesql {

QVariant integer(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant integer(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant real(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant boolean(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType::fromType<int>());
}

QVariant text(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant time(const std::optional<QDateTime> &value)
{
    return value ? QVariant(value->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString stringList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

std::optional<qint64> toInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<int> toInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

std::optional<double> toReal(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<double>();
}

std::optional<bool> toBoolean(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

std::optional<QString> toText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

std::optional<QDateTime> toTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromEpoch(value.toLongLong());
}

QStringList toStringList(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

MediaKind kindFromName(const QString &name)
{
    if (name == u"image")
        return MediaKind::Image;
    if (name == u"video")
        return MediaKind::Video;
    if (name == u"reel")
        return MediaKind::Reel;
    if (name == u"carousel")
        return MediaKind::Carousel;
    return MediaKind::Unknown;
}

} // namespace reelpulse::scrapesql
