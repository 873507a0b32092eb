#pragma once

#include <QWidget>

namespace reelpulse {

/// A section whose features arrive in a later version: says so plainly and what it will do.
class ComingLaterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingLaterPage)

public:
    ComingLaterPage(const QString &title, const QString &plannedFeatures, QWidget *parent = nullptr);
    ~ComingLaterPage() override;
};

} // namespace reelpulse
