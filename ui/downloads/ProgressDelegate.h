#pragma once

#include <QStyledItemDelegate>

namespace reelpulse {

/// Draws a cell's DownloadsModel::ProgressRole (0–100) as a progress bar with its percentage.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace reelpulse
