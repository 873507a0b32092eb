#include "SeedStore.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace reelpulse;

namespace {

/// Pages of a PDF: its page objects (/Type /Page, not /Pages).
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

/// RFC 4180 rows (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

/// `reelpulse-cli export chart|report` on a seeded store, without a display: every file is checked for what its
/// format promises, and the CSV against the stored snapshots.
class TestExportCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followersChart_data();
    void followersChart();
    void followersCsvEqualsStoredSnapshots();
    void everyChartExports();
    void reportHasChartsOnSeveralPages();
    void badOptionsAreRefused();

private:
    int cli(const QStringList &args, QByteArray *out = nullptr);
    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    seed::Seeded m_seed;
};

void TestExportCli::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_out.isValid());
    if (qEnvironmentVariableIsSet("REELPULSE_KEEP_TEST_OUTPUT")) {
        m_out.setAutoRemove(false);
        qInfo("exports in %s", qPrintable(m_out.path()));
    }
    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    m_seed = seed::seedStore(*db.value(), QDateTime::currentDateTimeUtc().addSecs(-60));
}

int TestExportCli::cli(const QStringList &args, QByteArray *out)
{
    QProcess p;
    // No display: export must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REELPULSE_CLI_PATH), QStringList{u"--data-dir"_s, m_dir.path()} + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("%s", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestExportCli::followersChart_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : {"png", "svg", "pdf"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestExportCli::followersChart()
{
    QFETCH(QString, format);
    const QString file = m_out.filePath(u"followers."_s + format);
    QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.ownTask, u"--chart"_s, u"followers"_s, u"--format"_s, format,
                  u"--out"_s, file}),
             0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (format == u"png") {
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), QSize(1920, 1080)); // 960 × 540 at 2× device pixels
        // Something was drawn: not a single colour.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 17)
            for (int x = 0; x < image.width(); x += 13)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
    } else if (format == u"svg") {
        QXmlStreamReader xml(bytes);
        bool svgRoot = false;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"svg")
                svgRoot = true;
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svgRoot);
        QVERIFY2(text.contains(u"Followers · @brand"_s), qPrintable(text.left(400))); // the title, as text
        QVERIFY(text.contains(u"gained per day"_s));                                  // the legend
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(pdfPages(bytes), 1);
    }
}

void TestExportCli::followersCsvEqualsStoredSnapshots()
{
    const QString file = m_out.filePath(u"followers.csv"_s);
    QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.ownTask.left(6), u"--chart"_s, u"followers"_s, u"--out"_s, file}), 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first(), (QStringList{u"time"_s, u"followers"_s, u"gained per day"_s}));

    auto db = Database::open(m_dir.path());
    QVERIFY(db.ok());
    QSqlQuery q(db.value()->connection());
    q.prepare(u"SELECT taken_at, followers FROM profile_snapshots WHERE task_id = ? ORDER BY taken_at"_s);
    q.addBindValue(m_seed.ownTask);
    QVERIFY(q.exec());
    int row = 1;
    while (q.next()) {
        QVERIFY(row < rows.size());
        const QStringList &r = rows.at(row);
        QCOMPARE(r.value(0), QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(r.value(1), QString::number(q.value(1).toLongLong()));
        ++row;
    }
    QCOMPARE(row, rows.size()); // one row per stored snapshot, no more
    QCOMPARE(rows.size() - 1, 15);
}

void TestExportCli::everyChartExports()
{
    for (const QString &chart :
         {u"engagement"_s, u"velocity"_s, u"sentiment"_s, u"heatmap"_s, u"posts"_s, u"languages"_s}) {
        const QString png = m_out.filePath(chart + u".png"_s);
        QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.ownTask, u"--chart"_s, chart, u"--out"_s, png}), 0);
        QVERIFY2(!QImage(png).isNull(), qPrintable(chart));
        const QString csv = m_out.filePath(chart + u".csv"_s);
        QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.ownTask, u"--chart"_s, chart, u"--out"_s, csv}), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(parseCsv(QString::fromUtf8(f.readAll())).size() > 1, qPrintable(chart));
    }
    // The tracked reel's views over time: one row per stored snapshot.
    const QString views = m_out.filePath(u"reel-views.csv"_s);
    QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.reelTask, u"--chart"_s, u"views"_s, u"--out"_s, views}), 0);
    QFile f(views);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(f.readAll())).size(), 1 + 6);
    QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.reelTask, u"--chart"_s, u"velocity"_s, u"--out"_s,
                  m_out.filePath(u"reel-velocity.png"_s)}),
             0);
}

void TestExportCli::reportHasChartsOnSeveralPages()
{
    const QString file = m_out.filePath(u"report.pdf"_s);
    QByteArray out;
    QCOMPARE(cli({u"--json"_s, u"export"_s, u"report"_s, m_seed.ownTask, u"--out"_s, file}, &out), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const int pages = pdfPages(bytes);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(o.value(u"pages"_s).toInt(), pages);
    // Poppler agrees, where it is installed.
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (!pdfinfo.isEmpty()) {
        QProcess p;
        p.start(pdfinfo, {file});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(
            QString::fromUtf8(p.readAllStandardOutput()).contains(QRegularExpression(u"Pages:\\s+%1\\b"_s.arg(pages))));
    }
    // The reel's report too, on Letter paper.
    const QString reel = m_out.filePath(u"reel-report.pdf"_s);
    QCOMPARE(cli({u"export"_s, u"report"_s, m_seed.reelTask, u"--page"_s, u"letter"_s, u"--out"_s, reel}), 0);
    QFile r(reel);
    QVERIFY(r.open(QIODevice::ReadOnly));
    QVERIFY(pdfPages(r.readAll()) >= 3);
}

void TestExportCli::badOptionsAreRefused()
{
    QCOMPARE(
        cli({u"export"_s, u"chart"_s, m_seed.ownTask, u"--chart"_s, u"nope"_s, u"--out"_s, m_out.filePath(u"x.png"_s)}),
        2);
    QCOMPARE(cli({u"export"_s, u"chart"_s, m_seed.ownTask, u"--chart"_s, u"followers"_s, u"--out"_s,
                  m_out.filePath(u"x.gif"_s)}),
             2);
    QCOMPARE(cli({u"export"_s, u"report"_s, m_seed.ownTask, u"--from"_s, u"2026-13-01"_s, u"--out"_s,
                  m_out.filePath(u"x.pdf"_s)}),
             2);
    QCOMPARE(cli({u"export"_s, u"report"_s, u"ffffffff"_s, u"--out"_s, m_out.filePath(u"x.pdf"_s)}), 3);
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "testExportCli.moc"
