#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Readers for tests/data/sentiment/: the reference outputs of vaderSentiment 3.3.x and the human ratings.
namespace reelpulse::sentiment::testdata {

struct ReferenceRow
{
    QString id;
    QString text;
    double neg = 0;
    double neu = 0;
    double pos = 0;
    double compound = 0;
    QString label;
};

struct RawRow
{
    double neg = 0;
    double neu = 0;
    double pos = 0;
    double compound = 0;
};

inline QString dataPath(const QString &name)
{
    return QStringLiteral(REELPULSE_TEST_DATA "/sentiment/") + name;
}

// Undoes the files' escapes: \\ \t \n \r.
inline QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            const QChar next = text[i + 1];
            if (next == u'\\' || next == u't' || next == u'n' || next == u'r') {
                out.append(next == u'\\'  ? QChar(u'\\')
                           : next == u't' ? QChar(u'\t')
                           : next == u'n' ? QChar(u'\n')
                                          : QChar(u'\r'));
                ++i;
                continue;
            }
        }
        out.append(text[i]);
    }
    return out;
}

inline QStringList dataLines(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString all = QString::fromUtf8(file.readAll());
    if (all.endsWith(u'\n'))
        all.chop(1);
    QStringList lines = all.split(u'\n');
    if (!lines.isEmpty())
        lines.removeFirst(); // header
    return lines;
}

// reference_scores_<set>.tsv / reference_edge_cases.tsv: id text neg neu pos compound label
inline QList<ReferenceRow> readReference(const QString &name)
{
    QList<ReferenceRow> rows;
    for (const QString &line : dataLines(name)) {
        const QList<QStringView> fields = QStringView(line).split(u'\t');
        if (fields.size() != 7)
            continue;
        ReferenceRow row;
        row.id = fields[0].toString();
        row.text = unescape(fields[1]);
        row.neg = fields[2].toDouble();
        row.neu = fields[3].toDouble();
        row.pos = fields[4].toDouble();
        row.compound = fields[5].toDouble();
        row.label = fields[6].toString();
        rows.append(row);
    }
    return rows;
}

// reference_raw_<set>.tsv: id neg neu pos compound; reference_edge_cases_raw.tsv: id category neg neu pos compound
inline QHash<QString, RawRow> readRaw(const QString &name)
{
    QHash<QString, RawRow> rows;
    for (const QString &line : dataLines(name)) {
        const QList<QStringView> fields = QStringView(line).split(u'\t');
        if (fields.size() < 5)
            continue;
        const qsizetype first = fields.size() - 4;
        rows.insert(fields[0].toString(), RawRow{fields[first].toDouble(), fields[first + 1].toDouble(),
                                                 fields[first + 2].toDouble(), fields[first + 3].toDouble()});
    }
    return rows;
}

inline QStringList researchSets()
{
    return {QStringLiteral("amazonReviewSnippets"), QStringLiteral("movieReviewSnippets"),
            QStringLiteral("nytEditorialSnippets")};
}

} // namespace reelpulse::sentiment::testdata
