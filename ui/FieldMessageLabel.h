#pragma once

#include <QLabel>

namespace reelpulse {

/// The line under a form field: a red message while the input breaks a rule, else an optional
/// muted hint, else nothing (hidden).
class FieldMessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessageLabel)

public:
    explicit FieldMessageLabel(QWidget *parent = nullptr);
    ~FieldMessageLabel() override;

    void setError(const QString &message);
    void setHint(const QString &hint);
    void clearMessage();

    bool hasError() const { return m_error; }

private:
    void present(const QString &text, bool error);

    bool m_error = false;
};

} // namespace reelpulse
