#include "NeedsUserBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

NeedsUserBanner::NeedsUserBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign In…"), this))
    , m_resume(new QPushButton(tr("I've solved it — &resume"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"needsUserBanner"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setStyleSheet(u"QFrame#needsUserBanner { background: #fff4e5; border-bottom: 1px solid #f0c36d; }"
                  "QFrame#needsUserBanner QLabel { color: #5f3b00; }"_s);
    setAccessibleName(tr("Scraping needs you"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_message->setObjectName(u"needsUserMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn->setObjectName(u"needsUserSignIn"_s);
    m_signIn->setAutoDefault(false);
    m_resume->setObjectName(u"needsUserResume"_s);
    m_resume->setAutoDefault(false);
    m_resume->setToolTip(tr("After you passed the check in your browser (or on the phone): let ReelPulse read the "
                            "platform again and retry the task that stopped."));
    m_dismiss->setObjectName(u"needsUserDismiss"_s);
    m_dismiss->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_signIn);
    layout->addWidget(m_resume);
    layout->addWidget(m_dismiss);

    connect(m_signIn, &QPushButton::clicked, this, &NeedsUserBanner::signInRequested);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        setResuming(true);
        emit resumeRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

NeedsUserBanner::~NeedsUserBanner() = default;

void NeedsUserBanner::showMessage(const QString &message)
{
    m_message->setText(message);
    setResuming(false);
    show();
}

void NeedsUserBanner::setResuming(bool resuming)
{
    m_resume->setEnabled(!resuming);
    m_resume->setText(resuming ? tr("Resuming…") : tr("I've solved it — &resume"));
}

bool NeedsUserBanner::isResuming() const
{
    return !m_resume->isEnabled();
}

QString NeedsUserBanner::message() const
{
    return m_message->text();
}

} // namespace reelpulse
