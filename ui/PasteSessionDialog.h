#pragma once

#include "TaskDialog.h"
#include "platform/InstagramSession.h"

class QCheckBox;
class QLineEdit;

namespace reelpulse {

class FieldMessageLabel;

/// "Sign in with your browser instead": the person signs in to instagram.com in their own browser
/// and pastes the value of its "sessionid" cookie here (a password field); the dialog says where to
/// find it and refuses text that cannot be a session id.
class PasteSessionDialog final : public TaskDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteSessionDialog)

public:
    explicit PasteSessionDialog(QWidget *parent = nullptr);
    ~PasteSessionDialog() override;

    /// The session made of the pasted value, once the dialog was accepted.
    const InstagramSession &session() const { return m_session; }

    QLineEdit *sessionIdEdit() const { return m_edit; }
    FieldMessageLabel *sessionIdMessage() const { return m_message; }
    QCheckBox *showValueCheckBox() const { return m_show; }

protected:
    bool submit() override;

private:
    void validate();

    InstagramSession m_session;
    QLineEdit *m_edit = nullptr;
    QCheckBox *m_show = nullptr;
    FieldMessageLabel *m_message = nullptr;
    bool m_touched = false;
};

} // namespace reelpulse
