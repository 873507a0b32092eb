#include "FieldMessageLabel.h"

#include <QPalette>

namespace reelpulse {

FieldMessageLabel::FieldMessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
    hide();
}

FieldMessageLabel::~FieldMessageLabel() = default;

void FieldMessageLabel::setError(const QString &message)
{
    present(message, true);
}

void FieldMessageLabel::setHint(const QString &hint)
{
    present(hint, false);
}

void FieldMessageLabel::clearMessage()
{
    present({}, false);
}

void FieldMessageLabel::present(const QString &text, bool error)
{
    m_error = error && !text.isEmpty();
    setText(text);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, m_error ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::PlaceholderText));
    setPalette(pal);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

} // namespace reelpulse
