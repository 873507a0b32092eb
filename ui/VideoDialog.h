#pragma once

#include "TaskEditDialog.h"
#include "domain/Result.h"
#include "domain/TaskTypes.h"

class QCheckBox;
class QComboBox;
class QPlainTextEdit;

namespace reelpulse {

/// Adds a video task (platform, URL or id, interval in hours, key=value metadata, active) or
/// edits one (interval, metadata, active).
class VideoDialog final : public TaskEditDialog<VideoTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDialog)

public:
    /// A dialog that adds a video.
    explicit VideoDialog(TrackingService &service, QWidget *parent = nullptr);
    /// A dialog that edits `task`.
    VideoDialog(TrackingService &service, const VideoTask &task, QWidget *parent = nullptr);
    ~VideoDialog() override;

    /// Metadata from `key=value` lines (blank lines ignored), checked by the tracking rules.
    static Result<QJsonObject> parseMetadataLines(const QString &text);

    QComboBox *platformComboBox() const { return m_platform; }
    QLineEdit *videoEdit() const { return m_video.edit; }
    QPlainTextEdit *metadataEdit() const { return m_metadata; }
    QCheckBox *activeCheckBox() const { return m_active; }
    FieldMessageLabel *videoMessage() const { return m_video.message; }
    FieldMessageLabel *metadataMessage() const { return m_metadataMessage; }

protected:
    void validate() override;
    Result<VideoTask> add() override;
    std::optional<Result<VideoTask>> save() override;
    FieldMessageLabel *fieldOf(const Error &error) const override;

private:
    void build();
    Platform platform() const;

    QComboBox *m_platform = nullptr;
    TextField m_video;
    QPlainTextEdit *m_metadata = nullptr;
    QCheckBox *m_active = nullptr;
    FieldMessageLabel *m_metadataMessage = nullptr;
};

} // namespace reelpulse
