#pragma once

#include <QGroupBox>

class QLabel;

namespace reelpulse {

struct EndpointProfileInUse;

/// The "Endpoint profiles" part of the Settings, read-only: which profile each platform client uses, its
/// version and whether it is the built-in one, a signed update (with the date it was installed) or an
/// unsigned local copy, and why a copy in the data folder is not used. Read again each time it is shown
/// (through EndpointUpdater::profilesInUse, a few small files), so an update made with reelpulse-cli shows.
class EndpointProfilesSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointProfilesSection)

public:
    explicit EndpointProfilesSection(const QString &dataDir, QWidget *parent = nullptr);
    ~EndpointProfilesSection() override;

    /// Reads the profiles in use again.
    void refresh();

    QLabel *instagramLabel() const { return m_instagram; }
    QLabel *tiktokLabel() const { return m_tiktok; }
    QLabel *problemLabel() const { return m_problems; }

    /// The line shown for one platform ("Instagram: version 2 (updated 3/1/25, signed)").
    static QString describe(const EndpointProfileInUse &profile);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_dataDir;
    QLabel *m_instagram = nullptr;
    QLabel *m_tiktok = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace reelpulse
