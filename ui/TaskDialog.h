#pragma once

#include "domain/TaskTypes.h"

#include <QDialog>
#include <QSet>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace reelpulse {

struct Error;
class FieldMessageLabel;

/// The frame of the add and edit dialogs: a form whose fields each have a message line under
/// them, a line for errors that concern no single field, and OK/Cancel. OK stays disabled while
/// the input breaks a rule (validate() runs on every change). Pressing OK calls submit(); the dialog
/// closes only when it succeeds, so a refusal from the service (a duplicate, a storage failure) is
/// shown with the input kept. Also the fields the task dialogs share: a text field that complains
/// only once touched, the scrape interval, the pause switch and a link to the tracked item.
class TaskDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)

public:
    ~TaskDialog() override;

    QPushButton *okButton() const;
    /// The message line for errors that concern no single field.
    FieldMessageLabel *formMessage() const { return m_formMessage; }
    /// The scrape interval and its message line (null in dialogs without one).
    QSpinBox *intervalSpinBox() const { return m_interval; }
    FieldMessageLabel *intervalMessage() const { return m_intervalMessage; }
    /// The "Pause tracking" switch of edit dialogs (null elsewhere).
    QCheckBox *pausedCheckBox() const { return m_paused; }

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
    /// Checks the input, shows what is wrong under each field, and enables OK (setInputValid).
    virtual void validate() = 0;

    /// A text field named `name` ("nameEdit" and "nameMessage") showing `example` while empty; editing it
    /// marks it touched and validates.
    struct TextField
    {
        QLineEdit *edit = nullptr;
        FieldMessageLabel *message = nullptr;
    };
    TextField addTextField(const QString &label, const QString &name, const QString &example);
    /// Whether the person has typed in the field.
    bool isTouched(const QLineEdit *edit) const { return m_touched.contains(edit); }
    /// Shows under a text field the hint when its text is `ok`, else the error once the field was
    /// touched or has text (else nothing). Returns `ok`.
    bool showTextCheck(const TextField &field, bool ok, const QString &hintOrError) const;
    /// The "Scrape:" row: an interval in days or hours; wide range so that out-of-rule values reach validate().
    void addIntervalField(int value, bool hours);
    /// Checks the interval against the tracking rules and shows the problem under it.
    bool checkInterval();
    /// The "Pause tracking" switch of an edit dialog.
    void addPausedCheckBox(bool paused);
    /// The status the pause switch asks for, when it differs from `current`.
    std::optional<TaskStatus> statusChange(TaskStatus current) const;
    /// A read-only row with a link to the tracked item (edit dialogs).
    void addLinkRow(const QString &label, const QString &url);
    /// Ends the set-up of a task dialog: OK reads "Save" or "Add", the focus goes to `focus`, the input is checked.
    void finishSetUp(bool editing, QWidget *focus);

private:
    void fitHeight();

    QFormLayout *m_form = nullptr;
    FieldMessageLabel *m_formMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QSpinBox *m_interval = nullptr;
    FieldMessageLabel *m_intervalMessage = nullptr;
    bool m_intervalInHours = false;
    QCheckBox *m_paused = nullptr;
    QSet<const QLineEdit *> m_touched;
};

} // namespace reelpulse
