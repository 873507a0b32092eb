#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace reelpulse::parse {

// Typed reads over untrusted JSON. Every reader answers "unknown" (std::nullopt or an empty value)
// when the field is missing or has a type it cannot stand for; none of them invents a zero.

/// The field name parsers put in an Error when the body is not JSON at all (see failureFromParseError).
inline const QString BodyField = QStringLiteral("body");
/// The field name parsers put in an Error when the JSON has none of the shapes they know.
inline const QString ShapeField = QStringLiteral("shape");

QJsonObject object(const QJsonValue &value); ///< the object, or an empty one
QJsonArray array(const QJsonValue &value);   ///< the array, or an empty one

/// The value at a dotted path ("data.user.edge_follow.count"; a numeric step indexes an array).
/// Undefined when any step is missing or of the wrong type.
QJsonValue at(const QJsonValue &root, QStringView path);
QJsonObject objectAt(const QJsonValue &root, QStringView path);
/// The value at a path given as its steps (for keys that contain dots, such as "webapp.video-detail").
QJsonValue at(const QJsonValue &root, const QStringList &steps);

/// An integer: a JSON integer, an integral double, or a string holding one ("123", " 42 ", "12.0").
std::optional<qint64> integer(const QJsonValue &value);
/// A count: like integer() but never negative.
std::optional<qint64> count(const QJsonValue &value);
/// A number: a JSON number or a numeric string.
std::optional<double> number(const QJsonValue &value);
/// A string field (strings only).
std::optional<QString> string(const QJsonValue &value);
/// A string field, empty when unknown.
QString text(const QJsonValue &value);
/// A JSON boolean, or 0/1.
std::optional<bool> boolean(const QJsonValue &value);
/// A numeric id from a string or an integer; "123_456" (Instagram's "media_user" form) gives "123".
QString id(const QJsonValue &value);
/// A point in time from epoch seconds (integer or numeric string; milliseconds are recognized).
std::optional<QDateTime> epoch(const QJsonValue &value);
/// An opaque pagination cursor: a string as is, a number as digits, an object as compact JSON.
QString cursor(const QJsonValue &value);

/// The first of several fields that yields a count.
std::optional<qint64> firstCount(const QJsonObject &object, std::initializer_list<QStringView> paths);

/// A JSON object from a response body; an Error with field BodyField when it is not one.
Result<QJsonObject> parseObject(const QByteArray &body);

/// An Error saying the response has none of the expected shapes (field ShapeField).
Error shapeError(const QString &what);

/// Case-insensitive de-duplication keeping the first spelling.
void appendUnique(QStringList &list, const QString &value);

} // namespace reelpulse::parse
