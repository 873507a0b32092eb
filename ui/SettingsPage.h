#pragma once

#include <QWidget>

namespace reelpulse {

class InstagramAccountSection;
class ScrapeController;

/// The Settings section: the Instagram account ReelPulse signs in with, where the data lives and
/// which version runs.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &dataDir, ScrapeController &scrape, QWidget *parent = nullptr);
    ~SettingsPage() override;

    InstagramAccountSection *accountSection() const { return m_account; }

private:
    InstagramAccountSection *m_account = nullptr;
};

} // namespace reelpulse
