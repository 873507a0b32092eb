#include "PasteSessionDialog.h"

#include "FieldMessageLabel.h"
#include "auth/SignInCookieCollector.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

PasteSessionDialog::PasteSessionDialog(QWidget *parent)
    : TaskDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_show(new QCheckBox(tr("S&how the value"), this))
{
    setWindowTitle(tr("Sign In with Your Browser"));
    setObjectName(u"pasteSessionDialog"_s);

    auto *steps =
        new QLabel(tr("<ol style=\"margin-left:-20px\">"
                      "<li>Open instagram.com in your browser and sign in.</li>"
                      "<li>Open the developer tools (F12, or ⌥⌘I on a Mac).</li>"
                      "<li>Chrome and Edge: <i>Application</i> › <i>Cookies</i> › https://www.instagram.com. "
                      "Firefox: <i>Storage</i> › <i>Cookies</i>. Safari: <i>Storage</i> › <i>Cookies</i>.</li>"
                      "<li>Copy the value of the cookie named <b>sessionid</b> and paste it below.</li></ol>"
                      "<p>ReelPulse keeps it in your system keychain only. Signing out of Instagram in the browser "
                      "ends this session too.</p>"),
                   this);
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    addRow(steps);

    auto *open = new QPushButton(tr("&Open instagram.com in Your Browser"), this);
    open->setObjectName(u"openInstagramButton"_s);
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl(u"https://www.instagram.com/accounts/login/"_s)); });
    addRow(open);

    m_edit->setObjectName(u"sessionIdEdit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(tr("the value of the sessionid cookie"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_message = addField(tr("&sessionid:"), m_edit);
    m_message->setObjectName(u"sessionIdMessage"_s);
    m_show->setObjectName(u"showSessionIdCheckBox"_s);
    addRow(m_show);

    connect(m_show, &QCheckBox::toggled, this,
            [this](bool show) { m_edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        validate();
    });
    setOkText(tr("Sign In"));
    m_edit->setFocus();
    validate();
}

PasteSessionDialog::~PasteSessionDialog()
{
    m_edit->clear(); // do not leave the value in a dead widget's memory longer than needed
}

void PasteSessionDialog::validate()
{
    auto session = SignInCookieCollector::fromPastedSessionId(m_edit->text());
    if (session.ok())
        m_message->setHint(session->dsUserId.isEmpty() ? QString() : tr("Account %1").arg(session->dsUserId));
    else if (m_touched)
        m_message->setError(session.error().message);
    setInputValid(session.ok());
}

bool PasteSessionDialog::submit()
{
    auto session = SignInCookieCollector::fromPastedSessionId(m_edit->text());
    if (!session.ok()) {
        showServiceError(session.error(), m_message);
        return false;
    }
    m_session = session.value();
    return true;
}

} // namespace reelpulse
