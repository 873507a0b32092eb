#include "downloads/StoryTarget.h"

#include "domain/Identifiers.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

Result<StoryTarget> parseStoryTarget(const QString &text)
{
    QString rest = text.trimmed();
    if (const qsizetype at = rest.indexOf(u"/stories/"_s); at >= 0)
        rest = rest.mid(at + 9);
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    const auto user = normalizeUsername(parts.value(0));
    const QString id = parts.value(1);
    bool digits = parts.size() == 2 && !id.isEmpty();
    for (const QChar c : id)
        digits = digits && c.isDigit();
    if (!user.ok() || !digits)
        return Error::invalid(u"url"_s, QCoreApplication::translate("reelpulse::DownloadService",
                                                                    "'%1' is not a story (username/story-id).")
                                            .arg(text));
    return StoryTarget{user.value(), id};
}

} // namespace reelpulse::downloads
