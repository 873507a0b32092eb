#include "ComingLaterPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reelpulse {

ComingLaterPage::ComingLaterPage(const QString &title, const QString &plannedFeatures, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *notice = new QLabel(tr("This section comes in a later version of ReelPulse."), this);
    QFont noticeFont = notice->font();
    noticeFont.setBold(true);
    notice->setFont(noticeFont);

    auto *features = new QLabel(plannedFeatures, this);
    features->setWordWrap(true);
    features->setTextFormat(Qt::PlainText);
    features->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(notice);
    layout->addWidget(features);
    layout->addStretch(1);
}

ComingLaterPage::~ComingLaterPage() = default;

} // namespace reelpulse
