#include "storage/SqlHelpers.h"

#include "domain/TimeFormat.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::sql {

QVariant epochOrNull(const std::optional<QDateTime> &when)
{
    return when ? QVariant(when->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant epoch(const QDateTime &when)
{
    return QVariant(when.toSecsSinceEpoch());
}

std::optional<QDateTime> optionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromEpoch(value.toLongLong());
}

QDateTime time(const QVariant &value)
{
    return fromEpoch(value.toLongLong());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Status exec(QSqlQuery &query, const QString &doing)
{
    if (query.exec())
        return Ok{};
    qCWarning(lcStorage) << "query failed while" << doing << ":" << query.lastError().text();
    return Error::storage(QCoreApplication::translate("reelpulse::Store", "The store failed while %1: %2")
                              .arg(doing, query.lastError().databaseText()));
}

Result<QString> resolveId(const QSqlDatabase &db, const QString &table, const QString &idOrPrefix, const QString &what)
{
    const QString prefix = idOrPrefix.trimmed().toLower();
    static const QRegularExpression idChars(u"^[0-9a-f-]+$"_s);
    if (!idChars.match(prefix).hasMatch())
        return Error::invalid(u"id"_s, QCoreApplication::translate("reelpulse::Store",
                                                                   "\"%1\" is not a %2 id (ids are UUIDs such as "
                                                                   "3f2a9c1e-...; a unique prefix of 4 or more "
                                                                   "characters works too).")
                                           .arg(idOrPrefix, what));
    if (prefix.size() < 4)
        return Error::invalid(u"id"_s, QCoreApplication::translate("reelpulse::Store",
                                                                   "The %1 id \"%2\" is too short: give at least 4 "
                                                                   "characters.")
                                           .arg(what, idOrPrefix));
    QSqlQuery q(db);
    // table is one of ours, never user input.
    q.prepare(u"SELECT id FROM %1 WHERE substr(id, 1, ?) = ? LIMIT 2"_s.arg(table));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    auto status = exec(q, QCoreApplication::translate("reelpulse::Store", "looking up a %1").arg(what));
    if (!status.ok())
        return status.error();
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    if (found.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("reelpulse::Store", "No %1 with id \"%2\" exists.").arg(what, idOrPrefix));
    if (found.size() > 1)
        return Error::invalid(u"id"_s, QCoreApplication::translate("reelpulse::Store",
                                                                   "The id prefix \"%1\" matches several %2s: give "
                                                                   "more characters.")
                                           .arg(idOrPrefix, what));
    return found.first();
}

} // namespace reelpulse::sql
