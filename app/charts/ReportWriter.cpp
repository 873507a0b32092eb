#include "charts/ReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;
using namespace reelpulse::analytics;

namespace reelpulse::charts {

namespace {

QString count(std::optional<qint64> v)
{
    return v ? QLocale::system().toString(*v)
             : QCoreApplication::translate("reelpulse::charts::ReportWriter", "unknown");
}

QString percent(std::optional<double> rate, double scale = 100.0)
{
    return rate ? QLocale::system().toString(*rate * scale, 'f', 2) + u" %"_s
                : QCoreApplication::translate("reelpulse::charts::ReportWriter", "unknown");
}

/// Draws rows of (label, value) pairs; returns the y below them.
double drawTable(QPainter &painter, const ChartPalette &p, double x, double y, double width,
                 const QList<QStringList> &rows, bool header)
{
    QFont font = painter.font();
    font.setPixelSize(13);
    const double rowHeight = 24.0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        font.setBold(header && r == 0);
        painter.setFont(font);
        if (r % 2 == 1)
            painter.fillRect(QRectF(x, y, width, rowHeight), p.grid.lighter(p.dark ? 90 : 108));
        const double columnWidth = width / std::max<qsizetype>(row.size(), 1);
        for (qsizetype c = 0; c < row.size(); ++c) {
            painter.setPen(c == 0 ? p.text : p.text);
            painter.drawText(QRectF(x + c * columnWidth + 6.0, y, columnWidth - 12.0, rowHeight),
                             (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, row.at(c));
        }
        y += rowHeight;
    }
    return y;
}

double heading(QPainter &painter, const ChartPalette &p, const QRectF &page, double y, const QString &text)
{
    QFont font = painter.font();
    font.setPixelSize(20);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(p.text);
    painter.drawText(QRectF(page.left(), y, page.width(), 30.0), Qt::AlignLeft | Qt::AlignVCenter, text);
    return y + 40.0;
}

void footer(QPainter &painter, const ChartPalette &p, const QRectF &page, const Dashboard &d, int number)
{
    QFont font = painter.font();
    font.setPixelSize(10);
    font.setBold(false);
    painter.setFont(font);
    painter.setPen(p.mutedText);
    painter.drawText(QRectF(page.left(), page.bottom() - 16.0, page.width(), 16.0), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("reelpulse::charts::ReportWriter", "ReelPulse report · %1 · %2")
                         .arg(d.label, d.range.describe()));
    painter.drawText(QRectF(page.left(), page.bottom() - 16.0, page.width(), 16.0), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(number));
}

QList<QStringList> kpis(const Dashboard &d)
{
    QList<QStringList> rows{{QCoreApplication::translate("reelpulse::charts::ReportWriter", "Key figures"),
                             QCoreApplication::translate("reelpulse::charts::ReportWriter", "Value")}};
    if (d.profile) {
        const ProfileStats &s = *d.profile;
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Followers"), count(s.followers)});
        for (const Growth &g : s.growth)
            rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Followers gained, %1 days")
                             .arg(g.days),
                         g.absolute ? u"%1 (%2)"_s.arg(count(g.absolute), percent(g.percent, 1.0))
                                    : QCoreApplication::translate("reelpulse::charts::ReportWriter", "unknown")});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Posts in the range"),
                     QString::number(s.posts)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Posts per week"),
                     s.postsPerWeek ? QLocale::system().toString(*s.postsPerWeek, 'f', 1)
                                    : QCoreApplication::translate("reelpulse::charts::ReportWriter", "unknown")});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Median engagement rate"),
                     percent(s.medianEngagementRate)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Mean engagement rate"),
                     percent(s.meanEngagementRate)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Reels share"),
                     percent(s.reelsShare, 1.0)});
    }
    if (d.item) {
        const ItemStats &s = *d.item;
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Views"), count(s.counts.views)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Likes"), count(s.counts.likes)});
        rows.append(
            {QCoreApplication::translate("reelpulse::charts::ReportWriter", "Comments"), count(s.counts.comments)});
        rows.append(
            {QCoreApplication::translate("reelpulse::charts::ReportWriter", "Total engagement"), count(s.engagement)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Engagement rate (followers)"),
                     percent(s.engagementRate)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Engagement rate (views)"),
                     percent(s.engagementRateByViews)});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Views per hour (last window)"),
                     s.window.viewsPerHour
                         ? QLocale::system().toString(*s.window.viewsPerHour, 'f', 1)
                         : QCoreApplication::translate("reelpulse::charts::ReportWriter", "unknown")});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Trend score"),
                     s.trend.score ? QLocale::system().toString(*s.trend.score, 'f', 2) + u"×"_s : s.trend.note});
    }
    if (!d.sentiment.isEmpty()) {
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Comments scored"),
                     QString::number(d.sentiment.total())});
        rows.append({QCoreApplication::translate("reelpulse::charts::ReportWriter", "Positive / negative comments"),
                     u"%1 % / %2 %"_s.arg(d.sentiment.percentage(sentiment::Label::Positive), 0, 'f', 1)
                         .arg(d.sentiment.percentage(sentiment::Label::Negative), 0, 'f', 1)});
    }
    return rows;
}

} // namespace

