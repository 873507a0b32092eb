#include "VideoDialog.h"

#include "FieldMessageLabel.h"
#include "ModelFormat.h"
#include "tracking/Identifiers.h"
#include "tracking/TrackingService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

VideoDialog::VideoDialog(TrackingService &service, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
{
    build();
}

VideoDialog::VideoDialog(TrackingService &service, const VideoTask &task, QWidget *parent)
    : TaskDialog(parent)
    , m_service(service)
    , m_task(task)
    , m_editing(true)
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
    setWindowTitle(m_editing ? tr("Edit Video") : tr("Add Video"));
    setObjectName(u"videoDialog"_s);

    if (m_editing) {
        addRow(tr("Platform:"), new QLabel(modelformat::displayPlatform(m_task.platform), this));
        auto *video = new QLabel(u"<a href=\"%1\">%1</a>"_s.arg(m_task.sourceUrl.toHtmlEscaped()), this);
        video->setOpenExternalLinks(true);
        video->setTextInteractionFlags(Qt::TextBrowserInteraction);
        addRow(tr("Video:"), video);
    } else {
        m_platform = new QComboBox(this);
        m_platform->setObjectName(u"platformComboBox"_s);
        m_platform->addItem(modelformat::displayPlatform(Platform::Instagram), int(Platform::Instagram));
        m_platform->addItem(modelformat::displayPlatform(Platform::TikTok), int(Platform::TikTok));
        addRow(tr("P&latform:"), m_platform);

        m_videoEdit = new QLineEdit(this);
        m_videoEdit->setObjectName(u"videoEdit"_s);
        m_videoEdit->setClearButtonEnabled(true);
        m_videoMessage = addField(tr("&Video:"), m_videoEdit);
        m_videoMessage->setObjectName(u"videoMessage"_s);
        const auto updatePlaceholder = [this] {
            m_videoEdit->setPlaceholderText(platform() == Platform::TikTok
                                                ? tr("https://www.tiktok.com/@user/video/… or the numeric id")
                                                : tr("https://www.instagram.com/p/… , a shortcode or the media id"));
        };
        updatePlaceholder();
        connect(m_platform, &QComboBox::currentIndexChanged, this, [this, updatePlaceholder] {
            updatePlaceholder();
            validate();
        });
        connect(m_videoEdit, &QLineEdit::textEdited, this, [this] {
            m_videoTouched = true;
            validate();
        });
    }

    m_interval = createIntervalSpinBox(m_editing ? m_task.intervalHours : DefaultVideoIntervalHours, true, this);
    m_interval->setObjectName(u"intervalSpinBox"_s);
    m_intervalMessage = addField(tr("&Scrape:"), m_interval);
    m_intervalMessage->setObjectName(u"intervalMessage"_s);
    connect(m_interval, &QSpinBox::valueChanged, this, &VideoDialog::validate);

    m_metadata = new QPlainTextEdit(this);
    m_metadata->setObjectName(u"metadataEdit"_s);
    m_metadata->setTabChangesFocus(true);
    m_metadata->setPlaceholderText(tr("One key=value per line, e.g.\ncampaign=summer\nowner=anna"));
    m_metadata->setFixedHeight(m_metadata->fontMetrics().lineSpacing() * 5 + 12);
    if (m_editing)
        m_metadata->setPlainText(modelformat::metadataLines(m_task.metadata));
    m_metadataMessage = addField(tr("&Metadata:"), m_metadata);
    m_metadataMessage->setObjectName(u"metadataMessage"_s);
    connect(m_metadata, &QPlainTextEdit::textChanged, this, &VideoDialog::validate);

    m_active = new QCheckBox(tr("&Active: scrape this video on schedule"), this);
    m_active->setObjectName(u"activeCheckBox"_s);
    m_active->setChecked(m_editing ? m_task.isActive : true);
    addRow(m_active);

    setOkText(m_editing ? tr("Save") : tr("Add"));
    (m_videoEdit ? static_cast<QWidget *>(m_videoEdit) : m_interval)->setFocus();
    validate();
}

Platform VideoDialog::platform() const
{
    return m_platform ? Platform(m_platform->currentData().toInt()) : m_task.platform;
}

void VideoDialog::validate()
{
    bool valid = true;
    if (m_videoEdit) {
        const QString text = m_videoEdit->text();
        auto ref = parseVideoIdentifier(platform(), text);
        if (!ref.ok()) {
            valid = false;
            if (m_videoTouched || !text.isEmpty())
                m_videoMessage->setError(ref.error().message);
            else
                m_videoMessage->clearMessage();
        } else {
            m_videoMessage->setHint(ref->canonicalUrl);
        }
    }
    if (auto interval = TrackingService::validateIntervalHours(m_interval->value()); !interval.ok()) {
        valid = false;
        m_intervalMessage->setError(interval.error().message);
    } else {
        m_intervalMessage->clearMessage();
    }
    if (auto metadata = parseMetadataLines(m_metadata->toPlainText()); !metadata.ok()) {
        valid = false;
        m_metadataMessage->setError(metadata.error().message);
    } else {
        m_metadataMessage->clearMessage();
    }
    setInputValid(valid);
}

bool VideoDialog::submit()
{
    auto metadata = parseMetadataLines(m_metadata->toPlainText());
    if (!metadata.ok()) {
        m_metadataMessage->setError(metadata.error().message);
        return false;
    }
    const int hours = m_interval->value();
    auto fieldLabel = [this](const Error &error) -> FieldMessageLabel * {
        if (error.field == u"identifier" || error.field == u"shortcode" || error.kind == ErrorKind::Conflict)
            return m_videoMessage;
        if (error.field == u"scrape_interval_hours")
            return m_intervalMessage;
        if (error.field == u"metadata")
            return m_metadataMessage;
        return nullptr;
    };

    if (!m_editing) {
        auto added =
            m_service.addVideo(platform(), m_videoEdit->text(), metadata.value(), hours, m_active->isChecked());
        if (!added.ok()) {
            showServiceError(added.error(), fieldLabel(added.error()));
            return false;
        }
        m_task = added.value();
        m_changed = true;
        return true;
    }

    TrackingService::VideoUpdate update;
    if (hours != m_task.intervalHours)
        update.intervalHours = hours;
    if (metadata.value() != m_task.metadata)
        update.metadata = metadata.value();
    if (m_active->isChecked() != m_task.isActive)
        update.isActive = m_active->isChecked();
    if (update.isEmpty())
        return true;
    auto saved = m_service.updateVideo(m_task.id, update);
    if (!saved.ok()) {
        showServiceError(saved.error(), fieldLabel(saved.error()));
        return false;
    }
    m_task = saved.value();
    m_changed = true;
    return true;
}

} // namespace reelpulse
