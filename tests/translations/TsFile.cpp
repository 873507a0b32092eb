#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::testing {

namespace {

/// The text of the current element up to its end; lupdate writes characters XML cannot hold (a carriage
/// return) as <byte value="xd"/>.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == u"byte") {
            const QString value = xml.attributes().value(u"value"_s).toString();
            bool ok = false;
            const uint code = value.startsWith(u'x') ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok);
            if (ok)
                text += QChar(char16_t(code));
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            break;
        }
    }
    return text;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression pattern(u"%L?\\d+|%n"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    if (numerus)
        found.remove(u"%n"_s);
    return sorted(found.values());
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(u"</?([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    return sorted(found);
}

qsizetype accelerators(const QString &text)
{
    static const QRegularExpression pattern(u"&(?!&)(?=[^\\s&;])"_s);
    qsizetype count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

QString TsMessage::label() const
{
    QString text = source;
    text.replace(u'\n', u"\\n"_s);
    if (text.size() > 70)
        text = text.left(67) + u"..."_s;
    return u"[%1] \"%2\""_s.arg(context, text);
}

QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = readText(xml);
            } else if (name == u"message") {
                message = TsMessage{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", false, {}};
            } else if (name == u"source") {
                message.source = readText(xml);
            } else if (name == u"comment") {
                message.comment = readText(xml);
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(u"type"_s);
                message.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
                if (!message.numerus)
                    message.translations << readText(xml);
            } else if (name == u"numerusform") {
                message.translations << readText(xml);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = u"%1 is not a valid .ts file: %2 (line %3)"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList problemsOf(const TsMessage &message)
{
    QStringList found;
    if (message.unfinished)
        found << u"unfinished"_s;
    if (message.translations.isEmpty())
        found << u"no translation"_s;
    for (const QString &form : message.translations) {
        if (form.isEmpty()) {
            found << u"empty translation"_s;
            continue;
        }
        if (placeholders(form, message.numerus) != placeholders(message.source, message.numerus))
            found << u"placeholders differ in \"%1\""_s.arg(form);
        if (tags(form) != tags(message.source))
            found << u"HTML tags differ in \"%1\""_s.arg(form);
        if (accelerators(form) != accelerators(message.source))
            found << u"keyboard accelerator (&) missing or extra in \"%1\""_s.arg(form);
    }
    if (message.numerus && message.source.contains(u"%n"_s) &&
        std::none_of(message.translations.cbegin(), message.translations.cend(),
                     [](const QString &form) { return form.contains(u"%n"_s); }))
        found << u"no plural form shows the number %n"_s;
    return found;
}

} // namespace reelpulse::testing