Result<int> writeReport(const Dashboard &d, const QString &path, const ReportOptions &options)
{
    const ChartPalette p = ChartPalette::light();
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(options.pageSize));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(QCoreApplication::translate("reelpulse::charts::ReportWriter", "ReelPulse report: %1").arg(d.label));
    pdf.setCreator(u"ReelPulse"_s);
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::other(QCoreApplication::translate("reelpulse::charts::ReportWriter", "Could not write %1.")
                                .arg(QFileInfo(path).absoluteFilePath()));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const QRectF area(0, 0, page.width(), page.height());
    int pages = 1;
    const auto newPage = [&] {
        footer(painter, p, area, d, pages);
        pdf.newPage();
        ++pages;
    };

    // Cover: logo slot, title, range, KPIs.
    const QRectF logo(area.left(), area.top(), 180.0, 72.0);
    const QImage image = options.logoPath.isEmpty() ? QImage() : QImage(options.logoPath);
    if (!image.isNull()) {
        painter.drawImage(logo, image.scaled(logo.size().toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        painter.setPen(QPen(p.grid.darker(130), 1.0, Qt::DashLine));
        painter.drawRect(logo);
        painter.setPen(p.mutedText);
        painter.drawText(logo, Qt::AlignCenter,
                         QCoreApplication::translate("reelpulse::charts::ReportWriter", "Your logo"));
    }
    double y = logo.bottom() + 36.0;
    QFont title = painter.font();
    title.setPixelSize(30);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(p.text);
    painter.drawText(QRectF(area.left(), y, area.width(), 44.0), Qt::AlignLeft | Qt::AlignVCenter, d.label);
    y += 48.0;
    QFont sub = title;
    sub.setPixelSize(15);
    sub.setBold(false);
    painter.setFont(sub);
    painter.setPen(p.mutedText);
    painter.drawText(QRectF(area.left(), y, area.width(), 24.0), Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("reelpulse::charts::ReportWriter", "Performance report · %1")
                         .arg(d.range.describe()));
    y += 26.0;
    painter.drawText(
        QRectF(area.left(), y, area.width(), 24.0), Qt::AlignLeft | Qt::AlignVCenter,
        QCoreApplication::translate("reelpulse::charts::ReportWriter",
                                    "Made by ReelPulse on %1 from the stored history; formulas in docs/metrics.md")
            .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)));
    y += 50.0;
    y = heading(painter, p, area, y, QCoreApplication::translate("reelpulse::charts::ReportWriter", "Summary"));
    drawTable(painter, p, area.left(), y, area.width(), kpis(d), true);

    // The charts, two per page.
    const double chartHeight = (area.height() - 40.0) / 2.0;
    int onPage = 2;
    for (const ChartData &chart : d.charts) {
        if (onPage == 2) {
            newPage();
            onPage = 0;
        }
        const QRectF rect(area.left(), area.top() + onPage * (chartHeight + 12.0), area.width(), chartHeight);
        paintChart(painter, rect, chart, p);
        ++onPage;
    }

    // Top posts and sentiment.
    newPage();
    y = heading(painter, p, area, area.top(),
                QCoreApplication::translate("reelpulse::charts::ReportWriter", "Top posts"));
    QList<QStringList> top{{QCoreApplication::translate("reelpulse::charts::ReportWriter", "Post"),
                            QCoreApplication::translate("reelpulse::charts::ReportWriter", "Posted"),
                            QCoreApplication::translate("reelpulse::charts::ReportWriter", "Engagement"),
                            QCoreApplication::translate("reelpulse::charts::ReportWriter", "Engagement rate")}};
    const QList<PostPoint> best = d.profile ? d.profile->best : d.posts;
    for (const PostPoint &post : best)
        top.append({post.item.shortcode.isEmpty() ? post.item.platformId : post.item.shortcode,
                    post.item.takenAt ? post.item.takenAt->toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString(),
                    count(post.engagement), percent(post.engagementRate)});
    if (top.size() == 1)
        top.append({QCoreApplication::translate("reelpulse::charts::ReportWriter",
                                                "No post with a known engagement rate in this range."),
                    {},
                    {},
                    {}});
    y = drawTable(painter, p, area.left(), y, area.width(), top, true) + 30.0;
    y = heading(painter, p, area, y,
                QCoreApplication::translate("reelpulse::charts::ReportWriter", "Comment sentiment"));
    QList<QStringList> sentimentRows{{QCoreApplication::translate("reelpulse::charts::ReportWriter", "Sentiment"),
                                      QCoreApplication::translate("reelpulse::charts::ReportWriter", "Comments"),
                                      QCoreApplication::translate("reelpulse::charts::ReportWriter", "Share")}};
    for (sentiment::Label label : {sentiment::Label::Positive, sentiment::Label::Neutral, sentiment::Label::Negative})
        sentimentRows.append({sentiment::labelName(label), QString::number(d.sentiment.count(label)),
                              u"%1 %"_s.arg(d.sentiment.percentage(label), 0, 'f', 1)});
    y = drawTable(painter, p, area.left(), y, area.width(), sentimentRows, true) + 20.0;
    QList<QStringList> languageRows{{QCoreApplication::translate("reelpulse::charts::ReportWriter", "Language"),
                                     QCoreApplication::translate("reelpulse::charts::ReportWriter", "Comments"),
                                     QCoreApplication::translate("reelpulse::charts::ReportWriter", "Share")}};
    for (const auto &language : d.languages)
        languageRows.append({language.language.isEmpty()
                                 ? QCoreApplication::translate("reelpulse::charts::ReportWriter", "not read yet")
                                 : language.language,
                             QString::number(language.comments), u"%1 %"_s.arg(language.share, 0, 'f', 1)});
    drawTable(painter, p, area.left(), y, area.width(), languageRows, true);
    footer(painter, p, area, d, pages);
    painter.end();
    return pages;
}

} // namespace reelpulse::charts
