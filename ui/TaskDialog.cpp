#include "TaskDialog.h"

#include "FieldMessageLabel.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

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
    m_formMessage->setObjectName(QStringLiteral("formMessage"));

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

QSpinBox *TaskDialog::createIntervalSpinBox(int value, bool hours, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, hours ? 99999 : 9999);
    spin->setValue(value);
    spin->setAccelerated(true);
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
    return spin;
}

} // namespace reelpulse
