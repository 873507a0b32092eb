#include "VideoDialog.h"

#include "FieldMessageLabel.h"
#include "ModelFormat.h"
#include "domain/Identifiers.h"
#include "services/TrackingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

VideoDialog::VideoDialog(TrackingService &service, QWidget *parent)
    : TaskEditDialog(service, parent)
{
    build();
}

VideoDialog::VideoDialog(TrackingService &service, const VideoTask &task, QWidget *parent)
    : TaskEditDialog(service, task, parent)
{
    build();
}

VideoDialog::~VideoDialog() = default;

Result<QJsonObject> VideoDialog::parseMetadataLines(const QString &text)
{
    QJsonObject metadata;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (auto added = TrackingService::addMetadataPair(metadata, line); !added.ok())
            return Error::invalid(added.error().field, tr("Line %1: %2").arg(i + 1).arg(added.error().message));
    }
    return metadata;
}

void VideoDialog::build()
{
    setWindowTitle(isEditing() ? tr("Edit Video") : tr("Add Video"));
    setObjectName(u"videoDialog"_s);

    if (isEditing()) {
        addRow(tr("Platform:"), new QLabel(modelformat::displayPlatform(task().platform), this));
        addLinkRow(tr("Video:"), task().sourceUrl);
    } else {
        m_platform = new QComboBox(this);
        m_platform->setObjectName(u"platformComboBox"_s);
        m_platform->addItem(modelformat::displayPlatform(Platform::Instagram), int(Platform::Instagram));
        m_platform->addItem(modelformat::displayPlatform(Platform::TikTok), int(Platform::TikTok));
        addRow(tr("P&latform:"), m_platform);

        m_video = addTextField(tr("&Video:"), u"video"_s, {});
        const auto updateExample = [this] {
            m_video.edit->setPlaceholderText(platform() == Platform::TikTok
                                                 ? tr("https://www.tiktok.com/@user/video/… or the numeric id")
                                                 : tr("https://www.instagram.com/p/… , a shortcode or the media id"));
        };
        updateExample();
        connect(m_platform, &QComboBox::currentIndexChanged, this, [this, updateExample] {
            updateExample();
            validate();
        });
    }

    addIntervalField(isEditing() ? task().intervalHours : DefaultVideoIntervalHours, true);

    m_metadata = new QPlainTextEdit(this);
    m_metadata->setObjectName(u"metadataEdit"_s);
    m_metadata->setTabChangesFocus(true);
    m_metadata->setPlaceholderText(tr("One key=value per line, e.g.\ncampaign=summer\nowner=anna"));
    m_metadata->setFixedHeight(m_metadata->fontMetrics().lineSpacing() * 5 + 12);
    if (isEditing())
        m_metadata->setPlainText(modelformat::metadataLines(task().metadata));
    m_metadataMessage = addField(tr("&Metadata:"), m_metadata);
    m_metadataMessage->setObjectName(u"metadataMessage"_s);
    connect(m_metadata, &QPlainTextEdit::textChanged, this, &VideoDialog::validate);

    m_active = new QCheckBox(tr("&Active: scrape this video on schedule"), this);
    m_active->setObjectName(u"activeCheckBox"_s);
    m_active->setChecked(isEditing() ? task().isActive : true);
    addRow(m_active);

    finishSetUp(isEditing(), m_video.edit ? static_cast<QWidget *>(m_video.edit) : intervalSpinBox());
}

Platform VideoDialog::platform() const
{
    return m_platform ? Platform(m_platform->currentData().toInt()) : task().platform;
}

void VideoDialog::validate()
{
    bool valid = true;
    if (m_video.edit) {
        auto ref = parseVideoIdentifier(platform(), m_video.edit->text());
        valid = showTextCheck(m_video, ref.ok(), ref.ok() ? ref->canonicalUrl : ref.error().message);
    }
    valid = checkInterval() && valid;
    if (auto metadata = parseMetadataLines(m_metadata->toPlainText()); !metadata.ok()) {
        valid = false;
        m_metadataMessage->setError(metadata.error().message);
    } else {
        m_metadataMessage->clearMessage();
    }
    setInputValid(valid);
}

FieldMessageLabel *VideoDialog::fieldOf(const Error &error) const
{
    if (error.field == u"identifier" || error.field == u"shortcode" || error.kind == ErrorKind::Conflict)
        return m_video.message;
    if (error.field == u"scrape_interval_hours")
        return intervalMessage();
    if (error.field == u"metadata")
        return m_metadataMessage;
    return nullptr;
}

Result<VideoTask> VideoDialog::add()
{
    // OK is enabled only while the metadata parses (validate()).
    auto metadata = parseMetadataLines(m_metadata->toPlainText());
    if (!metadata.ok())
        return metadata.error();
    return service().addVideo(platform(), m_video.edit->text(), metadata.value(), intervalSpinBox()->value(),
                              m_active->isChecked());
}

std::optional<Result<VideoTask>> VideoDialog::save()
{
    auto metadata = parseMetadataLines(m_metadata->toPlainText());
    if (!metadata.ok())
        return Result<VideoTask>(metadata.error());
    TrackingService::VideoUpdate update;
    if (intervalSpinBox()->value() != task().intervalHours)
        update.intervalHours = intervalSpinBox()->value();
    if (metadata.value() != task().metadata)
        update.metadata = metadata.value();
    if (m_active->isChecked() != task().isActive)
        update.isActive = m_active->isChecked();
    if (update.isEmpty())
        return std::nullopt;
    return service().updateVideo(task().id, update);
}

} // namespace reelpulse
