#include "platform/ParserValues.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::parse {

QJsonObject object(const QJsonValue &value)
{
    return value.isObject() ? value.toObject() : QJsonObject();
}

QJsonArray array(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray();
}

namespace {

QJsonValue step(const QJsonValue &current, QStringView key)
{
    if (current.isObject()) {
        const QJsonObject obj = current.toObject();
        const auto it = obj.constFind(key);
        return it == obj.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
    }
    if (current.isArray()) {
        bool ok = false;
        const qsizetype index = key.toLongLong(&ok);
        const QJsonArray arr = current.toArray();
        return (!ok || index < 0 || index >= arr.size()) ? QJsonValue(QJsonValue::Undefined) : arr.at(index);
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QJsonValue at(const QJsonValue &root, const QStringList &steps)
{
    QJsonValue current = root;
    for (const QString &key : steps) {
        current = step(current, key);
        if (current.isUndefined())
            break;
    }
    return current;
}

QJsonValue at(const QJsonValue &root, QStringView path)
{
    QJsonValue current = root;
    for (QStringView key : path.split(u'.')) {
        current = step(current, key);
        if (current.isUndefined())
            break;
    }
    return current;
}

QJsonObject objectAt(const QJsonValue &root, QStringView path)
{
    return object(at(root, path));
}

namespace {

std::optional<qint64> integralDouble(double d)
{
    // 2^63 is exactly representable; anything at or above it does not fit a qint64.
    constexpr double Limit = 9223372036854775808.0;
    if (!std::isfinite(d) || d != std::floor(d) || d >= Limit || d < -Limit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return v.toLongLong();
        return integralDouble(value.toDouble());
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (ok)
            return n;
        const double d = s.toDouble(&ok);
        if (ok)
            return integralDouble(d);
    }
    return std::nullopt;
}

std::optional<qint64> count(const QJsonValue &value)
{
    const std::optional<qint64> n = integer(value);
    if (n && *n < 0)
        return std::nullopt;
    return n;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<QString> string(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return std::nullopt;
}

QString text(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (const std::optional<qint64> n = integer(value); n && (*n == 0 || *n == 1))
        return *n == 1;
    return std::nullopt;
}

QString id(const QJsonValue &value)
{
    if (value.isString()) {
        QString s = value.toString().trimmed();
        const qsizetype underscore = s.indexOf(u'_');
        if (underscore > 0) {
            bool ok = false;
            s.left(underscore).toULongLong(&ok);
            if (ok)
                return s.left(underscore);
        }
        return s;
    }
    if (value.isDouble()) {
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QString::number(v.toLongLong());
        if (const std::optional<qint64> n = integralDouble(value.toDouble()); n && *n >= 0)
            return QString::number(*n);
    }
    return {};
}

std::optional<QDateTime> epoch(const QJsonValue &value)
{
    std::optional<qint64> seconds = integer(value);
    if (!seconds || *seconds <= 0)
        return std::nullopt;
    // Values past the year 5000 in seconds are milliseconds.
    if (*seconds > 95'617'584'000LL)
        *seconds /= 1000;
    return fromEpoch(*seconds);
}

QString cursor(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return id(value);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

std::optional<qint64> firstCount(const QJsonObject &object, std::initializer_list<QStringView> paths)
{
    for (QStringView path : paths) {
        if (const std::optional<qint64> n = count(at(object, path)))
            return n;
    }
    return std::nullopt;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Error::invalid(BodyField, QCoreApplication::translate("Parser", "The answer was empty."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(BodyField,
                              QCoreApplication::translate("Parser", "The answer is not valid JSON (%1 at byte %2).")
                                  .arg(error.errorString())
                                  .arg(error.offset));
    if (!doc.isObject())
        return Error::invalid(BodyField,
                              QCoreApplication::translate("Parser", "The answer is JSON but not an object."));
    return doc.object();
}

Error shapeError(const QString &what)
{
    return Error::invalid(
        ShapeField,
        QCoreApplication::translate("Parser", "The answer does not contain %1 in any known format.").arg(what));
}

void appendUnique(QStringList &list, const QString &value)
{
    if (value.isEmpty())
        return;
    for (const QString &existing : std::as_const(list)) {
        if (existing.compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    list.append(value);
}

} // namespace reelpulse::parse
