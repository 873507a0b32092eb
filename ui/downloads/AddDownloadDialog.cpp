#include "downloads/AddDownloadDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

AddDownloadDialog::AddDownloadDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_urls(new QPlainTextEdit(this))
    , m_quality(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_audio(new QComboBox(this))
    , m_zip(new QCheckBox(tr("Pack carousels into a ZIP with their metadata"), this))
    , m_folder(new QLineEdit(folder, this))
    , m_add(nullptr)
{
    setObjectName(u"addDownloadDialog"_s);
    setWindowTitle(tr("Add downloads"));
    m_urls->setObjectName(u"urls"_s);
    m_urls->setPlaceholderText(tr("Post, reel or TikTok URLs (or shortcodes), one per line"));
    for (const QString &q : {u"best"_s, u"high"_s, u"medium"_s, u"low"_s, u"1080p"_s, u"720p"_s, u"480p"_s, u"360p"_s})
        m_quality->addItem(q == u"best" ? tr("Best available") : q, q);
    m_type->addItem(tr("Everything"), u"media"_s);
    m_type->addItem(tr("Videos only"), u"video_only"_s);
    m_type->addItem(tr("Images only"), u"image_only"_s);
    m_type->addItem(tr("Audio only (ffmpeg)"), u"audio_only"_s);
    for (const QString &a : {u"best"_s, u"mp3"_s, u"m4a"_s, u"aac"_s})
        m_audio->addItem(a == u"best" ? tr("As it is (AAC)") : a.toUpper(), a);
    m_audio->setEnabled(false);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_audio->setEnabled(m_type->currentData().toString() == u"audio_only"); });

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Download folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("URLs:"), m_urls);
    form->addRow(tr("Quality:"), m_quality);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Audio format:"), m_audio);
    form->addRow(QString(), m_zip);
    form->addRow(tr("Folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addButton"_s);
    m_add->setEnabled(false);
    connect(m_urls, &QPlainTextEdit::textChanged, this,
            [this] { m_add->setEnabled(!urlsIn(m_urls->toPlainText()).isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 380);
}

void AddDownloadDialog::setUrls(const QStringList &urls)
{
    m_urls->setPlainText(urls.join(u'\n'));
}

QString AddDownloadDialog::kindOf(const QString &url)
{
    if (url.contains(u"tiktok.com"_s, Qt::CaseInsensitive))
        return u"video"_s;
    static const QRegularExpression Reel(u"/reels?/"_s, QRegularExpression::CaseInsensitiveOption);
    return Reel.match(url).hasMatch() ? u"reel"_s : u"post"_s;
}

QStringList AddDownloadDialog::urlsIn(const QString &text)
{
    static const QRegularExpression Shortcode(u"^[A-Za-z0-9_-]{8,40}$"_s);
    QStringList urls;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const bool url = line.contains(u"instagram.com/"_s, Qt::CaseInsensitive) ||
                         line.contains(u"tiktok.com/"_s, Qt::CaseInsensitive);
        if (url || Shortcode.match(line).hasMatch())
            urls << line;
    }
    return urls;
}

QList<DownloadRequest> AddDownloadDialog::requests() const
{
    QList<DownloadRequest> out;
    const QStringList urls = urlsIn(m_urls->toPlainText());
    const QString batch = urls.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    for (const QString &url : urls) {
        DownloadRequest r;
        r.kind = kindOf(url);
        if (r.kind == u"post" && m_zip->isChecked())
            r.kind = u"carousel"_s;
        r.target = url;
        r.quality = m_quality->currentData().toString();
        r.downloadType = m_type->currentData().toString();
        r.audioFormat = m_audio->currentData().toString();
        r.zip = m_zip->isChecked();
        r.folder = m_folder->text().trimmed();
        r.batchId = batch;
        out << r;
    }
    return out;
}

} // namespace reelpulse
