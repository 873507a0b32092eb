#pragma once

#include <QWidget>

class QLabel;

namespace reelpulse {

struct EndpointProfileInUse;

/// The "Endpoint profiles" line of the Settings, read-only: which profile each platform client uses, its
/// version and whether it is the built-in one, a signed update (with the date it was installed) or an
/// unsigned local copy; below it, only when there is one, why a copy in the data folder is not used.
/// Read again each time it is shown (EndpointUpdater::profilesInUse reads a few small files), so an update
/// made with reelpulse-cli appears without a restart. One line, so the page keeps its height.
class EndpointProfilesSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointProfilesSection)

public:
    explicit EndpointProfilesSection(const QString &dataDir, QWidget *parent = nullptr);
    ~EndpointProfilesSection() override;

    /// Reads the profiles in use again.
    void refresh();

    /// "Endpoint profiles: Instagram version 1 (built-in), TikTok version 2 (updated 3/1/26, signed)"
    QLabel *summaryLabel() const { return m_summary; }
    /// Why a copy in the data folder is not used; hidden when every copy there is used.
    QLabel *problemLabel() const { return m_problems; }

    /// One platform's part of the summary ("Instagram version 2 (updated 3/1/26, signed)").
    static QString describe(const EndpointProfileInUse &profile);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_dataDir;
    QLabel *m_summary = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace reelpulse
