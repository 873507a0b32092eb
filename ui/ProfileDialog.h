#pragma once

#include "TaskEditDialog.h"
#include "domain/TaskTypes.h"

class QComboBox;
class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace reelpulse {

/// Adds a profile task (Instagram or TikTok; name, @name or profile URL; own or competitor; interval in days; which
/// of its posts/videos to track as video tasks) or edits one (competitor flag, interval, paused, auto-track).
class ProfileDialog final : public TaskEditDialog<ProfileTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    /// A dialog that adds a profile.
    explicit ProfileDialog(TrackingService &service, QWidget *parent = nullptr);
    /// A dialog that edits `task`.
    ProfileDialog(TrackingService &service, const ProfileTask &task, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    QLineEdit *nameEdit() const { return m_name.edit; }
    QRadioButton *competitorButton() const { return m_competitor; }
    FieldMessageLabel *nameMessage() const { return m_name.message; }
    QComboBox *platformCombo() const { return m_platform; }
    QComboBox *autoTrackCombo() const { return m_autoTrack; }
    QSpinBox *autoTrackLatestSpinBox() const { return m_autoTrackLatest; }
    QCheckBox *autoDownloadBox() const { return m_autoDownload; }

protected:
    void validate() override;
    Result<ProfileTask> add() override;
    std::optional<Result<ProfileTask>> save() override;
    FieldMessageLabel *fieldOf(const Error &error) const override;

private:
    void build();
    std::optional<Platform> chosenPlatform() const;
    AutoTrack chosenAutoTrack() const;
    void addAutoDownloadBox();

    TextField m_name;
    QRadioButton *m_own = nullptr;
    QRadioButton *m_competitor = nullptr;
    QComboBox *m_platform = nullptr; ///< adding only
    QComboBox *m_autoTrack = nullptr;
    QSpinBox *m_autoTrackLatest = nullptr;
    QCheckBox *m_autoDownload = nullptr; ///< "Download new posts"
    bool m_autoDownloadWas = false;
};

} // namespace reelpulse
