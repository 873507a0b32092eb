#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace reelpulse::testing {

/// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;  ///< type="unfinished" (or vanished/obsolete)
    QStringList translations; ///< one per plural form, else one

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString label() const; ///< "[context] source" (shortened) for a failure message
};

/// The messages of a .ts file, or an error message in `error`.
QList<TsMessage> readTsFile(const QString &path, QString *error);

/// What is wrong with a message's translation: unfinished or empty, or its placeholders (%1, %L1, %n), HTML tags
/// or keyboard accelerators (&) differ from the source. Empty when it is fine.
QStringList problemsOf(const TsMessage &message);

} // namespace reelpulse::testing
