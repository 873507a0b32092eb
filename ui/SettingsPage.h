#pragma once

#include <QWidget>

namespace reelpulse {

/// The Settings section: where the data lives and which version runs; the settings themselves
/// arrive in a later version.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(const QString &dataDir, QWidget *parent = nullptr);
    ~SettingsPage() override;
};

} // namespace reelpulse
