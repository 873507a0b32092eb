#include "downloads/ProgressDelegate.h"

#include "DownloadsModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace reelpulse {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(DownloadsModel::ProgressRole).toInt();
    bar.text = QStringLiteral("%1%").arg(bar.progress);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    const QString status = index.data(DownloadsModel::StatusRole).toString();
    if (status == QLatin1String("failed") || status == QLatin1String("cancelled"))
        bar.state &= ~QStyle::State_Enabled;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace reelpulse
