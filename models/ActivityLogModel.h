#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace reelpulse {

/// What the person did in this session, newest last: tasks added, changed and removed, and
/// the errors they met. Shown read-only in the Activity log section.
class ActivityLogModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum class Kind { Info, Error };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind as int
        TimeRole,                    ///< QDateTime (UTC) of the entry
        MessageRole,                 ///< the message without its time
    };
    Q_ENUM(Role)

    /// Older entries are dropped beyond this many.
    static constexpr int MaxEntries = 2000;

    explicit ActivityLogModel(QObject *parent = nullptr);
    ~ActivityLogModel() override;

    void addInfo(const QString &message);
    void addError(const QString &message);
    void add(Kind kind, const QString &message, const QDateTime &when);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        QDateTime when;
        Kind kind = Kind::Info;
        QString message;
    };
    QList<Entry> m_entries;
};

} // namespace reelpulse
