#include "FirstRunDialog.h"

#include "platform/Settings.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

const QString WelcomeShownKey = u"ui.welcome_shown"_s;

} // namespace

FirstRunDialog::FirstRunDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to ReelPulse"));

    auto *heading = new QLabel(tr("Welcome to ReelPulse"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *what = new QLabel(tr("ReelPulse follows Instagram profiles, reels and posts and TikTok videos on a schedule. "
                               "It keeps every measurement so you can see how they grow, and reads the sentiment of "
                               "their comments, emoji included."),
                            this);
    what->setWordWrap(true);

    const QString folderLink = u"<a href=\"%1\">%2</a>"_s.arg(QUrl::fromLocalFile(dataDir).toString().toHtmlEscaped(),
                                                              dataDir.toHtmlEscaped());
    auto *where = new QLabel(tr("Everything stays on this computer. Your data lives in %1; reelpulse-cli uses the same "
                                "folder. Help › Open Data Folder shows it at any time.")
                                 .arg(folderLink),
                             this);
    where->setObjectName(u"dataFolderText"_s);
    where->setWordWrap(true);
    where->setTextFormat(Qt::RichText);
    where->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(where, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *steps = new QLabel(tr("To begin, add the first profile you want to follow: your own or a competitor's. "
                                "Signing in to Instagram is optional; it lets ReelPulse read what Instagram shows "
                                "only to signed-in people, and your session is kept in the system keychain only. "
                                "Connecting a professional account for publishing will come with the Composer."),
                             this);
    steps->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_addProfile = buttons->addButton(tr("Add Your First Profile…"), QDialogButtonBox::AcceptRole);
    m_addProfile->setObjectName(u"addFirstProfileButton"_s);
    m_addProfile->setDefault(true);
    m_signIn = buttons->addButton(tr("Sign In to Instagram…"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_close = buttons->addButton(tr("Start Using ReelPulse"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(u"closeWelcomeButton"_s);
    connect(m_addProfile, &QPushButton::clicked, this, [this] {
        accept();
        emit addProfileRequested();
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        accept();
        emit signInRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(what);
    layout->addWidget(where);
    layout->addWidget(steps);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

FirstRunDialog::~FirstRunDialog() = default;

bool FirstRunDialog::isFirstRun(const QString &dataDir)
{
    return !Settings(dataDir).value(WelcomeShownKey).toBool();
}

void FirstRunDialog::markShown(const QString &dataDir)
{
    // A folder that cannot be written shows the welcome again next time: nothing else is lost.
    (void)Settings(dataDir).set(WelcomeShownKey, u"true"_s);
}

FirstRunDialog *FirstRunDialog::openOnce(const QString &dataDir, QWidget *parent)
{
    if (!isFirstRun(dataDir))
        return nullptr;
    markShown(dataDir);
    auto *dialog = new FirstRunDialog(dataDir, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace reelpulse
