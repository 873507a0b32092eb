#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace reelpulse {

/// Settings › Language: system default, English, Deutsch or Español for the app and reelpulse-cli (the
/// `ui.language` setting of the data folder). A new choice applies at the next start, numbers and dates
/// included; the section offers to restart at once (the window closes as usual, keeping its state, and opens
/// again on the same data folder).
class LanguageSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSection)

public:
    explicit LanguageSection(const QString &dataDir, QWidget *parent = nullptr);
    ~LanguageSection() override;

    QComboBox *choice() const { return m_choice; }
    /// What the section says about the choice ("… from the next start", or why it was not saved).
    QString note() const;

private:
    void chosen();
    void restart();

    QString m_dataDir;
    QString m_startedWith; ///< the setting this process speaks (read at construction)
    QComboBox *m_choice = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace reelpulse
