#include "TaskDialog.h"

#include "FieldMessageLabel.h"
#include "domain/Error.h"
#include "services/TrackingService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

TaskDialog::TaskDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_formMessage(new FieldMessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_formMessage->setObjectName(u"formMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_formMessage);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
}

TaskDialog::~TaskDialog() = default;

QPushButton *TaskDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TaskDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    m_formMessage->clearMessage();
    if (submit())
        QDialog::accept();
}

FieldMessageLabel *TaskDialog::addField(const QString &label, QWidget *field)
{
    // The field and its message line share a layout, not a widget, so that a message that
    // appears or wraps resizes the dialog at once.
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    const bool fixedWidth = field->sizePolicy().horizontalPolicy() == QSizePolicy::Fixed;
    if (!fixedWidth)
        field->setMinimumWidth(std::max(field->minimumWidth(), fontMetrics().averageCharWidth() * 56));
    cell->addWidget(field, 0, fixedWidth ? Qt::AlignLeft : Qt::Alignment());
    auto *message = new FieldMessageLabel(this);
    cell->addWidget(message);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, cell);
    return message;
}

void TaskDialog::addRow(const QString &label, QWidget *field)
{
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, field);
}

void TaskDialog::addRow(QWidget *field)
{
    m_form->addRow(field);
}

void TaskDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

void TaskDialog::setInputValid(bool valid)
{
    okButton()->setEnabled(valid);
    m_formMessage->clearMessage();
    fitHeight();
}

void TaskDialog::fitHeight()
{
    // Messages appear and wrap as the person types: grow so that none is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void TaskDialog::showServiceError(const Error &error, FieldMessageLabel *fieldLabel)
{
    if (fieldLabel)
        fieldLabel->setError(error.message);
    else
        m_formMessage->setError(error.message);
    fitHeight();
    emit refused(error.message);
}

TaskDialog::TextField TaskDialog::addTextField(const QString &label, const QString &name, const QString &example)
{
    TextField field;
    field.edit = new QLineEdit(this);
    field.edit->setObjectName(name + u"Edit"_s);
    field.edit->setPlaceholderText(example);
    field.edit->setClearButtonEnabled(true);
    field.message = addField(label, field.edit);
    field.message->setObjectName(name + u"Message"_s);
    QLineEdit *edit = field.edit;
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        m_touched.insert(edit);
        validate();
    });
    return field;
}

bool TaskDialog::showTextCheck(const TextField &field, bool ok, const QString &hintOrError) const
{
    if (ok)
        field.message->setHint(hintOrError);
    else if (isTouched(field.edit) || !field.edit->text().isEmpty())
        field.message->setError(hintOrError);
    else
        field.message->clearMessage();
    return ok;
}

void TaskDialog::addIntervalField(int value, bool hours)
{
    m_intervalInHours = hours;
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"intervalSpinBox"_s);
    m_interval->setRange(0, hours ? 99999 : 9999);
    m_interval->setValue(value);
    m_interval->setAccelerated(true);
    QSpinBox *spin = m_interval;
    const auto updateSuffix = [spin, hours](int n) {
        if (hours)
            spin->setSuffix(n == 1 ? tr(" hour") : tr(" hours"));
        else
            spin->setSuffix(n == 1 ? tr(" day") : tr(" days"));
    };
    updateSuffix(value);
    connect(spin, &QSpinBox::valueChanged, spin, updateSuffix);
    spin->setPrefix(tr("every "));
    spin->setMinimumWidth(spin->fontMetrics().averageCharWidth() * 20);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_intervalMessage = addField(tr("&Scrape:"), m_interval);
    m_intervalMessage->setObjectName(u"intervalMessage"_s);
    connect(m_interval, &QSpinBox::valueChanged, this, &TaskDialog::validate);
}

bool TaskDialog::checkInterval()
{
    const Status interval = m_intervalInHours
                                ? TrackingService::validateIntervalHours(m_interval->value())
                                : TrackingService::validateIntervalDays(m_interval->value(), tr("The interval"));
    if (!interval.ok()) {
        m_intervalMessage->setError(interval.error().message);
        return false;
    }
    m_intervalMessage->clearMessage();
    return true;
}

void TaskDialog::addPausedCheckBox(bool paused)
{
    m_paused = new QCheckBox(tr("&Pause tracking"), this);
    m_paused->setObjectName(u"pausedCheckBox"_s);
    m_paused->setChecked(paused);
    addRow(m_paused);
}

std::optional<TaskStatus> TaskDialog::statusChange(TaskStatus current) const
{
    if (!m_paused || m_paused->isChecked() == (current == TaskStatus::Paused))
        return std::nullopt;
    return m_paused->isChecked() ? TaskStatus::Paused : TaskStatus::Active;
}

void TaskDialog::addLinkRow(const QString &label, const QString &url)
{
    auto *link = new QLabel(u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped()), this);
    link->setOpenExternalLinks(true);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    addRow(label, link);
}

void TaskDialog::finishSetUp(bool editing, QWidget *focus)
{
    setOkText(editing ? tr("Save") : tr("Add"));
    focus->setFocus();
    validate();
}

} // namespace reelpulse
