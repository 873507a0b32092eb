#include "downloads/FileNaming.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

bool isReserved(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QRegularExpression Reserved(u"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]|CONIN\\$|CONOUT\\$)$"_s);
    return Reserved.match(stem).hasMatch();
}

/// `text` cut to at most maxBytes bytes of UTF-8, on a character boundary.
QString cutUtf8(const QString &text, int maxBytes)
{
    QString out;
    int bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QString piece = text.mid(i, len);
        const int pieceBytes = static_cast<int>(piece.toUtf8().size());
        if (bytes + pieceBytes > maxBytes)
            break;
        out += piece;
        bytes += pieceBytes;
        i += len;
    }
    return out;
}

} // namespace

QString sanitizeComponent(const QString &name, int maxBytes)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || QStringView(u"/\\:*?\"<>|").contains(c))
            out += u'_';
        else
            out += c;
    }
    out = out.trimmed();
    while (out.endsWith(u'.') || out.endsWith(u' '))
        out.chop(1);
    if (out.isEmpty() || out == u"." || out == u"..")
        out = u"_"_s;
    while (out.contains(u".."_s))
        out.replace(u".."_s, u"_."_s);
    if (isReserved(out))
        out.prepend(u'_');
    if (out.toUtf8().size() > maxBytes) {
        const int dot = static_cast<int>(out.lastIndexOf(u'.'));
        const QString ext = (dot > 0 && out.size() - dot <= 10) ? out.mid(dot) : QString();
        const int extBytes = static_cast<int>(ext.toUtf8().size());
        out = cutUtf8(out.left(out.size() - ext.size()), maxBytes - extBytes) + ext;
        while (out.endsWith(u'.') || out.endsWith(u' '))
            out.chop(1);
        if (out.isEmpty())
            out = u"_"_s;
    }
    return out;
}

QString renderNameTemplate(const QString &nameTemplate, const QHash<QString, QString> &fields)
{
    QString tpl = nameTemplate.trimmed().isEmpty() ? DefaultNameTemplate : nameTemplate;
    tpl.replace(u'\\', u'/');
    static const QRegularExpression Field(u"([_\\-. ]?)\\{([a-z]+)\\}"_s);
    QStringList segments;
    for (const QString &segment : tpl.split(u'/', Qt::SkipEmptyParts)) {
        QString rendered;
        qsizetype last = 0;
        auto it = Field.globalMatch(segment);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            rendered += segment.mid(last, m.capturedStart() - last);
            last = m.capturedEnd();
            const QString key = m.captured(2);
            if (!fields.contains(key)) {
                rendered += m.captured(0); // not a field: kept as written
                continue;
            }
            const QString value = fields.value(key);
            if (value.isEmpty())
                continue; // left out with its separator
            // A value never adds a path level.
            rendered += m.captured(1) + QString(value).replace(u'/', u'_').replace(u'\\', u'_');
        }
        rendered += segment.mid(last);
        const QString clean = sanitizeComponent(rendered);
        if (clean != u"_" || !rendered.trimmed().isEmpty())
            segments.append(clean);
    }
    if (segments.isEmpty())
        segments.append(u"_"_s);
    return segments.join(u'/');
}

Result<QString> pathInside(const QString &root, const QString &relative)
{
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    const QString path = QDir::cleanPath(base + u'/' + relative);
    if (QDir::isAbsolutePath(relative) || !path.startsWith(base + u'/'))
        return Error::invalid(u"path"_s, QCoreApplication::translate("reelpulse::downloads",
                                                                     "The file name '%1' would leave the folder %2.")
                                             .arg(relative, base));
    return path;
}

} // namespace reelpulse::downloads
