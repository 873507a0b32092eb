#include "ActivityLogModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ActivityLogModel::~ActivityLogModel() = default;

void ActivityLogModel::addInfo(const QString &message)
{
    add(Kind::Info, message, QDateTime::currentDateTimeUtc());
}

void ActivityLogModel::addError(const QString &message)
{
    add(Kind::Error, message, QDateTime::currentDateTimeUtc());
}

void ActivityLogModel::add(Kind kind, const QString &message, const QDateTime &when)
{
    if (m_entries.size() >= MaxEntries) {
        const int excess = int(m_entries.size()) - MaxEntries + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{when, kind, message});
    endInsertRows();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(entry.when.toLocalTime().time(), QLocale::ShortFormat) + u"   "_s +
                       entry.message);
    case Qt::ToolTipRole:
        return QLocale().toString(entry.when.toLocalTime(), QLocale::LongFormat);
    case Qt::ForegroundRole:
        return entry.kind == Kind::Error ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    case KindRole:
        return int(entry.kind);
    case TimeRole:
        return entry.when;
    case MessageRole:
        return entry.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(TimeRole, "time");
    names.insert(MessageRole, "message");
    return names;
}

} // namespace reelpulse
