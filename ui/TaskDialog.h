#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;
class QSpinBox;

namespace reelpulse {

struct Error;
class FieldMessageLabel;

/// The frame of the add and edit dialogs: a form whose fields each have a message line under
/// them, a line for errors that concern no single field, and OK/Cancel. OK stays disabled while
/// the input breaks a rule. Pressing OK calls submit(); the dialog closes only when it succeeds,
/// so a refusal from the service (a duplicate, a storage failure) is shown with the input kept.
class TaskDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)

public:
    ~TaskDialog() override;

    QPushButton *okButton() const;
    /// The message line for errors that concern no single field.
    FieldMessageLabel *formMessage() const { return m_formMessage; }

    void accept() override;

signals:
    /// The service refused the change; the dialog shows `message` and stays open.
    void refused(const QString &message);

protected:
    explicit TaskDialog(QWidget *parent = nullptr);

    /// Adds a labelled row whose message line is returned. The label's buddy is `field`.
    FieldMessageLabel *addField(const QString &label, QWidget *field);
    /// Adds a row without a message line.
    void addRow(const QString &label, QWidget *field);
    void addRow(QWidget *field);
    /// Sets the OK button's text (e.g. "Add", "Save").
    void setOkText(const QString &text);
    /// Enables OK when `valid`; clears the form message when the input changed.
    void setInputValid(bool valid);
    /// Shows an error from the service on the field it names (through `fieldLabel`), else on the form line.
    void showServiceError(const Error &error, FieldMessageLabel *fieldLabel);

    /// Performs the change; returns false to keep the dialog open.
    virtual bool submit() = 0;

    /// A spin box for an interval: wide range so that out-of-rule values reach the validator.
    static QSpinBox *createIntervalSpinBox(int value, bool hours, QWidget *parent);

private:
    void fitHeight();

    QFormLayout *m_form = nullptr;
    FieldMessageLabel *m_formMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace reelpulse
