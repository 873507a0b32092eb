#pragma once

#include "TaskDialog.h"
#include "common/Result.h"
#include "tracking/TaskTypes.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace reelpulse {

class FieldMessageLabel;
class TrackingService;

/// Adds a video task (platform, URL or id, interval in hours, key=value metadata, active) or
/// edits one (interval, metadata, active).
class VideoDialog final : public TaskDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDialog)

public:
    /// A dialog that adds a video.
    explicit VideoDialog(TrackingService &service, QWidget *parent = nullptr);
    /// A dialog that edits `task`.
    VideoDialog(TrackingService &service, const VideoTask &task, QWidget *parent = nullptr);
    ~VideoDialog() override;

    bool isEditing() const { return m_editing; }
    const VideoTask &task() const { return m_task; }
    bool changed() const { return m_changed; }

    /// Metadata from `key=value` lines (blank lines ignored), checked by the tracking rules.
    static Result<QJsonObject> parseMetadataLines(const QString &text);

    QComboBox *platformComboBox() const { return m_platform; }
    QLineEdit *videoEdit() const { return m_videoEdit; }
    QSpinBox *intervalSpinBox() const { return m_interval; }
    QPlainTextEdit *metadataEdit() const { return m_metadata; }
    QCheckBox *activeCheckBox() const { return m_active; }
    FieldMessageLabel *videoMessage() const { return m_videoMessage; }
    FieldMessageLabel *intervalMessage() const { return m_intervalMessage; }
    FieldMessageLabel *metadataMessage() const { return m_metadataMessage; }

protected:
    bool submit() override;

private:
    void build();
    void validate();
    Platform platform() const;

    TrackingService &m_service;
    VideoTask m_task;
    bool m_editing = false;
    bool m_changed = false;
    bool m_videoTouched = false;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_videoEdit = nullptr;
    QSpinBox *m_interval = nullptr;
    QPlainTextEdit *m_metadata = nullptr;
    QCheckBox *m_active = nullptr;
    FieldMessageLabel *m_videoMessage = nullptr;
    FieldMessageLabel *m_intervalMessage = nullptr;
    FieldMessageLabel *m_metadataMessage = nullptr;
};

} // namespace reelpulse
